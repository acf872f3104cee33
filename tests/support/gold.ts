import fs from 'node:fs';
import path from 'node:path';

/** The facts a careful reader finds in one seed letter (see tests/gold/README.md). */
export interface GoldLetter {
  letter: string;
  document: { kind: string; date: string | null; kamerstuk: string | null; title: string | null; signatories: Array<{ person: string; office: string }> };
  meetings: Array<{ id: string; kind: string; startDate: string; endDate: string; city: string | null; about: boolean; preparedBy?: string[]; quote: string }>;
  attendances: Array<{ meeting: string; actor: string; status: string; office: string | null; quote: string }>;
  decisions: Array<{ meeting: string; kind: string; status: string; decidedBy: string[]; topics: string[]; subjects: string[]; quote: string }>;
  commitments: Array<{ actor: string; meeting: string | null; topics: string[]; quote: string }>;
  stances: Array<{ actor: string; meeting?: string | null; topics: string[]; subjects: string[]; quote: string }>;
}

const GOLD_DIR = path.join(__dirname, '..', 'gold');

export function goldLetters(): GoldLetter[] {
  return fs
    .readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8')) as GoldLetter);
}

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
 * so is its marker).
 */
export function readsAs(
  original: string,
  start: number,
  end: number,
  normalize: (text: string) => { text: string; toOriginal: Int32Array; footnotes: Array<{ start: number; end: number }> },
): string {
  const nt = normalize(original);
  let text = '';
  for (let i = 0; i < nt.text.length; i += 1) {
    const from = nt.toOriginal[i];
    if (from < start || from >= end) continue;
    if (nt.footnotes.some((f) => {
      const lineStart = nt.text.lastIndexOf('\n', f.start) + 1;
      return i >= lineStart && i < f.end;
    })) continue;
    text += nt.text[i];
  }
  return foldQuote(text);
}

export type ClaimKind = 'decisions' | 'commitments' | 'stances';

/** A claim as the matcher sees it, whether it comes from the pipeline or from the graph. */
export type ScoredClaim =
  | { evidence: { quote: string; rule: string }; meetingId: string | null; decidedBy: string[] }
  | { evidence: { quote: string; rule: string }; meetingId: string | null; actorId: string };

/**
 * Matches gold facts to extracted claims one to one and scores the result.
 * A fact matches a claim when its folded quote fragment lies in the claim's
 * evidence quote and the claim has the same attribution: for decisions the
 * meeting and an overlap of the deciders; for commitments and stances the
 * actor, and the meeting where the gold gives one.
 */
export function scoreClaims(kind: ClaimKind, gold: GoldLetter, claims: { [K in ClaimKind]: ScoredClaim[] }): Score {
  const facts = gold[kind] as Fact[];
  const extracted = claims[kind];
  const factKeys = facts.map((f, i) => `#${i + 1} "${f.quote}" [${f.meeting ?? 'no meeting'} ${'actor' in f ? f.actor : f.decidedBy.join('+')}]`);
  const claimKeys = extracted.map((c) => `${c.evidence.rule} [${c.meetingId ?? 'no meeting'} ${'actorId' in c ? c.actorId : c.decidedBy.join('+')}] "${c.evidence.quote.slice(0, 90)}"`);
  const taken = new Set<number>();
  facts.forEach((fact, i) => {
    const fragment = foldQuote(fact.quote);
    const j = extracted.findIndex((claim, j) => !taken.has(j) && foldQuote(claim.evidence.quote).includes(fragment) && sameAttribution(fact, claim));
    if (j < 0) return;
    taken.add(j);
    claimKeys[j] = factKeys[i];
  });
  return score(claimKeys, factKeys);
}

type Fact = GoldLetter[ClaimKind][number] & { meeting?: string | null };

function sameAttribution(fact: Fact, claim: ScoredClaim): boolean {
  if ('decidedBy' in fact) {
    return 'decidedBy' in claim && claim.meetingId === fact.meeting && fact.decidedBy.some((id) => claim.decidedBy.includes(id));
  }
  if (!('actorId' in claim) || claim.actorId !== fact.actor) return false;
  return fact.meeting === undefined || fact.meeting === null || claim.meetingId === fact.meeting;
}
