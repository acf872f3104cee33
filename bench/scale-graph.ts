/**
 * A deterministic generator of graph data at scale, for the scale benchmark.
 *
 * Loading a million claims through the letter pipeline would take hours, so
 * the generator writes the graph directly, with batched UNWIND statements
 * (bench/cypher/scale/), in exactly the shape cypher/ingest/ writes: the same
 * labels, relationship types, properties and ids (see docs/ids-and-model.md).
 *
 * Its shape, for a budget of claims on top of what the graph already holds
 * (the seed letters):
 * - one generated meeting (kind OTHER, `meeting:<date>-scale-<n>`, held in a
 *   reference country) per 40 claims, with one report letter about it
 *   (`document:scale-<n>`, signed by a generated person) whose passages
 *   (4 claims each, plus an opening line) carry the evidence;
 * - per meeting: 16 attendances by generated people, 10 decisions by NATO or
 *   an ally, 6 commitments and 8 stances by allies; each decision, commitment
 *   and stance on a generated topic and about a reference country;
 * - one generated person (`person:scale-<n>`) per 20 attendances, one
 *   generated topic (`topic:scale-<n>`) per 300 other claims, so fan-out per
 *   person, topic and meeting stays the same at every size;
 * - fixed extras around what the graph already held, the same at every size:
 *   each existing meeting gains 2 attendances, a decision and a stance; each
 *   person who attended something gains 2 attendances at generated meetings;
 *   each topic with claims gains a decision and a stance (about a country
 *   its claims already concern), so a journey's answer for a seed meeting,
 *   person or topic is a little larger than over the seeds alone, and the
 *   same whatever the size of the graph around it.
 * Reference countries are shared by everything (they are the real allies), so
 * their neighbourhoods grow with the graph.
 */
import { requireStatements, cypherCatalog } from '../src/db/cypher-catalog';
import type { Executor } from '../src/db/executor';
import { pipelineFingerprint } from '../src/ingest/fingerprint';
import { PROJECT_ROOT } from '../src/config';
import path from 'node:path';
import { prng } from './generate-letters';

const STATEMENTS = requireStatements(
  {
    anchors: 'scale/anchors',
    createPeople: 'scale/create-people',
    createTopics: 'scale/create-topics',
    createMeetings: 'scale/create-meetings',
    createDocuments: 'scale/create-documents',
    createPassages: 'scale/create-passages',
    createClaims: 'scale/create-claims',
    deleteGenerated: 'scale/delete-generated',
    graphSize: 'scale/graph-size',
  },
  cypherCatalog(path.join(PROJECT_ROOT, 'bench', 'cypher')),
);

/** Claims per generated meeting, by kind, in this order. */
const CLAIMS_PER_MEETING = { attendances: 16, decisions: 10, commitments: 6, stances: 8 } as const;
const MEETING_CLAIMS = 40;
const CLAIMS_PER_PASSAGE = 4;
const ATTENDANCES_PER_PERSON = 20;
const CLAIMS_PER_TOPIC = 300;
/** Rows per write statement. */
export const BATCH_ROWS = 10_000;

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

const FIRST_NAMES = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Frank', 'Greet', 'Hans', 'Iris', 'Joost', 'Karin', 'Lars', 'Maaike', 'Niels', 'Olga', 'Pieter'];
const SURNAMES = ['Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit'];
const CITIES = [
  ['Brussels', 'Brussel'],
  ['Madrid', 'Madrid'],
  ['Rome', 'Rome'],
  ['Warsaw', 'Warschau'],
  ['Oslo', 'Oslo'],
  ['Vilnius', 'Vilnius'],
  ['Lisbon', 'Lissabon'],
  ['Prague', 'Praag'],
] as const;
const OFFICE_TITLES = ['Minister of Foreign Affairs', 'Minister of Defence', 'Minister-President', 'Permanent Representative to NATO'];
const DECISION_KINDS = ['DECISION', 'ADOPTION', 'ENDORSEMENT', 'AGREEMENT', 'TASKING', 'REAFFIRMATION'];

interface Anchors {
  meetings: Array<{ id: string; startDate: string }>;
  attendees: string[];
  topics: Array<{ id: string; name: string; nameNl: string | null; subjects: string[] }>;
  countries: Array<{ id: string; name: string; nameNl: string | null }>;
  offices: Array<{ id: string; title: string }>;
  claimIds: string[];
}

/** The fixed extras: claims at what the graph already held, assigned to generated letters. */
interface Extra {
  label: 'Attendance' | 'Decision' | 'Stance';
  meetingId: string | null;
  meetingDate: string | null;
  personId: string | null;
  topic: Anchors['topics'][number] | null;
  subjectId: string | null;
}

