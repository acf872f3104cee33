// The write floor: nodes with a row's properties and plain relationships to a few hub nodes,
// without lookups, MERGE, constraints or indexes (the labels have none).
MATCH (hub:WriteFloorHub)
WITH collect(hub) AS hubs
UNWIND $rows AS row
CREATE (n:WriteFloor)
SET n = row.props
WITH n, row, hubs
UNWIND range(1, toInteger(row.relationships)) AS i
WITH n, hubs[toInteger(row.index + i) % size(hubs)] AS hub
CREATE (n)-[:WRITE_FLOOR]->(hub)
