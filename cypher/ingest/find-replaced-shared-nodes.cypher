// Before letters are replaced: the shared nodes they point at. The meetings their decisions were
// at, where an expected decision linked to one of them has to look for its best decision again;
// and the meetings and sessions they name or place a claim at, which may have no letter left
// after the replacement (delete-orphan-sessions, delete-orphan-meetings). Always one row.
RETURN
  COLLECT {
    MATCH (c:Claim:Decision)-[:AT]->(m:Meeting)
    WHERE c.documentId IN $documentIds
    RETURN DISTINCT m.id
  } AS decisionMeetingIds,
  COLLECT {
    UNWIND $documentIds AS documentId
    MATCH (:Document {id: documentId})-[:ABOUT|MENTIONS_MEETING]->(m:Meeting)
    RETURN m.id AS id
    UNION
    MATCH (c:Claim)-[:AT|REAFFIRMS_MEETING]->(m:Meeting)
    WHERE c.documentId IN $documentIds
    RETURN m.id AS id
  } AS meetingIds,
  COLLECT {
    UNWIND $documentIds AS documentId
    MATCH (:Document {id: documentId})-[:MENTIONS_SESSION]->(s:Session)
    RETURN s.id AS id
    UNION
    MATCH (c:Claim)-[:AT_SESSION]->(s:Session)
    WHERE c.documentId IN $documentIds
    RETURN s.id AS id
  } AS sessionIds
