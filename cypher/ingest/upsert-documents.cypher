// One row per letter: the document node and who signed it.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d:Node, d += row.props
WITH d, row
UNWIND row.signatories AS signatory
MATCH (p:Person {id: signatory.personId})
MERGE (d)-[s:SIGNED_BY]->(p)
SET s.office = signatory.office, s.quote = signatory.quote, s.start = signatory.start, s.end = signatory.end
