import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resetGraph } from '../../bench/ingest';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { ingestSeeds } from './seeded-graph';
import { testConfig } from './test-env';

/**
 * For a test that writes to the tests' Neo4j beyond the seeded graph (a
 * benchmark's smoke run): connects in beforeAll, gives a scratch folder, and
 * in afterAll rebuilds the graph as the global setup leaves it unless the test
 * said it left the graph as it was (`leftAsItWas`), e.g. when it failed half way.
 */
export function scratchGraph(folderPrefix: string) {
  let db: Database;
  let executor: Executor;
  let dir: string;
  let asItWas = false;
  beforeAll(async () => {
    db = await connect(testConfig().neo4j);
    executor = new Executor(db.driver, db.database);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  });
  afterAll(async () => {
    if (!asItWas) {
      await resetGraph(executor);
      await ingestSeeds(executor);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await db.driver.close();
  });
  return {
    executor: () => executor,
    dir: () => dir,
    leftAsItWas: () => {
      asItWas = true;
    },
    /** How many nodes and relationships the graph holds. */
    async counts() {
      const [row] = await executor.read<{ nodes: number; relationships: number }>(
        'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
      );
      return row;
    },
  };
}
