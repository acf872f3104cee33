#!/usr/bin/env node
import { ConfigError, loadConfig, type Config } from '../config';
import { connect, DatabaseUnavailableError, type Database } from '../db/connect';
import { applySchema } from '../db/apply-schema';
import { Executor } from '../db/executor';
import { LocalNeo4jError, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j';
import { startService } from '../api/http-server';
import { runIngest } from './ingest-command';

const USAGE = `usage: summitgraph <command>

  up                   start the local Neo4j if needed, apply the schema, ingest seeds/, serve
  serve                apply the schema and serve GraphQL and the playground
  ingest [paths...]    ingest letters (files or folders; default: seeds/)
  db start|stop|status manage the local Neo4j (used when NEO4J_URI is not set)`;

const log = (line: string) => console.log(`summitgraph: ${line}`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  const config = loadConfig();
  switch (command) {
    case 'db':
      return dbCommand(config, rest[0]);
    case 'ingest':
      return withDatabase(config, async (db, executor) => {
        await applySchema(executor);
        return runIngest(executor, rest, db);
      });
    case 'serve':
      return withDatabase(config, async (_db, executor) => {
        await applySchema(executor);
        return serveUntilSignalled(config, executor);
      });
    case 'up':
      return withDatabase(config, async (db, executor) => {
        await applySchema(executor);
        const failed = await runIngest(executor, [], db);
        if (failed !== 0) log('some letters failed to load (see above); serving what loaded');
        return serveUntilSignalled(config, executor);
      });
    default:
      console.error(`summitgraph: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

async function dbCommand(config: Config, action: string | undefined): Promise<number> {
  const target = config.neo4j;
  if (target.mode === 'external') {
    console.log(`NEO4J_URI is set: summitgraph uses the Neo4j at ${target.uri} (database '${target.database}') and manages none of its own.`);
    return action === 'status' ? 0 : 2;
  }
  switch (action) {
    case 'start': {
      const started = await startLocalNeo4j(target, log);
      const db = await connect(target, log);
      await db.driver.close();
      log(started ? `Neo4j is up at ${target.uri}` : `Neo4j was already running at ${target.uri}`);
      return 0;
    }
    case 'stop':
      log((await stopLocalNeo4j(target, log)) ? 'Neo4j stopped' : 'Neo4j was not running');
      return 0;
    case 'status': {
      const s = localStatus(target);
      console.log(
        [
          `local Neo4j   ${s.running ? `running (pid ${s.pid})` : s.installed ? 'stopped' : 'not installed yet (db start fetches it)'}`,
          `bolt          ${s.boltUri}`,
          `browser       ${s.browserUrl}`,
          `username      ${s.username}`,
          `password      ${s.password ?? '(generated at first start)'}`,
          `folder        ${s.home}`,
        ].join('\n'),
      );
      return 0;
    }
    default:
      console.error(`summitgraph: db takes start, stop or status\n\n${USAGE}`);
      return 2;
  }
}

/** Runs `work` with a connected database; the driver is closed when it ends (for serving: after shutdown). */
async function withDatabase(config: Config, work: (db: Database, executor: Executor) => Promise<number>): Promise<number> {
  const db = await connect(config.neo4j, log);
  const executor = new Executor(db.driver, db.database, config.logCypher ? logStatement : undefined);
  try {
    return await work(db, executor);
  } finally {
    await db.driver.close();
  }
}

/** Serves until SIGINT or SIGTERM, then drains requests and closes the driver. */
async function serveUntilSignalled(config: Config, executor: Executor): Promise<number> {
  const service = await startService(config, executor);
  log(`GraphQL at ${service.url}/graphql, the playground at ${service.url}/`);
  if (config.neo4j.mode === 'local') {
    const s = localStatus(config.neo4j);
    log(`Neo4j Browser at ${s.browserUrl} (user neo4j, password: npm run db -- status)`);
  }
  return new Promise((resolve) => {
    const shutdown = (signal: string) => {
      log(`${signal}: draining requests and shutting down`);
      service.stop().then(
        () => resolve(0),
        (error: unknown) => {
          console.error(error);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
}

function logStatement(statement: { cypher: string; parameters: Record<string, unknown> }): void {
  const params = JSON.stringify(statement.parameters);
  console.error(`summitgraph:cypher ${statement.cypher.replace(/\s+/g, ' ')} ${params.length > 500 ? `${params.slice(0, 500)}...` : params}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Known failures are sentences for the user; anything else keeps its stack for a bug report.
    if (error instanceof ConfigError) {
      console.error(error.message);
    } else if (error instanceof LocalNeo4jError || error instanceof DatabaseUnavailableError) {
      console.error(`summitgraph: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
