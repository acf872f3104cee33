/**
 * The soak test: the contract's journeys (examples/journeys.graphql), mixed,
 * at many connections against the service for minutes, while the local Neo4j
 * is stopped and started once and one letter is ingested again with changed
 * text. It reports errors per second, with the restart window marked, and
 * lost data: what each letter owns (document, passages, claims, evidence)
 * and how many relationships start or end there, before and after, which
 * must be equal for every letter that was not ingested again.
 *
 *   npm run bench:soak -- [--minutes 3 | --seconds 180] [--connections 64] [--letters 40]
 *                         [--no-restart] [--no-reingest] [--timeout 40] [--port 0] [--out file.json]
 *
 * The Neo4j is the one the environment selects (as for `serve`); the restart
 * needs the project's local Neo4j. The seed letters are ingested first if it
 * holds none; then `--letters` generated letters (bench/generate-letters.ts),
 * which the soak removes again at the end. Exits 1 when data was lost, a
 * request failed outside the restart window, or the service did not answer
 * right again after the restart before the run ended.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { readiness } from '../src/api/readiness';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config';
import { applySchema } from '../src/db/apply-schema';
import { connect, type Database } from '../src/db/connect';
import { cypherCatalog, requireStatements } from '../src/db/cypher-catalog';
import { Executor } from '../src/db/executor';
import { stopLocalNeo4j } from '../src/db/local-neo4j';
import { removeLetters } from '../src/ingest/load';
import { ingest, letterFiles } from '../src/ingest/pipeline';
import { writeLetters } from './generate-letters';
import { loadJourneys, startServer, stopServer, type Server } from './queries';
import { machineDescription, runAsCommand, writeResult } from './report';

const BENCH = requireStatements({ footprint: 'soak/letter-footprint' }, cypherCatalog(path.join(PROJECT_ROOT, 'bench', 'cypher')));

export interface SoakOptions {
  seconds: number;
  connections: number;
  letters: number;
  restart: boolean;
  reingest: boolean;
  /** How long a request may take before it counts as failed, in seconds. */
  timeoutSeconds: number;
  port: number;
  out: string;
}

/** What one letter owns and how many relationships touch it. */
export interface Footprint {
  id: string;
  nodes: number;
  links: number;
}

/** One second of the run: answers that were right, and failures of any kind. */
export interface Second {
  second: number;
  ok: number;
  errors: number;
  /** True while Neo4j was down or the service had not answered again since. */
  inRestartWindow: boolean;
}

export interface SoakResult {
  command: string;
  date: string;
  machine: ReturnType<typeof machineDescription>;
  options: Omit<SoakOptions, 'out'>;
  journeys: string[];
  requests: number;
  ok: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  /** Seconds since the start of the load: Neo4j stopping, Bolt answering again, the service's first right answer after. */
  restart: { stopAt: number; upAt: number; recoveredAt: number | null } | null;
  reingest: { at: number; seconds: number; outcome: string; before: string; after: string } | null;
  perSecond: Second[];
  /** Failures that ended outside the restart window (allowing `timeoutSeconds` for requests in flight when it closed). */
  errorsOutsideWindow: number;
  errorSamples: Record<string, number>;
  lostData: { lettersChecked: number; lost: Array<{ id: string; before: Footprint | null; after: Footprint | null }> };
}

async function footprints(executor: Executor, excluded: string[]): Promise<Footprint[]> {
  return executor.read<Footprint>(BENCH.footprint, { excluded });
}

/** Makes sure the configured Neo4j answers and holds letters; ingests the seeds into an empty one. */
async function ensureSeeded(executor: Executor, log: (line: string) => void): Promise<void> {
  const state = await readiness(executor);
  if (state.ready) return;
  log(`the graph is not ready (${state.reason}); applying the schema and ingesting the seed letters`);
  await applySchema(executor);
  const report = await ingest(executor, letterFiles([]));
  if (report.failed > 0) throw new Error(`seed letters failed to ingest: ${report.letters.filter((l) => l.error).map((l) => l.error).join('; ')}`);
}

