// Part of a reset that fits in the heap whatever the graph's size: one batch of nodes at a time.
MATCH (n)
WITH n LIMIT toInteger($batch)
DETACH DELETE n
RETURN count(*) AS deleted
