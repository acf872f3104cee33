// Claims of every kind (`row.label`), with their evidence and links, as cypher/ingest/create-*.cypher write them.
UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MATCH (d:Document {id: row.props.documentId})
CREATE (c:Claim:Node)
SET c = row.props
FOREACH (_ IN CASE WHEN row.label = 'Attendance' THEN [1] ELSE [] END | SET c:Attendance)
FOREACH (_ IN CASE WHEN row.label = 'Decision' THEN [1] ELSE [] END | SET c:Decision)
FOREACH (_ IN CASE WHEN row.label = 'Commitment' THEN [1] ELSE [] END | SET c:Commitment)
FOREACH (_ IN CASE WHEN row.label = 'Stance' THEN [1] ELSE [] END | SET c:Stance)
CREATE (e:Evidence)
SET e = row.evidence
CREATE (c)-[:SUPPORTED_BY]->(e), (e)-[:IN_PASSAGE]->(p), (e)-[:IN_DOCUMENT]->(d)
WITH c, row
CALL (c, row) {
  MATCH (m:Meeting {id: row.meetingId})
  CREATE (c)-[:AT]->(m)
}
CALL (c, row) {
  UNWIND row.by AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (c)-[:BY]->(a)
}
CALL (c, row) {
  UNWIND row.decidedBy AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (c)-[:DECIDED_BY]->(a)
}
CALL (c, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  CREATE (c)-[:ON_TOPIC]->(t)
}
CALL (c, row) {
  UNWIND row.subjects AS subjectId
  MATCH (s:Actor {id: subjectId})
  CREATE (c)-[:CONCERNS]->(s)
}
CALL (c, row) {
  UNWIND row.offices AS officeId
  MATCH (o:Office {id: officeId})
  CREATE (c)-[:IN_OFFICE]->(o)
}
