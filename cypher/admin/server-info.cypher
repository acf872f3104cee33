// What a benchmark records about the Neo4j it ran against: version, edition and JVM heap.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
RETURN versions[0] AS version, edition, attributes.HeapMemoryUsage.value.properties.max AS heapMaxBytes
