// The nodes the write floor's relationships end at, as meetings, topics and actors are for claims.
UNWIND range(1, toInteger($count)) AS i
CREATE (:WriteFloorHub {index: i})
