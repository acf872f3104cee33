import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { Executor } from '../db/executor';
import { NameIndex, loadReferenceData, type ReferenceData } from '../reference';
import { extractLetter } from './extract';
import type { LetterGraph, UnresolvedName } from './letter-graph';
import { loadLetter, type LoadOutcome } from './load';
import { loadReferenceGraph } from './load-reference-graph';
import { readLetter } from './read';

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
  return extractLetter(readLetter(file), names, reference);
}

/**
 * Ingests letters: the reference data first, then each letter in its own
 * transaction. A letter that fails at any stage is reported with its path
 * and reason and leaves nothing in the graph; the others still load.
 */
export async function ingest(
  executor: Executor,
  files: string[],
  onProgress: (file: string, stage: Stage) => void = () => {},
  reference: ReferenceData = loadReferenceData(),
): Promise<IngestReport> {
  const names = new NameIndex(reference);
  await loadReferenceGraph(executor, reference);
  const letters: LetterOutcome[] = [];
  for (const file of files) {
    try {
      onProgress(file, 'read');
      const raw = readLetter(file);
      onProgress(file, 'extract');
      const graph = extractLetter(raw, names, reference);
      onProgress(file, 'load');
      const outcome = await loadLetter(executor, graph);
      letters.push({
        path: file,
        outcome,
        documentId: graph.document.id,
        counts: {
          passages: graph.passages.length,
          meetings: graph.meetings.length,
          attendances: graph.attendances.length,
          decisions: graph.decisions.length,
          commitments: graph.commitments.length,
          stances: graph.stances.length,
        },
        unresolved: graph.unresolved,
      });
    } catch (error) {
      letters.push({ path: file, outcome: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { letters, failed: letters.filter((l) => l.outcome === 'failed').length };
}
