import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Neo4jTarget } from '../config';
import { localLogTail, readLocalPassword, startLocalNeo4j, type LocalTarget } from './local-neo4j';

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

/**
 * Opens a driver on the configured Neo4j, starting the local one first when
 * NEO4J_URI is not set, and resolves once Neo4j answers. While Neo4j is not
 * answering it retries with backoff for up to two minutes; wrong credentials
 * fail at once.
 */
export async function connect(target: Neo4jTarget, log: (line: string) => void = () => {}): Promise<Database> {
  if (target.mode === 'local') await startLocalNeo4j(target, log);
  const password = target.mode === 'local' ? readLocalPassword(target) : target.password;
  if (password === null) throw new DatabaseUnavailableError('the local Neo4j has no password file; run `npm run db -- start` first');

  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, password), {
    // Counts, offsets and years all fit in a double; plain numbers keep the mapping code simple.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 50,
    // Nothing reads Neo4j's query notifications (hints, deprecations); not asking spares work on every statement.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
  try {
    await waitUntilAnswering(driver, target);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return { driver, database: target.database, uri: target.uri };
}

async function waitUntilAnswering(driver: Driver, target: Neo4jTarget): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  let delay = 250;
  for (;;) {
    try {
      // Connectivity is checked with a real, authenticated session, so bad credentials show here.
      await driver.verifyConnectivity({ database: target.database });
      return;
    } catch (error) {
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') {
        throw new DatabaseUnavailableError(
          target.mode === 'local'
            ? `the local Neo4j refused the password in ${target.home}/password; if you changed it, put the new one there, or delete ${target.home}/data to start afresh`
            : `Neo4j at ${target.uri} refused user '${target.username}': check NEO4J_USERNAME and NEO4J_PASSWORD`,
        );
      }
      if (Date.now() + delay > deadline) {
        const reason = error instanceof Error ? error.message : String(error);
        const hint =
          target.mode === 'local'
            ? `its log ends with:\n${localLogTail(target as LocalTarget)}`
            : 'check NEO4J_URI, and that the server runs and is reachable from here';
        throw new DatabaseUnavailableError(`Neo4j at ${target.uri} did not answer within ${WAIT_LIMIT_MS / 1000} s (${reason}); ${hint}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 4000);
    }
  }
}
