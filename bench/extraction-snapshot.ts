/**
 * A snapshot of what extraction makes of a fixed set of letters, to show that
 * a change to the extraction code changed its speed and not its output.
 *
 *   node dist/bench/extraction-snapshot.js <folder>
 *
 * Runs `letterGraph` over the seed letters, the test fixtures, the same two
 * sets in lower and upper case (so case-insensitive matching is exercised),
 * and generated corpora (1,000 letters from seed 7, 300 from seed 11). Writes
 * one canonical JSON file per set into <folder> (object keys sorted, arrays
 * in their order) and prints each file's SHA-256. Compare two snapshots with
 * `diff -r`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { letterFiles, letterGraph } from '../src/ingest/pipeline';
import { NameIndex, loadReferenceData } from '../src/reference';
import { writeLetters } from './generate-letters';

/** JSON with object keys sorted at every level, one value per line at the top. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Copies each file into `dir` with its text changed by `change`; returns the new paths. */
function variantFiles(files: string[], dir: string, change: (text: string) => string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return files.map((file) => {
    const out = path.join(dir, path.basename(file));
    fs.writeFileSync(out, change(fs.readFileSync(file, 'utf8')));
    return out;
  });
}

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write('usage: node dist/bench/extraction-snapshot.js <folder>\n');
    process.exit(2);
  }
  const reference = loadReferenceData();
  const names = new NameIndex(reference);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-snapshot-'));
  try {
    const seeds = letterFiles([]);
    const fixtures = letterFiles([path.join(PROJECT_ROOT, 'tests', 'fixtures')]);
    const small = [...seeds, ...fixtures];
    const sets: Array<[string, string[]]> = [
      ['seeds', seeds],
      ['fixtures', fixtures],
      ['lower-case', variantFiles(small, path.join(work, 'lower'), (t) => t.toLowerCase())],
      ['upper-case', variantFiles(small, path.join(work, 'upper'), (t) => t.toUpperCase())],
      ['generated-1000-seed-7', writeLetters(path.join(work, 'gen-7'), 1000, 7, reference)],
      ['generated-300-seed-11', writeLetters(path.join(work, 'gen-11'), 300, 11, reference)],
    ];
    fs.mkdirSync(outDir, { recursive: true });
    for (const [name, files] of sets) {
      const lines = files.map((file) => {
        let graph: unknown;
        try {
          graph = letterGraph(file, names, reference);
        } catch (error) {
          graph = { error: error instanceof Error ? error.message.replace(work, '<work>') : String(error) };
        }
        return canonicalJson({ file: path.basename(file), graph });
      });
      const text = `${lines.join('\n')}\n`;
      fs.writeFileSync(path.join(outDir, `${name}.jsonl`), text);
      process.stdout.write(`${createHash('sha256').update(text).digest('hex')}  ${name}.jsonl (${files.length} letters)\n`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main();
