MATCH (d:Document {id: $documentId})
RETURN d.sha256 AS sha256, d.pipeline AS pipeline
