// Full-text search over the passages, in Dutch and in the English and Dutch names of what
// they mention; the highest score first. With `$countLimit`, the index gives its best
// `$countLimit` hits only (by score; equal scores in its own order), so a common word does not
// make every hit be read and sorted; `lowestScore` lets the caller see whether the page reaches
// hits tied with the last one counted.
CALL () {
  CALL db.index.fulltext.queryNodes('passage_text', $text, CASE WHEN $countLimit IS NULL THEN {} ELSE {limit: $countLimit} END) YIELD node, score
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
  RETURN size(hits) AS totalCount, last(hits).score AS lowestScore, items
}
RETURN totalCount, lowestScore, items
