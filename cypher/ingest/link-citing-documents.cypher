// The other direction of loading order: letters loaded earlier that cite the letters just loaded.
// One scan of the documents per batch, not one per letter.
MATCH (citing:Document)
WHERE any(citedId IN citing.citedDocumentIds WHERE citedId IN $documentIds)
UNWIND citing.citedDocumentIds AS citedId
WITH citing, citedId WHERE citedId IN $documentIds
MATCH (d:Document {id: citedId})
MERGE (citing)-[:CITES]->(d)
