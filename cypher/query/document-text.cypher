UNWIND $keys AS key
MATCH (d:Document {id: key})
RETURN key, d.text AS value
