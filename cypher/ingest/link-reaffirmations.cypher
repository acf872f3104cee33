// A decision that reaffirms an earlier meeting points to that meeting's decisions on a topic
// it shares; run for the meetings a newly loaded letter touches, whichever letter came first.
UNWIND $meetingIds AS meetingId
MATCH (earlier:Meeting {id: meetingId})
CALL (earlier) {
  MATCH (later:Decision)-[:REAFFIRMS_MEETING]->(earlier)<-[:AT]-(old:Decision)
  WHERE later <> old AND EXISTS { (later)-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(old) }
  MERGE (later)-[:REAFFIRMS]->(old)
}
RETURN count(*) AS meetings
