// With delete-document-content: the sessions of the letters being replaced.
MATCH (n:Session)
WHERE n.documentId IN $documentIds
DETACH DELETE n
