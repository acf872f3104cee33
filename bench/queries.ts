/**
 * The query benchmark (issue 7, parts 1 and 4): each journey of
 * examples/journeys.graphql and a three-level traversal, under load, against
 * three servers over the same Neo4j and the same data:
 *
 * - ours: the summitgraph service (`dist/src/cli/main.js serve`);
 * - floor: plain node:http and neo4j-driver, one hand-written statement per journey (bench/floor/);
 * - peer: @neo4j/graphql 7 with Apollo Server, asked in its own generated shape (bench/peer/).
 *
 *   npm run bench:queries -- [--duration 30] [--warmup 5] [--concurrency 1,16,64]
 *                            [--journeys SummitAttendance,Traversal] [--ports 44000,44001,44002] [--out file.json]
 *
 * The Neo4j is the one the environment selects (as for `serve`); the seed letters are
 * ingested first if it holds no letters. Before any load, each journey is fetched once
 * from each server and the essential content of the answers compared: a difference
 * stops the run. Then, for each journey, concurrency and server: a warm-up, then
 * autocannon for the duration, while the server's RSS is sampled. Prints a table and
 * writes JSON (default bench/out/queries.json).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { exampleTabs } from '../src/api/playground';
import { readiness } from '../src/api/readiness';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { applySchema } from '../src/db/apply-schema';
import { connect } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { ingest, letterFiles } from '../src/ingest/pipeline';
import { machineDescription, runAsCommand, writeResult } from './report';

export const TARGETS = ['ours', 'floor', 'peer'] as const;
export type Target = (typeof TARGETS)[number];

export interface Options {
  durationSeconds: number;
  warmupSeconds: number;
  concurrencies: number[];
  journeys: string[];
  /** Ports of ours, the floor and the peer; 0 takes a free one. */
  ports: Record<Target, number>;
  out: string;
}

/** One operation as each server is asked it. */
export interface Journey {
  name: string;
  variables: Record<string, unknown>;
  ours: string;
  peer: string;
}

export interface Cell {
  journey: string;
  target: Target;
  concurrency: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx answers whose body held GraphQL `errors`. */
  errorBodies: number;
  /** True when any request failed in any way: such a cell's numbers are not a result. */
  failed: boolean;
  rssPeakMb: number;
  rssMeanMb: number;
}

export interface Ratio {
  journey: string;
  concurrency: number;
  /** ours' requests/s over the peer's; the target is at least 1.5. */
  throughputOursOverPeer: number;
  /** ours' p99 over the floor's; the target is at most 1.3. */
  p99OursOverFloor: number;
  throughputTargetMet: boolean;
  p99TargetMet: boolean;
}

const MB = 1_000_000;
const TRAVERSAL = 'Traversal';

/** The journeys with the playground's variables (the same source the playground uses), and the traversal. */
export function loadJourneys(): Journey[] {
  const peerOperations = operationsByName(fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'peer', 'operations.graphql'), 'utf8'));
  const ours = exampleTabs().map((tab) => ({ query: tab.query, variables: tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {} }));
  const decisionsAtMeeting = ours.find((o) => operationName(o.query) === 'DecisionsAtMeeting');
  if (!decisionsAtMeeting) throw new Error('examples/journeys.graphql has no DecisionsAtMeeting operation, whose meeting the traversal starts from');
  // The traversal starts from the playground's meeting.
  ours.push({ query: print(parse(fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'traversal.graphql'), 'utf8'))), variables: { meeting: decisionsAtMeeting.variables.meeting } });
  return ours.map(({ query, variables }) => {
    const name = operationName(query);
    const peer = peerOperations.get(name);
    if (!peer) throw new Error(`bench/peer/operations.graphql has no operation ${name}`);
    return { name, variables, ours: query, peer };
  });
}

function operationName(query: string): string {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation?.name) throw new Error(`an operation without a name: ${query.slice(0, 80)}`);
  return operation.name.value;
}

function operationsByName(source: string): Map<string, string> {
  const byName = new Map<string, string>();
  for (const definition of parse(source).definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) byName.set(definition.name.value, print(definition));
  }
  return byName;
}

