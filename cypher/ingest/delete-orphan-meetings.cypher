// After letters were replaced (and their orphaned sessions removed): a meeting they named that no
// letter names any more, no claim is at or reaffirms, and the catalogue does not hold, goes, with
// its links to its country and to the meetings it prepared or was prepared by (every letter that
// said so names both meetings). One that another letter or claim points at stays.
UNWIND $meetingIds AS meetingId
MATCH (m:Meeting {id: meetingId})
WHERE m.fromCatalogue IS NULL
  AND NOT EXISTS { (m)<-[:ABOUT|MENTIONS_MEETING|AT|REAFFIRMS_MEETING]-() }
  AND NOT EXISTS { (m)-[:HAS_SESSION]->() }
DETACH DELETE m
