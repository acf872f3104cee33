import { startTestService, type TestService } from '../support/service';

/**
 * Lists of claims and attendances bring their actors, topics, meetings,
 * offices and passages as partial rows, to carry less from Neo4j. Every
 * field must still answer exactly as the same item reached by its id does.
 */
let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.stop());

async function run(query: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await service.post(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

const ACTOR = `__typename id name aliases
  ... on Country { nameNl code natoMember natoAccession }
  ... on Organization { organizationNameNl: nameNl acronym }`;
const TOPIC = 'id name nameNl aliases';
const MEETING = 'id name nameNl kind startDate endDate city';
const PASSAGE = 'id index heading text start end';


it('a meeting’s decisions answer every field of their actors, topics, meeting and passages as the items themselves do', async () => {
  const data = await run(
    `query($meeting: ID!) { meeting(id: $meeting) { decisions(first: 100) { nodes {
      decidedBy { ${ACTOR} } topics { ${TOPIC} } meeting { ${MEETING} } evidence { passage { ${PASSAGE} } }
    } } } }`,
    { meeting: 'meeting:2021-06-14-brussels' },
  );
  const decisions = data.meeting.decisions.nodes;
  expect(decisions.length).toBeGreaterThan(0);
  const actor = decisions.flatMap((d: any) => d.decidedBy)[0];
  const topic = decisions.flatMap((d: any) => d.topics)[0];
  const passage = decisions.flatMap((d: any) => d.evidence)[0].passage;
  expect(passage.text.length).toBeGreaterThan(0);
  expect(actor).toEqual((await run(`query($id: ID!) { node(id: $id) { ... on Actor { ${ACTOR} } } }`, { id: actor.id })).node);
  expect(topic).toEqual((await run(`query($id: ID!) { topic(id: $id) { ${TOPIC} } }`, { id: topic.id })).topic);
  expect(decisions[0].meeting).toEqual((await run(`query($id: ID!) { meeting(id: $id) { ${MEETING} } }`, { id: decisions[0].meeting.id })).meeting);
  expect(passage).toEqual((await run(`query($id: ID!) { node(id: $id) { ... on Passage { ${PASSAGE} } } }`, { id: passage.id })).node);
});

it('an attendance answers every field of its person, meeting and office as the items themselves do', async () => {
  const data = await run(
    `query { person(id: "person:rutte") { attendances { person { id name aliases } meeting { ${MEETING} } officeTerm { office { id title aliases } holder { id name aliases } } } } }`,
  );
  const attendance = data.person.attendances[0];
  expect(attendance.officeTerm).not.toBeNull();
  const person = (await run('query { person(id: "person:rutte") { id name aliases } }')).person;
  expect(attendance.person).toEqual(person);
  expect(attendance.officeTerm.holder).toEqual(person);
  expect(attendance.meeting).toEqual((await run(`query($id: ID!) { meeting(id: $id) { ${MEETING} } }`, { id: attendance.meeting.id })).meeting);
  expect(attendance.officeTerm.office).toEqual((await run('query($id: ID!) { node(id: $id) { ... on Office { id title aliases } } }', { id: attendance.officeTerm.office.id })).node);
});

it('a list brings the related lists asked for through fragments and aliases as when they are asked for directly', async () => {
  const data = await run(
    `query($meeting: ID!) { meeting(id: $meeting) {
      direct: decisions(first: 100) { nodes { id evidence { quote document { id } } topics { id } decidedBy { id } } }
      throughFragments: decisions(first: 100) { edges { node { id ...Claim } } }
      idsOnly: decisions(first: 100) { nodes { id } }
      attendances { status ...Attendance }
      plainAttendances: attendances { status document { id } summary officeTerm { title } session { id } evidence { quote } }
    } }
    fragment Claim on Claim { ... on Decision { evidence { quote document { id } } topics { id } decidedBy { id } } }
    fragment Attendance on Attendance { document { id } summary officeTerm { title } session { id } evidence { quote } }`,
    { meeting: 'meeting:2021-06-14-brussels' },
  );
  const { direct, throughFragments, idsOnly, attendances, plainAttendances } = data.meeting;
  expect(direct.nodes.length).toBeGreaterThan(0);
  expect(direct.nodes.some((d: any) => d.evidence.length > 0 && d.topics.length > 0)).toBe(true);
  expect(throughFragments.edges.map((e: any) => e.node)).toEqual(direct.nodes);
  expect(idsOnly.nodes).toEqual(direct.nodes.map((d: any) => ({ id: d.id })));
  expect(attendances.length).toBeGreaterThan(0);
  expect(attendances).toEqual(plainAttendances);
});
