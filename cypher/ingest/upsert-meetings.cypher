// Meetings are shared by every letter that names them: known values are kept, missing ones filled in.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (m:Meeting {id: row.id})
ON CREATE SET m:Node, m += row.props
SET m.city = coalesce(m.city, row.props.city),
    m.nameNl = coalesce(m.nameNl, row.props.nameNl)
WITH d, m, row
CALL (d, m, row) {
  WITH d, m, row WHERE row.about
  MERGE (d)-[:ABOUT]->(m)
}
CALL (d, m, row) {
  WITH d, m, row WHERE NOT row.about
  MERGE (d)-[r:MENTIONS_MEETING]->(m)
  SET r.quote = row.evidence.quote, r.start = row.evidence.start, r.end = row.evidence.end
}
CALL (m, row) {
  WITH m, row WHERE row.countryId IS NOT NULL
  MATCH (c:Country {id: row.countryId})
  MERGE (m)-[:HELD_IN]->(c)
}
