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
// expected decision it fits better than the one linked now (a recalled decision counts as taken by every letter that recalls it). Each meeting's decisions are read
// once, with their topics and subjects, and the pairs are scored from those lists.
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
MATCH (expected)-[:AT]->(m:Meeting)
WITH m, collect(expected) AS unlinked
CALL (m, unlinked) {
  MATCH (m)<-[:AT]-(taken:Decision)
  WHERE taken.status = 'TAKEN'
  WITH unlinked, collect({ decision: taken, topics: [(taken)-[:ON_TOPIC]->(t:Topic) | t], subjects: [(taken)-[:CONCERNS]->(s:Actor) | s] }) AS candidates
  UNWIND unlinked AS expected
  WITH expected, candidates, [(expected)-[:ON_TOPIC]->(t:Topic) | t] AS topics, [(expected)-[:CONCERNS]->(s:Actor) | s] AS subjects
  UNWIND candidates AS candidate
  WITH expected, candidate, size([t IN candidate.topics WHERE t IN topics]) AS sharedTopics, subjects
  WHERE sharedTopics > 0
  WITH expected, candidate.decision AS taken, sharedTopics * 100
       + size([s IN candidate.subjects WHERE s IN subjects]) * 10
       + CASE WHEN expected.kind = candidate.decision.kind THEN 1 ELSE 0 END AS score
  ORDER BY score DESC, taken.evidenceStart, taken.id
  WITH expected, collect({ taken: taken, score: score })[0] AS best
  WITH expected, best.taken AS taken, best.score AS score
  MERGE (expected)-[link:TAKEN_AS]->(taken)
  SET link.score = score
}
WITH count(*) AS meetingsFilled
CALL () {
  UNWIND $documentIds AS documentId
  // A decision recalled by several letters (Bucharest 2008) is new to each of them: it gains their topics and subjects.
  CALL (documentId) {
    MATCH (taken:Claim:Decision {documentId: documentId})
    WHERE taken.status = 'TAKEN'
    RETURN taken
    UNION
    MATCH (:Evidence {documentId: documentId})<-[:SUPPORTED_BY]-(taken:Claim:Decision)
    WHERE taken.recalled = true AND taken.status = 'TAKEN'
    RETURN taken
  }
  WITH DISTINCT taken
  MATCH (taken)-[:AT]->(m:Meeting)
  WITH m, collect({ decision: taken, topics: [(taken)-[:ON_TOPIC]->(t:Topic) | t], subjects: [(taken)-[:CONCERNS]->(s:Actor) | s] }) AS challengers
  MATCH (m)<-[:AT]-(expected:Decision)
  WHERE expected.status = 'EXPECTED'
  WITH expected, challengers, [(expected)-[:ON_TOPIC]->(t:Topic) | t] AS topics, [(expected)-[:CONCERNS]->(s:Actor) | s] AS subjects
  UNWIND challengers AS candidate
  WITH expected, candidate, size([t IN candidate.topics WHERE t IN topics]) AS sharedTopics, subjects
  WHERE sharedTopics > 0
  WITH expected, candidate.decision AS taken, sharedTopics * 100
       + size([s IN candidate.subjects WHERE s IN subjects]) * 10
       + CASE WHEN expected.kind = candidate.decision.kind THEN 1 ELSE 0 END AS score
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
RETURN meetingsFilled
