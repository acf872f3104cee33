// What a letter cites, by Kamerstuk number, among the letters loaded (or being loaded).
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MATCH (cited:Document {id: row.citedId})
MERGE (d)-[c:CITES]->(cited)
SET c.quote = row.quote, c.start = row.start, c.end = row.end
