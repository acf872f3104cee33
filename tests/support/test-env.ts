import { loadConfig, type Config } from '../../src/config';

/**
 * The environment that points summitgraph at the tests' Neo4j. Unless
 * NEO4J_URI points at a database the user chose, tests run their own local
 * Neo4j in .neo4j/test on ports of their own, so `npm test` never touches the
 * data the service (`npm start`) serves. SUMMITGRAPH_TEST_BOLT_PORT and
 * SUMMITGRAPH_TEST_HTTP_PORT move those ports, so two checkouts can test side by side.
 */
export function testEnv(): Record<string, string | undefined> {
  const base = process.env.NEO4J_URI
    ? {}
    : {
        SUMMITGRAPH_NEO4J_HOME: '.neo4j/test',
        SUMMITGRAPH_BOLT_PORT: process.env.SUMMITGRAPH_TEST_BOLT_PORT ?? '17687',
        SUMMITGRAPH_HTTP_PORT: process.env.SUMMITGRAPH_TEST_HTTP_PORT ?? '17474',
        SUMMITGRAPH_NEO4J_HEAP: '1g',
      };
  return { ...process.env, ...base };
}

/** The tests' configuration: the tests' Neo4j, and a free port for a service. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...testEnv(), PORT: '0', ...overrides });
}
