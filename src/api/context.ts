import DataLoader from 'dataloader';
import type { ExecuteOptions, Executor, SentStatement, SharedRead } from '../db/executor';
import type { NameIndex } from '../reference';
import { fromNeo4jError } from './errors';

/**
 * What every resolver of one request shares: a way to read from Neo4j with
 * the request's timeout, the loaders that batch what sibling resolvers ask
 * for into one statement, and the reference names for arguments given as
 * names. Made afresh for every request, so nothing is cached across them;
 * `close` must be called when the request is done.
 */
export class RequestContext {
  /** The statements this request sent to Neo4j, for logs and for tests that count round trips. */
  readonly sent: SentStatement[] = [];
  private readonly loaders = new Map<string, DataLoader<unknown, unknown[]>>();
  /** All of the request's statements run in one read transaction, bounded by the request's timeout. */
  private readonly reads: SharedRead;

  constructor(
    executor: Executor,
    readonly names: NameIndex,
    options: ExecuteOptions,
  ) {
    this.reads = executor.sharedRead(options);
  }

  /** Ends the request's read transaction; called once the response is settled. */
  close(): Promise<void> {
    return this.reads.close();
  }

  /** Runs one read statement now. */
  async read<T extends Record<string, unknown>>(cypher: string, parameters: Record<string, unknown>, errorContext: { searchText?: string } = {}): Promise<T[]> {
    this.sent.push({ cypher, parameters });
    try {
      return await this.reads.read<T>(cypher, parameters);
    } catch (error) {
      throw fromNeo4jError(error, errorContext);
    }
  }

  /**
   * Asks for the rows of `key` from a batched statement. Every call made in
   * the same tick with the same statement and shared parameters becomes one
   * statement with `$keys`; it must return one row per key as
   * `{ key, value }`, where `value` is what the caller gets (null if absent).
   */
  batch<K, V>(cypher: string, shared: Record<string, unknown>, key: K): Promise<V> {
    const loaderKey = `${cypher}\u0000${JSON.stringify(shared)}`;
    let loader = this.loaders.get(loaderKey);
    if (!loader) {
      loader = new DataLoader<unknown, unknown[]>(
        async (keys) => {
          const rows = await this.read<{ key: unknown; value: unknown }>(cypher, { ...shared, keys });
          const byKey = new Map(rows.map((row) => [JSON.stringify(row.key), row.value]));
          return keys.map((k) => (byKey.get(JSON.stringify(k)) ?? null) as unknown[]);
        },
        { cacheKeyFn: (k) => JSON.stringify(k), maxBatchSize: 500 },
      );
      this.loaders.set(loaderKey, loader);
    }
    return loader.load(key) as Promise<V>;
  }
}
