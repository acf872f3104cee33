// Full-text search over the passages, in Dutch and in the English and Dutch names of what
// they mention; the highest score first.
CALL () {
  CALL db.index.fulltext.queryNodes('passage_text', $text) YIELD node, score
  MATCH (d:Document)-[:HAS_PASSAGE]->(node)
  WHERE ($kinds IS NULL OR d.kind IN $kinds)
    AND ($from IS NULL OR d.date >= $from)
    AND ($to IS NULL OR d.date <= $to)
    AND ($documentId IS NULL OR d.id = $documentId)
  WITH node, score, d
  ORDER BY score DESC, node.id
  RETURN count(node) AS totalCount,
         collect({
           score: score,
           passage: node {.*, __typename: 'Passage'},
           document: d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'}
         })[$offset..$offset + $limit] AS items
}
RETURN totalCount, items
