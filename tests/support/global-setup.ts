import { connect } from '../../src/db/connect';
import { applySchema } from '../../src/db/apply-schema';
import { emptyGraph } from '../../src/db/empty-graph';
import { Executor } from '../../src/db/executor';
import { testConfig } from './test-env';
import { ingestSeeds } from './seeded-graph';

/**
 * Before the integration and journey tests: start (or reuse) the tests' own
 * Neo4j, reset it, apply the schema and ingest the seed letters, so every
 * test reads the same, freshly built graph. (jest runs this only when an integration test is selected.)
 */
export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  const startedHere = config.neo4j.mode === 'local' && !(await import('../../src/db/local-neo4j')).localStatus(config.neo4j).running;
  const db = await connect(config.neo4j, (line) => process.stderr.write(`\n[test neo4j] ${line}`));
  process.env.SUMMITGRAPH_TEST_STOP_NEO4J = startedHere ? '1' : '';
  try {
    const executor = new Executor(db.driver, db.database);
    await emptyGraph(executor);
    await applySchema(executor);
    await ingestSeeds(executor);
  } finally {
    await db.driver.close();
  }
}
