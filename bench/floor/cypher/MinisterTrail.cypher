// MinisterTrail by hand: people whose name or alias matches, their offices and attendances.
CALL () {
  MATCH (p:Person) WHERE p.name CONTAINS $name OR $name IN p.aliases
  WITH p ORDER BY p.sortName, p.id
  RETURN count(p) AS totalCount, collect(p)[0..5] AS page
}
RETURN {people: {totalCount: totalCount, nodes: [p IN page | p {
  .id, .name,
  offices: COLLECT { MATCH (p)-[h:HELD]->(o:Office) WITH h, o ORDER BY h.from RETURN {title: o.title, from: h.from, to: h.to} },
  attendances: COLLECT {
    MATCH (p)<-[:BY]-(a:Attendance)
    WITH a ORDER BY a.date, a.id
    RETURN a {.status, .office, meeting: head([(a)-[:AT]->(m) | m {.id, .name, .kind, .startDate, .city}])}
  }
}]}} AS data
