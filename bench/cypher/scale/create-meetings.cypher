UNWIND $rows AS row
CREATE (m:Meeting:Node)
SET m = row.props
WITH m, row
MATCH (country:Country {id: row.countryId})
CREATE (m)-[:HELD_IN]->(country)
