import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TARGETS, type Cell, type Ratio } from '../../bench/queries';
import { testEnv } from '../support/test-env';

// A smoke run of the query benchmark at a tiny size (every journey, 1 s each, one
// connection, no warm-up), over the tests' Neo4j and its seeded graph, so that it keeps
// working: the three servers start, give the same answers, and serve without errors.
// It builds the project (the servers run from dist/) and only reads the graph.
describe('query benchmark (smoke)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-bench-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs every journey against ours, the floor and the peer, and writes the results', async () => {
    const out = path.join(dir, 'queries.json');
    const root = path.join(__dirname, '..', '..');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await new Promise<void>((resolve, reject) => {
      execFile(
        npm,
        ['run', '--silent', 'bench:queries', '--', '--duration', '1', '--warmup', '0', '--concurrency', '1', '--out', out],
        { cwd: root, env: testEnv(), maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve()),
      );
    });

    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    const journeys = ['SummitAttendance', 'MinisterTrail', 'OpenDoorEvolution', 'DecisionsAtMeeting', 'DecisionsOnTopic', 'Search', 'Traversal'];
    expect(result.journeys.map((j: { name: string }) => j.name)).toEqual(journeys);
    expect(Object.keys(result.answers)).toEqual(journeys);
    expect(result.machine).toEqual(expect.objectContaining({ nproc: expect.any(Number), node: process.version, neo4j: expect.stringMatching(/^5\./) }));
    expect(result.machine.loadavgBefore).toHaveLength(3);
    for (const target of TARGETS) expect(result.memory.idleRssMb[target]).toBeGreaterThan(0);

    const cells: Cell[] = result.cells;
    expect(cells).toHaveLength(journeys.length * TARGETS.length);
    for (const cell of cells) {
      expect({ journey: cell.journey, target: cell.target, failed: cell.failed, non2xx: cell.non2xx, errors: cell.errors, errorBodies: cell.errorBodies }).toEqual({
        journey: cell.journey,
        target: cell.target,
        failed: false,
        non2xx: 0,
        errors: 0,
        errorBodies: 0,
      });
      expect(cell.requests).toBeGreaterThan(0);
      expect(cell.p99Ms).toBeGreaterThanOrEqual(cell.p50Ms);
      expect(cell.rssPeakMb).toBeGreaterThan(0);
    }
    const ratios: Ratio[] = result.ratios;
    expect(ratios.map((r) => r.journey)).toEqual(journeys);
    for (const r of ratios) {
      expect(r.throughputOursOverPeer).toBeGreaterThan(0);
      expect(r.p99OursOverFloor).toBeGreaterThan(0);
    }
    expect(result.failedCells).toBe(0);
  }, 600_000);
});
