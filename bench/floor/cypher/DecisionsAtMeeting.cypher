// DecisionsAtMeeting by hand: one meeting and the decisions taken at it.
OPTIONAL MATCH (m:Meeting {id: $meeting})
CALL (m) {
  MATCH (m)<-[:AT]-(c:Decision)
  WITH c ORDER BY c.date, c.evidenceStart, c.id
  RETURN count(c) AS totalCount, collect(c)[0..100] AS page
}
RETURN {meeting: CASE WHEN m IS NOT NULL THEN m {
  .id, .name, .startDate,
  decisions: {totalCount: totalCount, nodes: [c IN page | c {
    .id, .kind, .summary,
    status: coalesce(c.status, 'TAKEN'),
    decidedBy: [(c)-[:DECIDED_BY]->(a) | a {.id, .name}],
    topics: [(c)-[:ON_TOPIC]->(t) | t {.id, .name}],
    evidence: [(c)-[:SUPPORTED_BY]->(e) | e {.quote, .start, .end, document: head([(e)-[:IN_DOCUMENT]->(d) | d {.id, .kamerstuk, .date}])}]
  }]}
} END} AS data
