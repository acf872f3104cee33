// Decisions a letter recalls from an earlier meeting (Bucharest 2008): one node for every letter that
// recalls it, keyed on its meeting and what it concerns; each letter adds itself to documentIds and its
// evidence, and the first letter that says what was decided gives the node its words and summary.
UNWIND $rows AS row
MERGE (c:Claim:Decision:Node {id: row.props.id})
ON CREATE SET c = row.props, c.documentIds = [row.documentId]
ON MATCH SET
  c.documentIds = [d IN c.documentIds WHERE d <> row.documentId] + row.documentId,
  c.summary = CASE WHEN c.what IS NULL AND row.props.what IS NOT NULL THEN row.props.summary ELSE c.summary END,
  c.what = coalesce(c.what, row.props.what)