const seconds = (t0: number) => (Date.now() - t0) / 1000;

export async function runSoak(options: SoakOptions, log: (line: string) => void = () => {}): Promise<SoakResult> {
  const config: Config = loadConfig();
  if (options.restart && config.neo4j.mode !== 'local') {
    throw new Error('the restart needs the project’s local Neo4j (NEO4J_URI is set); run with --no-restart');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-soak-'));
  let db: Database = await connect(config.neo4j, log);
  let executor = new Executor(db.driver, db.database);
  let server: Server | undefined;
  const letterIds = new Set<string>();
  try {
    await ensureSeeded(executor, log);
    const files = writeLetters(dir, options.letters, 11);
    const loaded = await ingest(executor, files);
    const failed = loaded.letters.filter((l) => l.outcome === 'failed');
    if (failed.length > 0) throw new Error(`generated letters failed to ingest: ${failed.map((l) => l.error).join('; ')}`);
    for (const l of loaded.letters) letterIds.add(l.documentId!);
    log(`ingested ${files.length} generated letters`);

    // The letter ingested again: the last generated one (any would do).
    const reingested = loaded.letters[loaded.letters.length - 1];
    const excludedBefore = options.reingest && reingested ? [reingested.documentId!] : [];
    const before = await footprints(executor, excludedBefore);

    server = await startServer('ours', options.port);
    log(`service at ${server.url} (pid ${server.process.pid})`);
    const journeys = loadJourneys().filter((j) => j.name !== 'Traversal');

    const t0 = Date.now();
    const buckets: Second[] = [];
    const bucket = () => {
      const s = Math.floor(seconds(t0));
      for (let i = buckets.length; i <= s; i++) buckets.push({ second: i, ok: 0, errors: 0, inRestartWindow: false });
      return buckets[s] as Second;
    };
    const errorTimes: number[] = [];
    const errorSamples: Record<string, number> = {};
    const failure = (what: string) => {
      bucket().errors++;
      errorTimes.push(seconds(t0));
      errorSamples[what] = (errorSamples[what] ?? 0) + 1;
    };
    let restart: SoakResult['restart'] = null;

    const requests = journeys.map((journey) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: journey.ours, variables: journey.variables }),
      onResponse: (status: number, body: string) => {
        if (status < 200 || status >= 300) return failure(`${journey.name}: HTTP ${status} ${errorCode(body)}`);
        if (body.includes('"errors"')) return failure(`${journey.name}: ${errorCode(body)}`);
        bucket().ok++;
        if (restart && restart.recoveredAt === null && restart.upAt > 0) restart.recoveredAt = seconds(t0);
      },
    }));

    // Neo4j goes down a third of the way in; the letter is ingested again two thirds in, with Neo4j back.
    const restarting = options.restart
      ? (async () => {
          await sleep((options.seconds / 3) * 1000);
          restart = { stopAt: seconds(t0), upAt: 0, recoveredAt: null };
          log(`${restart.stopAt.toFixed(1)} s: stopping Neo4j`);
          await db.driver.close();
          await stopLocalNeo4j(config.neo4j as Extract<Config['neo4j'], { mode: 'local' }>, log);
          db = await connect(config.neo4j, log);
          executor = new Executor(db.driver, db.database);
          restart.upAt = seconds(t0);
          log(`${restart.upAt.toFixed(1)} s: Neo4j answers again`);
        })()
      : Promise.resolve();
    let reingest: SoakResult['reingest'] = null;
    const reingesting =
      options.reingest && reingested
        ? (async () => {
            await sleep(((2 * options.seconds) / 3) * 1000);
            await restarting;
            const at = seconds(t0);
            fs.appendFileSync(reingested.path, '\nHet kabinet zal uw Kamer over de uitkomsten van deze bijeenkomst nader informeren.\n');
            const report = await ingest(executor, [reingested.path]);
            const again = report.letters[0]!;
            if (again.documentId) letterIds.add(again.documentId);
            reingest = { at, seconds: seconds(t0) - at, outcome: again.outcome, before: reingested.documentId!, after: again.documentId ?? '' };
            log(`${at.toFixed(1)} s: ingested ${path.basename(reingested.path)} again: ${again.outcome}${again.error ? ` (${again.error})` : ''}`);
          })()
        : Promise.resolve();

    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: `${server!.url}/graphql`, connections: options.connections, duration: options.seconds, timeout: options.timeoutSeconds, requests },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on('reqError', (error: Error & { code?: string }) => failure(`request: ${error.code ?? error.message}`));
    });
    await Promise.all([restarting, reingesting]);

    // The window closes when the service answers right again; requests in flight then may fail up to a timeout later.
    const windowEnd = restart === null ? null : ((restart as NonNullable<SoakResult['restart']>).recoveredAt ?? Infinity);
    for (const b of buckets) {
      b.inRestartWindow = restart !== null && windowEnd !== null && b.second + 1 > (restart as NonNullable<SoakResult['restart']>).stopAt && b.second <= windowEnd;
    }
    const inWindow = (t: number) =>
      restart !== null && windowEnd !== null && t >= (restart as NonNullable<SoakResult['restart']>).stopAt && t <= windowEnd + options.timeoutSeconds;
    const errorsOutsideWindow = errorTimes.filter((t) => !inWindow(t)).length;

    const excludedAfter = reingest ? [(reingest as NonNullable<SoakResult['reingest']>).before, (reingest as NonNullable<SoakResult['reingest']>).after] : excludedBefore;
    const after = await footprints(executor, excludedAfter);
    const afterById = new Map(after.map((f) => [f.id, f]));
    const lost: SoakResult['lostData']['lost'] = [];
    for (const f of before) {
      const now = afterById.get(f.id) ?? null;
      if (!now || now.nodes !== f.nodes || now.links !== f.links) lost.push({ id: f.id, before: f, after: now });
    }
    for (const f of after) if (!before.some((b) => b.id === f.id)) lost.push({ id: f.id, before: null, after: f });

    const ok = buckets.reduce((n, b) => n + b.ok, 0);
    return {
      command: `npm run bench:soak -- ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      machine: { ...machineDescription(null), ...{ loadavgAfter: os.loadavg() } },
      options: { seconds: options.seconds, connections: options.connections, letters: options.letters, restart: options.restart, reingest: options.reingest, timeoutSeconds: options.timeoutSeconds, port: options.port },
      journeys: journeys.map((j) => j.name),
      requests: ok + errorTimes.length,
      ok,
      errors: errorTimes.length,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      restart,
      reingest,
      perSecond: buckets,
      errorsOutsideWindow,
      errorSamples,
      lostData: { lettersChecked: before.length, lost },
    };
  } finally {
    if (server) await stopServer(server);
    try {
      await removeLetters(executor, [...letterIds]);
    } finally {
      await db.driver.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The GraphQL error code (or the start of the body) of a failed answer, to group failures by cause. */
function errorCode(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string }; message?: string }> };
    const first = parsed.errors?.[0];
    return first?.extensions?.code ?? first?.message?.slice(0, 80) ?? body.slice(0, 80);
  } catch {
    return body.slice(0, 80);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The errors per second as lines, the restart window marked; quiet seconds without errors are folded into ranges. */
export function formatSeconds(perSecond: Second[]): string {
  const lines: string[] = [];
  let quiet: Second[] = [];
  const flush = () => {
    if (quiet.length === 0) return;
    const ok = quiet.reduce((n, s) => n + s.ok, 0);
    lines.push(`  ${String(quiet[0]!.second).padStart(4)}-${String(quiet[quiet.length - 1]!.second).padEnd(4)} s   ${(ok / quiet.length).toFixed(1).padStart(7)} ok/s        0 errors/s`);
    quiet = [];
  };
  for (const s of perSecond) {
    if (s.errors === 0 && !s.inRestartWindow) {
      quiet.push(s);
      continue;
    }
    flush();
    lines.push(`  ${String(s.second).padStart(9)} s   ${String(s.ok).padStart(7)} ok/s   ${String(s.errors).padStart(6)} errors/s${s.inRestartWindow ? '   [restart window]' : ''}`);
  }
  flush();
  return lines.join('\n');
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

function positive(name: string, raw: string, integer = true): number {
  const value = Number(raw);
  if (!(value > 0) || (integer && !Number.isInteger(value))) throw new Error(`${name} takes a ${integer ? 'whole ' : ''}number above 0, not '${raw}'`);
  return value;
}

export function parseSoakOptions(args: string[]): SoakOptions {
  const valued = ['--minutes', '--seconds', '--connections', '--letters', '--timeout', '--port', '--out'];
  const flags = ['--no-restart', '--no-reingest'];
  const stray = args.filter((a, i) => a.startsWith('--') && !valued.includes(a) && !flags.includes(a) && !valued.includes(args[i - 1] ?? ''));
  if (stray.length > 0) throw new Error(`unknown option ${stray.join(', ')}; the options are ${[...valued, ...flags].join(', ')}`);
  const minutes = option(args, '--minutes');
  const secondsOption = option(args, '--seconds');
  if (minutes !== undefined && secondsOption !== undefined) throw new Error('give --minutes or --seconds, not both');
  const duration = secondsOption !== undefined ? positive('--seconds', secondsOption) : Math.round(positive('--minutes', minutes ?? '3', false) * 60);
  const port = Number(option(args, '--port') ?? '0');
  if (!Number.isInteger(port) || port < 0) throw new Error(`--port takes a port number, or 0 for a free one, not '${option(args, '--port')}'`);
  return {
    seconds: duration,
    connections: positive('--connections', option(args, '--connections') ?? '64'),
    letters: positive('--letters', option(args, '--letters') ?? '40'),
    restart: !args.includes('--no-restart'),
    reingest: !args.includes('--no-reingest'),
    timeoutSeconds: positive('--timeout', option(args, '--timeout') ?? '40'),
    port,
    out: path.resolve(option(args, '--out') ?? path.join(PROJECT_ROOT, 'bench', 'out', 'soak.json')),
  };
}

async function main(): Promise<void> {
  const options = parseSoakOptions(process.argv.slice(2));
  const result = await runSoak(options, (line) => process.stderr.write(`${line}\n`));
  const r = result.restart;
  process.stdout.write(
    [
      `${result.requests} requests in ${options.seconds} s at ${options.connections} connections (${result.journeys.join(', ')}): ${result.ok} right, ${result.errors} failed; p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
      r ? `restart: Neo4j stopped at ${r.stopAt.toFixed(1)} s, answered again at ${r.upAt.toFixed(1)} s, the service answered right again at ${r.recoveredAt === null ? 'never' : `${r.recoveredAt.toFixed(1)} s`}` : 'restart: none',
      result.reingest ? `re-ingest at ${result.reingest.at.toFixed(1)} s (${result.reingest.seconds.toFixed(1)} s): ${result.reingest.outcome}, ${result.reingest.before} -> ${result.reingest.after}` : 're-ingest: none',
      'errors per second:',
      formatSeconds(result.perSecond),
      `failures by cause: ${Object.entries(result.errorSamples).map(([cause, n]) => `${cause} x${n}`).join('; ') || 'none'}`,
      `errors outside the restart window: ${result.errorsOutsideWindow}`,
      `lost data: ${result.lostData.lost.length} of ${result.lostData.lettersChecked} letters changed${result.lostData.lost.length > 0 ? `: ${JSON.stringify(result.lostData.lost.slice(0, 10))}` : ''}`,
    ].join('\n') + '\n',
  );
  writeResult(options.out, result);
  const neverRecovered = result.restart !== null && result.restart.recoveredAt === null;
  if (neverRecovered) process.stderr.write('the service did not answer right again after Neo4j came back, up to the end of the run\n');
  if (result.lostData.lost.length > 0 || result.errorsOutsideWindow > 0 || neverRecovered) process.exitCode = 1;
}

if (require.main === module) runAsCommand(main);
