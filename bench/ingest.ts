/**
 * The ingest benchmark (issue 7, part 2).
 *
 *   npm run bench:ingest -- [--letters 1000] [--load] [--seed 7]
 *                           [--batch-rows 5000[,20000...]] [--row-by-row-letters 200]
 *
 * Generates a corpus of synthetic letters into bench/out/letters-<n>/, then
 * measures extraction alone (read, normalize, segment, extract and resolve, no
 * database) on the five seed letters and on the corpus. With --load, against
 * the tests' Neo4j (see tests/support/test-env.ts), also:
 * - extraction + batched load: `ingest(...)`, as the CLI runs it;
 * - load alone (the graphs extracted beforehand, the reference graph loaded
 *   beforehand), batched (`loadLetters`, once per --batch-rows size) and
 *   row-by-row (bench/row-by-row.ts), each into an emptied graph. Row-by-row
 *   runs on the first --row-by-row-letters letters of the corpus, and the
 *   batched loader on the same letters beside it, for a like-for-like pair;
 * - the write floor (bench/write-floor.ts): as many nodes and relationships
 *   as the batched load wrote, in the same batches, created the plainest way,
 *   which bounds what any Cypher loader can reach on this Neo4j.
 * Prints a table and writes bench/out/ingest-<n>[-load].json.
 *
 * With --load the tests' graph is emptied, and is reset and filled with the
 * seed letters again at the end, as the tests' global setup leaves it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';
import { applySchema } from '../src/db/apply-schema';
import { emptyGraph } from '../src/db/empty-graph';
import { connect } from '../src/db/connect';
import { requireStatements } from '../src/db/cypher-catalog';
import { Executor } from '../src/db/executor';
import { localStatus, stopLocalNeo4j } from '../src/db/local-neo4j';
import type { LetterGraph } from '../src/ingest/letter-graph';
import { loadLetters } from '../src/ingest/load';
import { loadReferenceGraph } from '../src/ingest/load-reference-graph';
import { LOAD_BATCH_ROWS, claimCount, ingest, letterFiles, letterGraph, rowCount } from '../src/ingest/pipeline';
import { NameIndex, loadReferenceData, type ReferenceData } from '../src/reference';
import { testConfig } from '../tests/support/test-env';
import { writeLetters } from './generate-letters';
import { machineDescription, runAsCommand, writeResult } from './report';
import { loadRowByRow } from './row-by-row';
import { graphSize } from './scale-graph';
import { writeFloor } from './write-floor';

export interface LetterCounts {
  file: string;
  meetingsAbout: number;
  attendances: number;
  decisions: number;
  commitments: number;
  stances: number;
  unresolved: number;
}

export interface Measurement {
  row: string;
  letters: number;
  failed: number;
  megabytes: number;
  claims: number;
  seconds: number;
  lettersPerSecond: number;
  megabytesPerSecond: number;
  claimsPerSecond: number;
  /** Highest RSS sampled during the measurement, in MB. */
  peakRssMb: number;
  /** `os.loadavg()` (1, 5, 15 minutes) when the measurement ended: the machine is shared, so timings are noisy. */
  loadAverage: number[];
}

const MB = 1_000_000;
const claimsOf = (c: { attendances: number; decisions: number; commitments: number; stances: number }) =>
  c.attendances + c.decisions + c.commitments + c.stances;

