import type { Executor } from '../src/db/executor';
import { ROW_STATEMENTS, loadRows, maintainLinks } from '../src/ingest/load';
import type { LetterGraph } from '../src/ingest/letter-graph';

/**
 * The row-by-row loader the benchmark compares the batched one with: the same
 * rows and the same statements as `writeBatched`, but one letter per
 * transaction and one statement execution per row, then the link maintenance
 * for that letter. It has no skip check and deletes nothing, so it expects
 * letters not in the graph yet (the benchmark loads into an empty graph).
 */
export async function loadRowByRow(executor: Executor, graphs: readonly LetterGraph[]): Promise<void> {
  for (const graph of graphs) {
    const rows = loadRows([graph]);
    await executor.writeTransaction(async (run) => {
      for (const { kind, cypher } of ROW_STATEMENTS) {
        for (const row of rows[kind]) await run(cypher, { rows: [row] });
      }
      await maintainLinks(run, rows.documentIds);
    });
  }
}
