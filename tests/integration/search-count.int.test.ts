import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { Q } from '../../src/api/resolvers/shared';
import { startTestService, type TestService } from '../support/service';
import { testConfig } from '../support/test-env';

/**
 * A search with no conditions on the letters asks the full-text index for a
 * limited number of hits, so that a common word does not make every hit be
 * read. The page must be the one the full count gives, and the total exact
 * whenever fewer hits match than the limit.
 */
let db: Database;
let executor: Executor;
let service: TestService;

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
  await db.driver.close();
});

type SearchPage = { totalCount: number; lowestScore: number | null; items: { score: number; passage: { id: string } }[] };

async function searchPage(text: string, countLimit: number | null): Promise<SearchPage> {
  const [page] = await executor.read<SearchPage>(Q.searchPage, { text, kinds: null, from: null, to: null, documentId: null, offset: 0, limit: 5, countLimit });
  return page;
}

it('counts no more hits than the limit, and the page is the one the full count gives', async () => {
  const all = await searchPage('NAVO', null);
  expect(all.totalCount).toBeGreaterThan(8);
  const limited = await searchPage('NAVO', 8);
  expect(limited.totalCount).toBe(8);
  expect(limited.lowestScore).toBeGreaterThanOrEqual(all.lowestScore!);
  // The page is the same as long as no hit on it is tied with the last one counted (the API then counts them all).
  expect(limited.items.every((hit) => hit.score > limited.lowestScore!)).toBe(true);
  expect(limited.items.map((hit) => hit.passage.id)).toEqual(all.items.map((hit) => hit.passage.id));
});

it('reports an exact total when fewer passages match than the limit, with or without conditions on the letters', async () => {
  const query = `query($text: String!, $where: SearchWhere) { search(text: $text, where: $where, first: 5) { totalCount totalCountIsExact } }`;
  const plain = await service.post(query, { text: 'NAVO' });
  const reports = await service.post(query, { text: 'NAVO', where: { kinds: ['REPORT'] } });
  expect(plain.body.errors).toBeUndefined();
  expect(plain.body.data.search).toEqual({ totalCount: (await searchPage('NAVO', null)).totalCount, totalCountIsExact: true });
  expect(reports.body.data.search.totalCountIsExact).toBe(true);
  expect(reports.body.data.search.totalCount).toBeLessThan(plain.body.data.search.totalCount);
});
