/**
 * Checks the hand-written gold files, in tests/gold/ against the seed letters
 * and in tests/fixtures/ and tests/blind/ against the letter beside each
 * (or, with GOLD_CHECK_DIR set, only those in that folder, for a set of one's own):
 * every quote fragment occurs in its letter (after folding), every id has a
 * valid form, and every meeting a claim points to is listed in that file.
 *
 * The folding here is deliberately small and local to this test; the real
 * normalizer lives in the pipeline.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const GOLD_DIR = join(ROOT, 'tests', 'gold');
const SEEDS_DIR = join(ROOT, 'seeds');
const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
const BLIND_DIR = join(ROOT, 'tests', 'blind');

type Hyphens = 'smart' | 'drop' | 'keep';

/** Line breaks to single spaces, words hyphenated across a line joined, markup dropped, lowercased. */
function fold(raw: string, hyphens: Hyphens = 'smart'): string {
  const unmarked = raw
    .replace(/^\uFEFF/, '')
    .replace(/<sup>[\s\S]*?<\/sup>/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/^[ \t]*#+[ \t]*/gm, '')
    .replace(/\*+/g, '')
    .replace(/[«»]/g, '');
  const joined =
    hyphens === 'drop'
      ? unmarked.replace(/-[ \t]*\r?\n\s*/g, '')
      : hyphens === 'keep'
        ? unmarked.replace(/-[ \t]*\r?\n\s*/g, '-')
        : // "geanno-\nteerde" -> "geannoteerde"; "NAVO-\nverdragsgebied" keeps its hyphen
          unmarked.replace(/(\p{Ll})-[ \t]*\r?\n\s*(?=\p{Ll})/gu, '$1').replace(/-[ \t]*\r?\n\s*/g, '-');
  return joined.replace(/\s+/g, ' ').toLowerCase();
}

function occurrences(text: string, fragment: string): number {
  return text.split(fragment).length - 1;
}

function foldQuote(quote: string): string {
  return quote.replace(/[«»*]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

// The topic vocabulary is reference data: a gold topic must be one of its ids.
const TOPICS = new Set((parse(readFileSync(join(ROOT, 'seeds', 'reference', 'topics.yaml'), 'utf8')) as Array<{ id: string }>).map((t) => t.id));

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ACTOR = new RegExp(`^(?:person:${SLUG}|country:[A-Z]{3}|org:${SLUG}|group:${SLUG})$`);
const PERSON = new RegExp(`^person:${SLUG}$`);
const ORG_OR_ACTOR = ACTOR;
const MEETING = new RegExp(`^meeting:(\\d{4}-\\d{2}-\\d{2})-${SLUG}$`);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const DOC_KINDS = ['AGENDA', 'REPORT', 'PRESS_RELEASE', 'POSITION', 'OTHER'];
const MEETING_KINDS = ['SUMMIT', 'LEADERS_MEETING', 'FOREIGN_MINISTERS_MEETING', 'DEFENCE_MINISTERS_MEETING', 'OTHER'];
const ATTENDANCE_STATUSES = ['ATTENDED', 'PLANNED', 'INVITED', 'REPRESENTED'];
const DECISION_KINDS = ['DECISION', 'ADOPTION', 'ENDORSEMENT', 'REAFFIRMATION', 'TASKING', 'AGREEMENT'];
const DECISION_STATUSES = ['TAKEN', 'EXPECTED'];

interface Quoted { quote: string }
interface Gold {
  letter: string;
  document: { kind: string; date: string | null; kamerstuk: string | null; title: string | null; signatories: { person: string; office: string }[] };
  meetings: (Quoted & { id: string; kind: string; startDate: string; endDate: string; city: string | null; about: boolean; preparedBy?: string[] })[];
  attendances: (Quoted & { meeting: string; actor: string; status: string; office: string | null; representedBy?: string })[];
  decisions: (Quoted & { meeting: string; kind: string; status: string; decidedBy: string[]; topics: string[]; subjects: string[]; reaffirms?: string })[];
  commitments: (Quoted & { actor: string; meeting: string | null; status: string; topics: string[]; subjects: string[]; amount: number | null; unit: string | null; years: number[] })[];
  stances: (Quoted & { actor: string; meeting?: string | null; status: string; topics: string[]; subjects: string[] })[];
  people?: (Quoted & { id: string; name: string; country: string | null; office: string | null })[];
}

const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
// README.md and other notes named in capitals sit beside the letters and are not letters.
const letterFiles = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !/^[A-Z]+\.md$/.test(f)).sort();
const OWN_DIR = process.env.GOLD_CHECK_DIR;
const sets = OWN_DIR
  ? [{ goldDir: OWN_DIR, letterDir: OWN_DIR }]
  : [
      { goldDir: GOLD_DIR, letterDir: SEEDS_DIR },
      { goldDir: FIXTURES_DIR, letterDir: FIXTURES_DIR },
      { goldDir: BLIND_DIR, letterDir: BLIND_DIR },
    ];
const goldFiles = sets.flatMap(({ goldDir, letterDir }) => jsonFiles(goldDir).map((file) => ({ file, goldDir, letterDir })));

test.each(sets)('every letter in $letterDir has a gold file', ({ goldDir, letterDir }) => {
  expect(jsonFiles(goldDir)).toEqual(letterFiles(letterDir).map((f) => f.replace(/\.(txt|md)$/, '.json')));
});

// A loop rather than describe.each, which refuses an empty table: a folder of one's own may hold no gold yet.
for (const { file, goldDir, letterDir } of goldFiles) describe(file, () => {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
  const raw = readFileSync(join(letterDir, gold.letter), 'utf8');
  const text = fold(raw);
  const meetingIds = new Set(gold.meetings.map((m) => m.id));
  const quoted: [string, Quoted][] = [
    ...gold.meetings.map((m, i): [string, Quoted] => [`meetings[${i}]`, m]),
    ...gold.attendances.map((a, i): [string, Quoted] => [`attendances[${i}]`, a]),
    ...gold.decisions.map((d, i): [string, Quoted] => [`decisions[${i}]`, d]),
    ...gold.commitments.map((c, i): [string, Quoted] => [`commitments[${i}]`, c]),
    ...gold.stances.map((s, i): [string, Quoted] => [`stances[${i}]`, s]),
    ...(gold.people ?? []).map((p, i): [string, Quoted] => [`people[${i}]`, p]),
  ];

  test('names its own letter', () => {
    expect(gold.letter.replace(/\.(txt|md)$/, '')).toBe(file.replace(/\.json$/, ''));
  });

  test('every quote fragment is 4 to 15 words and occurs exactly once in the folded letter', () => {
    const bad = quoted
      .filter(([, q]) => {
        const words = foldQuote(q.quote).split(' ').length;
        return words < 4 || words > 15 || occurrences(text, foldQuote(q.quote)) !== 1;
      })
      .map(([where, q]) => `${where}: ${q.quote}`);
    expect(bad).toEqual([]);
  });

  test('no quote fragment depends on how an ambiguous line-end hyphen is folded', () => {
    const dropped = fold(raw, 'drop');
    const kept = fold(raw, 'keep');
    const bad = quoted
      .filter(([, q]) => !dropped.includes(foldQuote(q.quote)) || !kept.includes(foldQuote(q.quote)))
      .map(([where, q]) => `${where}: ${q.quote}`);
    expect(bad).toEqual([]);
  });

  test('document metadata is well formed', () => {
    const d = gold.document;
    expect(DOC_KINDS).toContain(d.kind);
    if (d.date !== null) expect(d.date).toMatch(DATE);
    if (d.kamerstuk !== null) expect(d.kamerstuk).toMatch(/^\d{2} \d{3}, nr\. \d+$/);
    if (d.title !== null) expect(text).toContain(foldQuote(d.title));
    for (const s of d.signatories) expect(s.person).toMatch(PERSON);
  });

  test('meetings are well formed, unique, and one or more is the letter\'s own', () => {
    expect(meetingIds.size).toBe(gold.meetings.length);
    expect(gold.meetings.some((m) => m.about)).toBe(true);
    for (const m of gold.meetings) {
      const match = MEETING.exec(m.id);
      expect(match).not.toBeNull();
      expect(match![1]).toBe(m.startDate);
      expect(MEETING_KINDS).toContain(m.kind);
      expect(m.endDate).toMatch(DATE);
      expect(m.endDate >= m.startDate).toBe(true);
      for (const p of m.preparedBy ?? []) expect(meetingIds).toContain(p);
    }
  });

  test('attendances are well formed and point to listed meetings', () => {
    for (const a of gold.attendances) {
      expect(meetingIds).toContain(a.meeting);
      expect(a.actor).toMatch(ACTOR);
      expect(ATTENDANCE_STATUSES).toContain(a.status);
      if (a.status === 'REPRESENTED') expect(typeof a.representedBy).toBe('string');
    }
  });

  test('decisions are well formed and point to listed meetings', () => {
    for (const d of gold.decisions) {
      expect(meetingIds).toContain(d.meeting);
      expect(DECISION_KINDS).toContain(d.kind);
      expect(DECISION_STATUSES).toContain(d.status);
      expect(d.decidedBy.length).toBeGreaterThan(0);
      for (const a of d.decidedBy) expect(a).toMatch(ACTOR);
      for (const t of d.topics) expect(TOPICS).toContain(t);
      expect(Array.isArray(d.subjects)).toBe(true);
      for (const s of d.subjects) expect(s).toMatch(ORG_OR_ACTOR);
      for (const a of d.decidedBy) expect(d.subjects).not.toContain(a);
      if (d.reaffirms !== undefined) expect(meetingIds).toContain(d.reaffirms);
    }
  });

  test('commitments are well formed', () => {
    for (const c of gold.commitments) {
      expect(c.actor).toMatch(ACTOR);
      if (c.meeting !== null) expect(meetingIds).toContain(c.meeting);
      expect(DECISION_STATUSES).toContain(c.status);
      for (const t of c.topics) expect(TOPICS).toContain(t);
      for (const x of c.subjects) expect(x).toMatch(ORG_OR_ACTOR);
      expect(c.subjects).not.toContain(c.actor);
      if (c.amount !== null) expect(typeof c.amount).toBe('number');
      for (const y of c.years) expect(Number.isInteger(y)).toBe(true);
    }
  });

  test('people outside the reference data are well formed', () => {
    for (const p of gold.people ?? []) {
      expect(p.id).toMatch(PERSON);
      if (p.country !== null) expect(p.country).toMatch(/^country:[A-Z]{3}$/);
    }
  });

  test('stances are well formed', () => {
    for (const s of gold.stances) {
      expect(s.actor).toMatch(ACTOR);
      if (s.meeting != null) expect(meetingIds).toContain(s.meeting);
      expect(DECISION_STATUSES).toContain(s.status);
      expect(s.subjects).not.toContain(s.actor);
      expect(s.topics.length).toBeGreaterThan(0);
      for (const t of s.topics) expect(TOPICS).toContain(t);
      for (const x of s.subjects) expect(x).toMatch(ORG_OR_ACTOR);
    }
  });
});
