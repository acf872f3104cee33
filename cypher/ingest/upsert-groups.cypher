UNWIND $rows AS row
MERGE (g:Group {id: row.id})
SET g:Actor:Entity:Node, g += row.props
WITH g, row
CALL (g, row) {
  OPTIONAL MATCH (g)<-[old:MEMBER_OF]-(:Country)
  DELETE old
}
WITH g, row
UNWIND row.members AS memberId
MATCH (c:Country {id: memberId})
MERGE (c)-[:MEMBER_OF]->(g)
