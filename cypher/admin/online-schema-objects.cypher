SHOW INDEXES YIELD name, state
WHERE name IN $names AND state = 'ONLINE'
RETURN name
