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
  it('places who came to a session at that session: the Ukrainian president at the NATO-Ukraine Commission in Vilnius', async () => {
    const { body } = await service.post(`{
      meeting(id: "meeting:2023-07-11-vilnius") {
        sessions { id attendances { actor { id } status session { id } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const commission = body.data.meeting.sessions.find((s: any) => s.id === 'meeting:2023-07-11-vilnius/nato-ukraine-commission');
    expect(commission.attendances).toEqual([{ actor: { id: 'person:zelensky' }, status: 'INVITED', session: { id: commission.id } }]);
  });

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

describe('OpenDoorEvolution', () => {
  it('runs from Bucharest 2008 to Vilnius 2023, oldest first, naming who held each position', async () => {
    const data = await run('OpenDoorEvolution');
    const entries = data.timeline.nodes;
    expect(data.timeline.totalCount).toBe(entries.length);
    const dates = entries.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(entries[0].meeting.id).toBe('meeting:2008-04-02-bucharest');
    expect(entries[entries.length - 1].meeting.id).toBe('meeting:2023-07-11-vilnius');
    expect(entries.map((e: any) => e.meeting?.id)).toEqual(expect.arrayContaining(['meeting:2021-06-14-brussels']));
    const holders = new Set(entries.flatMap((e: any) => e.actors.map((a: any) => a.id)));
    expect([...holders]).toEqual(expect.arrayContaining(['org:nato', 'country:NLD']));
    for (const entry of entries) {
      expect(entry.subjects.map((s: any) => s.id).some((id: string) => id === 'country:UKR' || id === 'country:GEO')).toBe(true);
      expect(entry.summary).toMatch(/^[A-Z].*\.$/);
      for (const e of entry.evidence) await expectEvidenceInLetter(e);
    }
  });

  it('tells what an agenda says the Netherlands will argue (EXPECTED) from positions held (TAKEN), and filters on it', async () => {
    const timeline = (status: string) =>
      service.post(`{ timeline(topic: "open-door", ${status} first: 100) { totalCount nodes { kind status evidence { quote document { id } } } } }`);
    const all = (await timeline('')).body.data.timeline.nodes;
    const expected = all.filter((e: any) => e.status === 'EXPECTED');
    expect(expected.length).toBeGreaterThan(0);
    for (const entry of expected) {
      expect(entry.evidence[0].quote).toMatch(/\bzal\b|\bzullen\b/);
      expect(entry.evidence[0].document.id).not.toBe('document:kst-28676-372');
    }
    expect(all.filter((e: any) => e.kind === 'STANCE' && e.status === 'TAKEN').length).toBeGreaterThan(0);
    const { body } = await timeline('status: EXPECTED,');
    expect(body.errors).toBeUndefined();
    expect(body.data.timeline.totalCount).toBe(expected.length);
  });

  it('takes the topic and the subjects by id, English or Dutch name alike', async () => {
    const byName = await run('OpenDoorEvolution');
    const query = operations.OpenDoorEvolution.replace('topic: "open-door", subjects: ["Ukraine", "Georgia"]', 'topic: "open-deurbeleid", subjects: ["Oekraïne", "country:GEO"]');
    const { body } = await service.post(query);
    expect(body.data.timeline.totalCount).toBe(byName.timeline.totalCount);
  });
});

describe('DecisionsAtMeeting', () => {
  it('lists what was decided at a summit and what the agenda expected, by whom, on what, with the evidence', async () => {
    const data = await run('DecisionsAtMeeting', { meeting: 'meeting:2021-06-14-brussels' });
    const decisions = data.meeting.decisions.nodes;
    expect(data.meeting).toMatchObject({ id: 'meeting:2021-06-14-brussels', startDate: '2021-06-14' });
    expect(data.meeting.decisions.totalCount).toBe(decisions.length);
    const statuses = new Set(decisions.map((d: any) => d.status));
    expect(statuses).toEqual(new Set(['TAKEN', 'EXPECTED']));
    const taken = decisions.filter((d: any) => d.status === 'TAKEN');
    expect(taken.every((d: any) => d.evidence[0].document.id === 'document:kst-28676-372')).toBe(true);
    const topics = new Set(decisions.flatMap((d: any) => d.topics.map((t: any) => t.id)));
    expect([...topics]).toEqual(expect.arrayContaining(['topic:nato-2030', 'topic:strategic-concept', 'topic:climate-security']));
    expect(decisions.every((d: any) => d.decidedBy.length > 0 && /^decision:/.test(d.id))).toBe(true);
    for (const d of decisions) for (const e of d.evidence) await expectEvidenceInLetter(e);
  });

  it('attributes the foreign ministers’ decisions of 20 November 2019 to their meeting, not to London', async () => {
    const fmm = await run('DecisionsAtMeeting', { meeting: 'meeting:2019-11-20-fmm' });
    const fmmQuotes = fmm.meeting.decisions.nodes.map((d: any) => d.evidence[0].quote).join(' ');
    expect(fmmQuotes).toMatch(/operationeel domein/);
    expect(fmmQuotes).toMatch(/Roadmap is goedgekeurd/);
    expect(fmm.meeting.decisions.nodes.flatMap((d: any) => d.topics.map((t: any) => t.id))).toContain('topic:space');
    const london = await run('DecisionsAtMeeting', { meeting: 'meeting:2019-12-03-london' });
    const londonQuotes = london.meeting.decisions.nodes.map((d: any) => d.evidence[0].quote).join(' ');
    expect(londonQuotes).not.toMatch(/operationeel domein/);
  });
});

describe('links between claims', () => {
  it('leads from a decision an agenda expected to the one the report says was taken, and back', async () => {
    const { body } = await service.post(`{
      meeting(id: "meeting:2021-06-14-brussels") {
        decisions(where: { status: EXPECTED }, first: 100) { nodes { id takenAs { id status meeting { id } expectedAs { status } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const linked = body.data.meeting.decisions.nodes.filter((d: any) => d.takenAs);
    expect(linked.length).toBeGreaterThan(0);
    for (const d of linked) {
      expect(d.takenAs).toMatchObject({ status: 'TAKEN', meeting: { id: 'meeting:2021-06-14-brussels' } });
      expect(d.takenAs.expectedAs.length).toBeGreaterThan(0);
      expect(d.takenAs.expectedAs.every((e: { status: string }) => e.status === 'EXPECTED')).toBe(true);
    }
  });

  it('leads from the Brussels 2021 reaffirmation to the Bucharest 2008 decision it reaffirms', async () => {
    const { body } = await service.post(`{
      decisions(where: { topic: "topic:open-door", meeting: "meeting:2021-06-14-brussels" }) { nodes { kind reaffirms { meeting { id } } } }
    }`);
    const reaffirmed = body.data.decisions.nodes.flatMap((d: any) => d.reaffirms.map((r: any) => r.meeting.id));
    expect(reaffirmed).toContain('meeting:2008-04-02-bucharest');
  });
});

describe('DecisionsOnTopic', () => {
  it('lists every decision on a topic across meetings, oldest first', async () => {
    const data = await run('DecisionsOnTopic', { topic: 'topic:open-door' });
    const decisions = data.decisions.nodes;
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    const dates = decisions.map((d: any) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(decisions[0].meeting).toMatchObject({ id: 'meeting:2008-04-02-bucharest', city: 'Bucharest' });
    expect(decisions.map((d: any) => d.meeting.id)).toContain('meeting:2021-06-14-brussels');
    expect(decisions.every((d: any) => d.decidedBy.some((a: any) => a.name === 'North Atlantic Treaty Organization'))).toBe(true);
  });

  it('accepts the topic by its Dutch or English name, and rejects an unknown one naming the argument', async () => {
    const byId = await run('DecisionsOnTopic', { topic: 'topic:open-door' });
    expect((await run('DecisionsOnTopic', { topic: 'Open Door Policy' })).decisions.totalCount).toBe(byId.decisions.totalCount);
    expect((await run('DecisionsOnTopic', { topic: 'open-deurbeleid' })).decisions.totalCount).toBe(byId.decisions.totalCount);
    const { body } = await service.post(operations.DecisionsOnTopic, { topic: 'no such topic' });
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'where.topic' } });
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

describe('node(id)', () => {
  it('fetches every kind of node by the id the API gave out', async () => {
    const { body } = await service.post(`{
      meeting(id: "meeting:2021-06-14-brussels") {
        id sessions { id } documents { id passages(first: 1) { nodes { id } } }
        attendances { id actor { id } officeTerm { office { id } } }
        decisions(first: 1) { nodes { id topics { id } } }
        stances(first: 1) { nodes { id } }
      }
      commitments(first: 1) { nodes { id } }
      people(where: { name: "Rutte" }) { nodes { id } }
      countries(where: { name: "Oekraïne" }) { nodes { id } }
      vilnius: meeting(id: "meeting:2023-07-11-vilnius") { sessions { id organization { id } } }
      organizations(where: { name: "NAVO" }) { nodes { id } }
      groups(where: { name: "AP4" }) { nodes { id } }
    }`);
    expect(body.errors).toBeUndefined();
    const m = body.data.meeting;
    const ids: Record<string, string> = {
      Meeting: m.id,
      Document: m.documents[0].id,
      Passage: m.documents[0].passages.nodes[0].id,
      Attendance: m.attendances[0].id,
      Person: m.attendances[0].actor.id,
      Office: m.attendances[0].officeTerm.office.id,
      Decision: m.decisions.nodes[0].id,
      Topic: m.decisions.nodes[0].topics[0].id,
      Stance: m.stances.nodes[0].id,
      Commitment: body.data.commitments.nodes[0].id,
      Country: body.data.countries.nodes[0].id,
      Organization: body.data.organizations.nodes[0].id,
      Group: body.data.groups.nodes[0].id,
      Session: body.data.vilnius.sessions[0].id,
    };
    expect(body.data.vilnius.sessions.map((s: any) => s.organization?.id)).toContain('org:nato-ukraine-commission');
    expect(ids.Country).toBe('country:UKR');
    expect(ids.Organization).toBe('org:nato');
    expect(ids.Group).toBe('group:ap4');
    for (const [type, id] of Object.entries(ids)) {
      const { body: found } = await service.post('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(found.data.node).toEqual({ __typename: type, id });
    }
    // A claim reached by its id answers all its fields, as it does in a list.
    const { body: claims } = await service.post(
      `query($attendance: ID!, $decision: ID!) {
        a: node(id: $attendance) { ... on Attendance { status summary actor { id } meeting { id } document { id } evidence { quote document { id } } } }
        d: node(id: $decision) { ... on Decision { summary decidedBy { id } meeting { id } topics { id } document { id } evidence { quote } } }
      }`,
      { attendance: ids.Attendance, decision: ids.Decision },
    );
    expect(claims.errors).toBeUndefined();
    expect(claims.data.a.actor.id).toBe(ids.Person);
    expect(claims.data.a.evidence[0].quote.length).toBeGreaterThan(10);
    expect(claims.data.d.meeting.id).toBe('meeting:2021-06-14-brussels');
  });
});

describe('filters', () => {
  it('narrows meetings by kind and date range, and decisions by status and subject', async () => {
    const { body } = await service.post(`{
      ministerials: meetings(where: { kinds: [FOREIGN_MINISTERS_MEETING] }) { nodes { kind } }
      in2021: meetings(where: { from: "2021-01-01", to: "2021-12-31" }) { nodes { startDate } }
      expected: decisions(where: { status: EXPECTED }, first: 100) { nodes { status } }
      aboutUkraine: decisions(where: { subject: "Oekraïne" }, first: 100) { nodes { subjects { id } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.ministerials.nodes.length).toBeGreaterThan(0);
    expect(body.data.ministerials.nodes.every((n: any) => n.kind === 'FOREIGN_MINISTERS_MEETING')).toBe(true);
    expect(body.data.in2021.nodes.every((n: any) => n.startDate.startsWith('2021'))).toBe(true);
    expect(body.data.expected.nodes.length).toBeGreaterThan(0);
    expect(body.data.expected.nodes.every((n: any) => n.status === 'EXPECTED')).toBe(true);
    expect(body.data.aboutUkraine.nodes.every((n: any) => n.subjects.some((s: any) => s.id === 'country:UKR'))).toBe(true);
  });

  it('rejects a malformed date naming the problem', async () => {
    const { body } = await service.post('{ meetings(where: { from: "14 juni 2021" }) { totalCount } }');
    expect(body.errors[0].extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(body.errors[0].message).toMatch(/YYYY-MM-DD/);
  });
});

describe('limits', () => {
  it('rejects an operation nested too deep, with a code and what to change', async () => {
    const deep = '{ meetings { nodes { decisions { nodes { reaffirms { reaffirms { reaffirms { reaffirms { reaffirms { reaffirms { id } } } } } } } } } } }';
    const { body } = await service.post(deep);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors[0].message).toMatch(/split it/);
  });

  it('rejects an operation that may return too many items', async () => {
    const costly = '{ meetings(first: 100) { nodes { decisions(first: 100) { nodes { topics { decisions(first: 100) { nodes { id } } } } } } } }';
    const { body } = await service.post(costly);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });
});

describe('operators', () => {
  it('answers /health and /ready', async () => {
    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, neo4j: 'reachable', schema: 'applied' });
  });
});

describe('the playground', () => {
  it('is served by the service itself, with every file it loads, and the journeys as tabs', async () => {
    const page = await fetch(`${service.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((s) => !s.startsWith('data:'));
    expect(sources.length).toBeGreaterThanOrEqual(5);
    // Offline: nothing comes from another host.
    expect(sources.every((s) => s.startsWith('/'))).toBe(true);
    for (const source of sources) expect((await fetch(`${service.url}${source}`)).status).toBe(200);
    const start = await (await fetch(`${service.url}/playground/start.js`)).text();
    for (const name of Object.keys(operations)) expect(start).toContain(`query ${name}`);
    expect(start).toContain('meeting:2021-06-14-brussels');
  });

  it('opens for a browser that asks for /graphql, while programs get GraphQL there', async () => {
    const browser = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(browser.headers.get('content-type')).toMatch(/text\/html/);
    const program = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await program.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

