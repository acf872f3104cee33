// The claims read from each letter, in the order of their first quote in the text.
UNWIND $keys AS key
MATCH (d:Document {id: key})
RETURN key, COLLECT {
  MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)<-[:SUPPORTED_BY]-(c:Claim)
  WITH c, min(e.start) AS first
  ORDER BY first, c.id
  RETURN c {.*, __typename: head([l IN labels(c) WHERE l IN ['Attendance', 'Decision', 'Commitment', 'Stance']])}
} AS value
