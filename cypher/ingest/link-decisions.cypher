// An agenda's EXPECTED decision points to the one TAKEN decision of the same meeting that fits
// it best: most shared topics, then shared subjects, then the same kind, then the earliest in
// its letter; with no shared topic, no link. Several agenda items can find the same decision;
// the link keeps its score, so the decision's agenda side is the one that fits best.
//
// Worked out for the letters just loaded ($documentIds), with cost in proportion to them, not
// to the meeting: the best link only changes when a candidate arrives or the linked decision
// goes. So (1) expected decisions without a link look for their best over the whole meeting:
// the new ones, and at the meetings of replaced letters ($relinkMeetingIds) those whose
// decision was replaced away; then (2) each new taken decision takes over the link of an
// expected decision it fits better than the one linked now.
CALL () {
  UNWIND $documentIds AS documentId
  MATCH (expected:Claim:Decision {documentId: documentId})
  WHERE expected.status = 'EXPECTED'
  RETURN expected
  UNION
  UNWIND $relinkMeetingIds AS meetingId
  MATCH (:Meeting {id: meetingId})<-[:AT]-(expected:Decision)
  WHERE expected.status = 'EXPECTED' AND NOT (expected)-[:TAKEN_AS]->()
  RETURN expected
}
CALL (expected) {
  MATCH (expected)-[:AT]->(:Meeting)<-[:AT]-(taken:Decision)
  WHERE taken.status = 'TAKEN'
  WITH expected, taken, COUNT { (expected)-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(taken) } AS sharedTopics
  WHERE sharedTopics > 0
  WITH taken, sharedTopics * 100
       + COUNT { (expected)-[:CONCERNS]->(:Actor)<-[:CONCERNS]-(taken) } * 10
       + CASE WHEN expected.kind = taken.kind THEN 1 ELSE 0 END AS score
  ORDER BY score DESC, taken.evidenceStart, taken.id
  LIMIT 1
  MERGE (expected)-[link:TAKEN_AS]->(taken)
  SET link.score = score
}
WITH count(*) AS filled
CALL () {
  UNWIND $documentIds AS documentId
  MATCH (taken:Claim:Decision {documentId: documentId})-[:AT]->(:Meeting)<-[:AT]-(expected:Decision)
  WHERE taken.status = 'TAKEN' AND expected.status = 'EXPECTED'
  WITH expected, taken, COUNT { (expected)-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(taken) } AS sharedTopics
  WHERE sharedTopics > 0
  WITH expected, taken, sharedTopics * 100
       + COUNT { (expected)-[:CONCERNS]->(:Actor)<-[:CONCERNS]-(taken) } * 10
       + CASE WHEN expected.kind = taken.kind THEN 1 ELSE 0 END AS score
  ORDER BY score DESC, taken.evidenceStart, taken.id
  WITH expected, collect({ taken: taken, score: score })[0] AS challenger
  OPTIONAL MATCH (expected)-[current:TAKEN_AS]->(linked)
  WITH expected, challenger, current, linked
  WHERE current IS NULL
     OR challenger.score > current.score
     OR (challenger.score = current.score AND challenger.taken.evidenceStart < linked.evidenceStart)
     OR (challenger.score = current.score AND challenger.taken.evidenceStart = linked.evidenceStart AND challenger.taken.id < linked.id)
  DELETE current
  WITH expected, challenger.taken AS taken, challenger.score AS score
  MERGE (expected)-[link:TAKEN_AS]->(taken)
  SET link.score = score
}
RETURN filled
