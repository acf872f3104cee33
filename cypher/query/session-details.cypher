UNWIND $keys AS key
MATCH (s:Session {id: key})
RETURN key, {
  meeting: head([(s)<-[:HAS_SESSION]-(m) | m {.*, __typename: 'Meeting'}]),
  organization: head([(s)-[:OF_BODY]->(o) | o {.*, __typename: 'Organization'}])
} AS value
