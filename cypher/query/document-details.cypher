UNWIND $keys AS key
MATCH (d:Document {id: key})
RETURN key, {
  signatories: COLLECT { MATCH (d)-[s:SIGNED_BY]->(p:Person) WITH s, p ORDER BY s.start RETURN p {.*, __typename: 'Person'} },
  meetings: COLLECT { MATCH (d)-[:ABOUT|MENTIONS_MEETING]->(m:Meeting) WITH DISTINCT m ORDER BY m.startDate RETURN m {.*, __typename: 'Meeting'} },
  cites: COLLECT { MATCH (d)-[:CITES]->(c:Document) WITH c ORDER BY c.date RETURN c {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'} }
} AS value
