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

describe('starting against a Neo4j that does not answer', () => {
  it('says every few seconds what it waits for, how long so far and how long it will wait', async () => {
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`, NEO4J_PASSWORD: 'unused' });
    const lines: string[] = [];
    await expect(connect(config.neo4j, (line) => lines.push(line), 7000)).rejects.toThrow(/^Neo4j at bolt:\/\/127\.0\.0\.1:\d+ did not answer within 7 s \(ServiceUnavailable: .*\); check NEO4J_URI/);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toMatch(/^waiting for Neo4j at bolt:\/\/127\.0\.0\.1:\d+ to answer: [5-7] s so far, giving up after 7 s \(last: ServiceUnavailable: /);
  });
});
