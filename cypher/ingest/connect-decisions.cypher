// Links of decisions, recalled ones included: MERGE, so a decision several letters recall gets each link once.
UNWIND $rows AS row
MATCH (c:Claim {id: row.props.id})
MATCH (e:Evidence {id: row.evidenceId})
MATCH (p:Passage {id: row.passageId})
MATCH (d:Document {id: row.documentId})
CREATE (c)-[:SUPPORTED_BY]->(e), (e)-[:IN_PASSAGE]->(p), (e)-[:IN_DOCUMENT]->(d)
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.meetingId IS NOT NULL
  MATCH (m:Meeting {id: row.meetingId})
  MERGE (c)-[:AT]->(m)
}
CALL (c, row) {
  UNWIND row.decidedBy AS actorId
  MATCH (actor:Actor {id: actorId})
  MERGE (c)-[:DECIDED_BY]->(actor)
}
CALL (c, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  MERGE (c)-[:ON_TOPIC]->(t)
}
CALL (c, row) {
  UNWIND row.subjects AS subjectId
  MATCH (s:Actor {id: subjectId})
  MERGE (c)-[:CONCERNS]->(s)
}
CALL (c, row) {
  WITH c, row WHERE row.reaffirmsMeetingId IS NOT NULL
  MATCH (earlier:Meeting {id: row.reaffirmsMeetingId})
  MERGE (c)-[:REAFFIRMS_MEETING]->(earlier)
}
