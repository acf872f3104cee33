// The three-level traversal by hand: a meeting's decisions, their topics, and the first
// 20 decisions on each topic with the meeting each was taken at.
OPTIONAL MATCH (m:Meeting {id: $meeting})
CALL (m) {
  MATCH (m)<-[:AT]-(c:Decision)
  WITH c ORDER BY c.date, c.evidenceStart, c.id
  RETURN collect(c)[0..100] AS page
}
RETURN {meeting: CASE WHEN m IS NOT NULL THEN m {
  .id, .name,
  decisions: {nodes: [c IN page | c {
    .id,
    topics: [(c)-[:ON_TOPIC]->(t:Topic) | t {
      .id, .name,
      decisions: {
        totalCount: COUNT { (t)<-[:ON_TOPIC]-(:Decision) },
        nodes: COLLECT {
          MATCH (t)<-[:ON_TOPIC]-(d:Decision)
          WITH d ORDER BY d.date, d.evidenceStart, d.id LIMIT 20
          RETURN d {.id, meeting: head([(d)-[:AT]->(dm) | dm {.id, .name}])}
        }
      }
    }]
  }]}
} END} AS data
