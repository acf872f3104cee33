// One page of claims (decisions, commitments, stances: `$labels` says which) for each key:
// all claims when `$anchor` is 'none', else those at a meeting, on a topic, by or about an
// actor, or reaffirming a decision. Filters, order and the total count are the same for every
// list of claims the API has, from `decisions` at the root to `timeline`.
// Actors, topics and meetings come as partial rows (`__partial`) with the fields lists mostly
// show; the API fetches any other field of theirs by id when it is asked for. `$fetch` says
// which related lists to bring (those the operation asks for); the others come back null.
UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    // Branches of other anchors must not run: a branch starting with a whole label is guarded by
    // an UNWIND of nothing, since the planner would push a plain WHERE on parameters above its scan.
    UNWIND CASE WHEN $anchor = 'none' AND $topicIds IS NULL THEN [key] ELSE [] END AS everything
    MATCH (c:Claim) RETURN c
    UNION
    // All claims on given topics start from the topics; the topic filter below keeps exactly these.
    UNWIND CASE WHEN $anchor = 'none' THEN coalesce($topicIds, []) ELSE [] END AS topicId
    MATCH (:Topic {id: topicId})<-[:ON_TOPIC]-(c:Claim) RETURN c
    UNION
    MATCH (:Meeting {id: key})<-[:AT]-(c:Claim) WHERE $anchor = 'meeting' RETURN c
    UNION
    MATCH (:Topic {id: key})<-[:ON_TOPIC]-(c:Claim) WHERE $anchor = 'topic' RETURN c
    UNION
    MATCH (:Actor {id: key})<-[r:DECIDED_BY|BY|CONCERNS]-(c:Claim)
    WHERE $anchor = 'actor' AND (CASE type(r) WHEN 'CONCERNS' THEN 'SUBJECT' ELSE 'ACTOR' END) IN $roles
    RETURN c
    UNION
    MATCH (:Decision {id: key})<-[:REAFFIRMS]-(c:Claim) WHERE $anchor = 'reaffirmedBy' RETURN c
  }
  WITH DISTINCT c
  WHERE any(l IN labels(c) WHERE l IN $labels)
    AND ($topicIds IS NULL OR EXISTS { (c)-[:ON_TOPIC]->(t:Topic) WHERE t.id IN $topicIds })
    AND ($subjectIds IS NULL OR EXISTS { (c)-[:CONCERNS]->(s:Actor) WHERE s.id IN $subjectIds })
    AND ($actorIds IS NULL OR EXISTS { (c)-[:DECIDED_BY|BY]->(a:Actor) WHERE a.id IN $actorIds })
    AND ($meetingId IS NULL OR EXISTS { (c)-[:AT]->(:Meeting {id: $meetingId}) })
    AND ($documentId IS NULL OR c.documentId = $documentId OR $documentId IN coalesce(c.documentIds, []))
    AND ($status IS NULL OR c.status = $status)
    AND ($kinds IS NULL OR c.kind IN $kinds)
    AND ($from IS NULL OR c.date >= $from)
    AND ($to IS NULL OR c.date <= $to)
    AND ($year IS NULL OR $year IN c.years)
  WITH c
  ORDER BY CASE WHEN $descending THEN c.date END DESC, CASE WHEN NOT $descending THEN c.date END ASC, c.evidenceStart, c.id
  RETURN count(c) AS totalCount, collect(c)[$offset..$offset + $limit] AS page
}
RETURN key, {
  totalCount: totalCount,
  items: [c IN page | c {
    .*, __typename: head([l IN labels(c) WHERE l IN ['Decision', 'Commitment', 'Stance', 'Attendance']]),
    actors: CASE WHEN $fetch.actors THEN [(c)-[:DECIDED_BY|BY]->(a) | a {.id, .name, __partial: true, __typename: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])}] END,
    subjects: CASE WHEN $fetch.subjects THEN [(c)-[:CONCERNS]->(a) | a {.id, .name, __partial: true, __typename: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])}] END,
    topics: CASE WHEN $fetch.topics THEN [(c)-[:ON_TOPIC]->(t) | t {.id, .name, __partial: true, __typename: 'Topic'}] END,
    meeting: CASE WHEN $fetch.meeting THEN head([(c)-[:AT]->(m) | m {.id, .name, .kind, .startDate, .endDate, .city, __partial: true, __typename: 'Meeting'}]) END,
    evidence: CASE WHEN $fetch.evidence THEN [(c)-[:SUPPORTED_BY]->(e) | e {
      .quote, .start, .end, .rule, .confidence,
      document: head([(e)-[:IN_DOCUMENT]->(d) | d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'}]),
      passage: head([(e)-[:IN_PASSAGE]->(p) | p {.id, .documentId, .index, .heading, .kind, .start, .end, __partial: true, __typename: 'Passage'}])
    }] END
  }]
} AS value
