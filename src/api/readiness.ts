import { schemaIsApplied } from '../db/apply-schema';
import { requireStatements } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';

const STATEMENTS = requireStatements({ documentCount: 'admin/document-count' });

export interface Readiness {
  ready: boolean;
  neo4j: 'reachable' | 'unreachable';
  schema: 'applied' | 'missing' | 'unknown';
  documents: number | null;
  reason?: string;
}

/** Ready means: Neo4j answers, the schema is applied, and letters are loaded. */
export async function readiness(executor: Executor): Promise<Readiness> {
  try {
    const [applied, [{ documents }]] = await Promise.all([
      schemaIsApplied(executor),
      executor.read<{ documents: number }>(STATEMENTS.documentCount, {}, { timeoutMs: 5000 }),
    ]);
    const reason = !applied ? 'the schema is not applied' : documents === 0 ? 'no letters are loaded yet' : undefined;
    return { ready: reason === undefined, neo4j: 'reachable', schema: applied ? 'applied' : 'missing', documents, ...(reason ? { reason } : {}) };
  } catch (error) {
    return { ready: false, neo4j: 'unreachable', schema: 'unknown', documents: null, reason: error instanceof Error ? error.message : String(error) };
  }
}
