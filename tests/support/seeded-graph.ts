import { ingest, letterFiles } from '../../src/ingest/pipeline';
import type { Executor } from '../../src/db/executor';

/** Ingests the seed letters; throws if any of them fails, since every test relies on all five. */
export async function ingestSeeds(executor: Executor): Promise<void> {
  const report = await ingest(executor, letterFiles([]));
  const failed = report.letters.filter((l) => l.outcome === 'failed');
  if (failed.length > 0) throw new Error(`seed letters failed to ingest:\n${failed.map((f) => `  ${f.error}`).join('\n')}`);
}
