// With delete-document-claims: the letters being replaced let go of the decisions they recall (see
// merge-recalled-decisions); one that no letter recalls any more goes, with its links.
MATCH (c:Decision)
WHERE any(d IN c.documentIds WHERE d IN $documentIds)
SET c.documentIds = [d IN c.documentIds WHERE NOT d IN $documentIds]
SET c.documentId = CASE WHEN c.documentId IN $documentIds THEN head(c.documentIds) ELSE c.documentId END
WITH c
WHERE size(c.documentIds) = 0
DETACH DELETE c