function rates(row: string, letters: number, failed: number, bytes: number, claims: number, ms: number, peakRss: number): Measurement {
  const seconds = ms / 1000;
  return {
    row,
    letters,
    failed,
    megabytes: bytes / MB,
    claims,
    seconds,
    lettersPerSecond: letters / seconds,
    megabytesPerSecond: bytes / MB / seconds,
    claimsPerSecond: claims / seconds,
    peakRssMb: peakRss / MB,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Samples the process's RSS every 50 ms (and when stopped), for the peak of a measurement. */
function rssSampler(): () => number {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

/**
 * Extraction alone: `letterGraph` over every file, timed as a whole (the
 * reference data and name index are built once, outside the timing).
 * Returns the measurement and what each letter yielded.
 */
export function measureExtraction(
  files: string[],
  row = 'extraction',
  reference: ReferenceData = loadReferenceData(),
): { measurement: Measurement; letters: LetterCounts[] } {
  const names = new NameIndex(reference);
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const letters: LetterCounts[] = [];
  let peak = process.memoryUsage.rss();
  let failed = 0;
  const t0 = performance.now();
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as string;
    try {
      const g = letterGraph(file, names, reference);
      letters.push({
        file,
        meetingsAbout: g.meetings.filter((m) => m.about).length,
        attendances: g.attendances.length,
        decisions: g.decisions.length,
        commitments: g.commitments.length,
        stances: g.stances.length,
        unresolved: g.unresolved.length,
      });
    } catch {
      failed++;
    }
    if (i % 25 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  const ms = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage.rss());
  const claims = letters.reduce((sum, l) => sum + claimsOf(l), 0);
  return { measurement: rates(row, files.length, failed, bytes, claims, ms, peak), letters };
}

/** Extraction plus batched loading with `ingest(...)`, as the CLI runs it; the reference graph load is timed too. */
export async function measureLoad(executor: Executor, files: string[], row: string, reference: ReferenceData): Promise<Measurement> {
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const stopSampling = rssSampler();
  const t0 = performance.now();
  const report = await ingest(executor, files, () => {}, reference);
  const ms = performance.now() - t0;
  const peak = stopSampling();
  const claims = report.letters.reduce((sum, l) => sum + (l.counts ? claimsOf(l.counts) : 0), 0);
  const notLoaded = report.letters.filter((l) => l.outcome !== 'loaded' && l.outcome !== 'replaced');
  if (notLoaded.length > 0) {
    process.stderr.write(`${notLoaded.length} letters not loaded, e.g. ${notLoaded[0]?.path}: ${notLoaded[0]?.outcome} ${notLoaded[0]?.error ?? ''}\n`);
  }
  return rates(row, files.length, report.failed, bytes, claims, ms, peak);
}

export type LoadStrategy =
  | { name: 'batched'; batchRows: number }
  | { name: 'row-by-row' }
  /** As many nodes and relationships as the batched load wrote, in its batches, the plainest way (see bench/write-floor.ts). */
  | { name: 'write-floor'; batchRows: number; relationships: number };

/** Letters' graphs, extracted outside any timing, with the size of their files. */
export interface ExtractedLetters {
  graphs: LetterGraph[];
  bytes: number;
}

export function extractAll(files: string[], reference: ReferenceData): ExtractedLetters {
  const names = new NameIndex(reference);
  return {
    graphs: files.map((f) => letterGraph(f, names, reference)),
    bytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0),
  };
}

/**
 * Load alone: writes graphs already extracted into a graph that holds the
 * reference data and none of these letters, with one of the two loaders
 * (same rows, same statements; see src/ingest/load.ts and bench/row-by-row.ts).
 */
export async function measureLoadAlone(executor: Executor, letters: ExtractedLetters, row: string, strategy: LoadStrategy): Promise<Measurement> {
  const { graphs, bytes } = letters;
  const claims = graphs.reduce((sum, g) => sum + claimCount(g), 0);
  let failed = 0;
  const stopSampling = rssSampler();
  const t0 = performance.now();
  if (strategy.name === 'row-by-row') {
    await loadRowByRow(executor, graphs);
  } else if (strategy.name === 'write-floor') {
    await writeFloor(executor, batchesOf(graphs, strategy.batchRows), strategy.relationships);
  } else {
    for (const batch of batchesOf(graphs, strategy.batchRows)) {
      const results = await loadLetters(executor, batch);
      const failures = results.filter((r) => r.outcome === 'failed');
      failed += failures.length;
      if (failures[0]) process.stderr.write(`${failures.length} letters failed to load, e.g. ${failures[0].error}\n`);
    }
  }
  const ms = performance.now() - t0;
  return rates(row, graphs.length, failed, bytes, claims, ms, stopSampling());
}

/** Splits graphs into batches of at least `batchRows` rows, as `ingest` does. */
function batchesOf(graphs: readonly LetterGraph[], batchRows: number): LetterGraph[][] {
  const batches: LetterGraph[][] = [[]];
  let rows = 0;
  for (const graph of graphs) {
    const current = batches[batches.length - 1] as LetterGraph[];
    current.push(graph);
    rows += rowCount(graph);
    if (rows >= batchRows) {
      batches.push([]);
      rows = 0;
    }
  }
  return batches.filter((b) => b.length > 0);
}

const ADMIN = requireStatements({ serverInfo: 'admin/server-info' });

/** Empties the graph, then applies the schema and, when asked, loads the reference graph. */
export async function resetGraph(executor: Executor, reference?: ReferenceData): Promise<void> {
  await emptyGraph(executor);
  await applySchema(executor);
  if (reference) await loadReferenceGraph(executor, reference);
}

/** Version, edition and heap of the Neo4j the benchmark ran against. */
export async function serverInfo(executor: Executor): Promise<{ version: string; edition: string; heapMaxBytes: number } | null> {
  const [info] = await executor.read<{ version: string; edition: string; heapMaxBytes: number }>(ADMIN.serverInfo);
  return info ?? null;
}

/**
 * The load comparison: load alone, batched (once per batch size) and
 * row-by-row, for the seeds and for the corpus; row-by-row and a batched run
 * beside it on the corpus's first `rowByRowLetters` letters. Each run starts
 * from a graph with the reference data only.
 */
export async function measureLoadComparison(
  executor: Executor,
  sets: Array<{ label: string; files: string[]; rowByRowLetters?: number }>,
  batchSizes: number[],
  reference: ReferenceData,
): Promise<Measurement[]> {
  const rows: Measurement[] = [];
  /** Runs one load into the emptied graph; returns the number of relationships it wrote. */
  const run = async (letters: ExtractedLetters, row: string, strategy: LoadStrategy) => {
    await resetGraph(executor, reference);
    const before = await graphSize(executor);
    rows.push(await measureLoadAlone(executor, letters, row, strategy));
    return (await graphSize(executor)).relationships - before.relationships;
  };
  for (const set of sets) {
    const letters = extractAll(set.files, reference);
    let relationships = 0;
    for (const batchRows of batchSizes) {
      relationships = await run(letters, `${set.label}: load alone, batched (${batchRows} rows/tx)`, { name: 'batched', batchRows });
    }
    const floorBatchRows = batchSizes[batchSizes.length - 1] as number;
    await run(letters, `${set.label}: write floor, same volume (${floorBatchRows} rows/tx)`, { name: 'write-floor', batchRows: floorBatchRows, relationships });
    const subsetSize = Math.min(set.rowByRowLetters ?? set.files.length, set.files.length);
    if (subsetSize < set.files.length) {
      const subset = extractAll(set.files.slice(0, subsetSize), reference);
      const label = `${set.label.replace(/\(\d+\)/, `(${subsetSize} of ${set.files.length})`)}: load alone`;
      await run(subset, `${label}, batched (${batchSizes[0]} rows/tx)`, { name: 'batched', batchRows: batchSizes[0] as number });
      await run(subset, `${label}, row-by-row`, { name: 'row-by-row' });
    } else {
      await run(letters, `${set.label}: load alone, row-by-row`, { name: 'row-by-row' });
    }
  }
  return rows;
}

export function formatTable(rows: Measurement[]): string {
  const head = ['run', 'letters', 'failed', 'MB', 'claims', 's', 'letters/s', 'MB/s', 'claims/s', 'peak RSS MB', 'load 1m'];
  const body = rows.map((r) => [
    r.row,
    String(r.letters),
    String(r.failed),
    r.megabytes.toFixed(2),
    String(r.claims),
    r.seconds.toFixed(2),
    r.lettersPerSecond.toFixed(1),
    r.megabytesPerSecond.toFixed(3),
    r.claimsPerSecond.toFixed(0),
    r.peakRssMb.toFixed(0),
    (r.loadAverage[0] ?? 0).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(option(args, '--letters') ?? 1000);
  const seed = Number(option(args, '--seed') ?? 7);
  const load = args.includes('--load');
  const batchSizes = (option(args, '--batch-rows') ?? String(LOAD_BATCH_ROWS)).split(',').map(Number);
  const rowByRowLetters = Number(option(args, '--row-by-row-letters') ?? 200);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--letters must be a positive integer, not ${option(args, '--letters')}`);
  if (batchSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--batch-rows must be positive integers separated by commas, not ${option(args, '--batch-rows')}`);
  if (!Number.isInteger(rowByRowLetters) || rowByRowLetters < 1) throw new Error(`--row-by-row-letters must be a positive integer, not ${option(args, '--row-by-row-letters')}`);

  // The machine may be shared: the load average says how much else ran meanwhile.
  const loadBefore = os.loadavg();
  const outDir = path.join(PROJECT_ROOT, 'bench', 'out');
  const corpusDir = path.join(outDir, `letters-${count}`);
  fs.rmSync(corpusDir, { recursive: true, force: true });
  const tGen = performance.now();
  const corpus = writeLetters(corpusDir, count, seed);
  process.stderr.write(`generated ${corpus.length} letters into ${path.relative(PROJECT_ROOT, corpusDir)} in ${((performance.now() - tGen) / 1000).toFixed(2)} s\n`);

  const reference = loadReferenceData();
  const seeds = letterFiles([]);
  // Warm-up: one pass over the seeds, so the JIT has seen the rules before anything is timed.
  measureExtraction(seeds, 'warm-up', reference);
  const rows: Measurement[] = [];
  rows.push(measureExtraction(seeds, 'seeds (5): extraction', reference).measurement);
  const extraction = measureExtraction(corpus, `corpus (${count}): extraction`, reference);
  rows.push(extraction.measurement);
  const empty = extraction.letters.filter((l) => l.meetingsAbout === 0 || l.attendances === 0 || l.decisions === 0 || l.stances === 0);
  if (empty.length > 0) process.stderr.write(`warning: ${empty.length} generated letters lack a meeting, attendance, decision or stance\n`);

  let neo4j: { uri: string; version: string; edition: string; heapMaxMb: number } | null = null;
  if (load) {
    const config = testConfig();
    const startedHere = config.neo4j.mode === 'local' && !localStatus(config.neo4j).running;
    const db = await connect(config.neo4j, (line) => process.stderr.write(`[test neo4j] ${line}\n`));
    const executor = new Executor(db.driver, db.database);
    try {
      const info = await serverInfo(executor);
      neo4j = { uri: db.uri, version: info?.version ?? 'unknown', edition: info?.edition ?? 'unknown', heapMaxMb: (info?.heapMaxBytes ?? 0) / MB };
      await resetGraph(executor);
      rows.push(await measureLoad(executor, seeds, 'seeds (5): extraction + batched load', reference));
      rows.push(await measureLoad(executor, corpus, `corpus (${count}): extraction + batched load`, reference));
      rows.push(
        ...(await measureLoadComparison(
          executor,
          [
            { label: 'seeds (5)', files: seeds },
            { label: `corpus (${count})`, files: corpus, rowByRowLetters },
          ],
          batchSizes,
          reference,
        )),
      );
      // Leave the tests' graph as their global setup does: the seeds alone.
      await resetGraph(executor);
      await ingest(executor, seeds, () => {}, reference);
    } finally {
      await db.driver.close();
      if (startedHere && config.neo4j.mode === 'local') await stopLocalNeo4j(config.neo4j, (line) => process.stderr.write(`[test neo4j] ${line}\n`));
    }
  }

  const maxRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  const loadAfter = os.loadavg();
  const table = formatTable(rows);
  const loadText = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(`${table}\n\nprocess peak RSS (resourceUsage().maxRSS): ${maxRssMb.toFixed(0)} MB\n`);
  process.stdout.write(`load average (1, 5, 15 min) before: ${loadText(loadBefore)}, after: ${loadText(loadAfter)} (${os.cpus().length} cores)\n`);
  const result = {
    command: `npm run bench:ingest -- ${args.join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: machineDescription(neo4j?.version ?? null),
    // Shared with other work: the load average says how much.
    loadAverage: { before: loadBefore, after: loadAfter },
    seed,
    letters: count,
    batchRows: batchSizes,
    rowByRowLetters,
    neo4j,
    rows,
    processPeakRssMb: maxRssMb,
    lettersLackingClaims: empty.length,
  };
  writeResult(path.join(outDir, `ingest-${count}${load ? '-load' : ''}.json`), result);
}

if (require.main === module) runAsCommand(main);
