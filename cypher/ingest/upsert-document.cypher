MERGE (d:Document {id: $document.id})
SET d:Node, d += $document.props
WITH d
UNWIND $document.signatories AS signatory
MATCH (p:Person {id: signatory.personId})
MERGE (d)-[s:SIGNED_BY]->(p)
SET s.office = signatory.office, s.quote = signatory.quote, s.start = signatory.start, s.end = signatory.end
