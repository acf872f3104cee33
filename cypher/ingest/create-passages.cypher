MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CREATE (p:Passage:Node {
  id: row.id, documentId: $documentId, index: row.index, heading: row.heading, kind: row.kind,
  text: row.text, start: row.start, end: row.end, mentionNames: row.mentionNames
})
CREATE (d)-[:HAS_PASSAGE]->(p)
WITH p, row
CALL (p, row) {
  UNWIND row.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (p)-[:MENTIONS]->(e)
}
