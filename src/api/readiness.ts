import { schemaIsApplied } from '../db/apply-schema';
import { requireStatements } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { ApiError, ErrorCode, fromNeo4jError } from './errors';

const STATEMENTS = requireStatements({ documentCount: 'admin/document-count' });

export interface Readiness {
  ready: boolean;
  neo4j: 'reachable' | 'unreachable';
  schema: 'applied' | 'missing' | 'unknown';
  documents: number | null;
  /** Why Neo4j could not be asked, as the API's error code: DATABASE_UNAVAILABLE while it is down. */
  code?: string;
  reason?: string;
}

/**
 * Ready means: Neo4j answers, the schema is applied, and letters are loaded.
 * Its statements share one read transaction whose retries stop after
 * `retryForMs`, so a Neo4j that is down is reported that fast.
 */
export async function readiness(executor: Executor, options: { retryForMs?: number } = {}): Promise<Readiness> {
  const reads = executor.sharedRead({ timeoutMs: 5000, retryForMs: options.retryForMs });
  try {
    const applied = await schemaIsApplied(reads);
    const [{ documents }] = await reads.read<{ documents: number }>(STATEMENTS.documentCount, {});
    const reason = !applied ? 'the schema is not applied' : documents === 0 ? 'no letters are loaded yet' : undefined;
    return { ready: reason === undefined, neo4j: 'reachable', schema: applied ? 'applied' : 'missing', documents, ...(reason ? { reason } : {}) };
  } catch (error) {
    const translated = fromNeo4jError(error);
    const code = translated instanceof ApiError ? String(translated.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
    return { ready: false, neo4j: 'unreachable', schema: 'unknown', documents: null, code, reason: translated instanceof Error ? translated.message : String(translated) };
  } finally {
    await reads.close().catch(() => {});
  }
}
