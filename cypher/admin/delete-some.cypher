// Empties a graph of any size a slice at a time, so no one transaction holds it all; run until it
// returns 0. Relationships go first: deleting a dense node (a topic, a meeting) with DETACH DELETE
// would take all of its relationships into one transaction.
CALL () {
  MATCH ()-[r]->()
  WITH r LIMIT toInteger($slice)
  DELETE r
  RETURN count(*) AS relationships
}
CALL (relationships) {
  WITH relationships WHERE relationships = 0
  MATCH (n)
  WITH n LIMIT toInteger($slice)
  DELETE n
  RETURN count(*) AS nodes
}
RETURN relationships + nodes AS deleted
