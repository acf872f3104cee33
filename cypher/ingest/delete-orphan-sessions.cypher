// After letters were replaced: a session they named that no letter names any more and no claim is
// at goes. One that another letter names, or that another letter's attendance is at, stays.
UNWIND $sessionIds AS sessionId
MATCH (s:Session {id: sessionId})
WHERE NOT EXISTS { (s)<-[:MENTIONS_SESSION|AT_SESSION]-() }
DETACH DELETE s
