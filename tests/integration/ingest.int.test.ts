import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { loadLetter, loadLetters } from '../../src/ingest/load';
import { ingest, letterFiles, letterGraph } from '../../src/ingest/pipeline';
import { NameIndex, loadReferenceData } from '../../src/reference';
import { normalize } from '../../src/ingest/normalize';
import { foldQuote, readsAs } from '../support/gold';
import { testConfig } from '../support/test-env';

/**
 * Loading: twice changes nothing, a changed letter is replaced exactly, a
 * letter that fails leaves nothing behind, and every evidence offset points
 * at its quote in the original letter. The letters written here are about a
 * meeting no seed letter names and are removed afterwards; test files run one
 * at a time (`--runInBand`), so no other test sees them.
 */
let db: Database;
let executor: Executor;
let dir: string;
const reference = loadReferenceData();
const names = new NameIndex(reference);

const LETTER = (extra: string) => `Geachte voorzitter,

Hierbij bied ik u de geannoteerde agenda aan voor de NAVO-Top van 9 tot en met 11 juli 2024 in Washington.

De Minister-President en de Minister van Defensie zijn voornemens deze Top bij te wonen. ${extra}

De Minister van Buitenlandse Zaken,

H.G.J. Bruins Slot
`;

async function counts() {
  const [row] = await executor.read<{ nodes: number; relationships: number }>(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return row;
}

async function documentContent(id: string) {
  const [row] = await executor.read<{ documents: number; passages: number; claims: number; evidence: number }>(
    `OPTIONAL MATCH (d:Document {id: $id}) WITH count(d) AS documents
     OPTIONAL MATCH (p:Passage {documentId: $id}) WITH documents, count(p) AS passages
     OPTIONAL MATCH (c:Claim {documentId: $id}) WITH documents, passages, count(c) AS claims
     OPTIONAL MATCH (e:Evidence {documentId: $id}) RETURN documents, passages, claims, count(e) AS evidence`,
    { id },
  );
  return row;
}

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-ingest-'));
});
afterAll(async () => {
  await executor.write(
    `MATCH (n) WHERE n.documentId STARTS WITH 'document:washington-test' OR n.id STARTS WITH 'document:washington-test' DETACH DELETE n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  await db.driver.close();
});

it('ingesting the seed letters again changes no node and no relationship', async () => {
  const before = await counts();
  const report = await ingest(executor, letterFiles([]));
  expect(report.letters.map((l) => l.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
  expect(await counts()).toEqual(before);
});

it('forcing a reload of an unchanged letter still leaves the same graph', async () => {
  const before = await counts();
  const graph = letterGraph(letterFiles([])[1], names, reference);
  expect(await loadLetter(executor, graph, { force: true })).toBe('replaced');
  expect(await counts()).toEqual(before);
});

it('replaces a changed letter exactly: no duplicates and no leftovers', async () => {
  const file = path.join(dir, 'washington-test.txt');
  fs.writeFileSync(file, LETTER('Japan neemt deel als genodigde.'));
  const first = await ingest(executor, [file]);
  // No Kamerstuk number: the id is the file name's slug and a hash of the text.
  expect(first.letters[0]).toMatchObject({ outcome: 'loaded', documentId: expect.stringMatching(/^document:washington-test-[0-9a-f]{8}$/) });
  const guests = () =>
    executor.read<{ actor: string; status: string }>(
      `MATCH (d:Document {sourcePath: $file})<-[:IN_DOCUMENT]-(:Evidence)<-[:SUPPORTED_BY]-(a:Attendance)-[:BY]->(x) RETURN x.id AS actor, a.status AS status ORDER BY actor`,
      { file },
    );
  expect(await guests()).toEqual([
    { actor: 'country:JPN', status: 'INVITED' },
    { actor: 'person:brekelmans', status: 'PLANNED' },
    { actor: 'person:schoof', status: 'PLANNED' },
  ].sort((a, b) => a.actor.localeCompare(b.actor)));

  fs.writeFileSync(file, LETTER('Australië neemt deel als genodigde.'));
  const second = await ingest(executor, [file]);
  // The corrected text has another id; the version read from the same file before is gone.
  expect(second.letters[0].outcome).toBe('replaced');
  expect(second.letters[0].documentId).not.toBe(first.letters[0].documentId);
  expect((await guests()).map((g) => g.actor)).toEqual(['country:AUS', 'person:brekelmans', 'person:schoof']);
  expect(await documentContent(first.letters[0].documentId!)).toEqual({ documents: 0, passages: 0, claims: 0, evidence: 0 });
  const content = await documentContent(second.letters[0].documentId!);
  expect(content).toEqual({ documents: 1, passages: second.letters[0].counts!.passages, claims: 3, evidence: 3 });
});

it('loads a person the reference data does not know as a Person of their country, whom the attendance is by', async () => {
  const file = path.join(dir, 'washington-test-people.txt');
  fs.writeFileSync(file, LETTER('Tijdens de Top spreken de regeringsleiders met de Georgische minister van Buitenlandse Zaken Darchiashvili.'));
  const report = await ingest(executor, [file]);
  expect(report.letters[0]).toMatchObject({ outcome: 'loaded', unresolved: [expect.objectContaining({ name: 'Darchiashvili' })] });
  const documentId = report.letters[0].documentId!;
  const rows = await executor.read<{ name: string; country: string; status: string }>(
    `MATCH (a:Attendance {documentId: $documentId})-[:BY]->(p:Person:Actor {id: 'person:darchiashvili'})-[:CITIZEN_OF]->(c:Country)
     RETURN p.name AS name, c.id AS country, a.status AS status`,
    { documentId },
  );
  expect(rows).toEqual([{ name: 'Darchiashvili', country: 'country:GEO', status: 'INVITED' }]);
  await executor.write(`MATCH (n) WHERE n.documentId = $documentId OR n.id IN [$documentId, 'person:darchiashvili'] DETACH DELETE n`, { documentId });
});

it('a letter whose load fails leaves nothing in the graph, and the others still load', async () => {
  const file = path.join(dir, 'washington-test-broken.txt');
  fs.writeFileSync(file, LETTER(''));
  const graph = letterGraph(file, names, reference);
  // A value Neo4j cannot store, in the last statement of the letter's transaction.
  graph.attendances[graph.attendances.length - 1].status = { nested: { map: true } } as never;
  await expect(loadLetter(executor, graph)).rejects.toThrow();
  expect(await documentContent(graph.document.id)).toEqual({ documents: 0, passages: 0, claims: 0, evidence: 0 });
});

it('when a batch fails, its letters are loaded one by one: the good ones land, the bad one is reported and leaves nothing', async () => {
  const graphs = ['1', 'bad', '2'].map((name) => {
    const file = path.join(dir, `washington-test-batch-${name}.txt`);
    fs.writeFileSync(file, LETTER(name === '2' ? 'Japan neemt deel als genodigde.' : ''));
    return letterGraph(file, names, reference);
  });
  const bad = graphs[1];
  // A value Neo4j cannot store, which fails the batch's transaction part-way.
  bad.attendances[bad.attendances.length - 1].status = { nested: { map: true } } as never;

  const results = await loadLetters(executor, graphs);
  expect(results.map((r) => r.outcome)).toEqual(['loaded', 'failed', 'loaded']);
  const failure = results[1] as { outcome: 'failed'; error: string };
  expect(failure.error).toMatch(/^document:washington-test-batch-bad-[0-9a-f]{8} \(washington-test-batch-bad\.txt\) was not loaded, and nothing of it is in the graph: .*(Property values|primitive|map)/is);
  expect(await documentContent(bad.document.id)).toEqual({ documents: 0, passages: 0, claims: 0, evidence: 0 });
  for (const [graph, claims] of [[graphs[0], 2], [graphs[2], 3]] as const) {
    expect(await documentContent(graph.document.id)).toEqual({ documents: 1, passages: graph.passages.length, claims, evidence: claims });
  }
});

it('ingests in batches: report in the order given, unchanged letters skipped, a failing letter named with its path', async () => {
  const files = ['a', 'b', 'c', 'd'].map((name) => {
    const file = path.join(dir, `washington-test-batches-${name}.txt`);
    fs.writeFileSync(file, LETTER(''));
    return file;
  });
  const unreadable = path.join(dir, 'washington-test-batches-missing.txt');
  // A batch of about one letter's rows: every letter is its own batch.
  const first = await ingest(executor, [files[0], unreadable, ...files.slice(1)], () => {}, reference, { batchRows: 1 });
  expect(first.letters.map((l) => [path.basename(l.path), l.outcome])).toEqual([
    ['washington-test-batches-a.txt', 'loaded'],
    ['washington-test-batches-missing.txt', 'failed'],
    ['washington-test-batches-b.txt', 'loaded'],
    ['washington-test-batches-c.txt', 'loaded'],
    ['washington-test-batches-d.txt', 'loaded'],
  ]);
  fs.writeFileSync(files[2], LETTER('Japan neemt deel als genodigde.'));
  const second = await ingest(executor, files);
  expect(second.letters.map((l) => l.outcome)).toEqual(['unchanged', 'unchanged', 'replaced', 'unchanged']);
  expect(await documentContent(second.letters[2].documentId!)).toEqual({ documents: 1, passages: second.letters[2].counts!.passages, claims: 3, evidence: 3 });
});

it('reports each bad file with its path and reason, and loads the good ones', async () => {
  const empty = path.join(dir, 'empty.txt');
  const binary = path.join(dir, 'binary.txt');
  const large = path.join(dir, 'large.txt');
  const unrelated = path.join(dir, 'unrelated.txt');
  fs.writeFileSync(empty, '  \n');
  fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  fs.writeFileSync(large, 'a'.repeat(5 * 1024 * 1024 + 1));
  fs.writeFileSync(unrelated, 'Geachte voorzitter,\n\nHierbij bied ik u het jaarverslag van de rijksbegroting aan.\n');
  const good = path.join(dir, 'washington-test-good.txt');
  fs.writeFileSync(good, LETTER(''));
  const report = await ingest(executor, [empty, binary, large, unrelated, good]);
  const byFile = Object.fromEntries(report.letters.map((l) => [path.basename(l.path), l]));
  expect(byFile['empty.txt'].error).toMatch(/empty\.txt: .*(empty|whitespace)/);
  expect(byFile['binary.txt'].error).toMatch(/binary\.txt: .*binary/);
  expect(byFile['large.txt'].error).toMatch(/large\.txt: .*(5 MB|too large|larger)/i);
  expect(byFile['unrelated.txt'].error).toMatch(/unrelated\.txt: nothing NATO-related/);
  expect(byFile['washington-test-good.txt'].outcome).toBe('loaded');
  expect(report.failed).toBe(4);
});

it('loads a letter about NATO that names no meeting, its claims at no meeting', async () => {
  const policy = path.join(dir, 'washington-test-cyber-policy.txt');
  fs.writeFileSync(
    policy,
    'Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de Nederlandse inzet in de NAVO op het gebied van cyberverdediging.\n\n' +
      'Het kabinet verwelkomt dat bondgenoten hun cyberverdediging versterken.\n\nDe minister van Defensie,\n',
  );
  const report = await ingest(executor, [policy]);
  expect(report.letters[0].outcome).toBe('loaded');
  const documentId = report.letters[0].documentId!;
  const claims = await executor.read<{ meetings: number }>(
    `MATCH (c:Claim {documentId: $documentId}) OPTIONAL MATCH (c)-[]->(m:Meeting) RETURN count(m) AS meetings`,
    { documentId },
  );
  expect(claims.length).toBeGreaterThan(0);
  expect(claims.every((c) => c.meetings === 0)).toBe(true);
  expect((await documentContent(documentId)).documents).toBe(1);
});

it('every evidence quote is found again at its offsets in the original letter', async () => {
  const rows = await executor.read<{ quote: string; start: number; end: number; fileName: string }>(
    `MATCH (e:Evidence)-[:IN_DOCUMENT]->(d:Document) WHERE d.fileName STARTS WITH '00'
     RETURN e.quote AS quote, e.start AS start, e.end AS end, d.fileName AS fileName`,
  );
  expect(rows.length).toBeGreaterThan(20);
  for (const row of rows) {
    const original = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', row.fileName), 'utf8');
    expect(readsAs(original, row.start, row.end, normalize)).toBe(foldQuote(row.quote));
  }
});
