UNWIND $keys AS key
MATCH (p:Passage {id: key})
RETURN key, {
  document: head([(p)<-[:HAS_PASSAGE]-(d) | d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'}]),
  actors: COLLECT { MATCH (p)-[:MENTIONS]->(a:Actor) WITH a ORDER BY a.name RETURN a {.*, __typename: head([l IN labels(a) WHERE l IN ['Person', 'Country', 'Organization', 'Group']])} },
  topics: COLLECT { MATCH (p)-[:MENTIONS]->(t:Topic) WITH t ORDER BY t.name RETURN t {.*, __typename: 'Topic'} },
  meetings: COLLECT { MATCH (p)<-[:IN_PASSAGE]-(:Evidence)<-[:SUPPORTED_BY]-(:Claim)-[:AT]->(m:Meeting) WITH DISTINCT m ORDER BY m.startDate RETURN m {.*, __typename: 'Meeting'} },
  claimIds: COLLECT { MATCH (p)<-[:IN_PASSAGE]-(e:Evidence)<-[:SUPPORTED_BY]-(c:Claim) WITH c ORDER BY e.start RETURN c.id }
} AS value
