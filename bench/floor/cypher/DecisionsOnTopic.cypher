// DecisionsOnTopic by hand: every decision on one topic, oldest first.
CALL () {
  MATCH (:Topic {id: $topic})<-[:ON_TOPIC]-(c:Decision)
  WITH c ORDER BY c.date, c.evidenceStart, c.id
  RETURN count(c) AS totalCount, collect(c)[0..100] AS page
}
RETURN {decisions: {totalCount: totalCount, nodes: [c IN page | c {
  .date, .kind, .summary,
  status: coalesce(c.status, 'TAKEN'),
  decidedBy: [(c)-[:DECIDED_BY]->(a) | a {.name}],
  meeting: head([(c)-[:AT]->(m) | m {.id, .name, .startDate, .city}]),
  evidence: [(c)-[:SUPPORTED_BY]->(e) | e {.quote, document: head([(e)-[:IN_DOCUMENT]->(d) | d {.id, .date}])}]
}]}} AS data
