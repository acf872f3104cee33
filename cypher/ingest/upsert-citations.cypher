// Links a letter to the loaded letters it cites by Kamerstuk number, in both directions
// of loading order: what this letter cites, and the loaded letters that cite this one.
MATCH (d:Document {id: $documentId})
CALL (d) {
  UNWIND $rows AS row
  MATCH (cited:Document {id: row.documentId})
  MERGE (d)-[c:CITES]->(cited)
  SET c.quote = row.quote, c.start = row.start, c.end = row.end
}
CALL (d) {
  MATCH (citing:Document)
  WHERE d.id IN citing.citedDocumentIds
  MERGE (citing)-[:CITES]->(d)
}
