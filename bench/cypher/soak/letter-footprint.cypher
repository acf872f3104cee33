// What each letter owns (its document, passages, claims and evidence), and how many relationships
// start or end there, leaving out those that touch what the letters in $excluded own (a letter
// being replaced). Meetings, sessions, actors and topics belong to no letter.
MATCH (d:Document)
WHERE NOT d.id IN $excluded
CALL (d) {
  RETURN d AS n
  UNION
  MATCH (p:Passage {documentId: d.id}) RETURN p AS n
  UNION
  MATCH (c:Claim {documentId: d.id}) RETURN c AS n
  UNION
  MATCH (e:Evidence {documentId: d.id}) RETURN e AS n
}
OPTIONAL MATCH (n)-[r]-(x)
WHERE NOT coalesce(CASE WHEN x:Document THEN x.id WHEN x:Passage OR x:Claim OR x:Evidence THEN x.documentId END, '') IN $excluded
RETURN d.id AS id, count(DISTINCT n) AS nodes, count(DISTINCT r) AS links
ORDER BY id
