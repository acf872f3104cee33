/**
 * The scale benchmark (issue 7, part 3).
 *
 *   npm run bench:scale -- [--sizes 1e3,1e5,1e6] [--duration 10] [--warmup 3]
 *                          [--connections 1,16] [--journeys SummitAttendance,Search] [--seed 7] [--no-profile]
 *
 * For each size (claims in the graph: seeds, fixed extras and generated data,
 * see bench/scale-graph.ts): resets the configured Neo4j, applies the schema,
 * ingests the seed letters and generates the rest; then drives every journey of
 * the playground (examples/journeys.graphql with the playground's variables)
 * against the service (`node dist/src/cli/main.js serve`, a process of its
 * own on PORT) with autocannon, at each concurrency, after a warm-up.
 * On the largest size it also PROFILEs every statement each journey runs and
 * saves the plans in bench/profiles/. Prints a table and writes
 * bench/out/scale-<sizes>.json.
 *
 * It uses the Neo4j the environment configures (as `npm start` does), and
 * replaces its graph: point it at a Neo4j of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ApolloServer } from '@apollo/server';
import autocannon from 'autocannon';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config';
import { applySchema } from '../src/db/apply-schema';
import { emptyGraph } from '../src/db/empty-graph';
import { connect } from '../src/db/connect';
import { cypherCatalog, requireStatements } from '../src/db/cypher-catalog';
import { Executor, type SentStatement } from '../src/db/executor';
import { apolloOptions, createRequestContext, type RequestContext } from '../src/api/graphql';
import { exampleTabs } from '../src/api/playground';
import { ingest, letterFiles } from '../src/ingest/pipeline';
import { machineDescription, runAsCommand, writeResult } from './report';
import { extraClaimCount, graphSize, writeScaleGraph } from './scale-graph';

export interface Journey {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Latency {
  journey: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Responses that were not 2xx, or failed outright; should be 0. */
  failures: number;
}

const BENCH = requireStatements({ neo4jVersion: 'scale/neo4j-version' }, cypherCatalog(path.join(PROJECT_ROOT, 'bench', 'cypher')));

/** The journeys as the playground preloads them: the contract's operations with real variables of the seed letters. */
export function playgroundJourneys(): Journey[] {
  return exampleTabs().map((tab) => {
    const operation = parse(tab.query).definitions[0] as OperationDefinitionNode;
    return { name: operation.name?.value ?? 'anonymous', query: tab.query, variables: tab.variables ? JSON.parse(tab.variables) : {} };
  });
}

/** Empties the graph (a million claims do not fit one transaction), then applies the schema. */
export async function resetGraph(executor: Executor): Promise<void> {
  await emptyGraph(executor);
  await applySchema(executor);
}

/** Posts a journey once and checks it answers without errors; returns the response size in bytes. */
export async function checkJourney(url: string, journey: Journey): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: journey.query, variables: journey.variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: Array<{ message: string }>; data?: unknown };
  if (response.status !== 200 || body.errors) throw new Error(`${journey.name} answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`);
  return Buffer.byteLength(text);
}

function runAutocannon(url: string, journey: Journey, connections: number, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: journey.query, variables: journey.variables }),
        connections,
        duration: seconds,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** Drives one journey at one concurrency: a warm-up, then the measured run. */
