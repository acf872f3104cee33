// What links each decision to others: what it reaffirms, and its agenda and report sides.
UNWIND $keys AS key
MATCH (c:Decision {id: key})
RETURN key, {
  reaffirms: [id IN COLLECT { MATCH (c)-[:REAFFIRMS]->(r) RETURN r.id } | id],
  expectedAs: COLLECT { MATCH (c)<-[link:TAKEN_AS]-(e) RETURN e.id ORDER BY link.score DESC, e.evidenceStart, e.id },
  takenAs: head([(c)-[:TAKEN_AS]->(t) | t.id])
} AS value
