UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o:Actor:Entity:Node, o += row.props
