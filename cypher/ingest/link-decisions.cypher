// An agenda's EXPECTED decision points to the TAKEN decision of the report on the same
// meeting that shares a topic with it; run for the meetings a newly loaded letter touches.
UNWIND $meetingIds AS meetingId
MATCH (m:Meeting {id: meetingId})
CALL (m) {
  MATCH (m)<-[:AT]-(expected:Decision {status: 'EXPECTED'})-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(taken:Decision {status: 'TAKEN'})-[:AT]->(m)
  WITH DISTINCT expected, taken
  MERGE (expected)-[:TAKEN_AS]->(taken)
}
RETURN count(*) AS meetings
