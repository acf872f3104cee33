UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c:Actor:Entity:Node, c += row.props
