// OpenDoorEvolution by hand: claims on the open-door topic about Ukraine or Georgia, oldest first.
CALL () {
  MATCH (:Topic {id: 'topic:open-door'})<-[:ON_TOPIC]-(c:Claim)
  WHERE (c:Decision OR c:Commitment OR c:Stance)
    AND EXISTS { (c)-[:CONCERNS]->(s:Actor) WHERE s.id IN ['country:UKR', 'country:GEO'] }
  WITH DISTINCT c ORDER BY c.date, c.evidenceStart, c.id
  RETURN count(c) AS totalCount, collect(c)[0..100] AS page
}
RETURN {timeline: {totalCount: totalCount, nodes: [c IN page | c {
  .date, .summary,
  kind: toUpper(head([l IN labels(c) WHERE l IN ['Decision', 'Commitment', 'Stance']])),
  status: coalesce(c.status, 'TAKEN'),
  actors: [(c)-[:DECIDED_BY|BY]->(a) | a {.id, .name}],
  subjects: [(c)-[:CONCERNS]->(s) | s {.id, .name}],
  meeting: head([(c)-[:AT]->(m) | m {.id, .name, .startDate}]),
  evidence: [(c)-[:SUPPORTED_BY]->(e) | e {.quote, .start, .end, document: head([(e)-[:IN_DOCUMENT]->(d) | d {.id, .kamerstuk, .date}])}]
}]}} AS data
