// A decision that reaffirms an earlier meeting points to that meeting's decisions on a topic it
// shares, whichever letter came first: worked out for the decisions of the letters just loaded
// ($documentIds), as the reaffirming side and as the reaffirmed side.
CALL () {
  UNWIND $documentIds AS documentId
  MATCH (later:Claim:Decision {documentId: documentId})-[:REAFFIRMS_MEETING]->(:Meeting)<-[:AT]-(old:Decision)
  WHERE later <> old AND EXISTS { (later)-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(old) }
  RETURN later, old
  UNION
  UNWIND $documentIds AS documentId
  MATCH (old:Claim:Decision {documentId: documentId})-[:AT]->(:Meeting)<-[:REAFFIRMS_MEETING]-(later:Decision)
  WHERE later <> old AND EXISTS { (later)-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(old) }
  RETURN later, old
}
MERGE (later)-[:REAFFIRMS]->(old)
RETURN count(*) AS links
