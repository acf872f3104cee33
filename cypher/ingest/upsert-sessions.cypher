// A session is named in the letter's words; the API shows that name in both languages.
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MERGE (s:Session {id: row.id})
SET s:Node, s += row.props, s.nameNl = row.props.name, s.documentId = row.documentId
MERGE (m)-[:HAS_SESSION]->(s)
WITH s, row
CALL (s, row) {
  WITH s, row WHERE row.organizationId IS NOT NULL
  MATCH (o:Organization {id: row.organizationId})
  MERGE (s)-[:OF_BODY]->(o)
}
