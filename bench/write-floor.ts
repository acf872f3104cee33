import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { cypherCatalog, requireStatements } from '../src/db/cypher-catalog';
import type { Executor } from '../src/db/executor';
import type { LetterGraph } from '../src/ingest/letter-graph';
import { loadRows, type Row } from '../src/ingest/load';

const BENCH = requireStatements(
  { writeFloor: 'ingest/write-floor', writeFloorHubs: 'ingest/write-floor-hubs' },
  cypherCatalog(path.join(PROJECT_ROOT, 'bench', 'cypher')),
);

/** Hub nodes the floor's relationships end at: about as many as meetings, topics and actors a corpus touches. */
const HUBS = 500;

/**
 * What this Neo4j can write at best through Cypher in transactions: every node
 * the loader writes for these letters (with the same properties, in the same
 * batches), and as many relationships as it wrote (`relationships`, measured
 * after a batched load), but each node created plainly and tied to hub nodes,
 * without the lookups, MERGEs, constraints and indexes of the real load.
 */
export async function writeFloor(executor: Executor, batches: readonly LetterGraph[][], relationships: number): Promise<void> {
  const nodeRows = batches.map((batch) => {
    const rows = loadRows(batch);
    return [rows.documents, rows.passages, rows.meetings, rows.sessions, rows.attendances, rows.decisions, rows.recalledDecisions, rows.commitments, rows.stances, rows.evidence]
      .flat()
      .map((row) => ({ props: (row as { props?: Row }).props ?? {} }));
  });
  const nodes = nodeRows.reduce((sum, rows) => sum + rows.length, 0);
  await executor.write(BENCH.writeFloorHubs, { count: HUBS });
  let index = 0;
  let written = 0;
  for (const rows of nodeRows) {
    const withRelationships = rows.map((row) => {
      index += 1;
      // Spread the relationships evenly over the nodes, the remainder on the first ones.
      const share = Math.floor((relationships * index) / nodes) - written;
      written += share;
      return { ...row, index, relationships: share };
    });
    await executor.write(BENCH.writeFloor, { rows: withRelationships });
  }
}
