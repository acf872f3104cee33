UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p:Actor:Entity:Node, p += row.props
WITH p, row
CALL (p) {
  OPTIONAL MATCH (p)-[old:HELD]->(:Office)
  DELETE old
}
WITH p, row
OPTIONAL MATCH (country:Country {id: row.countryId})
FOREACH (_ IN CASE WHEN country IS NULL THEN [] ELSE [1] END | MERGE (p)-[:CITIZEN_OF]->(country))
WITH p, row
UNWIND row.terms AS term
MATCH (o:Office {id: term.officeId})
CREATE (p)-[:HELD {from: term.from, to: term.to, source: row.props.source}]->(o)
