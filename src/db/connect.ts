import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Neo4jTarget } from '../config';
import { localLogTail, localPortOwner, readLocalPassword, startLocalNeo4j, type LocalTarget } from './local-neo4j';

/** What a caller needs to talk to the database. */
export interface Database {
  driver: Driver;
  database: string;
  uri: string;
}

/** Thrown when Neo4j cannot be reached or refuses us; the message says what to do. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const WAIT_LIMIT_MS = 120_000;
/** How often a line says what is still being waited for. */
const PROGRESS_EVERY_MS = 5_000;
const MAX_RETRY_DELAY_MS = 2_000;

/**
 * Opens a driver on the configured Neo4j, starting the local one first when
 * NEO4J_URI is not set, and resolves once Neo4j answers. While Neo4j is not
 * answering it retries with backoff for up to two minutes, logging a line
 * every few seconds (`waitLimitMs` shortens the wait); wrong credentials fail at once.
 */
export async function connect(target: Neo4jTarget, log: (line: string) => void = () => {}, waitLimitMs = WAIT_LIMIT_MS): Promise<Database> {
  if (target.mode === 'local') await startLocalNeo4j(target, log);
  const password = target.mode === 'local' ? readLocalPassword(target) : target.password;
  if (password === null) throw new DatabaseUnavailableError('the local Neo4j has no password file; run `npm run db -- start` first');

  const driver = openDriver(target, password);
  try {
    await waitUntilAnswering(driver, target, log, waitLimitMs);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return { driver, database: target.database, uri: target.uri };
}

/**
 * A driver on `target`, without waiting for it to answer. Each connection
 * attempt, and each wait for a connection from the pool, is bounded by the
 * target's `connectTimeoutMs`.
 */
export function openDriver(target: Neo4jTarget, password: string): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, password), {
    // Counts, offsets and years all fit in a double; plain numbers keep the mapping code simple.
    disableLosslessIntegers: true,
    connectionTimeout: target.connectTimeoutMs,
    // Longer than a connection attempt, so a server that does not answer is reported as
    // ServiceUnavailable (the connection's error) rather than as the pool's timeout, which has no code.
    connectionAcquisitionTimeout: 2 * target.connectTimeoutMs,
    maxConnectionPoolSize: 50,
    // Nothing reads Neo4j's query notifications (hints, deprecations); not asking spares work on every statement.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}

async function waitUntilAnswering(driver: Driver, target: Neo4jTarget, log: (line: string) => void, waitLimitMs: number): Promise<void> {
  const started = Date.now();
  const deadline = started + waitLimitMs;
  let nextProgress = started + PROGRESS_EVERY_MS;
  let delay = 250;
  for (;;) {
    try {
      // Connectivity is checked with a real, authenticated session, so bad credentials show here.
      await driver.verifyConnectivity({ database: target.database });
      return;
    } catch (error) {
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') throw refused(target);
      const reason = error instanceof Neo4jError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      if (Date.now() >= nextProgress) {
        log(`waiting for Neo4j at ${target.uri} to answer: ${Math.round((Date.now() - started) / 1000)} s so far, giving up after ${waitLimitMs / 1000} s (last: ${reason})`);
        nextProgress += PROGRESS_EVERY_MS;
      }
      if (Date.now() + delay > deadline) {
        const hint =
          target.mode === 'local'
            ? `its log ends with:\n${localLogTail(target as LocalTarget)}`
            : 'check NEO4J_URI, and that the server runs and is reachable from here';
        throw new DatabaseUnavailableError(`Neo4j at ${target.uri} did not answer within ${waitLimitMs / 1000} s (${reason}); ${hint}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
  }
}

/**
 * Why Neo4j refused our credentials, and what to do. For the local Neo4j it
 * matters who answered: the server started from its folder (whose password
 * file no longer matches) or another Neo4j that holds the port.
 */
function refused(target: Neo4jTarget): DatabaseUnavailableError {
  if (target.mode === 'external') return new DatabaseUnavailableError(`Neo4j at ${target.uri} refused user '${target.username}': check NEO4J_USERNAME and NEO4J_PASSWORD`);
  const owner = localPortOwner(target);
  const someoneElse = `another Neo4j holds port ${target.boltPort}, not the one in ${target.home}; stop it, choose another port with SUMMITGRAPH_BOLT_PORT, or set NEO4J_URI (and NEO4J_PASSWORD) to use it`;
  switch (owner.kind) {
    case 'ours':
      return new DatabaseUnavailableError(
        `the local Neo4j (pid ${owner.pid}, in ${target.home}) refused the password in ${target.home}/password; if you changed it, put the new one there, or stop it and delete ${target.home}/data to start afresh (this deletes its graph)`,
      );
    case 'other':
      return new DatabaseUnavailableError(`the Neo4j at ${target.uri} refused the password in ${target.home}/password: ${someoneElse}${owner.pid ? ` (pid ${owner.pid} listens there)` : ''}`);
    case 'unknown':
      return new DatabaseUnavailableError(
        `the Neo4j at ${target.uri} refused the password in ${target.home}/password. If it is the local Neo4j (pid ${owner.pid}, in ${target.home}) and you changed its password, put the new one there; if ${someoneElse}`,
      );
  }
}
