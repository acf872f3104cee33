UNWIND $rows AS row
MATCH (p:Passage {id: row.props.id})
MATCH (d:Document {id: row.documentId})
CREATE (d)-[:HAS_PASSAGE]->(p)
WITH p, row
CALL (p, row) {
  UNWIND row.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (p)-[:MENTIONS]->(e)
}
