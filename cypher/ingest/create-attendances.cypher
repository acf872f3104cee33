MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (actor:Actor {id: row.actorId})
MATCH (p:Passage {id: row.evidence.passageId})
CREATE (a:Claim:Attendance:Node {
  id: row.id, documentId: $documentId, evidenceStart: row.evidence.start, status: row.status, office: row.office,
  representedBy: row.representedBy, date: m.startDate
})
CREATE (e:Evidence {
  id: row.id + '/evidence', documentId: $documentId, quote: row.evidence.quote,
  start: row.evidence.start, end: row.evidence.end, rule: row.evidence.rule, confidence: row.evidence.confidence
})
CREATE (a)-[:BY]->(actor), (a)-[:AT]->(m), (a)-[:SUPPORTED_BY]->(e), (e)-[:IN_PASSAGE]->(p), (e)-[:IN_DOCUMENT]->(d)
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.sessionId IS NOT NULL
  MATCH (s:Session {id: row.sessionId})
  CREATE (a)-[:AT_SESSION]->(s)
}
CALL (a, row) {
  WITH a, row WHERE row.officeId IS NOT NULL
  MATCH (o:Office {id: row.officeId})
  CREATE (a)-[:IN_OFFICE]->(o)
}
