// With delete-document-content: the document nodes of earlier versions of letters, replaced by a
// version with another id (a letter without a Kamerstuk number whose text changed).
MATCH (d:Document)
WHERE d.id IN $documentIds
DETACH DELETE d
