// A generated report letter: about one meeting, signed by one person.
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (signatory:Person {id: row.signatory.personId})
CREATE (d:Document:Node)
SET d = row.props
CREATE (d)-[:ABOUT]->(m)
CREATE (d)-[:SIGNED_BY {office: row.signatory.office, quote: row.signatory.quote, start: row.signatory.start, end: row.signatory.end}]->(signatory)
