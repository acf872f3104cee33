import type { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { toPlain } from './values';

export interface ExecuteOptions {
  /** Transaction timeout in milliseconds; Neo4j aborts the transaction after it. */
  timeoutMs?: number;
}

/** One statement as it was sent, for debug logs and for tests that count round trips. */
export interface SentStatement {
  cypher: string;
  parameters: Record<string, unknown>;
}

/**
 * The one place that talks to Neo4j. Reads and writes run as managed
 * transactions, so the driver retries what Neo4j calls retryable; the session
 * is always closed; records come back as plain JavaScript values.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly onStatement: (statement: SentStatement) => void = () => {},
  ) {}

  /** Runs one read statement and returns its records as plain objects. */
  async read<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}, options: ExecuteOptions = {}): Promise<T[]> {
    return this.inSession('READ', options, (tx) => this.run<T>(tx, cypher, parameters));
  }

  /** Runs one write statement in its own transaction. */
  async write<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}, options: ExecuteOptions = {}): Promise<T[]> {
    return this.inSession('WRITE', options, (tx) => this.run<T>(tx, cypher, parameters));
  }

  /**
   * Runs several write statements in one transaction: all of them land or
   * none does. `work` gets a `run` function bound to that transaction.
   */
  async writeTransaction<R>(work: (run: <T extends RecordShape = RecordShape>(cypher: string, parameters?: Record<string, unknown>) => Promise<T[]>) => Promise<R>, options: ExecuteOptions = {}): Promise<R> {
    return this.inSession('WRITE', options, (tx) => work((cypher, parameters = {}) => this.run(tx, cypher, parameters)));
  }

  private async inSession<R>(mode: 'READ' | 'WRITE', options: ExecuteOptions, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const config = options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  }

  private async run<T extends RecordShape>(tx: ManagedTransaction, cypher: string, parameters: Record<string, unknown>): Promise<T[]> {
    this.onStatement({ cypher, parameters });
    const result = await tx.run(cypher, parameters);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }
}
