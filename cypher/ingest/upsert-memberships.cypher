// A country's membership of an organization, e.g. NATO with its accession date.
UNWIND $rows AS row
MATCH (c:Country {id: row.countryId})
MATCH (o:Organization {id: row.organizationId})
MERGE (c)-[m:MEMBER_OF]->(o)
SET m.since = row.since
