// For each lookup in `$keys`, a pair [full-text query, ids]: the nodes with those ids (what the
// reference names matched, in that order), and the people, countries, organizations, groups,
// topics and meetings the full-text index of names finds for the query, best first, `$limit` at
// most. Meetings are named by the letters, not by reference data, so only the index finds them.
UNWIND $keys AS key
CALL (key) {
  UNWIND range(0, size(key[1]) - 1) AS rank
  MATCH (n:Node {id: key[1][rank]})
  WITH n, rank
  ORDER BY rank
  RETURN collect(n {.*, __typename: head([l IN labels(n) WHERE l IN $types])}) AS named
}
CALL (key) {
  CALL db.index.fulltext.queryNodes('entity_names', key[0], {limit: $limit}) YIELD node, score
  WITH node, score
  ORDER BY score DESC, node.id
  RETURN collect(node {.*, __typename: head([l IN labels(node) WHERE l IN $types])}) AS found
}
RETURN key, {named: named, found: found} AS value
