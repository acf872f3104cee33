import { normalize } from '../../src/ingest/normalize';
import { foldQuote, readsAs } from '../support/gold';
import { journeys, seedText, startTestService, type TestService } from '../support/service';

/**
 * The contract's journeys, run over HTTP against the service on the ingested
 * seed letters: the facts, the ordering, and that every evidence quote is
 * found at its offsets in the original letter.
 */
let service: TestService;
const operations = journeys();

beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.stop());

async function run(name: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await service.post(operations[name], variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

const fileNameOf = new Map<string, string>();

/** Asserts the quote reads as the original slice does once line breaks, hyphenation and markup are folded away. */
async function expectEvidenceInLetter(evidence: { quote: string; start: number; end: number; document: { id: string } }) {
  if (!fileNameOf.has(evidence.document.id)) {
    const { body } = await service.post('query($id: ID!) { document(id: $id) { fileName } }', { id: evidence.document.id });
    fileNameOf.set(evidence.document.id, body.data.document.fileName);
  }
  const original = seedText(fileNameOf.get(evidence.document.id)!);
  expect(evidence.end).toBeGreaterThan(evidence.start);
  expect(readsAs(original, evidence.start, evidence.end, normalize)).toBe(foldQuote(evidence.quote));
}

describe('SummitAttendance', () => {
  it('lists summits and leaders’ meetings oldest first, with who came in what office, and where the letter says so', async () => {
    const data = await run('SummitAttendance');
    const meetings = data.meetings.nodes;
    expect(data.meetings.totalCount).toBeGreaterThanOrEqual(meetings.length);
    expect(meetings.every((m: any) => ['SUMMIT', 'LEADERS_MEETING'].includes(m.kind))).toBe(true);
    const dates = meetings.map((m: any) => m.startDate);
    expect(dates).toEqual([...dates].sort());

    const brussels = meetings.find((m: any) => m.id === 'meeting:2021-06-14-brussels');
    expect(brussels).toMatchObject({ city: 'Brussels', startDate: '2021-06-14', endDate: '2021-06-14', kind: 'SUMMIT' });
    const attended = brussels.attendances.filter((a: any) => a.status === 'ATTENDED');
    expect(attended.map((a: any) => a.person?.id).sort()).toEqual(expect.arrayContaining(['person:bijleveld', 'person:kaag', 'person:rutte']));
    const rutte = attended.find((a: any) => a.person?.id === 'person:rutte');
    expect(rutte.office).toBe('Minister-President');
    expect(rutte.evidence[0].document).toMatchObject({ id: 'document:kst-28676-372', kamerstuk: '28 676, nr. 372', date: '2021-06-25' });

    const vilnius = meetings.find((m: any) => m.id === 'meeting:2023-07-11-vilnius');
    const planned = vilnius.attendances.filter((a: any) => a.status === 'PLANNED').map((a: any) => a.person?.id);
    expect(planned).toEqual(expect.arrayContaining(['person:rutte', 'person:hoekstra', 'person:ollongren']));
    const sweden = vilnius.attendances.find((a: any) => a.status === 'INVITED' && a.evidence[0].quote.includes('Zweden'));
    expect(sweden).toBeDefined();

    for (const meeting of meetings) for (const attendance of meeting.attendances) for (const e of attendance.evidence) await expectEvidenceInLetter(e);
  });
});

describe('MinisterTrail', () => {
  it('finds a minister by surname, with the offices held and the meetings attended', async () => {
    const data = await run('MinisterTrail', { name: 'Kaag' });
    expect(data.people.totalCount).toBe(1);
    const kaag = data.people.nodes[0];
    expect(kaag.id).toBe('person:kaag');
    expect(kaag.offices).toEqual(expect.arrayContaining([{ title: 'Minister of Foreign Affairs', from: '2021-05-25', to: '2021-09-17' }]));
    expect(kaag.attendances).toEqual(
      expect.arrayContaining([
        { status: 'ATTENDED', office: 'Minister of Foreign Affairs', meeting: { id: 'meeting:2021-06-14-brussels', name: expect.any(String), kind: 'SUMMIT', startDate: '2021-06-14', city: 'Brussels' } },
      ]),
    );
  });

  it('accepts an id or a full name, and answers an unknown name with an empty list', async () => {
    expect((await run('MinisterTrail', { name: 'person:rutte' })).people.nodes[0].id).toBe('person:rutte');
    expect((await run('MinisterTrail', { name: 'Mark Rutte' })).people.nodes[0].id).toBe('person:rutte');
    expect((await run('MinisterTrail', { name: 'Nobody Atall' })).people).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('Search', () => {
  it('finds passages by Dutch words and by the English name of what they mention', async () => {
    const dutch = await run('Search', { text: 'Oekraïne' });
    const english = await run('Search', { text: 'Ukraine' });
    expect(dutch.search.totalCount).toBeGreaterThan(0);
    expect(english.search.totalCount).toBeGreaterThan(0);
    const hit = english.search.nodes[0];
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.passage.id).toMatch(/^document:.+\/p\d+$/);
    expect(hit.document.id).toMatch(/^document:/);
  });

  it('answers a malformed search with BAD_USER_INPUT naming the argument', async () => {
    const { body } = await service.post(operations.Search, { text: '"unclosed AND (' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/^text:/);
  });
});

describe('paging and limits', () => {
  it('round-trips cursors and counts the whole list', async () => {
    const query = 'query($after: String) { meetings(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';
    const first = (await service.post(query)).body.data.meetings;
    const second = (await service.post(query, { after: first.pageInfo.endCursor })).body.data.meetings;
    const all = (await service.post('{ meetings(first: 100) { totalCount nodes { id } } }')).body.data.meetings;
    expect(first.totalCount).toBe(all.totalCount);
    expect([...first.nodes, ...second.nodes].map((n: any) => n.id)).toEqual(all.nodes.slice(0, 4).map((n: any) => n.id));
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects first above 100, naming the argument', async () => {
    const { body } = await service.post('{ meetings(first: 101) { totalCount } }');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/^first:/);
  });

  it('answers an unknown id with null and no error', async () => {
    const { body } = await service.post('{ meeting(id: "meeting:1900-01-01-nowhere") { id } node(id: "person:nobody") { id } }');
    expect(body).toEqual({ data: { meeting: null, node: null } });
  });
});
