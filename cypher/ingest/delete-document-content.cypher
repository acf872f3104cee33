// Re-ingesting a letter replaces what it said: its passages, claims, evidence and links go first.
OPTIONAL MATCH (d:Document {id: $documentId})
CALL (d) {
  MATCH (d)-[r]->()
  DELETE r
}
CALL () {
  MATCH (p:Passage {documentId: $documentId})
  DETACH DELETE p
}
CALL () {
  MATCH (c:Claim {documentId: $documentId})
  DETACH DELETE c
}
CALL () {
  MATCH (e:Evidence {documentId: $documentId})
  DETACH DELETE e
}
CALL () {
  MATCH (s:Session {documentId: $documentId})
  DETACH DELETE s
}
RETURN count(*) AS done
