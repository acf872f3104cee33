import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeLetters } from '../../bench/generate-letters';
import { resetGraph } from '../../bench/ingest';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { ingest, letterFiles } from '../../src/ingest/pipeline';
import { loadReferenceData } from '../../src/reference';
import { ingestSeeds } from '../support/seeded-graph';
import { testConfig } from '../support/test-env';

// The links between decisions of different letters are kept up batch by batch,
// from the letters just loaded. Whatever the batches and the order, and after a
// letter is replaced, they must be what the definition gives for the whole
// graph, written here as one query over everything. The graph is rebuilt from
// the seeds afterwards, as the global setup leaves it.
let db: Database;
let executor: Executor;
let dir: string;
const reference = loadReferenceData();

/** By definition: each expected decision's best taken decision of its meeting, sharing a topic. */
const BEST_TAKEN = `
  MATCH (expected:Decision {status: 'EXPECTED'})-[:AT]->(:Meeting)<-[:AT]-(taken:Decision {status: 'TAKEN'})
  WITH expected, taken, COUNT { (expected)-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(taken) } AS sharedTopics
  WHERE sharedTopics > 0
  WITH expected, taken, sharedTopics * 100
       + COUNT { (expected)-[:CONCERNS]->(:Actor)<-[:CONCERNS]-(taken) } * 10
       + CASE WHEN expected.kind = taken.kind THEN 1 ELSE 0 END AS score
  ORDER BY score DESC, taken.evidenceStart, taken.id
  WITH expected, collect({ taken: taken.id, score: score })[0] AS best
  RETURN expected.id AS expected, best.taken AS taken, best.score AS score
  ORDER BY expected`;
const TAKEN_AS = `
  MATCH (expected:Decision)-[link:TAKEN_AS]->(taken:Decision)
  RETURN expected.id AS expected, taken.id AS taken, link.score AS score
  ORDER BY expected, taken`;

/** By definition: a decision reaffirming a meeting points to that meeting's decisions on a topic it shares. */
const REAFFIRMED = `
  MATCH (later:Decision)-[:REAFFIRMS_MEETING]->(:Meeting)<-[:AT]-(old:Decision)
  WHERE later <> old AND EXISTS { (later)-[:ON_TOPIC]->(:Topic)<-[:ON_TOPIC]-(old) }
  RETURN DISTINCT later.id AS later, old.id AS old
  ORDER BY later, old`;
const REAFFIRMS = `
  MATCH (later:Decision)-[:REAFFIRMS]->(old:Decision)
  RETURN later.id AS later, old.id AS old
  ORDER BY later, old`;

async function expectLinksAsDefined(): Promise<{ takenAs: number; reaffirms: number }> {
  const takenAs = await executor.read(TAKEN_AS);
  expect(takenAs).toEqual(await executor.read(BEST_TAKEN));
  const reaffirms = await executor.read(REAFFIRMS);
  expect(reaffirms).toEqual(await executor.read(REAFFIRMED));
  return { takenAs: takenAs.length, reaffirms: reaffirms.length };
}

async function ingestAll(files: string[], batchRows: number) {
  const report = await ingest(executor, files, () => {}, reference, { batchRows });
  expect(report.failed).toBe(0);
  return report;
}

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-links-'));
});
afterAll(async () => {
  await resetGraph(executor);
  await ingestSeeds(executor);
  fs.rmSync(dir, { recursive: true, force: true });
  await db.driver.close();
});

it('links expected to taken decisions, and reaffirmations, as defined, whatever the batches and their order', async () => {
  const generated = writeLetters(dir, 120, 11, reference);
  const seeds = letterFiles([]);

  // Small batches, reports and agendas mixed: most links are made across batches.
  await resetGraph(executor);
  await ingestAll([...generated, ...seeds], 300);
  const small = await expectLinksAsDefined();
  expect(small.takenAs).toBeGreaterThan(10);
  expect(small.reaffirms).toBeGreaterThan(0);

  // The other way round, reports before agendas, in one batch each.
  await resetGraph(executor);
  const isReport = (f: string) => f.includes('report');
  await ingestAll([...seeds, ...generated.filter(isReport)], 100_000);
  await ingestAll(generated.filter((f) => !isReport(f)), 100_000);
  expect(await expectLinksAsDefined()).toEqual(small);
});

it('after a report is replaced, the expected decisions linked to its decisions find their best again', async () => {
  // The generated report whose taken decisions the most expected decisions point to.
  const [linked] = await executor.read<{ documentId: string; fileName: string }>(`
    MATCH (:Decision {status: 'EXPECTED'})-[:TAKEN_AS]->(taken:Decision)
    MATCH (d:Document {id: taken.documentId})
    WHERE d.fileName ENDS WITH '-report.txt'
    RETURN d.id AS documentId, d.fileName AS fileName, count(*) AS links
    ORDER BY links DESC, documentId LIMIT 1`);
  expect(linked).toBeDefined();
  const file = path.join(dir, linked!.fileName);
  // Its decisions go: the new version ends after the introduction.
  const text = fs.readFileSync(file, 'utf8');
  const introduction = text.indexOf('Inleiding\n\n');
  expect(introduction).toBeGreaterThan(0);
  fs.writeFileSync(file, `${text.slice(0, text.indexOf('\n\n', introduction + 'Inleiding\n\n'.length))}\n`);

  const report = await ingestAll([file], 5000);
  expect(report.letters[0]?.outcome).toBe('replaced');
  const [gone] = await executor.read<{ links: number }>(
    `MATCH (:Decision)-[:TAKEN_AS]->(taken:Decision {documentId: $documentId}) RETURN count(*) AS links`,
    { documentId: linked!.documentId },
  );
  expect(gone?.links).toBe(0);
  await expectLinksAsDefined();
});
