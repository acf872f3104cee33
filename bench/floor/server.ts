/**
 * The query benchmark's floor: plain node:http and neo4j-driver, no GraphQL.
 * `POST /<journey>` with `{ "variables": {...} }` runs that journey's one
 * hand-written statement (bench/floor/cypher/<journey>.cypher) and answers
 * `{ "data": ... }` in the shape our API gives the same journey.
 *
 *   node dist/bench/floor/server.js      (Neo4j from the environment, as for the service; PORT, HOST)
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { connect } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { snippetFor } from '../../src/api/snippet';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'bench', 'floor', 'cypher');

/** Every journey's statement, read once. */
function floorStatements(): Map<string, string> {
  const statements = new Map<string, string>();
  for (const file of fs.readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher'))) {
    statements.set(path.basename(file, '.cypher'), fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8'));
  }
  return statements;
}

type Data = Record<string, any>;

/** The one piece of shaping done in JavaScript, as our API does it: the search snippet. */
function finish(journey: string, data: Data, variables: Record<string, unknown>): Data {
  if (journey !== 'Search') return data;
  const nodes = data.search.nodes.map(({ text, ...hit }: Data) => ({ ...hit, snippet: snippetFor(String(text ?? ''), String(variables.text)) }));
  return { search: { ...data.search, nodes } };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await connect(config.neo4j);
  const executor = new Executor(db.driver, db.database);
  const statements = floorStatements();

  const server = http.createServer((req, res) => {
    const journey = (req.url ?? '/').slice(1);
    const cypher = statements.get(journey);
    if (req.method !== 'POST' || cypher === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `POST one of /${[...statements.keys()].join(', /')}` }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let variables: Record<string, unknown>;
      try {
        variables = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Record<string, unknown> }).variables ?? {};
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'the request body is not valid JSON' }));
        return;
      }
      executor
        .read<{ data: Data }>(cypher, variables, { timeoutMs: config.limits.queryTimeoutMs })
        .then(([row]) => {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ data: finish(journey, row!.data, variables) }));
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(config.server.port, config.server.host, resolve));
  const { port } = server.address() as AddressInfo;
  console.log(`floor listening at http://${config.server.host}:${port}/`);
  const stop = () => server.close(() => void db.driver.close());
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
