import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database } from '../../src/db/connect';
import { applySchema, schemaIsApplied, schemaObjectNames } from '../../src/db/apply-schema';
import { Executor } from '../../src/db/executor';
import { testConfig } from '../support/test-env';

let db: Database;
let executor: Executor;

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
});
afterAll(() => db.driver.close());

describe('the database schema', () => {
  it('applies twice without error and without creating anything twice', async () => {
    await applySchema(executor);
    const before = await executor.read<{ n: number }>('SHOW INDEXES YIELD name RETURN count(name) AS n');
    await applySchema(executor);
    const after = await executor.read<{ n: number }>('SHOW INDEXES YIELD name RETURN count(name) AS n');
    expect(after[0].n).toBe(before[0].n);
    expect(await schemaIsApplied(executor)).toBe(true);
  });

  it('has a uniqueness constraint on the id of every node label', async () => {
    const rows = await executor.read<{ label: string; property: string; type: string }>(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties[0] AS property, type',
    );
    const unique = new Set(rows.filter((r) => r.type === 'UNIQUENESS' && r.property === 'id').map((r) => r.label));
    for (const label of ['Document', 'Passage', 'Meeting', 'Session', 'Person', 'Country', 'Organization', 'Group', 'Office', 'Topic', 'Attendance', 'Decision', 'Commitment', 'Stance', 'Evidence']) {
      expect(unique).toContain(label);
    }
  });

  it('has the full-text indexes online', async () => {
    const rows = await executor.read<{ name: string; state: string }>("SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state");
    expect(rows).toEqual(expect.arrayContaining([{ name: 'passage_text', state: 'ONLINE' }, { name: 'entity_names', state: 'ONLINE' }]));
    expect(schemaObjectNames()).toEqual(expect.arrayContaining(['passage_text', 'entity_names']));
  });

  it('refuses a duplicate id', async () => {
    await executor.write("MERGE (:Topic {id: 'topic:test-duplicate'})");
    await expect(executor.write("CREATE (:Topic {id: 'topic:test-duplicate'})")).rejects.toThrow(/already exists/);
    await executor.write("MATCH (t:Topic {id: 'topic:test-duplicate'}) DELETE t");
  });
});

describe('bad environments get a sentence', () => {
  it('wrong credentials are named as such, at once', async () => {
    const target = testConfig().neo4j;
    const wrong = { mode: 'external' as const, uri: target.uri, username: 'neo4j', password: 'not-the-password', database: 'neo4j', connectTimeoutMs: 2000 };
    const started = Date.now();
    await expect(connect(wrong)).rejects.toThrow(/refused user 'neo4j': check NEO4J_USERNAME and NEO4J_PASSWORD/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a refused password on the local Bolt port blames another Neo4j that holds the port, not the local data', async () => {
    const tests = testConfig().neo4j;
    if (tests.mode !== 'local') return; // needs the tests' own Neo4j to play the other one
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-home-'));
    // A process that looks like the local Neo4j of `home` (its pid file says so) but listens nowhere,
    // while the tests' Neo4j, with another password, holds the port this home is configured with.
    const lookalike = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(home, 'neo4j.pid'), String(lookalike.pid));
      fs.writeFileSync(path.join(home, 'password'), 'not-the-password\n');
      const error: Error = await connect({ ...tests, home }).then(
        () => new Error('expected a refusal'),
        (e: Error) => e,
      );
      expect(error.message).toMatch(`refused the password in ${home}/password: another Neo4j holds port ${tests.boltPort}, not the one in ${home}`);
      expect(error.message).toMatch(/choose another port with SUMMITGRAPH_BOLT_PORT/);
      expect(error.message).not.toMatch(/delete/);
    } finally {
      lookalike.kill();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('a port already in use is named, with the setting that changes it', async () => {
    const { startService } = await import('../../src/api/http-server');
    const net = await import('node:net');
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as import('node:net').AddressInfo).port;
    try {
      await expect(startService(testConfig({ PORT: String(port) }), executor)).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use; stop the process that holds it or set PORT`);
    } finally {
      blocker.close();
    }
  });
});
