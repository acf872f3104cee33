// The attendances of each meeting, session or actor (`$anchor` says which the keys are;
// 'self' for attendances reached by their own id),
// with who, in what office, where, and the evidence: a list of meetings with their
// attendances takes one statement whatever its length. The actor and meeting come as partial
// rows (`__partial`) with the fields lists mostly show; the API fetches any other field of
// theirs by id when it is asked for. `$fetch` says which of meeting, session, office term and
// evidence to bring (those the operation asks for); the others come back null.
UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (:Meeting {id: key})<-[:AT]-(a:Attendance) WHERE $anchor = 'meeting' RETURN a
    UNION
    MATCH (:Session {id: key})<-[:AT_SESSION]-(a:Attendance) WHERE $anchor = 'session' RETURN a
    UNION
    MATCH (:Actor {id: key})<-[:BY]-(a:Attendance) WHERE $anchor = 'actor' RETURN a
    UNION
    MATCH (a:Attendance {id: key}) WHERE $anchor = 'self' RETURN a
  }
  WITH a
  WHERE ($statuses IS NULL OR a.status IN $statuses)
    AND ($from IS NULL OR a.date >= $from)
    AND ($to IS NULL OR a.date <= $to)
  MATCH (a)-[:BY]->(actor:Actor)
  WITH a, actor
  ORDER BY CASE WHEN $anchor = 'actor' THEN a.date END, CASE a.status WHEN 'ATTENDED' THEN 0 WHEN 'REPRESENTED' THEN 1 WHEN 'PLANNED' THEN 2 ELSE 3 END, actor.name, a.id
  RETURN collect(a {
    .*, __typename: 'Attendance',
    actor: actor {.id, .name, __partial: true, __typename: head([l IN labels(actor) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])},
    meeting: CASE WHEN $fetch.meeting THEN head([(a)-[:AT]->(m) | m {.id, .name, .kind, .startDate, .endDate, .city, __partial: true, __typename: 'Meeting'}]) END,
    session: CASE WHEN $fetch.session THEN head([(a)-[:AT_SESSION]->(s) | s {.*, __typename: 'Session'}]) END,
    officeTerm: CASE WHEN $fetch.officeTerm THEN head([(a)-[:IN_OFFICE]->(o)<-[h:HELD]-(actor)
      WHERE h.from <= a.date AND (h.to IS NULL OR h.to > a.date)
      | {title: o.title, from: h.from, to: h.to, source: h.source, office: o {.id, .title, __partial: true, __typename: 'Office'}, holder: actor {.id, .name, __partial: true, __typename: 'Person'}}]) END,
    evidence: CASE WHEN $fetch.evidence THEN [(a)-[:SUPPORTED_BY]->(e) | e {
      .quote, .start, .end, .rule, .confidence,
      document: head([(e)-[:IN_DOCUMENT]->(d) | d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'}]),
      passage: head([(e)-[:IN_PASSAGE]->(p) | p {.id, .documentId, .index, .heading, .kind, .start, .end, __partial: true, __typename: 'Passage'}])
    }] END
  }) AS value
}
RETURN key, value
