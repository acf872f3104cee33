import { isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type RecordShape, type Session, type Transaction } from 'neo4j-driver';
import { toPlain } from './values';

export interface ExecuteOptions {
  /** Transaction timeout in milliseconds; Neo4j aborts the transaction after it. */
  timeoutMs?: number;
  /**
   * For a shared read: for how long, in milliseconds from the start of the
   * attempt that first failed, statements that fail with an error Neo4j
   * calls retryable are tried again. The driver's own retries go on for
   * 30 s, which would hold a request that long while Neo4j is down.
   */
  retryForMs?: number;
}

/**
 * A statement could not be sent because no connection to Neo4j could be had,
 * and Neo4j itself reported nothing: the driver gave up waiting (the pool's
 * acquisition timeout has no code of its own), or the connection failed.
 */
export class NoConnectionError extends Error {
  override name = 'NoConnectionError';
  constructor(cause: unknown) {
    super(`no connection to Neo4j could be had (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
}

/** What reads statements: the executor itself, or a shared read transaction. */
export interface Reader {
  read<T extends RecordShape = RecordShape>(cypher: string, parameters?: Record<string, unknown>): Promise<T[]>;
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
 * one. A failure Neo4j calls retryable (a connection lost or refused, a
 * cluster member gone) is tried again in a new transaction: at once, then
 * after a pause that doubles, for as long as `retryForMs` allows (0: never).
 */
export class SharedRead implements Reader {
  private session: Session | null = null;
  private transaction: Transaction | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** When retrying stops: `retryForMs` after the start of the attempt that first failed. */
  private retryUntil: number | undefined;
  /** Whether the open transaction began: settles once Neo4j answers BEGIN or no connection can be had. */
  private began: Promise<boolean> = Promise.resolve(false);
  /** Set once a statement found no connection and gave up: the statements after it fail with it at once. */
  private noConnection: unknown = null;

  constructor(
    private readonly executor: Executor,
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: ExecuteOptions,
  ) {}

  read<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    const result = this.queue.then(() => this.runWithRetries<T>(cypher, parameters));
    this.queue = result.catch(() => {});
    return result;
  }

  /** Ends the transaction (a read has nothing to commit) and gives the connection back. */
  async close(): Promise<void> {
    await this.queue;
    await this.end();
  }

  private async runWithRetries<T extends RecordShape>(cypher: string, parameters: Record<string, unknown>): Promise<T[]> {
    if (this.noConnection) throw this.noConnection;
    for (let pause = 0; ; pause = pause === 0 ? FIRST_PAUSE_MS : pause * 2) {
      const attemptStarted = Date.now();
      try {
        return await this.runNow<T>(cypher, parameters);
      } catch (error) {
        const began = await this.began;
        await this.end();
        const serverError = error instanceof Neo4jError && error.code.startsWith('Neo.');
        if (isRetryableError(error)) {
          // The time for retries counts from the start of the attempt that first failed, and is the
          // whole transaction's: once Neo4j is found down, the statements after fail without waiting again.
          this.retryUntil ??= attemptStarted + (this.options.retryForMs ?? 0);
          if (Date.now() + pause < this.retryUntil) {
            if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
            continue;
          }
          if (!began) this.noConnection = error;
          throw error;
        }
        if (!began && !serverError) {
          this.noConnection = new NoConnectionError(error);
          throw this.noConnection;
        }
        throw error;
      }
    }
  }

  private async runNow<T extends RecordShape>(cypher: string, parameters: Record<string, unknown>): Promise<T[]> {
    if (!this.transaction) {
      this.session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      const transaction = this.session.beginTransaction(this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined);
      // Observed, not awaited, so the first statement still goes out with BEGIN.
      this.began = transaction.then(
        () => true,
        () => false,
      );
      this.transaction = transaction;
    }
    return this.executor.run<T>(this.transaction, cypher, parameters);
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

/** The pause before a shared read's second retry; each later one doubles it. */
const FIRST_PAUSE_MS = 100;
