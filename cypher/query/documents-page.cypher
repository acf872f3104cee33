// One page of letters for each key: all letters ('none'), those a person signed ('signedBy'),
// or those that cite a letter ('citedBy'); filtered by kind, date, Kamerstuk and meeting.
UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (d:Document) WHERE $anchor = 'none' RETURN d
    UNION
    MATCH (:Person {id: key})<-[:SIGNED_BY]-(d:Document) WHERE $anchor = 'signedBy' RETURN d
    UNION
    MATCH (:Document {id: key})<-[:CITES]-(d:Document) WHERE $anchor = 'citedBy' RETURN d
  }
  WITH DISTINCT d
  WHERE d.sha256 IS NOT NULL
    AND ($kinds IS NULL OR d.kind IN $kinds)
    AND ($from IS NULL OR d.date >= $from)
    AND ($to IS NULL OR d.date <= $to)
    AND ($kamerstuk IS NULL OR d.kamerstuk = $kamerstuk)
    AND ($meetingId IS NULL OR EXISTS { (d)-[:ABOUT|MENTIONS_MEETING]->(:Meeting {id: $meetingId}) })
  WITH d
  ORDER BY CASE WHEN $descending THEN d.date END DESC, CASE WHEN NOT $descending THEN d.date END ASC, d.id
  RETURN count(d) AS totalCount,
         collect(d {.id, .kind, .date, .dateInferred, .kamerstuk, .title, .fileName, __typename: 'Document'})[$offset..$offset + $limit] AS items
}
RETURN key, {totalCount: totalCount, items: items} AS value
