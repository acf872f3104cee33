// One page of meetings, filtered and ordered, with the total count of the filtered list.
// Meetings of given kinds start from the kind index; the whole label is read only when no kind is given
// (guarded by an UNWIND of nothing, since the planner would push a plain WHERE on parameters above the scan).
CALL () {
  CALL () {
    UNWIND CASE WHEN $kinds IS NULL THEN [true] ELSE [] END AS everything
    MATCH (m:Meeting) RETURN m
    UNION
    UNWIND coalesce($kinds, []) AS kind
    MATCH (m:Meeting {kind: kind}) RETURN m
  }
  WITH m
  WHERE ($kinds IS NULL OR m.kind IN $kinds)
    AND ($from IS NULL OR m.endDate >= $from)
    AND ($to IS NULL OR m.startDate <= $to)
    AND ($cityKeys IS NULL OR toLower(m.city) IN $cityKeys OR toLower(m.cityNl) IN $cityKeys)
    AND ($ids IS NULL OR m.id IN $ids)
    AND ($attendeeId IS NULL OR EXISTS { (m)<-[:AT]-(:Attendance)-[:BY]->(:Actor {id: $attendeeId}) })
  WITH m
  ORDER BY CASE WHEN $descending THEN m.startDate END DESC, CASE WHEN NOT $descending THEN m.startDate END ASC, m.id
  RETURN count(m) AS totalCount, collect(m {.*, __typename: 'Meeting'})[$offset..$offset + $limit] AS items
}
RETURN totalCount, items
