import net from 'node:net';
import { loadConfig } from '../../src/config';
import { connect, openDriver } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { startService, type RunningService } from '../../src/api/http-server';
import { closedPort } from '../support/tcp-proxy';

// A service pointed at a port nothing listens on: every answer that needs
// Neo4j says so, fast, with the code DATABASE_UNAVAILABLE.

describe('a service whose Neo4j is not there', () => {
  let service: RunningService;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`, NEO4J_PASSWORD: 'unused', PORT: '0' });
    const driver = openDriver(config.neo4j, 'unused');
    service = await startService(config, new Executor(driver, config.neo4j.database));
    close = async () => {
      await service.stop();
      await driver.close();
    };
  });
  afterAll(() => close?.());

  it('answers /ready with 503 and DATABASE_UNAVAILABLE in under 3 s', async () => {
    const started = Date.now();
    const response = await fetch(`${service.url}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, neo4j: 'unreachable', code: 'DATABASE_UNAVAILABLE', reason: 'the database is not reachable right now; try again shortly' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('answers a GraphQL query with DATABASE_UNAVAILABLE and HTTP 503 in under 3 s', async () => {
    const started = Date.now();
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ meetings { totalCount } search(text: "navo") { totalCount } }' }),
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as any;
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.every((e: any) => e.extensions.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('still answers /health', async () => {
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
  });
});

describe('a service whose Neo4j accepts connections and never answers', () => {
  let service: RunningService;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => {
      held.push(socket);
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const port = (silent.address() as net.AddressInfo).port;
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'unused', PORT: '0', SUMMITGRAPH_CONNECT_TIMEOUT_MS: '1000' });
    const driver = openDriver(config.neo4j, 'unused');
    service = await startService(config, new Executor(driver, config.neo4j.database));
    close = async () => {
      await service.stop();
      await driver.close();
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    };
  });
  afterAll(() => close?.());

  // The driver gives up waiting for a connection from its pool after twice the connect timeout, with an error that has no code.
  it('answers GraphQL and /ready with DATABASE_UNAVAILABLE and 503 once the wait for a connection is over', async () => {
    let started = Date.now();
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ meetings { totalCount } }' }),
    });
    expect(response.status).toBe(503);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(3500);
    started = Date.now();
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ neo4j: 'unreachable', code: 'DATABASE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(3500);
  });
});

describe('starting against a Neo4j that does not answer', () => {
  it('says every few seconds what it waits for, how long so far and how long it will wait', async () => {
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`, NEO4J_PASSWORD: 'unused' });
    const lines: string[] = [];
    await expect(connect(config.neo4j, (line) => lines.push(line), 7000)).rejects.toThrow(/^Neo4j at bolt:\/\/127\.0\.0\.1:\d+ did not answer within 7 s \(ServiceUnavailable: .*\); check NEO4J_URI/);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toMatch(/^waiting for Neo4j at bolt:\/\/127\.0\.0\.1:\d+ to answer: [5-7] s so far, giving up after 7 s \(last: ServiceUnavailable: /);
  });
});
