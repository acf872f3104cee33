import { writeLetters } from '../../bench/generate-letters';
import { measureLoadComparison, resetGraph } from '../../bench/ingest';
import { loadReferenceData } from '../../src/reference';
import { ingestSeeds } from '../support/seeded-graph';
import { scratchGraph } from '../support/scratch-graph';

// A smoke run of the ingest benchmark's load comparison at a tiny size: batched
// against row-by-row on a few generated letters. The comparison empties the
// graph before each run, so afterwards the graph is rebuilt as the global setup
// leaves it (the seeds alone), which the journeys read.
const graph = scratchGraph('summitgraph-bench-load-');
const executor = () => graph.executor();

it('measures load alone, batched and row-by-row, on the same letters, and the graph is rebuilt afterwards', async () => {
  const seededGraph = await graph.counts();
  const files = writeLetters(graph.dir(), 6, 7);
  const rows = await measureLoadComparison(executor(), [{ label: 'smoke (6)', files, rowByRowLetters: 3 }], [2, 5000], loadReferenceData());

  expect(rows.map((r) => r.row)).toEqual([
    'smoke (6): load alone, batched (2 rows/tx)',
    'smoke (6): load alone, batched (5000 rows/tx)',
    'smoke (6): write floor, same volume (5000 rows/tx)',
    'smoke (3 of 6): load alone, batched (2 rows/tx)',
    'smoke (3 of 6): load alone, row-by-row',
  ]);
  for (const r of rows) {
    expect(r).toMatchObject({ failed: 0, letters: r.row.startsWith('smoke (3 of 6)') ? 3 : 6 });
    expect(r.claims).toBeGreaterThan(0);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.claimsPerSecond).toBeGreaterThan(0);
    expect(r.megabytesPerSecond).toBeGreaterThan(0);
    expect(r.peakRssMb).toBeGreaterThan(0);
    expect(r.loadAverage).toHaveLength(3);
  }
  // Both loaders wrote the same letters: the same claims, whichever batch size.
  expect(rows[0]?.claims).toBe(rows[1]?.claims);
  expect(rows[3]?.claims).toBe(rows[4]?.claims);

  // The last run (row-by-row) left its three letters in the graph, and nothing else of the corpus.
  const [loaded] = await executor().read<{ documents: number; claims: number }>(
    'MATCH (d:Document) WITH count(d) AS documents MATCH (c:Claim) RETURN documents, count(c) AS claims',
  );
  expect(loaded).toEqual({ documents: 3, claims: rows[4]?.claims });

  await resetGraph(executor());
  await ingestSeeds(executor());
  graph.leftAsItWas();
  expect(await graph.counts()).toEqual(seededGraph);
});
