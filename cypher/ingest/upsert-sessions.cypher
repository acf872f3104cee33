// A session is shared by every letter that names it: merged on its id, its first values kept, and
// owned by no single letter. Each letter that names it says so with MENTIONS_SESSION, which
// replacing that letter removes; the session goes only when no letter names it and no claim is at
// it (delete-orphan-sessions). The API shows the name, in the letter's words, in both languages.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MATCH (m:Meeting {id: row.meetingId})
MERGE (s:Session {id: row.id})
ON CREATE SET s:Node, s += row.props, s.nameNl = row.props.name
// Written by earlier versions, when a session belonged to the letter that wrote it last.
REMOVE s.documentId
MERGE (m)-[:HAS_SESSION]->(s)
MERGE (d)-[r:MENTIONS_SESSION]->(s)
SET r.quote = row.quote, r.start = row.start, r.end = row.end
WITH s, row
CALL (s, row) {
  WITH s, row WHERE row.organizationId IS NOT NULL
  MATCH (o:Organization {id: row.organizationId})
  MERGE (s)-[:OF_BODY]->(o)
}
