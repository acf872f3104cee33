// The date of an attendance is the date of its meeting.
UNWIND $rows AS row
MATCH (c:Claim {id: row.props.id})
MATCH (e:Evidence {id: row.evidenceId})
MATCH (p:Passage {id: row.passageId})
MATCH (d:Document {id: row.documentId})
MATCH (m:Meeting {id: row.meetingId})
MATCH (actor:Actor {id: row.actorId})
SET c.date = m.startDate
CREATE (c)-[:BY]->(actor), (c)-[:AT]->(m), (c)-[:SUPPORTED_BY]->(e), (e)-[:IN_PASSAGE]->(p), (e)-[:IN_DOCUMENT]->(d)
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.sessionId IS NOT NULL
  MATCH (s:Session {id: row.sessionId})
  CREATE (c)-[:AT_SESSION]->(s)
}
CALL (c, row) {
  WITH c, row WHERE row.officeId IS NOT NULL
  MATCH (o:Office {id: row.officeId})
  CREATE (c)-[:IN_OFFICE]->(o)
}
