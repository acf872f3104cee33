// SummitAttendance by hand: summits and leaders' meetings, oldest first, with attendances.
CALL () {
  MATCH (m:Meeting) WHERE m.kind IN ['SUMMIT', 'LEADERS_MEETING']
  WITH m ORDER BY m.startDate, m.id
  RETURN count(m) AS totalCount, collect(m)[0..50] AS page
}
RETURN {meetings: {totalCount: totalCount, nodes: [m IN page | m {
  .id, .name, .kind, .startDate, .endDate, .city,
  attendances: [(m)<-[:AT]-(a:Attendance)-[:BY]->(actor) | a {
    .status, .office,
    person: CASE WHEN actor:Person THEN actor {.id, .name} END,
    evidence: [(a)-[:SUPPORTED_BY]->(e) | e {.quote, .start, .end, document: head([(e)-[:IN_DOCUMENT]->(d) | d {.id, .kamerstuk, .date}])}]
  }]
}]}} AS data
