// Re-ingesting a letter replaces what it said: the links from its document (signatories,
// citations, meetings), then its passages, claims, evidence and sessions go first.
MATCH (d:Document)-[r]->()
WHERE d.id IN $documentIds
DELETE r
