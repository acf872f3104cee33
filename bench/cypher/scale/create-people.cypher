// Generated people, shaped as the reference data loads them.
UNWIND $rows AS row
CREATE (p:Person:Actor:Entity:Node)
SET p = row.props
WITH p, row
MATCH (country:Country {id: row.countryId})
CREATE (p)-[:CITIZEN_OF]->(country)
