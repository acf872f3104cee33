// Everything small around each meeting, fetched together for all meetings of a response.
UNWIND $keys AS key
MATCH (m:Meeting {id: key})
RETURN key, {
  country: head([(m)-[:HELD_IN]->(c) | c {.*, __typename: 'Country'}]),
  sessions: COLLECT { MATCH (m)-[:HAS_SESSION]->(s) WITH s ORDER BY s.index RETURN s {.*, __typename: 'Session'} },
  topics: COLLECT { MATCH (m)<-[:AT]-(:Claim)-[:ON_TOPIC]->(t:Topic) WITH DISTINCT t ORDER BY t.name RETURN t {.*, __typename: 'Topic'} },
  documents: COLLECT { MATCH (m)<-[:ABOUT]-(d) WITH d ORDER BY d.date RETURN d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'} },
  preparedBy: COLLECT { MATCH (m)<-[:PREPARED]-(p) WITH p ORDER BY p.startDate RETURN p {.*, __typename: 'Meeting'} },
  prepares: COLLECT { MATCH (m)-[:PREPARED]->(n) WITH n ORDER BY n.startDate RETURN n {.*, __typename: 'Meeting'} }
} AS value
