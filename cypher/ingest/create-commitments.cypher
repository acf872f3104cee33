// Nodes only, with every property the row carries; create-evidence and connect-actor-claims follow.
// Kept apart because a statement that looks nodes up, or sets a second node's properties,
// after setting properties from a map needs an Eager operator (Neo4j cannot tell which
// properties the map sets).
UNWIND $rows AS row
CREATE (c:Claim:Commitment:Node)
SET c = row.props