/** What each server is sent for a journey: the same request again and again. */
function requestFor(target: Target, journey: Journey): { path: string; body: string } {
  if (target === 'floor') return { path: `/${journey.name}`, body: JSON.stringify({ variables: journey.variables }) };
  return { path: '/graphql', body: JSON.stringify({ query: target === 'ours' ? journey.ours : journey.peer, variables: journey.variables }) };
}

type Data = Record<string, any>;
const sorted = (values: unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).sort();
const evidenceKeys = (evidence: Data[]) => sorted(evidence.map((e) => `${(e.document?.[0] ?? e.document)?.id}:${e.quote.length}`));
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value) as Data | undefined;

/**
 * The essential content of an answer, the same whichever server gave it: ids,
 * counts, and for lists without ids their dates, kinds and evidence. Ours and
 * the floor answer in our API's shape, the peer in its own.
 */
export function essence(journey: string, target: Target, data: Data): unknown {
  const peer = target === 'peer';
  const edges = (connection: Data) => (connection.edges as Data[]).map((e) => e.node as Data);
  switch (journey) {
    case 'SummitAttendance': {
      const c = peer ? data.meetingsConnection : data.meetings;
      const meetings = peer ? edges(c) : c.nodes;
      return { totalCount: c.totalCount, meetings: meetings.map((m: Data) => [m.id, sorted(m.attendances.map((a: Data) => `${a.status} ${first(a.person)?.id ?? '-'} ${evidenceKeys(a.evidence)}`))]) };
    }
    case 'MinisterTrail': {
      const c = peer ? data.peopleConnection : data.people;
      const people = peer ? edges(c) : c.nodes;
      return {
        totalCount: c.totalCount,
        people: people.map((p: Data) => [p.id, peer ? p.officesConnection.edges.length : p.offices.length, sorted(p.attendances.map((a: Data) => `${a.status} ${first(a.meeting)?.id}`))]),
      };
    }
    case 'OpenDoorEvolution': {
      const c = peer ? data.claimsConnection : data.timeline;
      const items = peer ? edges(c).map((n) => ({ ...n, kind: String(n.__typename).toUpperCase() })) : c.nodes;
      return { totalCount: c.totalCount, items: sorted(items.map((n: Data) => `${n.date} ${n.kind} ${first(n.meeting)?.id} ${evidenceKeys(n.evidence)}`)) };
    }
    case 'DecisionsAtMeeting': {
      const m = peer ? data.meetings[0] : data.meeting;
      if (!m) return null;
      const c = m.decisionsConnection ?? m.decisions;
      return { id: m.id, totalCount: c.totalCount, decisions: (peer ? edges(c) : c.nodes).map((d: Data) => d.id) };
    }
    case 'DecisionsOnTopic': {
      const c = peer ? data.decisionsConnection : data.decisions;
      const items = peer ? edges(c) : c.nodes;
      return { totalCount: c.totalCount, items: items.map((d: Data) => `${d.date} ${d.kind} ${first(d.meeting)?.id} ${evidenceKeys(d.evidence)}`) };
    }
    case 'Search': {
      const c = peer ? data.passagesText : data.search;
      return { totalCount: c.totalCount, passages: sorted(peer ? edges(c).map((p) => p.id) : c.nodes.map((h: Data) => h.passage.id)) };
    }
    case TRAVERSAL: {
      const m = peer ? data.meetings[0] : data.meeting;
      if (!m) return null;
      const decisions = peer ? edges(m.decisionsConnection) : m.decisions.nodes;
      return {
        id: m.id,
        decisions: decisions.map((d: Data) => [
          d.id,
          sorted(d.topics.map((t: Data) => [t.id, (t.decisionsConnection ?? t.decisions).totalCount, (peer ? edges(t.decisionsConnection) : t.decisions.nodes).map((x: Data) => `${x.id} ${first(x.meeting)?.id}`)])),
        ]),
      };
    }
    default:
      throw new Error(`no essence defined for the journey ${journey}`);
  }
}

/** A server started as a child process. */
export interface Server {
  target: Target;
  url: string;
  process: ChildProcess;
}

