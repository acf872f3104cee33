import { connect } from '../../src/db/connect';
import { applySchema } from '../../src/db/apply-schema';
import { requireStatements } from '../../src/db/cypher-catalog';
import { Executor } from '../../src/db/executor';
import { testConfig } from './test-env';

/**
 * Before the integration and journey tests: start (or reuse) the tests' own
 * Neo4j, reset it, and apply the schema, so every test starts from the same state. (jest runs this only when an integration test is selected.)
 */
export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  const startedHere = config.neo4j.mode === 'local' && !(await import('../../src/db/local-neo4j')).localStatus(config.neo4j).running;
  const db = await connect(config.neo4j, (line) => process.stderr.write(`\n[test neo4j] ${line}`));
  process.env.SUMMITGRAPH_TEST_STOP_NEO4J = startedHere ? '1' : '';
  try {
    const executor = new Executor(db.driver, db.database);
    await executor.write(requireStatements({ reset: 'admin/delete-everything' }).reset);
    await applySchema(executor);
  } finally {
    await db.driver.close();
  }
}
