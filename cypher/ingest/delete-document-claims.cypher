// With delete-document-content: the claims of the letters being replaced (a decision several letters
// recall is let go of by release-recalled-decisions instead).
MATCH (n:Claim)
WHERE n.documentId IN $documentIds AND n.documentIds IS NULL
DETACH DELETE n
