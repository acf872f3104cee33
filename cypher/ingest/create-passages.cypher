// Nodes only, with every property the row carries; connect-passages adds the relationships.
// Kept apart because a statement that looks nodes up after setting properties from a map
// needs an Eager operator (Neo4j cannot tell which properties the map sets).
UNWIND $rows AS row
CREATE (p:Passage:Node)
SET p = row.props
