import fs from 'node:fs';
import path from 'node:path';

/** The facts a careful reader finds in one letter (see tests/gold/README.md). */
export interface GoldLetter {
  letter: string;
  document: { kind: string; date: string | null; kamerstuk: string | null; title: string | null; signatories: Array<{ person: string; office: string }> };
  meetings: Array<{ id: string; kind: string; startDate: string; endDate: string; city: string | null; about: boolean; preparedBy?: string[]; quote: string }>;
  people?: Array<{ id: string; name: string; country: string | null; office: string | null; quote: string }>;
  attendances: Array<{ meeting: string; actor: string; status: string; office: string | null; quote: string }>;
  decisions: Array<{ meeting: string; kind: string; status: string; decidedBy: string[]; topics: string[]; subjects: string[]; quote: string }>;
  commitments: Array<{ actor: string; meeting: string | null; status?: string; topics: string[]; subjects?: string[]; amount: number | null; unit: string | null; years: number[]; quote: string }>;
  stances: Array<{ actor: string; meeting?: string | null; status?: string; topics: string[]; subjects: string[]; quote: string }>;
}

const GOLD_DIR = path.join(__dirname, '..', 'gold');
const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures');

function readGold(dir: string): GoldLetter[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldLetter);
}

/** The gold of the seed letters (tests/gold/, letters in seeds/). */
export function goldLetters(): GoldLetter[] {
  return readGold(GOLD_DIR);
}

/** The gold of the fixture letters (tests/fixtures/, each beside its letter): letters the rules were not written from. */
export function fixtureLetters(): GoldLetter[] {
  return readGold(FIXTURES_DIR);
}

/**
 * The gold of the blind letters (tests/blind/): written with their gold and
 * scored, but never read for rules; the table gives their scores, not their misses.
 */
export function blindLetters(): GoldLetter[] {
  return readGold(BLIND_PATH);
}

/** The gold of a folder of one's own letters, each with its gold beside it (GOLD_CHECK_DIR): a set that cannot be committed, such as letters under another's copyright. */
export function ownLetters(dir: string): GoldLetter[] {
  return readGold(dir);
}

export const SEEDS_PATH = path.join(__dirname, '..', '..', 'seeds');
export const BLIND_PATH = path.join(__dirname, '..', 'blind');
export const FIXTURES_PATH = FIXTURES_DIR;

/** Folds a quote for comparison: case, whitespace, typographic quotes, soft hyphens. */
export function foldQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[«»“”"*]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  extracted: number;
  expected: number;
  missed: string[];
  spurious: string[];
}

/** Precision and recall of a set of extracted keys against the gold keys (an empty set scores 1). */
export function score(extracted: string[], expected: string[]): Score {
  const got = new Set(extracted);
  const want = new Set(expected);
  const truePositives = [...got].filter((k) => want.has(k)).length;
  return {
    precision: got.size === 0 ? 1 : truePositives / got.size,
    recall: want.size === 0 ? 1 : truePositives / want.size,
    truePositives,
    extracted: got.size,
    expected: want.size,
    missed: [...want].filter((k) => !got.has(k)),
    spurious: [...got].filter((k) => !want.has(k)),
  };
}

/**
 * How the original text between two offsets reads once line breaks,
 * hyphenation across lines, markup and page furniture are folded away: the
 * normalized characters that come from that stretch of the original, less
 * footnotes (a footnote a page break put inside a sentence is furniture, and
 * so is its marker), unless the stretch is the footnote's own text.
 */
export function readsAs(
  original: string,
  start: number,
  end: number,
  normalize: (text: string) => { text: string; toOriginal: Int32Array; footnotes: Array<{ start: number; end: number }> },
): string {
  const nt = normalize(original);
  const footnoteLines = nt.footnotes.map((f) => ({ start: nt.text.lastIndexOf('\n', f.start) + 1, end: f.end }));
  // A quote taken from a footnote itself reads as that footnote; one a footnote interrupts reads without it.
  const within = footnoteLines.find((f) => {
    const first = nt.toOriginal.findIndex((from) => from >= start && from < end);
    return first >= f.start && first < f.end;
  });
  let text = '';
  for (let i = 0; i < nt.text.length; i += 1) {
    const from = nt.toOriginal[i];
    if (from < start || from >= end) continue;
    if (footnoteLines.some((f) => f !== within && i >= f.start && i < f.end)) continue;
    text += nt.text[i];
  }
  return foldQuote(text);
}

export type ClaimKind = 'decisions' | 'commitments' | 'stances';

/** A claim as the matcher sees it, whether it comes from the pipeline or from the graph. */
export interface ScoredClaim {
  evidence: { quote: string; rule: string };
  meetingId: string | null;
  /** Who took the decision, or who holds the commitment or stance. */
  holders: string[];
  status: string;
  kind?: string;
  topics: string[];
  subjects: string[];
  amount?: number | null;
  unit?: string | null;
  years?: number[];
}

/** Scores and the decisions whose subkind (ADOPTION, AGREEMENT, ...) differs from the reader's, reported apart. */
export interface ClaimScore extends Score {
  subkindAgrees: number;
}

type Fact = {
  quote: string;
  meeting?: string | null;
  status?: string;
  kind?: string;
  topics: string[];
  subjects?: string[];
  amount?: number | null;
  unit?: string | null;
  years?: number[];
} & ({ actor: string } | { decidedBy: string[] });

/**
 * Matches gold facts to extracted claims one to one and scores the result,
 * strictly: a fact matches a claim when its folded quote fragment lies in the
 * claim's evidence quote and the claim agrees with it on every point the
 * reader recorded: the holder (for decisions an overlap of the deciders), the
 * meeting (a commitment the reader ties to no meeting may have one), the
 * status, every gold topic and every gold subject present (and the holder
 * never its own subject), and for a figure its amount, unit and years.
 * Missed facts say what the nearest claim got wrong.
 */
