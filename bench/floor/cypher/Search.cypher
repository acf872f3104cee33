// Search by hand: passages matching the words, best first, with their letter
// (the passage text comes along for the snippet, which the floor cuts in JavaScript as ours does).
CALL () {
  CALL db.index.fulltext.queryNodes('passage_text', $text) YIELD node, score
  MATCH (d:Document)-[:HAS_PASSAGE]->(node)
  WITH node, score, d ORDER BY score DESC, node.id
  RETURN count(node) AS totalCount,
         collect({score: score, text: node.text, passage: node {.id, .heading}, document: d {.id, .kamerstuk, .date, .title}})[0..10] AS page
}
RETURN {search: {totalCount: totalCount, nodes: page}} AS data