function extrasAround(anchors: Anchors): Extra[] {
  const none = { meetingId: null, meetingDate: null, personId: null, topic: null, subjectId: null };
  const extras: Extra[] = [];
  for (const m of anchors.meetings) {
    const at = { ...none, meetingId: m.id, meetingDate: m.startDate };
    extras.push({ ...at, label: 'Attendance' }, { ...at, label: 'Attendance' }, { ...at, label: 'Decision' }, { ...at, label: 'Stance' });
  }
  for (const personId of anchors.attendees) extras.push({ ...none, label: 'Attendance', personId }, { ...none, label: 'Attendance', personId });
  for (const topic of anchors.topics) {
    const subjectId = topic.subjects[0] ?? null;
    extras.push({ ...none, label: 'Decision', topic, subjectId }, { ...none, label: 'Stance', topic, subjectId: topic.subjects[1] ?? subjectId });
  }
  return extras;
}

export interface GeneratedCounts {
  claims: number;
  extras: number;
  meetings: number;
  documents: number;
  passages: number;
  people: number;
  topics: number;
}

function isoDay(base: string, days: number): string {
  return new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Rows for one generated meeting and its letter: the meeting, the document, passages and claims. */
function unitRows(unit: number, claimCount: number, extras: Extra[], ctx: { rng: Rng; anchors: Anchors; people: number; topics: number; pipeline: string }) {
  const { rng, anchors } = ctx;
  const startDate = isoDay('1990-01-01', Math.floor(rng() * 40 * 365));
  const [city, cityNl] = pick(rng, CITIES);
  const meetingId = `meeting:${startDate}-scale-${unit}`;
  const name = `Scale meeting ${unit}`;
  const nameNl = `Schaalbijeenkomst ${unit}`;
  const meeting = {
    countryId: pick(rng, anchors.countries).id,
    props: { id: meetingId, kind: 'OTHER', name, nameNl, startDate, endDate: startDate, city, cityNl, datesInferred: false, aliasText: [name, nameNl, city].join(' | ') },
  };
  const documentId = `document:scale-${unit}`;
  const slug = `scale-${unit}`;
  const signatoryId = `person:scale-${unit % ctx.people}`;
  const personName = (n: number) => `${FIRST_NAMES[n % FIRST_NAMES.length]} ${SURNAMES[Math.floor(n / FIRST_NAMES.length) % SURNAMES.length]}`;
  const topicOf = (n: number) => ({ id: `topic:scale-${n}`, nameNl: `schaalthema ${n}` });

  // Each claim: its row without passage and offsets, and the sentence that says it.
  const claims: Array<{ label: string; sentence: string; row: Record<string, unknown> }> = [];
  const claimAt = (label: string, sentence: string, props: Record<string, unknown>, links: Record<string, unknown>) =>
    claims.push({ label, sentence, row: { label, props, meetingId: links.meetingId ?? meetingId, by: [], decidedBy: [], topics: [], subjects: [], offices: [], ...links } });
  const regular = [
    ...Array(CLAIMS_PER_MEETING.attendances).fill('Attendance'),
    ...Array(CLAIMS_PER_MEETING.decisions).fill('Decision'),
    ...Array(CLAIMS_PER_MEETING.commitments).fill('Commitment'),
    ...Array(CLAIMS_PER_MEETING.stances).fill('Stance'),
  ] as string[];
  const kinds = [...regular.slice(0, claimCount).map((label) => ({ label, extra: null as Extra | null })), ...extras.map((extra) => ({ label: extra.label, extra }))];
  for (const { label, extra } of kinds) {
    const date = extra?.meetingDate ?? startDate;
    const at = extra?.meetingId ?? meetingId;
    const country = pick(rng, anchors.countries);
    const subjectId = extra?.subjectId ?? pick(rng, anchors.countries).id;
    const subject = anchors.countries.find((c) => c.id === subjectId);
    const topic = extra?.topic ?? topicOf(Math.floor(rng() * ctx.topics));
    if (label === 'Attendance') {
      const personN = Math.floor(rng() * ctx.people);
      const personId = extra?.personId ?? `person:scale-${personN}`;
      const office = pick(rng, OFFICE_TITLES);
      claimAt('Attendance', `${extra?.personId ? 'De minister' : personName(personN)} nam als ${office} deel aan de bijeenkomst van ${date}.`, { status: 'ATTENDED', office, representedBy: null, date }, { meetingId: at, by: [personId] });
    } else if (label === 'Decision') {
      const decider = rng() < 0.7 ? 'org:nato' : country.id;
      const kind = pick(rng, DECISION_KINDS);
      const status = rng() < 0.7 ? 'TAKEN' : 'EXPECTED';
      claimAt('Decision', `De bondgenoten namen een besluit over ${topic.nameNl ?? topic.id} met betrekking tot ${subject?.nameNl ?? subjectId}.`, { kind, status, date, summary: `NATO took a decision on ${topic.id} regarding ${subject?.name ?? subjectId}.` }, { meetingId: at, decidedBy: [decider], topics: [topic.id], subjects: [subjectId] });
    } else if (label === 'Commitment') {
      const amount = Math.floor(rng() * 900) + 100;
      claimAt('Commitment', `${country.nameNl ?? country.name} zegde ${amount} miljoen euro toe voor ${topic.nameNl} ten behoeve van ${subject?.nameNl ?? subjectId}.`, { status: 'TAKEN', date, summary: `${country.name} made a commitment on ${topic.id} regarding ${subject?.name ?? subjectId}.`, amount, unit: 'EUR million', years: [Number(date.slice(0, 4))] }, { meetingId: at, by: [country.id], topics: [topic.id], subjects: [subjectId] });
    } else {
      claimAt('Stance', `${country.nameNl ?? country.name} benadrukte het belang van ${topic.nameNl ?? topic.id} voor ${subject?.nameNl ?? subjectId}.`, { date, summary: `${country.name} takes a position on ${topic.id} regarding ${subject?.name ?? subjectId}.` }, { meetingId: at, by: [country.id], topics: [topic.id], subjects: [subjectId] });
    }
  }

  // The letter: an opening line, then passages of CLAIMS_PER_PASSAGE sentences, blank lines between.
  const passages: Array<{ props: Record<string, unknown>; mentions: string[] }> = [];
  const claimRows: Array<Record<string, unknown>> = [];
  let text = '';
  const addPassage = (body: string, mentions: string[], mentionNames: string) => {
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += body;
    const index = passages.length;
    passages.push({ props: { id: `${documentId}/p${index}`, documentId, index, heading: null, kind: 'paragraph', text: body, start, end: text.length, mentionNames }, mentions });
    return { id: `${documentId}/p${index}`, start };
  };
  addPassage('Geachte voorzitter,', [], '');
  for (let i = 0; i < claims.length; i += CLAIMS_PER_PASSAGE) {
    const group = claims.slice(i, i + CLAIMS_PER_PASSAGE);
    const mentions = [...new Set(group.flatMap((c) => [...(c.row.by as string[]), ...(c.row.subjects as string[]), ...(c.row.topics as string[])]))];
    const mentionNames = [...new Set(group.flatMap((c) => (c.row.subjects as string[]).map((id) => anchors.countries.find((x) => x.id === id)).flatMap((x) => (x ? [x.name, x.nameNl ?? x.name] : []))))].join(' | ');
    const passage = addPassage(group.map((c) => c.sentence).join(' '), mentions, mentionNames);
    let offset = passage.start;
    for (const c of group) {
      const index = claimRows.length + 1;
      const id = `${c.label.toLowerCase()}:${slug}/${index}`;
      claimRows.push({
        ...c.row,
        passageId: passage.id,
        props: { ...(c.row.props as object), id, documentId, evidenceStart: offset },
        evidence: { id: `${id}/evidence`, documentId, quote: c.sentence, start: offset, end: offset + c.sentence.length, rule: `${c.label.toLowerCase()}/generated`, confidence: 0.8 },
      });
      offset += c.sentence.length + 1;
    }
  }
  const signatoryQuote = personName(unit % ctx.people);
  text += `\n\n${signatoryQuote}`;
  const document = {
    meetingId,
    signatory: { personId: signatoryId, office: 'Minister of Foreign Affairs', quote: signatoryQuote, start: text.length - signatoryQuote.length, end: text.length },
    props: {
      id: documentId,
      fileName: `${slug}.txt`,
      sha256: (unit.toString(16).padStart(8, '0') + 'scale').padEnd(64, '0'),
      pipeline: ctx.pipeline,
      kind: 'REPORT',
      date: isoDay(startDate, 10),
      dateInferred: false,
      kamerstuk: null,
      title: `VERSLAG VAN ${nameNl.toUpperCase()}`,
      text,
      citedDocumentIds: [],
      ingestedAt: '2026-01-01T00:00:00.000Z',
    },
  };
  return { meeting, document, passages, claims: claimRows };
}

/** The graph's node, relationship and claim counts. */
export async function graphSize(executor: Executor): Promise<{ nodes: number; relationships: number; claims: number }> {
  const [row] = await executor.read<{ nodes: number; relationships: number; claims: number }>(STATEMENTS.graphSize);
  return row as { nodes: number; relationships: number; claims: number };
}

/** The claims the fixed extras add around what the graph holds now. */
export async function extraClaimCount(executor: Executor): Promise<number> {
  const [anchors] = await executor.read<Anchors & Record<string, unknown>>(STATEMENTS.anchors);
  return extrasAround(anchors as Anchors).length;
}

/**
 * Writes `claims` generated claims (the fixed extras included) next to what the
 * graph already holds; same seed and graph, same data. Throws if `claims` is
 * smaller than the extras need.
 */
export async function writeScaleGraph(executor: Executor, claims: number, seed = 7, log: (line: string) => void = () => {}): Promise<GeneratedCounts> {
  const [anchorRow] = await executor.read<Anchors & Record<string, unknown>>(STATEMENTS.anchors);
  const anchors = anchorRow as Anchors;
  if (anchors.countries.length === 0) throw new Error('the graph holds no reference countries: ingest the seed letters before generating data');
  if (anchors.claimIds.some((id) => id.includes(':scale-'))) throw new Error('the graph already holds generated data (claims with ids like attendance:scale-…): reset it or remove them first');
  const extras = extrasAround(anchors);
  const regular = claims - extras.length;
  if (!Number.isInteger(claims) || regular < 0) {
    throw new Error(`cannot generate ${claims} claims: the fixed extras around the ${anchors.meetings.length} meetings, ${anchors.attendees.length} attending people and ${anchors.topics.length} topics already in the graph take ${extras.length}`);
  }
  const units = Math.max(1, Math.ceil(regular / MEETING_CLAIMS));
  const people = Math.max(1, Math.round(units * (CLAIMS_PER_MEETING.attendances / ATTENDANCES_PER_PERSON)));
  const topics = Math.max(1, Math.round((units * (MEETING_CLAIMS - CLAIMS_PER_MEETING.attendances)) / CLAIMS_PER_TOPIC));
  const rng = prng(seed);
  const ctx = { rng, anchors, people, topics, pipeline: pipelineFingerprint() };

  const inBatches = async (statement: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += BATCH_ROWS) await executor.write(statement, { rows: rows.slice(i, i + BATCH_ROWS) });
  };
  await inBatches(
    STATEMENTS.createPeople,
    Array.from({ length: people }, (_, n) => {
      const first = FIRST_NAMES[n % FIRST_NAMES.length] as string;
      const last = SURNAMES[Math.floor(n / FIRST_NAMES.length) % SURNAMES.length] as string;
      const name = `${first} ${last}`;
      return { countryId: pick(rng, anchors.countries).id, props: { id: `person:scale-${n}`, name, sortName: name.toLowerCase(), aliases: [last], aliasText: `${name} | ${last}` } };
    }),
  );
  await inBatches(
    STATEMENTS.createTopics,
    Array.from({ length: topics }, (_, n) => ({ props: { id: `topic:scale-${n}`, name: `Scale topic ${n}`, nameNl: `schaalthema ${n}`, sortName: `scale topic ${n}`, aliases: [], aliasText: `Scale topic ${n} | schaalthema ${n}` } })),
  );

  // Extras go to the letters of the first units, a few each.
  const extrasByUnit = new Map<number, Extra[]>();
  extras.forEach((extra, i) => {
    const unit = i % units;
    extrasByUnit.set(unit, [...(extrasByUnit.get(unit) ?? []), extra]);
  });
  const counts: GeneratedCounts = { claims: 0, extras: extras.length, meetings: units, documents: units, passages: 0, people, topics };
  const unitsPerBatch = Math.max(1, Math.floor(BATCH_ROWS / MEETING_CLAIMS));
  for (let first = 0; first < units; first += unitsPerBatch) {
    const rows = [];
    for (let unit = first; unit < Math.min(units, first + unitsPerBatch); unit++) {
      const claimCount = Math.min(MEETING_CLAIMS, regular - unit * MEETING_CLAIMS);
      rows.push(unitRows(unit, Math.max(0, claimCount), extrasByUnit.get(unit) ?? [], ctx));
    }
    await executor.write(STATEMENTS.createMeetings, { rows: rows.map((r) => r.meeting) });
    await executor.write(STATEMENTS.createDocuments, { rows: rows.map((r) => r.document) });
    const passages = rows.flatMap((r) => r.passages);
    await inBatches(STATEMENTS.createPassages, passages);
    const claimRows = rows.flatMap((r) => r.claims);
    await inBatches(STATEMENTS.createClaims, claimRows);
    counts.passages += passages.length;
    counts.claims += claimRows.length;
    if ((first / unitsPerBatch) % 10 === 9) log(`${counts.claims} of ${claims} claims written`);
  }
  return counts;
}

/** Removes everything `writeScaleGraph` wrote, and nothing else. */
export async function removeScaleGraph(executor: Executor): Promise<void> {
  await executor.write(STATEMENTS.deleteGenerated);
}
