// Removes what the generator wrote, by the ids it gives (`document:scale-…`, `person:scale-…`,
// `topic:scale-…`, `meeting:<date>-scale-…`), and nothing else.
CALL () {
  MATCH (n:Claim) WHERE n.documentId STARTS WITH 'document:scale-'
  DETACH DELETE n
}
CALL () {
  MATCH (n:Evidence) WHERE n.documentId STARTS WITH 'document:scale-'
  DETACH DELETE n
}
CALL () {
  MATCH (n:Passage) WHERE n.documentId STARTS WITH 'document:scale-'
  DETACH DELETE n
}
CALL () {
  MATCH (n:Document) WHERE n.id STARTS WITH 'document:scale-'
  DETACH DELETE n
}
CALL () {
  MATCH (n:Person) WHERE n.id STARTS WITH 'person:scale-'
  DETACH DELETE n
}
CALL () {
  MATCH (n:Topic) WHERE n.id STARTS WITH 'topic:scale-'
  DETACH DELETE n
}
CALL () {
  MATCH (n:Meeting) WHERE n.id =~ 'meeting:\\d{4}-\\d{2}-\\d{2}-scale-\\d+'
  DETACH DELETE n
}
