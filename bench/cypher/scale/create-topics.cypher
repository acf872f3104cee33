UNWIND $rows AS row
CREATE (t:Topic:Entity:Node)
SET t = row.props