/** Starts one server and resolves with its URL once it prints that it listens. */
export function startServer(target: Target, port: number): Promise<Server> {
  const script = {
    ours: [path.join(__dirname, '..', 'src', 'cli', 'main.js'), 'serve'],
    floor: [path.join(__dirname, 'floor', 'server.js')],
    peer: [path.join(__dirname, 'peer', 'server.js')],
  }[target];
  const child = spawn(process.execPath, script, { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${target} did not start listening within 180 s`)), 180_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(new Error(`${error.message}; it printed:\n${output}`));
    };
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /https?:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url && /listening at|GraphQL at/.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', onOutput);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve({ target, url, process: child });
      }
    };
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => fail(new Error(`${target} exited with code ${code} before it listened`)));
  });
}

export function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve();
    const timer = setTimeout(() => server.process.kill('SIGKILL'), 10_000);
    server.process.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.process.kill('SIGTERM');
  });
}

/** The resident set size of a process, from /proc/<pid>/status (VmRSS), in MB. */
export function rssMb(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return (Number(line[1]) * 1024) / MB;
}

async function fetchOnce(server: Server, journey: Journey): Promise<Data> {
  const request = requestFor(server.target, journey);
  const response = await fetch(`${server.url}${request.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`${server.target} answered ${journey.name} with status ${response.status}: ${JSON.stringify(body).slice(0, 1000)}`);
  }
  return body.data;
}

/** Fetches every journey once from each server and fails loudly where the essential content differs from ours. */
export async function checkSameAnswers(servers: Record<Target, Server>, journeys: Journey[]): Promise<Record<string, unknown>> {
  const checked: Record<string, unknown> = {};
  const differences: string[] = [];
  for (const journey of journeys) {
    const ours = essence(journey.name, 'ours', await fetchOnce(servers.ours, journey));
    for (const target of ['floor', 'peer'] as const) {
      const theirs = essence(journey.name, target, await fetchOnce(servers[target], journey));
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
        differences.push(`${journey.name}: ${target} differs from ours\n  ours:  ${JSON.stringify(ours)}\n  ${target}: ${JSON.stringify(theirs)}`);
      }
    }
    checked[journey.name] = ours;
  }
  if (differences.length > 0) throw new Error(`the servers do not answer the same question:\n${differences.join('\n')}`);
  return checked;
}

/** One autocannon run against a server, counting every way a request can fail. */
async function load(server: Server, journey: Journey, concurrency: number, seconds: number): Promise<Omit<Cell, 'rssPeakMb' | 'rssMeanMb'>> {
  const request = requestFor(server.target, journey);
  let errorBodies = 0;
  const result = await autocannon({
    url: `${server.url}${request.path}`,
    connections: concurrency,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
        onResponse: (status: number, body: string) => {
          if (status >= 200 && status < 300 && body.includes('"errors"')) errorBodies++;
        },
      },
    ],
  });
  // autocannon counts timeouts among its errors.
  const failures = result.non2xx + result.errors + errorBodies;
  return {
    journey: journey.name,
    target: server.target,
    concurrency,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    errorBodies,
    failed: failures > 0 || result.requests.total === 0,
  };
}

/** Measures one cell: warm-up, then the timed run while the server's RSS is sampled every 200 ms. */
async function measureCell(server: Server, journey: Journey, concurrency: number, options: Options): Promise<Cell> {
  if (options.warmupSeconds > 0) await load(server, journey, concurrency, options.warmupSeconds);
  const pid = server.process.pid!;
  const samples: number[] = [rssMb(pid)];
  const timer = setInterval(() => samples.push(rssMb(pid)), 200);
  try {
    const measured = await load(server, journey, concurrency, options.durationSeconds);
    samples.push(rssMb(pid));
    return { ...measured, rssPeakMb: Math.max(...samples), rssMeanMb: samples.reduce((a, b) => a + b, 0) / samples.length };
  } finally {
    clearInterval(timer);
  }
}

