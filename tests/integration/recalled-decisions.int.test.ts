import path from 'node:path';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { loadLetter } from '../../src/ingest/load';
import { letterGraph } from '../../src/ingest/pipeline';
import { NameIndex, loadReferenceData } from '../../src/reference';
import { testConfig } from '../support/test-env';

// A decision an earlier meeting took and several letters recall (Bucharest 2008 on Ukraine and Georgia)
// is one node, with the evidence of each letter; replacing one of those letters keeps what the others say.
// The seed letters are loaded back as they were at the end.
let db: Database;
let executor: Executor;
const reference = loadReferenceData();
const names = new NameIndex(reference);
const seed = (file: string) => letterGraph(path.join(__dirname, '..', '..', 'seeds', file), names, reference);

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
});
afterAll(async () => {
  for (const file of ['002_5cb756d8efa1d900.txt', '003_cd6cc0e004d35c7e.txt']) await loadLetter(executor, seed(file), { force: true });
  await db.driver.close();
});

const RECALLED = `
  MATCH (c:Decision {recalled: true})-[:AT]->(:Meeting {id: 'meeting:2008-04-02-bucharest'})
  WHERE EXISTS { (c)-[:CONCERNS]->(:Country {id: 'country:UKR'}) } AND EXISTS { (c)-[:CONCERNS]->(:Country {id: 'country:GEO'}) }
  RETURN c.id AS id, c.documentIds AS documentIds, c.what AS what, c.summary AS summary,
         [(c)-[:SUPPORTED_BY]->(e)-[:IN_DOCUMENT]->(d) | d.id] AS evidenceFrom,
         COUNT { (c)-[:CONCERNS]->() } AS subjectLinks, size(collect { MATCH (c)-[:CONCERNS]->(s) RETURN DISTINCT s }) AS subjects`;

async function recalled() {
  return executor.read<{ id: string; documentIds: string[]; what: string | null; summary: string; evidenceFrom: string[]; subjectLinks: number; subjects: number }>(RECALLED);
}

it('is one node with evidence from every letter that recalls it, each link once', async () => {
  const rows = await recalled();
  expect(rows).toHaveLength(1);
  const [decision] = rows;
  expect(decision.evidenceFrom.length).toBeGreaterThanOrEqual(2);
  expect(new Set(decision.evidenceFrom).size).toBe(decision.evidenceFrom.length);
  expect(new Set(decision.documentIds)).toEqual(new Set(decision.evidenceFrom));
  expect(decision.subjectLinks).toBe(decision.subjects);
  // One of the seed letters only names the decision, another says what it was: the node says what.
  expect(decision.what).toMatch(/lid zullen worden van de NAVO/);
  expect(decision.summary).toContain(`«${decision.what}»`);
});

it('appears once on the open-door timeline', async () => {
  const rows = await executor.read<{ ids: string[] }>(
    `MATCH (c:Decision)-[:AT]->(:Meeting {id: 'meeting:2008-04-02-bucharest'}), (c)-[:ON_TOPIC]->(:Topic {id: 'topic:open-door'})
     RETURN collect(c.id) AS ids`,
  );
  expect(rows[0].ids).toHaveLength(new Set(rows[0].ids).size);
  expect(rows[0].ids.filter((id) => id.startsWith('decision:2008-04-02-bucharest/'))).toHaveLength(1);
});

it('keeps what the other letters say when one letter that recalls it is replaced, and goes when none recalls it', async () => {
  const [before] = await recalled();
  const [first, second] = before.documentIds;
  const withoutIt = (file: string) => {
    const graph = seed(file);
    return { ...graph, document: { ...graph.document, sha256: `${graph.document.sha256}-changed` }, decisions: graph.decisions.filter((d) => d.id !== before.id) };
  };
  const fileOf = (documentId: string) => (documentId.includes('kst-28676-439') ? '003_cd6cc0e004d35c7e.txt' : '002_5cb756d8efa1d900.txt');

  await loadLetter(executor, withoutIt(fileOf(first)));
  const [kept] = await recalled();
  expect(kept.id).toBe(before.id);
  expect(kept.documentIds).toEqual([second]);
  expect(kept.evidenceFrom).toEqual([second]);

  await loadLetter(executor, withoutIt(fileOf(second)));
  expect(await recalled()).toEqual([]);
  const evidence = await executor.read<{ n: number }>(`MATCH (e:Evidence) WHERE e.id STARTS WITH $id RETURN count(e) AS n`, { id: before.id });
  expect(Number(evidence[0].n)).toBe(0);
});
