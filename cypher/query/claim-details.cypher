// A claim's actors, subjects, topics, meeting, letter and evidence, for claims reached by id.
UNWIND $keys AS key
MATCH (c:Claim {id: key})
RETURN key, {
  actors: [(c)-[:DECIDED_BY|BY]->(a) | a {.*, __typename: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])}],
  subjects: [(c)-[:CONCERNS]->(a) | a {.*, __typename: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])}],
  topics: [(c)-[:ON_TOPIC]->(t) | t {.*, __typename: 'Topic'}],
  meeting: head([(c)-[:AT]->(m) | m {.*, __typename: 'Meeting'}]),
  session: head([(c)-[:AT_SESSION]->(s) | s {.*, __typename: 'Session'}]),
  evidence: [(c)-[:SUPPORTED_BY]->(e) | e {
    .quote, .start, .end, .rule, .confidence,
    document: head([(e)-[:IN_DOCUMENT]->(d) | d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'}]),
    passage: head([(e)-[:IN_PASSAGE]->(p) | p {.id, .documentId, .index, .heading, .kind, .start, .end, __partial: true, __typename: 'Passage'}])
  }]
} AS value
