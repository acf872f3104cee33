UNWIND $rows AS row
MERGE (o:Office {id: row.id})
SET o:Entity:Node, o += row.props
WITH o, row
OPTIONAL MATCH (holder:Actor {id: row.ofId})
FOREACH (_ IN CASE WHEN holder IS NULL THEN [] ELSE [1] END | MERGE (o)-[:OFFICE_OF]->(holder))
