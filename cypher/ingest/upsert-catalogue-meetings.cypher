// Summits and leaders' meetings from the reference catalogue; letters add to them, never replace them.
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m:Node, m += row.props, m.fromCatalogue = true
WITH m, row
OPTIONAL MATCH (c:Country {id: row.countryId})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (m)-[:HELD_IN]->(c))
