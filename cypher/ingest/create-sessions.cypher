UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MERGE (s:Session {id: row.id})
SET s:Node, s.name = row.name, s.nameNl = row.nameNl, s.index = row.index, s.documentId = $documentId
MERGE (m)-[:HAS_SESSION]->(s)
