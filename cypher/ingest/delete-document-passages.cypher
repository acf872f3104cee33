// With delete-document-content: the passages of the letters being replaced.
MATCH (n:Passage)
WHERE n.documentId IN $documentIds
DETACH DELETE n
