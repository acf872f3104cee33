import { loadConfig, type Config } from '../../src/config';

/**
 * The tests' configuration. Unless NEO4J_URI points at a database the user
 * chose, tests run their own local Neo4j in .neo4j/test on ports of their own,
 * so `npm test` never touches the data the service (`npm start`) serves.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const base = process.env.NEO4J_URI
    ? {}
    : { SUMMITGRAPH_NEO4J_HOME: '.neo4j/test', SUMMITGRAPH_BOLT_PORT: '17687', SUMMITGRAPH_HTTP_PORT: '17474', SUMMITGRAPH_NEO4J_HEAP: '1g' };
  return loadConfig({ ...process.env, ...base, PORT: '0', ...overrides });
}
