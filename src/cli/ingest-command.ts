import path from 'node:path';
import type { Database } from '../db/connect';
import type { Executor } from '../db/executor';
import { ingest, letterFiles, type Stage } from '../ingest/pipeline';

const STAGES: Stage[] = ['read', 'extract', 'load'];

/**
 * `summitgraph ingest [paths...]`: a progress line per letter and stage on a
 * terminal (plain lines otherwise), then a summary; exit code 1 if any
 * letter failed.
 */
export async function runIngest(executor: Executor, paths: string[], db: Database): Promise<number> {
  const files = letterFiles(paths);
  const tty = process.stdout.isTTY === true;
  const show = (file: string, stage: Stage) => {
    const done = STAGES.indexOf(stage);
    const bar = STAGES.map((_, i) => (i < done ? '#' : i === done ? '>' : '.')).join('');
    const line = `[${bar}] ${stage.padEnd(7)} ${path.relative(process.cwd(), file)}`;
    if (tty) process.stdout.write(`\r\x1b[2K${line}`);
  };
  const report = await ingest(executor, files, show);
  if (tty) process.stdout.write('\r\x1b[2K');

  const totals = { passages: 0, meetings: 0, attendances: 0, decisions: 0, commitments: 0, stances: 0 };
  // Names the reference data does not know (people named with their office, offices nobody held then): listed per letter, counted at the end.
  let unresolved = 0;
  for (const letter of report.letters) {
    const where = path.relative(process.cwd(), letter.path);
    if (letter.outcome === 'failed') {
      console.log(`failed     ${where}: ${letter.error}`);
      continue;
    }
    const c = letter.counts!;
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += c[key];
    console.log(`${letter.outcome.padEnd(10)} ${where} -> ${letter.documentId} (${c.passages} passages, ${c.meetings} meetings, ${c.attendances} attendances, ${c.decisions} decisions, ${c.commitments} commitments, ${c.stances} stances)`);
    unresolved += letter.unresolved?.length ?? 0;
    for (const name of letter.unresolved ?? []) console.log(`           unresolved: '${name.name}' in ${name.passageId} at offset ${name.start}`);
  }
  console.log(
    `summitgraph: ${report.letters.length - report.failed} of ${report.letters.length} letters in ${db.uri} (${report.failed} failed); ` +
      `${totals.passages} passages, ${totals.meetings} meeting mentions, ${totals.attendances} attendances, ${totals.decisions} decisions, ${totals.commitments} commitments, ${totals.stances} stances; ${unresolved} unresolved names`,
  );
  return report.failed > 0 ? 1 : 0;
}
