// Any node by its id, as a map with its GraphQL type name. A document's full text is
// left out (it is large) and fetched by `document-text` only when asked for.
UNWIND $keys AS key
MATCH (n:Node {id: key})
WITH key, n, head([l IN labels(n) WHERE l IN $types]) AS type
RETURN key, n {.*, __typename: type, text: CASE WHEN type = 'Document' THEN null ELSE n.text END} AS value
