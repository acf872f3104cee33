import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { ingest } from '../../src/ingest/pipeline';
import { testConfig } from '../support/test-env';

/**
 * Meetings and sessions are shared by every letter that names them. Replacing
 * one letter must leave every other letter's links as they were (its
 * attendances at a session, its claims at a meeting, its passages, its
 * document's links), and remove only what no letter points at any more.
 * The letters written here are agendas of the Washington Summit of 2024, which
 * no seed letter names, and are removed afterwards with what they added.
 */
let db: Database;
let executor: Executor;
let dir: string;
let before: { nodes: number; relationships: number };

const GUESTS = ['Japan', 'Australië', 'Nieuw-Zeeland', 'Zuid-Korea', 'Oekraïne', 'Georgië'];

/** An agenda of the Washington Summit that names the summit's sessions and places guests at them. */
function agenda(n: number, extra = ''): string {
  const guest = GUESTS[n % GUESTS.length];
  return `Den Haag, 28 juni 2024

Geachte voorzitter,

Hierbij bieden wij u de geannoteerde agenda aan voor de NAVO-Top die van 9 tot en met 11 juli 2024 in Washington plaatsvindt (brief ${n}).

De minister van Buitenlandse Zaken,
H.G.J. Bruins Slot


GEANNOTEERDE AGENDA NAVO-TOP WASHINGTON 9-11 JULI 2024

De Minister-President is voornemens de Top bij te wonen. Op 10 juli is er een vergadering van de Noord-Atlantische Raad met deelname van Oostenrijk.

Sessie 1: Partners

Aan deze sessie neemt ook ${guest} deel als genodigde.
${extra}`;
}

// Only the letter that is replaced names this session and this meeting; its new version names neither.
const ONLY_IN_ONE = `
Sessie 3: Zuidflank

Aan deze sessie neemt ook Moldavië deel als genodigde. De Top bouwt voort op de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 3 en 4 april 2024 in Brussel.
`;

async function counts() {
  const [row] = await executor.read<{ nodes: number; relationships: number }>(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return row as { nodes: number; relationships: number };
}

/**
 * Every relationship of the letters other than `replaced`: those that start or end at
 * what a letter owns (its document, passages, claims, evidence), except those that touch
 * what the replaced letter owns. Meetings and sessions belong to no letter.
 */
async function linksOfOtherLetters(replaced: string[]): Promise<string[]> {
  const rows = await executor.read<{ link: string }>(
    `MATCH (a)-[r]->(b)
     WITH a, r, b,
          CASE WHEN a:Document THEN a.id WHEN a:Passage OR a:Claim OR a:Evidence THEN a.documentId END AS ownerA,
          CASE WHEN b:Document THEN b.id WHEN b:Passage OR b:Claim OR b:Evidence THEN b.documentId END AS ownerB
     WHERE (ownerA IS NOT NULL OR ownerB IS NOT NULL) AND NOT coalesce(ownerA, "") IN $replaced AND NOT coalesce(ownerB, "") IN $replaced
     RETURN a.id + ' -' + type(r) + '-> ' + b.id AS link ORDER BY link`,
    { replaced },
  );
  return rows.map((r) => r.link);
}

/** What each letter other than `replaced` owns, by document. */
async function contentOfOtherLetters(replaced: string[]) {
  return executor.read<{ id: string; passages: number; claims: number; evidence: number }>(
    `MATCH (d:Document) WHERE NOT d.id IN $replaced
     RETURN d.id AS id,
            COUNT { MATCH (p:Passage {documentId: d.id}) } AS passages,
            COUNT { MATCH (c:Claim {documentId: d.id}) } AS claims,
            COUNT { MATCH (e:Evidence {documentId: d.id}) } AS evidence
     ORDER BY id`,
    { replaced },
  );
}

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-shared-'));
  before = await counts();
});
afterAll(async () => {
  await executor.write(`MATCH (n) WHERE n.documentId STARTS WITH 'document:shared-' OR n.id STARTS WITH 'document:shared-' DETACH DELETE n`);
  await executor.write(`MATCH (s:Session) WHERE s.id STARTS WITH 'meeting:2024-07-09-washington/' DETACH DELETE s`);
  await executor.write(`MATCH (m:Meeting {id: 'meeting:2024-04-03-fmm'}) DETACH DELETE m`);
  fs.rmSync(dir, { recursive: true, force: true });
  await db.driver.close();
});

