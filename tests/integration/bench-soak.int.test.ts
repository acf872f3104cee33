import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { SoakResult } from '../../bench/soak';
import { scratchGraph } from '../support/scratch-graph';
import { testEnv } from '../support/test-env';

// A smoke run of the soak test at a tiny size (5 s, 4 connections, a few generated
// letters, no Neo4j restart), over the tests' Neo4j and its seeded graph, so that it keeps
// working: the service serves the journeys without errors while a letter is ingested
// again, no other letter loses a node or a link, and the soak takes its letters out again.
const graph = scratchGraph('summitgraph-soak-');

it('serves the journeys while a letter is ingested again, loses no other letter’s data, and leaves the graph as it was', async () => {
  const seededGraph = await graph.counts();
  const out = path.join(graph.dir(), 'soak.json');
  const root = path.join(__dirname, '..', '..');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await new Promise<void>((resolve, reject) => {
    execFile(
      npm,
      ['run', '--silent', 'bench:soak', '--', '--seconds', '5', '--connections', '4', '--letters', '6', '--no-restart', '--out', out],
      { cwd: root, env: testEnv(), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve()),
    );
  });

  const result: SoakResult = JSON.parse(fs.readFileSync(out, 'utf8'));
  expect(result.journeys).toEqual(['SummitAttendance', 'MinisterTrail', 'OpenDoorEvolution', 'DecisionsAtMeeting', 'DecisionsOnTopic', 'Search']);
  expect(result.ok).toBeGreaterThan(0);
  expect({ errors: result.errors, errorsOutsideWindow: result.errorsOutsideWindow, errorSamples: result.errorSamples }).toEqual({ errors: 0, errorsOutsideWindow: 0, errorSamples: {} });
  expect(result.restart).toBeNull();
  expect(result.reingest).toMatchObject({ outcome: 'replaced' });
  expect(result.reingest!.after).not.toBe(result.reingest!.before);
  // The five seeds and the generated letters but the one ingested again.
  expect(result.lostData).toEqual({ lettersChecked: 5 + 6 - 1, lost: [] });
  expect(result.perSecond.length).toBeGreaterThanOrEqual(1);

  expect(await graph.counts()).toEqual(seededGraph);
  graph.leftAsItWas();
}, 600_000);
