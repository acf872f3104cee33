import { stopLocalNeo4j } from '../../src/db/local-neo4j';
import { testConfig } from './test-env';

/** Stops the tests' Neo4j if the global setup started it, so no process outlives the run. */
export default async function globalTeardown(): Promise<void> {
  const config = testConfig();
  if (config.neo4j.mode === 'local' && process.env.SUMMITGRAPH_TEST_STOP_NEO4J === '1') {
    await stopLocalNeo4j(config.neo4j, () => {});
  }
}