it('replacing one letter keeps every other letter’s links to the sessions and meetings they share, and removes what only it named', async () => {
  const files = Array.from({ length: 12 }, (_, n) => path.join(dir, `shared-${String(n).padStart(2, '0')}.txt`));
  files.forEach((file, n) => fs.writeFileSync(file, agenda(n, n === files.length - 1 ? ONLY_IN_ONE : '')));
  const first = await ingest(executor, files);
  expect(first.letters.map((l) => l.outcome)).toEqual(files.map(() => 'loaded'));

  // The last letter, loaded last, is the one every shared session was last written by.
  const last = first.letters[files.length - 1]!;
  const linksBefore = await linksOfOtherLetters([last.documentId!]);
  const contentBefore = await contentOfOtherLetters([last.documentId!]);
  const atSessions = linksBefore.filter((l) => l.includes(' -AT_SESSION-> '));
  expect(atSessions.length).toBeGreaterThanOrEqual(2 * (files.length - 1));
  expect(atSessions.some((l) => l.endsWith('/sessie-1-partners'))).toBe(true);
  expect(atSessions.some((l) => l.endsWith('/noord-atlantische-raad'))).toBe(true);

  // A corrected version: other words, and no longer the third session or the foreign ministers' meeting.
  fs.writeFileSync(files[files.length - 1]!, agenda(files.length - 1, '\nDe Top sluit af met een persconferentie.\n'));
  const second = await ingest(executor, files);
  expect(second.letters.map((l) => l.outcome)).toEqual([...files.slice(1).map(() => 'unchanged'), 'replaced']);
  const replaced = [last.documentId!, second.letters[files.length - 1]!.documentId!];

  expect(await linksOfOtherLetters(replaced)).toEqual(linksBefore);
  expect(await contentOfOtherLetters(replaced)).toEqual(contentBefore);

  // What only the replaced letter named has no letter left, and is gone.
  const [gone] = await executor.read<{ sessions: number; meetings: number }>(
    `RETURN COUNT { MATCH (s:Session {id: 'meeting:2024-07-09-washington/sessie-3-zuidflank'}) } AS sessions,
            COUNT { MATCH (m:Meeting {id: 'meeting:2024-04-03-fmm'}) } AS meetings`,
  );
  expect(gone).toEqual({ sessions: 0, meetings: 0 });

  // Each shared session is named by every letter, the new version included.
  const named = await executor.read<{ id: string; letters: number; attendances: number }>(
    `MATCH (s:Session) WHERE s.id STARTS WITH 'meeting:2024-07-09-washington/'
     RETURN s.id AS id, COUNT { (s)<-[:MENTIONS_SESSION]-() } AS letters, COUNT { (s)<-[:AT_SESSION]-() } AS attendances ORDER BY id`,
  );
  expect(named).toEqual([
    { id: 'meeting:2024-07-09-washington/noord-atlantische-raad', letters: files.length, attendances: files.length },
    { id: 'meeting:2024-07-09-washington/sessie-1-partners', letters: files.length, attendances: files.length },
  ]);
});

it('replacing a letter that names no session removes a meeting only it named', async () => {
  const washington = 'Hierbij bied ik u de geannoteerde agenda aan voor de NAVO-Top van 9 tot en met 11 juli 2024 in Washington.';
  const file = path.join(dir, 'shared-no-sessions.txt');
  fs.writeFileSync(file, `${washington}\n\nDe Top bouwt voort op de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 3 en 4 april 2024 in Brussel.\n`);
  expect((await ingest(executor, [file])).letters[0]).toMatchObject({ outcome: 'loaded' });
  const fmm = () => executor.read(`MATCH (m:Meeting {id: 'meeting:2024-04-03-fmm'}) RETURN m.id AS id`);
  expect(await fmm()).toHaveLength(1);

  fs.writeFileSync(file, `${washington}\n\nDe Minister-President is voornemens de Top bij te wonen.\n`);
  const report = await ingest(executor, [file]);
  expect(report.letters[0]).toMatchObject({ outcome: 'replaced' });
  expect(await fmm()).toEqual([]);
});

it('leaves the graph as it found it once the letters are removed', async () => {
  await executor.write(`MATCH (n) WHERE n.documentId STARTS WITH 'document:shared-' OR n.id STARTS WITH 'document:shared-' DETACH DELETE n`);
  await executor.write(`MATCH (s:Session) WHERE s.id STARTS WITH 'meeting:2024-07-09-washington/' DETACH DELETE s`);
  expect(await counts()).toEqual(before);
});
