// What the generated data attaches to: the meetings, attending people and claimed topics already
// in the graph (the seed letters'), and the reference countries and offices.
RETURN
  COLLECT { MATCH (m:Meeting) WITH m ORDER BY m.id RETURN m {.id, .startDate} } AS meetings,
  COLLECT { MATCH (p:Person) WHERE EXISTS { (p)<-[:BY]-(:Attendance) } WITH p ORDER BY p.id RETURN p.id } AS attendees,
  COLLECT {
    MATCH (t:Topic) WHERE EXISTS { (t)<-[:ON_TOPIC]-(:Claim) }
    WITH t ORDER BY t.id
    RETURN t {.id, .name, .nameNl, subjects: COLLECT { MATCH (t)<-[:ON_TOPIC]-(:Claim)-[:CONCERNS]->(s:Country) WITH DISTINCT s ORDER BY s.id RETURN s.id }}
  } AS topics,
  COLLECT { MATCH (c:Country) WITH c ORDER BY c.id RETURN c {.id, .name, .nameNl} } AS countries,
  COLLECT { MATCH (o:Office) WITH o ORDER BY o.id RETURN o {.id, .title} } AS offices,
  COLLECT { MATCH (c:Claim) RETURN c.id } AS claimIds
