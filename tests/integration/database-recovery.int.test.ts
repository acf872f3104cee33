import { loadConfig } from '../../src/config';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { readLocalPassword } from '../../src/db/local-neo4j';
import { startService, type RunningService } from '../../src/api/http-server';
import { TcpProxy } from '../support/tcp-proxy';
import { testConfig } from '../support/test-env';

// The service reaches the tests' Neo4j through a proxy the test closes and
// opens again: to the service, Neo4j goes away and comes back, while the
// tests' Neo4j itself runs on untouched.

let proxy: TcpProxy;
let db: Database;
let service: RunningService;

beforeAll(async () => {
  const target = testConfig().neo4j;
  const address = new URL(target.uri.replace(/^[a-z0-9+]+:/, 'http:'));
  proxy = new TcpProxy({ host: address.hostname, port: Number(address.port || 7687) });
  await proxy.open();
  const password = target.mode === 'local' ? readLocalPassword(target)! : target.password;
  const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: password, NEO4J_DATABASE: target.database, PORT: '0' });
  db = await connect(config.neo4j);
  service = await startService(config, new Executor(db.driver, db.database));
});
afterAll(async () => {
  await service?.stop();
  await db?.driver.close();
  await proxy?.close();
});

async function timed(path: string, init?: RequestInit) {
  const started = Date.now();
  const response = await fetch(`${service.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as any, ms: Date.now() - started };
}

const query = () =>
  timed('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ meetings(first: 1) { totalCount } }' }) });

it('answers DATABASE_UNAVAILABLE within seconds while Neo4j is gone, and recovers without a restart when it is back', async () => {
  const before = await query();
  expect(before.status).toBe(200);
  expect(before.body.data.meetings.totalCount).toBeGreaterThan(0);

  await proxy.close();
  const down = await query();
  expect(down.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
  expect(down.status).toBe(503);
  expect(down.ms).toBeLessThan(3000);
  const notReady = await timed('/ready');
  expect(notReady.status).toBe(503);
  expect(notReady.body).toMatchObject({ ready: false, neo4j: 'unreachable', code: 'DATABASE_UNAVAILABLE' });
  expect(notReady.ms).toBeLessThan(3000);

  await proxy.open();
  const after = await query();
  expect(after.status).toBe(200);
  expect(after.body.data.meetings.totalCount).toBe(before.body.data.meetings.totalCount);
  const ready = await timed('/ready');
  expect(ready.status).toBe(200);
  expect(ready.body).toMatchObject({ ready: true, neo4j: 'reachable' });
});
