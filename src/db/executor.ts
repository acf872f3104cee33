import { isRetryableError, type Driver, type ManagedTransaction, type RecordShape, type Session, type Transaction } from 'neo4j-driver';
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

  /**
   * A read transaction that several statements share, opened at the first
   * statement; the caller closes it once it has sent its last one.
   */
  sharedRead(options: ExecuteOptions = {}): SharedRead {
    return new SharedRead(this, this.driver, this.database, options);
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

  /** Runs a statement in a transaction the caller holds, reporting it like every other. */
  async run<T extends RecordShape>(tx: ManagedTransaction | Transaction, cypher: string, parameters: Record<string, unknown>): Promise<T[]> {
    this.onStatement({ cypher, parameters });
    const result = await tx.run(cypher, parameters);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }
}

/**
 * Read statements sent one after another in one read transaction (the driver
 * runs one statement at a time per transaction, so they wait their turn):
 * a request's second statement saves opening a session, BEGIN and COMMIT.
 * A statement that fails ends the transaction, and the next one opens a new
 * one; a failure Neo4j calls retryable is run again on its own, with the
 * driver's retries, as `Executor.read` would.
 */
export class SharedRead {
  private session: Session | null = null;
  private transaction: Transaction | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly executor: Executor,
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: ExecuteOptions,
  ) {}

  read<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    const result = this.queue.then(() => this.runNow<T>(cypher, parameters));
    this.queue = result.catch(() => {});
    return result;
  }

  /** Ends the transaction (a read has nothing to commit) and gives the connection back. */
  async close(): Promise<void> {
    await this.queue;
    await this.end();
  }

  private async runNow<T extends RecordShape>(cypher: string, parameters: Record<string, unknown>): Promise<T[]> {
    if (!this.transaction) {
      this.session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      this.transaction = this.session.beginTransaction(this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined);
    }
    try {
      return await this.executor.run<T>(this.transaction, cypher, parameters);
    } catch (error) {
      await this.end();
      if (!isRetryableError(error)) throw error;
      return this.executor.read<T>(cypher, parameters, this.options);
    }
  }

  private async end(): Promise<void> {
    const { session, transaction } = this;
    this.session = null;
    this.transaction = null;
    // A failed rollback changes nothing for a read; the session is closed either way.
    if (transaction?.isOpen()) await transaction.rollback().catch(() => {});
    await session?.close();
  }
}
