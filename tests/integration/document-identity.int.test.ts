import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { loadLetter } from '../../src/ingest/load';
import { ingest, letterGraph } from '../../src/ingest/pipeline';
import { NameIndex, loadReferenceData } from '../../src/reference';
import { testConfig } from '../support/test-env';

/**
 * A letter's document id never depends on the folder it sits in, and a
 * different letter never silently takes another's place: two letters of one
 * file name are two documents, two files that are one document are reported
 * with both paths, and a new version of a letter replaces the old one read
 * from the same file. The letters are agendas of the Washington Summit of
 * 2024, which no seed letter names, and are removed afterwards.
 */
let db: Database;
let executor: Executor;
let dir: string;
const reference = loadReferenceData();
const names = new NameIndex(reference);

const LETTER = (extra: string, footer = '') => `Geachte voorzitter,

Hierbij bied ik u de geannoteerde agenda aan voor de NAVO-Top van 9 tot en met 11 juli 2024 in Washington.

De Minister-President en de Minister van Defensie zijn voornemens deze Top bij te wonen. ${extra}

De Minister van Buitenlandse Zaken,

H.G.J. Bruins Slot
${footer}`;

function write(folder: string, name: string, text: string): string {
  fs.mkdirSync(path.join(dir, folder), { recursive: true });
  const file = path.join(dir, folder, name);
  fs.writeFileSync(file, text);
  return file;
}

async function documents(where: string, parameters: Record<string, unknown>) {
  return executor.read<{ id: string; sha256: string; sourcePath: string | null; claims: number }>(
    `MATCH (d:Document) WHERE ${where}
     RETURN d.id AS id, d.sha256 AS sha256, d.sourcePath AS sourcePath, COUNT { MATCH (c:Claim {documentId: d.id}) } AS claims ORDER BY d.sourcePath`,
    parameters,
  );
}

async function removeTestLetters() {
  await executor.write(
    `MATCH (d:Document) WHERE d.fileName STARTS WITH 'identity-' OR d.id = 'document:kst-28676-999'
     WITH collect(d.id) AS ids
     MATCH (n) WHERE n.documentId IN ids OR n.id IN ids
     DETACH DELETE n`,
  );
}

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-identity-'));
});
afterEach(removeTestLetters);
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.driver.close();
});

it('two different letters of one file name, in two folders, are two documents', async () => {
  const a = write('a', 'identity-agenda.txt', LETTER('Japan neemt deel als genodigde.'));
  const b = write('b', 'identity-agenda.txt', LETTER('Australië neemt deel als genodigde.'));
  const report = await ingest(executor, [a, b]);
  expect(report.letters.map((l) => l.outcome)).toEqual(['loaded', 'loaded']);
  expect(report.letters[0]!.documentId).not.toBe(report.letters[1]!.documentId);
  const loaded = await documents('d.fileName = $name', { name: 'identity-agenda.txt' });
  expect(loaded.map((d) => [d.id, d.sourcePath, d.claims])).toEqual([
    [report.letters[0]!.documentId, a, 3],
    [report.letters[1]!.documentId, b, 3],
  ]);
  // Ingesting them again from the same places changes nothing.
  expect((await ingest(executor, [a, b])).letters.map((l) => l.outcome)).toEqual(['unchanged', 'unchanged']);
});

it('two files that state one Kamerstuk number: the first is loaded, the second is reported with both paths', async () => {
  const a = write('a', 'identity-kst.txt', LETTER('Zweden neemt deel als genodigde.', 'kst-28676-999\n'));
  const b = write('b', 'identity-kst-other.txt', LETTER('Finland neemt deel als genodigde.', 'kst-28676-999\n'));
  const report = await ingest(executor, [a, b]);
  expect(report.letters.map((l) => [l.outcome, l.documentId])).toEqual([
    ['loaded', 'document:kst-28676-999'],
    ['failed', 'document:kst-28676-999'],
  ]);
  expect(report.letters[1]!.error).toContain(a);
  expect(report.letters[1]!.error).toContain(b);
  expect(report.failed).toBe(1);
  expect((await documents('d.id = $id', { id: 'document:kst-28676-999' })).map((d) => d.sourcePath)).toEqual([a]);
});

it('the same letter in two folders under one name: the second copy is reported with both paths', async () => {
  const a = write('a', 'identity-copy.txt', LETTER(''));
  const b = write('b', 'identity-copy.txt', LETTER(''));
  const report = await ingest(executor, [a, b]);
  expect(report.letters.map((l) => l.outcome)).toEqual(['loaded', 'failed']);
  expect(report.letters[1]!.error).toMatch(new RegExp(`${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is the same document as .*identity-copy\\.txt`));
  expect(report.letters[1]!.error).toContain(a);
  expect(await documents('d.fileName = $name', { name: 'identity-copy.txt' })).toHaveLength(1);
});

it('a corrected letter with a Kamerstuk number replaces its earlier version, from any path', async () => {
  const a = write('a', 'identity-kst.txt', LETTER('Zweden neemt deel als genodigde.', 'kst-28676-999\n'));
  expect((await ingest(executor, [a])).letters[0]!.outcome).toBe('loaded');
  const b = write('b', 'identity-kst-corrected.txt', LETTER('Finland neemt deel als genodigde.', 'kst-28676-999\n'));
  expect((await ingest(executor, [b])).letters[0]!.outcome).toBe('replaced');
  expect((await documents('d.id = $id', { id: 'document:kst-28676-999' })).map((d) => d.sourcePath)).toEqual([b]);
});

it('a document loaded before documents recorded their path, under an id made of its file name, is replaced by the letter from a file of that name', async () => {
  const file = write('a', 'identity-legacy.txt', LETTER('Zweden neemt deel als genodigde.'));
  const graph = letterGraph(file, names, reference);
  // As earlier versions wrote it: `document:<file name>`, and no path.
  const legacy = { ...graph, document: { ...graph.document, id: 'document:identity-legacy', sourcePath: undefined } };
  expect(await loadLetter(executor, legacy)).toBe('loaded');

  const report = await ingest(executor, [file]);
  expect(report.letters[0]).toMatchObject({ outcome: 'replaced', documentId: graph.document.id });
  expect((await documents('d.fileName = $name', { name: 'identity-legacy.txt' })).map((d) => d.id)).toEqual([graph.document.id]);
});
