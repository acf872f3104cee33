// With delete-document-content: the evidence of the letters being replaced.
MATCH (n:Evidence)
WHERE n.documentId IN $documentIds
DETACH DELETE n
