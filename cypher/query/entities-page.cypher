// One page of people, countries, organizations, groups or topics (`$label`), by name.
// `$ids` narrows to the entities a name argument resolved to.
// Entities named by `$ids` are found by id; the whole label is read only when no ids are given
// (guarded by an UNWIND of nothing, since the planner would push a plain WHERE on parameters above the scan).
CALL () {
  CALL () {
    UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS everything
    MATCH (n:Entity) RETURN n
    UNION
    UNWIND coalesce($ids, []) AS id
    MATCH (n:Entity {id: id}) RETURN n
  }
  WITH n
  WHERE $label IN labels(n)
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($natoMember IS NULL OR n.natoMember = $natoMember)
    AND ($officeIds IS NULL OR EXISTS {
      MATCH (n)-[h:HELD]->(o:Office) WHERE o.id IN $officeIds AND ($at IS NULL OR (h.from <= $at AND (h.to IS NULL OR h.to > $at)))
    })
  WITH n
  ORDER BY CASE WHEN $descending THEN n.sortName END DESC, CASE WHEN NOT $descending THEN n.sortName END ASC, n.id
  RETURN count(n) AS totalCount, collect(n {.*, __typename: $label})[$offset..$offset + $limit] AS items
}
RETURN totalCount, items
