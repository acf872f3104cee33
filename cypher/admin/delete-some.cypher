// Empties a large graph a slice at a time, so no one transaction holds it all; run until it returns 0.
MATCH (n)
WITH n LIMIT 50000
DETACH DELETE n
RETURN count(*) AS deleted
