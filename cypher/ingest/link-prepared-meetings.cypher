// After the meetings of a batch exist: which meetings prepared which (both may be new in the batch).
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (prep:Meeting {id: row.preparedById})
MERGE (prep)-[:PREPARED]->(m)
