// With delete-document-content: the claims of the letters being replaced.
MATCH (n:Claim)
WHERE n.documentId IN $documentIds
DETACH DELETE n
