// An agenda's EXPECTED decision points to the one TAKEN decision of the same meeting that fits
// it best: most shared topics, then shared subjects, then the same kind; with no shared topic,
// no link. Several agenda items can find the same decision; the link keeps its score, so the
// decision's agenda side is the one that fits best. Run for the meetings a newly loaded letter
// touches; the links of those meetings are worked out afresh, since a new letter can fit better.
UNWIND $meetingIds AS meetingId
MATCH (m:Meeting {id: meetingId})
CALL (m) {
  OPTIONAL MATCH (m)<-[:AT]-(:Decision)-[old:TAKEN_AS]->()
  DELETE old
}
CALL (m) {
  // Only pairs that share a topic are scored: reached through the topics, not as every pair of the meeting.
  MATCH (m)<-[:AT]-(expected:Decision {status: 'EXPECTED'})-[:ON_TOPIC]->(topic:Topic)<-[:ON_TOPIC]-(taken:Decision {status: 'TAKEN'})-[:AT]->(m)
  WITH expected, taken, count(DISTINCT topic) AS sharedTopics
  WITH expected, taken, sharedTopics,
       COUNT { (expected)-[:CONCERNS]->(s:Actor)<-[:CONCERNS]-(taken) } AS sharedSubjects
  WITH expected, taken, sharedTopics * 100 + sharedSubjects * 10 + CASE WHEN expected.kind = taken.kind THEN 1 ELSE 0 END AS score
  ORDER BY score DESC, taken.evidenceStart, taken.id
  WITH expected, collect({ taken: taken, score: score })[0] AS best
  WITH expected, best.taken AS taken, best.score AS score
  MERGE (expected)-[link:TAKEN_AS]->(taken)
  SET link.score = score
}
RETURN count(*) AS meetings