export function scoreClaims(kind: ClaimKind, gold: GoldLetter, claims: { [K in ClaimKind]: ScoredClaim[] }, options: { relaxed?: boolean } = {}): ClaimScore {
  // Relaxed: holder, meeting and status only, to tell finding a claim apart from agreeing with the reader on its topics, subjects and figures.
  const counts = (difference: string) => !options.relaxed || /^(holder|meeting|status)\b/.test(difference);
  const facts = gold[kind] as Fact[];
  const extracted = claims[kind];
  const holdersOf = (f: Fact) => ('actor' in f ? [f.actor] : f.decidedBy);
  const factKeys = facts.map((f, i) => `#${i + 1} "${f.quote}" [${f.meeting ?? 'no meeting'} ${holdersOf(f).join('+')} ${f.status ?? ''}]`);
  const claimKeys = extracted.map((c) => `${c.evidence.rule} [${c.meetingId ?? 'no meeting'} ${c.holders.join('+')} ${c.status}] "${c.evidence.quote.slice(0, 90)}"`);
  const taken = new Set<number>();
  let subkindAgrees = 0;
  facts.forEach((fact, i) => {
    const fragment = foldQuote(fact.quote);
    const quoted = extracted.map((c, j) => [c, j] as const).filter(([c, j]) => !taken.has(j) && foldQuote(c.evidence.quote).includes(fragment));
    const match = quoted.find(([c]) => differences(fact, c).filter(counts).length === 0);
    if (!match) {
      const nearest = quoted.map(([c]) => differences(fact, c)).sort((a, b) => a.length - b.length)[0];
      factKeys[i] += nearest ? ` (nearest claim differs in: ${nearest.join(', ')})` : ' (no claim quotes it)';
      return;
    }
    const [claim, j] = match;
    taken.add(j);
    if (fact.kind === undefined || fact.kind === claim.kind) subkindAgrees += 1;
    claimKeys[j] = factKeys[i];
  });
  return { ...score(claimKeys, factKeys), subkindAgrees };
}

/** The points on which a claim departs from the reader's fact. */
export function differences(fact: Fact, claim: ScoredClaim): string[] {
  const out: string[] = [];
  const holders = 'actor' in fact ? [fact.actor] : fact.decidedBy;
  if (!holders.some((id) => claim.holders.includes(id))) out.push(`holder ${claim.holders.join('+') || 'none'}`);
  const anyMeetingWillDo = 'actor' in fact && 'amount' in fact && (fact.meeting === null || fact.meeting === undefined);
  if (!anyMeetingWillDo && (fact.meeting ?? null) !== claim.meetingId) out.push(`meeting ${claim.meetingId ?? 'none'}`);
  if (fact.status !== undefined && fact.status !== claim.status) out.push(`status ${claim.status}`);
  const missingTopics = fact.topics.filter((t) => !claim.topics.includes(t));
  if (missingTopics.length > 0) out.push(`topics lacks ${missingTopics.join('+')} (has ${claim.topics.join('+') || 'none'})`);
  const missingSubjects = (fact.subjects ?? []).filter((x) => !claim.subjects.includes(x));
  if (missingSubjects.length > 0 || claim.subjects.some((x) => claim.holders.includes(x))) out.push(`subjects lacks ${missingSubjects.join('+') || 'nothing'} (has ${claim.subjects.join('+') || 'none'})`);
  if (fact.amount !== undefined && fact.amount !== null) {
    const same = claim.amount === fact.amount && claim.unit === fact.unit && JSON.stringify(claim.years ?? []) === JSON.stringify(fact.years ?? []);
    if (!same) out.push(`amount ${claim.amount ?? 'none'} ${claim.unit ?? ''} ${(claim.years ?? []).join('/')}`);
  }
  return out;
}

/** Claims of a letter graph (the pipeline's output) as the matcher sees them. */
export function scoredClaimsOf(graph: {
  decisions: Array<{ evidence: { quote: string; rule: string }; meetingId: string | null; decidedBy: string[]; status: string; kind: string; topics: string[]; subjects: string[] }>;
  commitments: Array<{ evidence: { quote: string; rule: string }; meetingId: string | null; actorId: string; status: string; topics: string[]; subjects: string[]; amount: number | null; unit: string | null; years: number[] }>;
  stances: Array<{ evidence: { quote: string; rule: string }; meetingId: string | null; actorId: string; status: string; topics: string[]; subjects: string[] }>;
}): { [K in ClaimKind]: ScoredClaim[] } {
  return {
    decisions: graph.decisions.map((d) => ({ ...d, holders: d.decidedBy })),
    commitments: graph.commitments.map((c) => ({ ...c, holders: [c.actorId] })),
    stances: graph.stances.map((c) => ({ ...c, holders: [c.actorId] })),
  };
}

/** Adds up the scores of several letters for one kind. */
export function totalOf(scores: ClaimScore[]): ClaimScore {
  const truePositives = scores.reduce((n, s) => n + s.truePositives, 0);
  const extracted = scores.reduce((n, s) => n + s.extracted, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  return {
    precision: extracted === 0 ? 1 : truePositives / extracted,
    recall: expected === 0 ? 1 : truePositives / expected,
    truePositives,
    extracted,
    expected,
    missed: scores.flatMap((s) => s.missed),
    spurious: scores.flatMap((s) => s.spurious),
    subkindAgrees: scores.reduce((n, s) => n + s.subkindAgrees, 0),
  };
}
