// Before letters are replaced: the shared nodes they point at. The meetings their decisions were
// at, where an expected decision linked to one of them has to look for its best decision again;
// and the meetings and sessions they name or place a claim at, which may have no letter left
// after the replacement (delete-orphan-sessions, delete-orphan-meetings).
CALL () {
  MATCH (c:Claim:Decision)-[:AT]->(m:Meeting)
  WHERE c.documentId IN $documentIds
  RETURN collect(DISTINCT m.id) AS decisionMeetingIds
}
CALL () {
  UNWIND $documentIds AS documentId
  MATCH (:Document {id: documentId})-[:ABOUT|MENTIONS_MEETING]->(m:Meeting)
  RETURN m.id AS meetingId
  UNION
  MATCH (c:Claim)-[:AT|REAFFIRMS_MEETING]->(m:Meeting)
  WHERE c.documentId IN $documentIds
  RETURN m.id AS meetingId
}
WITH decisionMeetingIds, collect(meetingId) AS meetingIds
CALL () {
  UNWIND $documentIds AS documentId
  MATCH (:Document {id: documentId})-[:MENTIONS_SESSION]->(s:Session)
  RETURN s.id AS sessionId
  UNION
  MATCH (c:Claim)-[:AT_SESSION]->(s:Session)
  WHERE c.documentId IN $documentIds
  RETURN s.id AS sessionId
}
RETURN decisionMeetingIds, meetingIds, collect(sessionId) AS sessionIds