export async function measureJourney(url: string, journey: Journey, connections: number, seconds: number, warmupSeconds: number): Promise<Latency> {
  if (warmupSeconds > 0) await runAutocannon(url, journey, connections, warmupSeconds);
  const result = await runAutocannon(url, journey, connections, seconds);
  return {
    journey: journey.name,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The statements a journey sends to Neo4j, with their parameters, captured by running it in this process. */
export async function journeyStatements(config: Config, executor: Executor, journey: Journey): Promise<SentStatement[]> {
  const server = new ApolloServer<RequestContext>(apolloOptions(config));
  await server.start();
  try {
    const contextValue = createRequestContext(config, executor);
    const response = await server.executeOperation({ query: journey.query, variables: journey.variables }, { contextValue });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${journey.name} failed in process: ${JSON.stringify(response.body)}`);
    return contextValue.sent;
  } finally {
    await server.stop();
  }
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  dbHits: number;
  rows: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  children: PlanNode[];
}

/** The operators a plan starts from (its leaves), with the rows each produced. */
export function planLeaves(plan: PlanNode): Array<{ operator: string; rows: number }> {
  return plan.children.length === 0 ? [{ operator: plan.operatorType.replace(/@.*$/, ''), rows: plan.rows }] : plan.children.flatMap(planLeaves);
}

const operatorName = (type: string) => type.replace(/@.*$/, '');
/** Leaves that read a whole label or the whole store rather than an index. */
export const SCANS = /^(NodeByLabelScan|AllNodesScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)$/;

/** A plan as an operator tree with details, estimated and actual rows and db hits, as cypher-shell prints it. */
export function renderPlan(plan: PlanNode): string {
  const rows: string[][] = [];
  const walk = (node: PlanNode, depth: number) => {
    const details = String(node.arguments.Details ?? '').replace(/\s+/g, ' ');
    rows.push([
      `${'| '.repeat(depth)}+${operatorName(node.operatorType)}`,
      details.length > 160 ? `${details.slice(0, 157)}...` : details,
      String(Math.round(Number(node.arguments.EstimatedRows ?? 0))),
      String(node.rows),
      String(node.dbHits),
      `${node.pageCacheHits ?? 0}/${node.pageCacheMisses ?? 0}`,
    ]);
    node.children.forEach((child, i) => walk(child, depth + i));
  };
  walk(plan, 0);
  const head = ['Operator', 'Details', 'Estimated Rows', 'Rows', 'DB Hits', 'Page Cache Hits/Misses'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const total = (node: PlanNode): number => node.dbHits + node.children.reduce((s, c) => s + total(c), 0);
  const a = plan.arguments;
  return [
    `Planner ${String(a.planner ?? '').toUpperCase()}, runtime ${String(a.runtime ?? '').toUpperCase()}, version ${String(a.version ?? '')}`,
    '',
    rule,
    line(head),
    rule,
    ...rows.map(line),
    rule,
    '',
    `Total database accesses: ${total(plan)}, total allocated memory: ${String(a.GlobalMemory ?? 'n/a')}`,
  ].join('\n');
}

/** PROFILEs one statement (twice: the first run warms the plan cache) and returns its plan. */
export async function profileStatement(driver: Driver, database: string, statement: SentStatement): Promise<PlanNode> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    await session.run(`PROFILE ${statement.cypher}`, statement.parameters);
    const result = await session.run(`PROFILE ${statement.cypher}`, statement.parameters);
    if (!result.summary.profile) throw new Error('Neo4j returned no profile');
    return result.summary.profile as unknown as PlanNode;
  } finally {
    await session.close();
  }
}

/** A statement's name in the catalogue (`query/claims-page`), found by its text. */
function statementName(cypher: string): string {
  const entry = Object.entries(cypherCatalog()).find(([, text]) => text === cypher);
  return entry ? entry[0] : 'unknown';
}

export interface ProfileSummary {
  journey: string;
  statement: string;
  file: string;
  leaves: string[];
  scans: string[];
  dbHits: number;
}

/** PROFILEs each statement of each journey and writes bench/profiles/<journey>-<statement>.txt. */
async function profileJourneys(config: Config, executor: Executor, driver: Driver, database: string, journeys: Journey[], dir: string, header: string): Promise<ProfileSummary[]> {
  fs.mkdirSync(dir, { recursive: true });
  const summaries: ProfileSummary[] = [];
  for (const journey of journeys) {
    const statements = await journeyStatements(config, executor, journey);
    for (const statement of statements) {
      const name = statementName(statement.cypher);
      const plan = await profileStatement(driver, database, statement);
      const file = path.join(dir, `${journey.name}-${path.basename(name)}.txt`);
      const params = JSON.stringify(statement.parameters);
      fs.writeFileSync(file, `${header}\nJourney ${journey.name}, statement cypher/${name}.cypher\nParameters: ${params}\n\n${renderPlan(plan)}\n`);
      const total = (node: PlanNode): number => node.dbHits + node.children.reduce((s, c) => s + total(c), 0);
      const leaves = planLeaves(plan);
      // A scan in a branch guarded off for these parameters reads nothing; only scans that read rows count.
      const scans = leaves.filter((l) => SCANS.test(l.operator) && l.rows > 0).map((l) => l.operator);
      summaries.push({ journey: journey.name, statement: name, file: path.relative(PROJECT_ROOT, file), leaves: [...new Set(leaves.map((l) => l.operator))], scans: [...new Set(scans)], dbHits: total(plan) });
    }
  }
  return summaries;
}

/** Starts `summitgraph serve` as a process of its own and waits until it is ready. */
async function startServiceProcess(port: number): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js'), 'serve'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode}: ${stderr.slice(-500)}`);
    const ready = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ready) return { url, process: child };
    if (Date.now() > deadline) throw new Error(`the service on port ${port} was not ready within 60 s: ${stderr.slice(-500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopServiceProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export interface SizeResult {
  size: number;
  nodes: number;
  relationships: number;
  claims: number;
  generatedClaims: number;
  extraClaims: number;
  build: { resetSeconds: number; seedsSeconds: number; generateSeconds: number };
  responseBytes: Record<string, number>;
  latencies: Latency[];
  loadavg: number[];
}

/** Builds the graph of one size: reset, schema, seeds, then generated claims up to `size`. */
export async function buildGraph(executor: Executor, size: number, seed: number, log: (line: string) => void) {
  const t0 = performance.now();
  await resetGraph(executor);
  const t1 = performance.now();
  const report = await ingest(executor, letterFiles([]), () => {});
  if (report.failed > 0) throw new Error(`${report.failed} seed letters failed to ingest`);
  const t2 = performance.now();
  const { claims: seedClaims } = await graphSize(executor);
  const extras = await extraClaimCount(executor);
  if (size < seedClaims + extras) throw new Error(`--sizes ${size}: the seed letters hold ${seedClaims} claims and the fixed extras around them ${extras}, so a graph needs at least ${seedClaims + extras} claims`);
  const generated = await writeScaleGraph(executor, size - seedClaims, seed, log);
  const t3 = performance.now();
  return { generated, build: { resetSeconds: (t1 - t0) / 1000, seedsSeconds: (t2 - t1) / 1000, generateSeconds: (t3 - t2) / 1000 } };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function numberList(args: string[], name: string, fallback: string): number[] {
  const raw = option(args, name) ?? fallback;
  const values = raw.split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`${name} must be a comma-separated list of positive whole numbers (1e6 is fine), not '${raw}'`);
  return values;
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

export function formatResults(results: SizeResult[]): string {
  const first = results[0];
  const last = results[results.length - 1];
  const lines = ['| journey | connections | ' + results.map((r) => `${r.size.toExponential(0)} p50 / p99 ms`).join(' | ') + ' | p99 ratio |', `|---|---:|${results.map(() => '---:').join('|')}|---:|`];
  if (!first || !last) return '';
  for (const l of first.latencies) {
    const cells = results.map((r) => {
      const m = r.latencies.find((x) => x.journey === l.journey && x.connections === l.connections);
      return m ? `${m.p50} / ${m.p99}` : '-';
    });
    const big = last.latencies.find((x) => x.journey === l.journey && x.connections === l.connections);
    lines.push(`| ${l.journey} | ${l.connections} | ${cells.join(' | ')} | ${big ? ratio(big.p99, l.p99).toFixed(2) : '-'} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = numberList(args, '--sizes', '1e3,1e5,1e6').sort((a, b) => a - b);
  const [duration, warmup] = [Number(option(args, '--duration') ?? 10), Number(option(args, '--warmup') ?? 3)];
  if (!(duration > 0) || !(warmup >= 0)) throw new Error(`--duration must be a positive and --warmup a non-negative number of seconds`);
  const connectionsList = numberList(args, '--connections', '1,16');
  const seed = Number(option(args, '--seed') ?? 7);
  const only = option(args, '--journeys')?.split(',');
  const profile = !args.includes('--no-profile');
  const journeys = playgroundJourneys().filter((j) => !only || only.includes(j.name));
  if (only && journeys.length !== only.length) throw new Error(`--journeys: unknown journey in '${only.join(',')}'; known: ${playgroundJourneys().map((j) => j.name).join(', ')}`);

  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = await connect(config.neo4j, log);
  const executor = new Executor(db.driver, db.database);
  const results: SizeResult[] = [];
  let service: { url: string; process: ChildProcess } | undefined;
  let profiles: ProfileSummary[] = [];
  const [{ version }] = (await executor.read<{ version: string }>(BENCH.neo4jVersion)) as [{ version: string }];
  const neo4j = { version, uri: db.uri, heap: config.neo4j.mode === 'local' ? config.neo4j.heap : null };
  try {
    for (const size of sizes) {
      log(`size ${size}: building`);
      const { generated, build } = await buildGraph(executor, size, seed, log);
      const counts = await graphSize(executor);
      log(`size ${size}: ${counts.nodes} nodes, ${counts.relationships} relationships, ${counts.claims} claims; built in ${(build.resetSeconds + build.seedsSeconds + build.generateSeconds).toFixed(1)} s`);
      service ??= await startServiceProcess(config.server.port);
      const responseBytes: Record<string, number> = {};
      for (const journey of journeys) responseBytes[journey.name] = await checkJourney(service.url, journey);
      const latencies: Latency[] = [];
      for (const journey of journeys) {
        for (const connections of connectionsList) {
          const latency = await measureJourney(service.url, journey, connections, duration, warmup);
          log(`size ${size}: ${journey.name} x${connections}: p50 ${latency.p50} ms, p99 ${latency.p99} ms, ${latency.requests} requests, ${latency.failures} failures`);
          latencies.push(latency);
        }
      }
      results.push({ size, ...counts, generatedClaims: generated.claims, extraClaims: generated.extras, build, responseBytes, latencies, loadavg: os.loadavg() });
      if (profile && size === sizes[sizes.length - 1]) {
        const header = `PROFILE on a graph of ${counts.claims} claims (${counts.nodes} nodes, ${counts.relationships} relationships), Neo4j at ${db.uri}; npm run bench:scale`;
        profiles = await profileJourneys(config, executor, db.driver, db.database, journeys, path.join(PROJECT_ROOT, 'bench', 'profiles'), header);
      }
    }
  } finally {
    if (service) await stopServiceProcess(service.process);
    await db.driver.close();
  }

  const table = formatResults(results);
  process.stdout.write(`${table}\n\n`);
  for (const r of results) process.stdout.write(`${r.size}: ${r.nodes} nodes, ${r.relationships} relationships, build ${JSON.stringify(r.build)}, response bytes ${JSON.stringify(r.responseBytes)}, load ${r.loadavg.map((l) => l.toFixed(2)).join(' ')}\n`);
  for (const p of profiles) process.stdout.write(`${p.file}: starts from ${p.leaves.join(', ')}; ${p.dbHits} db hits${p.scans.length ? `; SCANS ${p.scans.join(', ')}` : ''}\n`);
  const result = {
    command: `npm run bench:scale -- ${args.join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: machineDescription(neo4j),
    seed,
    durationSeconds: duration,
    warmupSeconds: warmup,
    results,
    profiles,
  };
  writeResult(path.join(PROJECT_ROOT, 'bench', 'out', `scale-${sizes.join('-')}.json`), result);
}

if (require.main === module) runAsCommand(main);
