UNWIND $rows AS row
MATCH (d:Document {id: row.props.documentId})
CREATE (p:Passage:Node)
SET p = row.props
CREATE (d)-[:HAS_PASSAGE]->(p)
WITH p, row
CALL (p, row) {
  UNWIND row.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (p)-[:MENTIONS]->(e)
}
