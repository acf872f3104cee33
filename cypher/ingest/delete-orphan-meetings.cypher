// A meeting that only a replaced letter named, and that the catalogue does not hold, goes with it.
MATCH (m:Meeting)
WHERE m.fromCatalogue IS NULL AND NOT (m)--()
DELETE m
