// The content hash and pipeline fingerprint of the letters already loaded, to skip unchanged ones.
UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})
RETURN d.id AS id, d.sha256 AS sha256, d.pipeline AS pipeline
