// One page of passages for each key: a letter's passages in order, or the passages that
// mention an actor, topic or meeting (`$anchor`), oldest letter first.
UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (:Document {id: key})-[:HAS_PASSAGE]->(p:Passage) WHERE $anchor = 'document' RETURN p
    UNION
    MATCH (:Entity {id: key})<-[:MENTIONS]-(p:Passage) WHERE $anchor = 'entity' RETURN p
    UNION
    MATCH (:Meeting {id: key})<-[:AT]-(:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:IN_PASSAGE]->(p:Passage) WHERE $anchor = 'meeting' RETURN p
  }
  WITH DISTINCT p
  MATCH (d:Document)-[:HAS_PASSAGE]->(p)
  WITH p, d ORDER BY d.date, d.id, p.index
  RETURN count(p) AS totalCount, collect(p {.*, __typename: 'Passage'})[$offset..$offset + $limit] AS items
}
RETURN key, {totalCount: totalCount, items: items} AS value
