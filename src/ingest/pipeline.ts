import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { Executor } from '../db/executor';
import { NameIndex, loadReferenceData, type ReferenceData } from '../reference';
import { sameDocumentMessage } from './document-id';
import { extractLetter } from './extract';
import type { LetterGraph, UnresolvedName } from './letter-graph';
import { loadLetters, type LetterLoad, type LoadOutcome } from './load';
import { loadReferenceGraph } from './load-reference-graph';
import { readLetter, type RawLetter } from './read';

/** The folder `ingest` reads when given no paths. */
export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

export type Stage = 'read' | 'extract' | 'load';

export interface LetterOutcome {
  path: string;
  outcome: LoadOutcome | 'failed';
  error?: string;
  documentId?: string;
  counts?: { passages: number; meetings: number; attendances: number; decisions: number; commitments: number; stances: number };
  unresolved?: UnresolvedName[];
}

export interface IngestReport {
  letters: LetterOutcome[];
  failed: number;
}

/** The letter files under the given paths (files, or folders read recursively); the seeds when none are given. */
export function letterFiles(paths: string[]): string[] {
  if (paths.length === 0) {
    return fs.readdirSync(SEEDS_DIR).filter((f) => /\.(txt|md)$/i.test(f)).sort().map((f) => path.join(SEEDS_DIR, f));
  }
  return paths.flatMap((p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return [p]; // reported as unreadable by the read stage
    if (!stat.isDirectory()) return [p];
    return fs
      .readdirSync(p, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(txt|md)$/i.test(e.name))
      .map((e) => path.join(e.parentPath ?? p, e.name))
      .sort();
  });
}

/** Runs read, normalize, segment, extract and resolve on one letter: no database involved. */
export function letterGraph(file: string, names: NameIndex, reference: ReferenceData): LetterGraph {
  return extractFrom(readLetter(file), names, reference);
}

/** Stages 2 to 5 on a letter read from a file, whose document records where it was read from (see `DocumentRecord.sourcePath`). */
function extractFrom(letter: RawLetter, names: NameIndex, reference: ReferenceData): LetterGraph {
  const graph = extractLetter(letter, names, reference);
  return { ...graph, document: { ...graph.document, sourcePath: path.resolve(letter.path) } };
}

/**
 * How many rows (passages, meetings, sessions and claims) one load
 * transaction writes at most, give or take a letter: large enough that round
 * trips and the per-batch link maintenance are a small share of the time,
 * small enough that a transaction stays well inside Neo4j's heap (see
 * bench/RESULTS.md for the sizes measured).
 */
export const LOAD_BATCH_ROWS = 5000;

/** The rows a letter adds to a load batch. */
export function rowCount(graph: LetterGraph): number {
  return graph.passages.length + graph.meetings.length + graph.sessions.length + claimCount(graph);
}

/** Claims = attendances + decisions + commitments + stances. */
export function claimCount(graph: Pick<LetterGraph, 'attendances' | 'decisions' | 'commitments' | 'stances'>): number {
  return graph.attendances.length + graph.decisions.length + graph.commitments.length + graph.stances.length;
}

/**
 * Ingests letters: the reference data first, then the letters, read and
 * extracted one by one and loaded in batches of about `batchRows` rows, each
 * batch in one transaction (see `loadLetters`) while the next is extracted. A letter that fails at any
 * stage is reported with its path and reason and leaves nothing in the
 * graph; the others still load. Two files that are one document (the same
 * Kamerstuk number, or the same text under the same file name) are not both
 * loaded: the second fails, naming the first. The report lists the letters in the order given.
 */
export async function ingest(
  executor: Executor,
  files: string[],
  onProgress: (file: string, stage: Stage) => void = () => {},
  reference: ReferenceData = loadReferenceData(),
  options: { batchRows?: number } = {},
): Promise<IngestReport> {
  const batchRows = options.batchRows ?? LOAD_BATCH_ROWS;
  const names = new NameIndex(reference);
  await loadReferenceGraph(executor, reference);
  const letters: LetterOutcome[] = new Array(files.length);
  type Pending = { index: number; file: string; graph: LetterGraph };
  // Every file given claims its document id once, across batches.
  const fileOf = new Map<string, string>();
  let batch: Pending[] = [];
  let rowsInBatch = 0;

  // Never rejects: a batch that cannot be loaded at all (Neo4j gone) fails its letters.
  const loadBatch = async (letterBatch: Pending[]) => {
    for (const { file } of letterBatch) onProgress(file, 'load');
    let results: LetterLoad[];
    try {
      results = await loadLetters(executor, letterBatch.map((b) => b.graph));
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      results = letterBatch.map(({ graph }) => ({ outcome: 'failed', error: `${graph.document.id} was not loaded: ${cause}` }));
    }
    letterBatch.forEach(({ index, file, graph }, i) => {
      const result = results[i] as LetterLoad;
      letters[index] =
        result.outcome === 'failed'
          ? { path: file, outcome: 'failed', error: `${file}: ${result.error}`, documentId: graph.document.id }
          : { path: file, outcome: result.outcome, documentId: graph.document.id, counts: countsOf(graph), unresolved: graph.unresolved };
    });
  };
  // One batch loads while the next is extracted: Neo4j and extraction work on the two cores at once.
  let loading: Promise<void> = Promise.resolve();
  const startLoading = async () => {
    await loading;
    loading = loadBatch(batch);
    batch = [];
    rowsInBatch = 0;
  };

  for (const [index, file] of files.entries()) {
    // Extraction is synchronous: between letters, let the loading batch's statements go on.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      onProgress(file, 'read');
      const raw = readLetter(file);
      onProgress(file, 'extract');
      const graph = extractFrom(raw, names, reference);
      const first = fileOf.get(graph.document.id);
      if (first !== undefined) {
        letters[index] = { path: file, outcome: 'failed', error: sameDocumentMessage(graph.document.id, first, file), documentId: graph.document.id };
      } else {
        fileOf.set(graph.document.id, file);
        batch.push({ index, file, graph });
        rowsInBatch += rowCount(graph);
      }
    } catch (error) {
      letters[index] = { path: file, outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    if (rowsInBatch >= batchRows) await startLoading();
  }
  if (batch.length > 0) await startLoading();
  await loading;
  return { letters, failed: letters.filter((l) => l.outcome === 'failed').length };
}

function countsOf(graph: LetterGraph): NonNullable<LetterOutcome['counts']> {
  return {
    passages: graph.passages.length,
    meetings: graph.meetings.length,
    attendances: graph.attendances.length,
    decisions: graph.decisions.length,
    commitments: graph.commitments.length,
    stances: graph.stances.length,
  };
}
