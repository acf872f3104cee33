import { requireStatements } from './cypher-catalog';
import type { Executor } from './executor';

const ADMIN = requireStatements({ deleteSome: 'admin/delete-some' });

/** Relationships or nodes deleted per transaction: small enough for a 1 GB heap. */
const SLICE = 50_000;

/** Deletes every node and relationship, a slice per transaction, so a graph of any size can be emptied. Schema objects stay. */
export async function emptyGraph(executor: Executor): Promise<void> {
  for (;;) {
    const [result] = await executor.write<{ deleted: number }>(ADMIN.deleteSome, { slice: SLICE });
    if (!result || result.deleted === 0) return;
  }
}
