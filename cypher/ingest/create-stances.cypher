MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MATCH (actor:Actor {id: row.actorId})
MATCH (p:Passage {id: row.evidence.passageId})
CREATE (c:Claim:Stance:Node {
  id: row.id, documentId: $documentId, evidenceStart: row.evidence.start, status: row.status, date: row.date, summary: row.summary
})
CREATE (e:Evidence {
  id: row.id + '/evidence', documentId: $documentId, quote: row.evidence.quote,
  start: row.evidence.start, end: row.evidence.end, rule: row.evidence.rule, confidence: row.evidence.confidence
})
CREATE (c)-[:BY]->(actor), (c)-[:SUPPORTED_BY]->(e), (e)-[:IN_PASSAGE]->(p), (e)-[:IN_DOCUMENT]->(d)
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.meetingId IS NOT NULL
  MATCH (m:Meeting {id: row.meetingId})
  CREATE (c)-[:AT]->(m)
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
