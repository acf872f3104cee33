// Before a letter is replaced: the meetings its decisions were at, where an expected decision
// linked to one of them has to look for its best decision again.
MATCH (c:Claim:Decision)-[:AT]->(m:Meeting)
WHERE c.documentId IN $documentIds
RETURN collect(DISTINCT m.id) AS meetingIds
