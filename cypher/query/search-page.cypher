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
  WITH collect({node: node, score: score, d: d}) AS hits
  // Only the page is projected: the other hits count, but their properties are never read.
  CALL (hits) {
    UNWIND hits[$offset..$offset + $limit] AS hit
    WITH hit.node AS node, hit.d AS d, hit.score AS score
    RETURN collect({
      score: score,
      passage: node {.*, __typename: 'Passage'},
      document: d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'}
    }) AS items
  }
  RETURN size(hits) AS totalCount, items
}
RETURN totalCount, items