export function ratios(cells: Cell[]): Ratio[] {
  const find = (journey: string, concurrency: number, target: Target) => cells.find((c) => c.journey === journey && c.concurrency === concurrency && c.target === target);
  const out: Ratio[] = [];
  for (const ours of cells.filter((c) => c.target === 'ours')) {
    const peer = find(ours.journey, ours.concurrency, 'peer');
    const floor = find(ours.journey, ours.concurrency, 'floor');
    if (!peer || !floor) continue;
    const throughput = ours.requestsPerSecond / peer.requestsPerSecond;
    const p99 = ours.p99Ms / floor.p99Ms;
    const valid = !ours.failed && !peer.failed && !floor.failed;
    out.push({
      journey: ours.journey,
      concurrency: ours.concurrency,
      throughputOursOverPeer: throughput,
      p99OursOverFloor: p99,
      throughputTargetMet: valid && throughput >= 1.5,
      p99TargetMet: valid && p99 <= 1.3,
    });
  }
  return out;
}

export function formatTable(cells: Cell[], ratioRows: Ratio[]): string {
  const head = ['journey', 'c', 'ours req/s', 'floor req/s', 'peer req/s', 'ours p50', 'ours p99', 'floor p99', 'peer p99', 'ours/peer req/s', 'ours/floor p99', 'ours RSS peak MB'];
  const find = (journey: string, concurrency: number, target: Target) => cells.find((c) => c.journey === journey && c.concurrency === concurrency && c.target === target);
  const rps = (c: Cell | undefined) => (c ? (c.failed ? `FAILED` : c.requestsPerSecond.toFixed(1)) : '');
  const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
  const body = ratioRows.map((r) => {
    const [ours, floor, peer] = TARGETS.map((t) => find(r.journey, r.concurrency, t));
    return [
      r.journey,
      String(r.concurrency),
      rps(ours),
      rps(floor),
      rps(peer),
      ms(ours?.p50Ms),
      ms(ours?.p99Ms),
      ms(floor?.p99Ms),
      ms(peer?.p99Ms),
      `${r.throughputOursOverPeer.toFixed(2)}${r.throughputTargetMet ? '' : ' (miss)'}`,
      `${r.p99OursOverFloor.toFixed(2)}${r.p99TargetMet ? '' : ' (miss)'}`,
      ours ? ours.rssPeakMb.toFixed(0) : '',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

/** Makes sure the configured Neo4j answers and holds letters; ingests the seeds into an empty one. */
async function ensureSeededNeo4j(): Promise<{ uri: string; version: string; documents: number }> {
  const config = loadConfig();
  const db = await connect(config.neo4j, (line) => process.stderr.write(`[neo4j] ${line}\n`));
  try {
    const executor = new Executor(db.driver, db.database);
    let state = await readiness(executor);
    if (!state.ready) {
      process.stderr.write(`the graph is not ready (${state.reason}); applying the schema and ingesting the seed letters\n`);
      await applySchema(executor);
      await ingest(executor, letterFiles([]));
      state = await readiness(executor);
      if (!state.ready) throw new Error(`the graph is still not ready after ingesting the seeds: ${state.reason}`);
    }
    const [component] = await executor.read<{ version: string; edition: string }>('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    return { uri: db.uri, version: `${component?.version} ${component?.edition}`, documents: state.documents ?? 0 };
  } finally {
    await db.driver.close();
  }
}

export async function runQueryBench(options: Options, log: (line: string) => void = () => {}): Promise<Record<string, unknown>> {
  const all = loadJourneys();
  const unknown = options.journeys.filter((name) => !all.some((j) => j.name === name));
  if (unknown.length > 0) throw new Error(`--journeys: no journey called ${unknown.join(', ')}; there are ${all.map((j) => j.name).join(', ')}`);
  const journeys = all.filter((j) => options.journeys.includes(j.name));
  const neo4j = await ensureSeededNeo4j();
  const loadBefore = os.loadavg();
  const servers: Partial<Record<Target, Server>> = {};
  try {
    for (const target of TARGETS) {
      servers[target] = await startServer(target, options.ports[target]);
      log(`${target} at ${servers[target]!.url} (pid ${servers[target]!.process.pid})`);
    }
    const running = servers as Record<Target, Server>;
    // Idle: started, schema applied and the graph loaded, no request served yet.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idleRssMb = Object.fromEntries(TARGETS.map((t) => [t, rssMb(running[t].process.pid!)]));
    const answers = await checkSameAnswers(running, journeys);
    log(`the three servers give the same answers to ${journeys.map((j) => j.name).join(', ')}`);

    const cells: Cell[] = [];
    for (const journey of journeys) {
      for (const concurrency of options.concurrencies) {
        for (const target of TARGETS) {
          const cell = await measureCell(running[target], journey, concurrency, options);
          cells.push(cell);
          log(`${journey.name} c=${concurrency} ${target}: ${cell.failed ? 'FAILED ' : ''}${cell.requestsPerSecond.toFixed(1)} req/s, p50 ${cell.p50Ms} ms, p99 ${cell.p99Ms} ms, RSS peak ${cell.rssPeakMb.toFixed(0)} MB`);
        }
      }
    }
    const idleAfterRssMb = Object.fromEntries(TARGETS.map((t) => [t, rssMb(running[t].process.pid!)]));
    return {
      command: `npm run bench:queries -- ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      // The load average says how busy the machine was: autocannon, the three servers and Neo4j share its cores.
      machine: { ...machineDescription(neo4j.version), loadavgBefore: loadBefore, loadavgAfter: os.loadavg() },
      neo4j: { uri: neo4j.uri, documents: neo4j.documents },
      options: { durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, concurrencies: options.concurrencies, journeys: options.journeys },
      journeys: journeys.map((j) => ({ name: j.name, variables: j.variables })),
      answers,
      memory: { idleRssMb, idleAfterLoadRssMb: idleAfterRssMb },
      cells,
      ratios: ratios(cells),
      failedCells: cells.filter((c) => c.failed).length,
    };
  } finally {
    await Promise.all(Object.values(servers).map(stopServer));
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

function numbers(name: string, raw: string, min: number): number[] {
  const values = raw.split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v < min)) throw new Error(`${name} takes whole numbers of at least ${min}, separated by commas, not '${raw}'`);
  return values;
}

export function parseOptions(args: string[]): Options {
  const known = ['--duration', '--warmup', '--concurrency', '--journeys', '--ports', '--out'];
  const stray = args.filter((a, i) => a.startsWith('--') && !known.includes(a) && !known.includes(args[i - 1] ?? ''));
  if (stray.length > 0) throw new Error(`unknown option ${stray.join(', ')}; the options are ${known.join(', ')}`);
  const [durationSeconds] = numbers('--duration', option(args, '--duration') ?? '30', 1);
  const [warmupSeconds] = numbers('--warmup', option(args, '--warmup') ?? '5', 0);
  const ports = numbers('--ports', option(args, '--ports') ?? '0,0,0', 0);
  if (ports.length !== 3) throw new Error(`--ports takes three ports, for ours, the floor and the peer, not '${option(args, '--ports')}'`);
  return {
    durationSeconds: durationSeconds!,
    warmupSeconds: warmupSeconds!,
    concurrencies: numbers('--concurrency', option(args, '--concurrency') ?? '1,16,64', 1),
    journeys: (option(args, '--journeys') ?? loadJourneys().map((j) => j.name).join(',')).split(','),
    ports: { ours: ports[0]!, floor: ports[1]!, peer: ports[2]! },
    out: path.resolve(option(args, '--out') ?? path.join(PROJECT_ROOT, 'bench', 'out', 'queries.json')),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const result = await runQueryBench(options, (line) => process.stderr.write(`${line}\n`));
  const table = formatTable(result.cells as Cell[], result.ratios as Ratio[]);
  const memory = result.memory as { idleRssMb: Record<Target, number>; idleAfterLoadRssMb: Record<Target, number> };
  process.stdout.write(`${table}\n\nidle RSS MB after start-up: ${TARGETS.map((t) => `${t} ${memory.idleRssMb[t].toFixed(0)}`).join(', ')}\n`);
  writeResult(options.out, result);
  if ((result.failedCells as number) > 0) {
    process.stderr.write(`${result.failedCells} runs had failed requests; their numbers are not results\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) runAsCommand(main);
