// People a letter names whom the reference data does not know: created once, with the country and office
// as the letter gives them; a person the reference data loaded is left as it is.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p:Actor:Entity:Node, p += row.props
WITH p, row
WHERE row.countryId IS NOT NULL AND NOT (p)-[:CITIZEN_OF]->(:Country)
MATCH (country:Country {id: row.countryId})
MERGE (p)-[:CITIZEN_OF]->(country)
