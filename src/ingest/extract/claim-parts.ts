/**
 * The parts every claim rule (decisions, commitments, stances) reads in a
 * sentence: its clauses, the actors it names and which of them is the
 * subject of a verb, the meeting a claim is placed at, and whether the claim
 * is taken or still expected. Rules over Dutch sentence structure, not over
 * any particular letter.
 */
import type { ActorRef } from './attendance';
import type { LetterContext, SentenceView } from './context';
import { findSignatories } from './document';
import type { MeetingMention } from './meetings';
import type { MeetingRecord } from '../letter-graph';

/** A meeting as the meeting rules name it. */
export type NamedMeeting = MeetingMention['meeting'];

/** A stretch of a sentence between clause boundaries (offsets relative to the sentence). */
export interface Clause {
  start: number;
  end: number;
  /** Opened by a subordinating word ("dat", "die", "waarbij", "zoals", ...). */
  subordinate: boolean;
  /** An indirect question ("hoe", "welke") or a condition ("indien", "wanneer"): it states no fact. */
  hypothetical: boolean;
}

/** What kind of actor a phrase names. */
export type ActorKind =
  | 'netherlands' // Nederland, het kabinet, de regering, ik (the minister writing)
  | 'alliance' // de bondgenoten, staatshoofden en regeringsleiders, de ministers, de NAVO
  | 'council' // de NAR, de Noord-Atlantische Raad
  | 'some-allies' // meerdere bondgenoten, veel bondgenoten: not the Alliance acting together
  | 'person'
  | 'office'
  | 'country'
  | 'organization'
  | 'pronoun'; // zij, ze: the actor of an earlier sentence

/** An actor named in a sentence (offsets relative to the sentence). */
export interface ActorPhrase {
  kind: ActorKind;
  /** The actor, or null for a pronoun not yet resolved. */
  ref: ActorRef | null;
  start: number;
  end: number;
  /** Inside a prepositional phrase ("van de NAVO", "voor Nederland"): not a subject. */
  prepositional: boolean;
  /** The agent of a passive ("door de Minister-President"). */
  agent: boolean;
  /** Inside brackets. */
  parenthetical: boolean;
}

export const NLD = 'country:NLD';
export const NATO = 'org:nato';
export const NORTH_ATLANTIC_COUNCIL = 'org:north-atlantic-council';

// Words that open a subordinate clause. "waar", "als" and "of" are left out: too often "where possible", "as", "or".
const SUBORDINATOR = /\b(dat|die|waarbij|waarin|waarmee|waarover|waaraan|waardoor|waarvan|waarop|omdat|zodat|opdat|zoals|hoewel|terwijl|zolang|mits|hoe|welke|indien|wanneer)\b/gi;
const HYPOTHETICAL = /^(hoe|welke|indien|wanneer)$/i;
const PREPOSITION_BEFORE = /\b(van|voor|aan|met|door|bij|tot|in|op|over|tegen|naar|uit|onder|tussen|binnen|zonder|namens|richting|per|tijdens|volgens|rond|sinds|jegens|om|t\.a\.v\.|ten aanzien van)\s+$/i;
// Where a main clause ends and the next begins.
const MAIN_BOUNDARY = /\s*[;:]\s*|\s+[–—]\s+|,\s+(?=(en|maar|doch)\b)/g;

/**
 * The clauses of a sentence. A subordinate clause runs from its opening word
 * to the next comma, semicolon, colon or bracket; main clauses are split at
 * semicolons, colons, dashes and ", en" / ", maar".
 */
export function clausesOf(text: string): Clause[] {
  let clauses = recentClauses.get(text);
  if (!clauses) {
    if (recentClauses.size >= RECENT_TEXTS_LIMIT) recentClauses.clear();
    recentClauses.set(text, (clauses = splitClauses(text)));
  }
  return clauses;
}

// Every claim rule reads a sentence's clauses, several times over: they are worked out once per sentence text.
// Callers only read the clauses, so the arrays are shared.
const recentClauses = new Map<string, Clause[]>();
const RECENT_TEXTS_LIMIT = 2048;

function splitClauses(text: string): Clause[] {
  const cuts: Array<{ at: number; subordinate: boolean; hypothetical: boolean }> = [{ at: 0, subordinate: false, hypothetical: false }];
  for (const m of text.matchAll(MAIN_BOUNDARY)) cuts.push({ at: m.index + m[0].length, subordinate: false, hypothetical: false });
  for (const m of text.matchAll(SUBORDINATOR)) {
    // "Dat voedt ...", "Die landen ...", also after an opening quotation mark: a sentence-initial demonstrative, not a conjunction.
    if (/^[\s"“„'‘(]*$/.test(text.slice(0, m.index)) && /^(dat|die)$/i.test(m[1])) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // "in dat kader", "van die uitgaven": a demonstrative after a preposition.
    if (/^(dat|die)$/i.test(m[1]) && PREPOSITION_BEFORE.test(before)) continue;
    cuts.push({ at: m.index, subordinate: true, hypothetical: HYPOTHETICAL.test(m[1]) });
    // A decimal comma ("EUR 1,5 miljard") does not close the clause.
    const close = text.slice(m.index).search(/[;:()]|,(?!\d)/);
    if (close > 0) cuts.push({ at: m.index + close + 1, subordinate: false, hypothetical: false });
  }
  // At one offset a subordinate clause wins over the main clause that would start there.
  cuts.sort((a, b) => a.at - b.at || Number(a.subordinate) - Number(b.subordinate));
  const clauses: Clause[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i].at;
    const end = i + 1 < cuts.length ? cuts[i + 1].at : text.length;
    if (end <= start) continue;
    clauses.push({ start, end, subordinate: cuts[i].subordinate, hypothetical: cuts[i].hypothetical });
  }
  return clauses;
}

/**
 * Whether a rule's pattern can match a sentence: every match of the pattern
 * contains one of the rule's trigger words, so a sentence without any of them
 * is not searched. Patterns are many and sentences hold few of their words;
 * looking a word up among those the sentence holds (`triggersIn`) is far
 * cheaper than running the pattern. No triggers: always.
 *
 * A trigger written `\bword` counts only at the start of a word, for a rule
 * whose every match holds the word right after a `\b`: "acht" in "acht het
 * van belang", not in "verwacht" (a case-insensitive Unicode pattern with
 * `\b` is slow, so a sentence it cannot match is worth ruling out).
 */
export function mayMatch(triggers: readonly string[] | undefined, found: ReadonlySet<string>): boolean {
  if (triggers === undefined) return true;
  for (const trigger of triggers) if (found.has(trigger)) return true;
  return false;
}

/**
 * Prepares a rule set as its module loads: registers the rules' trigger
 * words (see `registerTriggers`) and spells out the word starts of their
 * patterns (see `withFastWordStarts`).
 */
export function prepareRules(rules: Array<{ pattern: RegExp; triggers?: readonly string[] }>): void {
  registerTriggers(rules.flatMap((rule) => rule.triggers ?? []));
  for (const rule of rules) rule.pattern = withFastWordStarts(rule.pattern);
}

/**
 * The same pattern, with each `\b` that stands right before a literal letter
 * written as the lookbehind it then means. With the i and u flags, `\b` also
 * counts "ſ" and the Kelvin sign as word characters, and V8 tests it many
 * times slower than this lookbehind. Before a letter the match must go on
 * with (a word character), `\b` holds exactly where the character before is
 * no word character. Other `\b`s are left as they are.
 */
export function withFastWordStarts(pattern: RegExp): RegExp {
  if (!pattern.unicode || !pattern.ignoreCase) return pattern;
  const source = pattern.source;
  let rewritten = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const escaped = source[i + 1] ?? '';
      const letterAfter = /^[A-Za-z]$/.test(source[i + 2] ?? '') && !/^[?*{]$/.test(source[i + 3] ?? '');
      // "\b(?:vindt|vinden)": a group whose every alternative starts with a letter is as good as a letter.
      const lettersAfter = source.startsWith('(?:', i + 2) && alternativesStartWithLetters(source, i + 2);
      rewritten += !inClass && escaped === 'b' && (letterAfter || lettersAfter) ? NO_WORD_CHARACTER_BEFORE : ch + escaped;
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    rewritten += ch;
  }
  return rewritten === source ? pattern : new RegExp(rewritten, pattern.flags);
}

/** Whether the non-capturing group opening at `open` is not quantified and each of its top-level alternatives starts with a literal letter. */
function alternativesStartWithLetters(source: string, open: number): boolean {
  let depth = 0;
  let inClass = false;
  const starts = [open + 3];
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) {
        if (/^[?*+{]/.test(source[i + 1] ?? '')) return false;
        return starts.every((at) => /^[A-Za-z]$/.test(source[at] ?? '') && !/^[?*{]$/.test(source[at + 1] ?? ''));
      }
    } else if (ch === '|' && depth === 1) starts.push(i + 1);
  }
  return false;
}

// The word characters of a case-insensitive Unicode pattern: \w, "ſ" (folds to s) and the Kelvin sign (folds to k).
const NO_WORD_CHARACTER_BEFORE = String.raw`(?<![\w\u017F\u212A])`;

/**
 * Adds trigger words (in lower case) to those `triggersIn` looks for. Every
 * rule set registers its words as its module loads, before any text is read.
 */
export function registerTriggers(triggers: Iterable<string>): void {
  for (const trigger of triggers) {
    const atWordStart = trigger.startsWith(WORD_START);
    const word = atWordStart ? trigger.slice(WORD_START.length) : trigger;
    if (word.length === 0) throw new Error(`A trigger word cannot be empty: "${trigger}"`);
    if (word.length === 1) {
      if (atWordStart) throw new Error(`A one-character trigger cannot be tied to the start of a word: "${trigger}"`);
      singleCharTriggers.add(word);
      continue;
    }
    const bucket = (triggerBuckets[pairKey(word.charCodeAt(0), word.charCodeAt(1))] ??= []);
    if (!bucket.some((t) => t.trigger === trigger)) bucket.push({ trigger, word, atWordStart });
  }
  recentTriggers.clear();
}

const WORD_START = '\\b';

/**
 * The registered trigger words the text holds (see `mayMatch`), found in one
 * pass over the lower-cased text instead of one search per word: at each
 * position only the words whose first two characters hash to those there are
 * compared.
 */
export function triggersIn(text: string): ReadonlySet<string> {
  let found = recentTriggers.get(text);
  if (found === undefined) {
    const lowered = lowerCased(text);
    const triggers = new Set<string>();
    for (const word of singleCharTriggers) if (lowered.includes(word)) triggers.add(word);
    for (let i = 0; i + 1 < lowered.length; i++) {
      const bucket = triggerBuckets[pairKey(lowered.charCodeAt(i), lowered.charCodeAt(i + 1))];
      if (bucket === undefined) continue;
      for (const { trigger, word, atWordStart } of bucket) {
        if (lowered.startsWith(word, i) && (!atWordStart || mayStartWord(lowered, i))) triggers.add(trigger);
      }
    }
    if (recentTriggers.size >= RECENT_TEXTS_LIMIT) recentTriggers.clear();
    recentTriggers.set(text, (found = triggers));
  }
  return found;
}

/**
 * Whether a `\b` of a rule's pattern may stand before offset `at` of the
 * lower-cased text: not after a letter, digit or underscore of ASCII, except
 * "s" and "k", which may stand for "ſ" and the Kelvin sign, which a pattern
 * without the u flag does not count as word characters.
 */
function mayStartWord(lowered: string, at: number): boolean {
  if (at === 0) return true;
  const before = lowered.charCodeAt(at - 1);
  const asciiWord = (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 95;
  return !asciiWord || before === 115 || before === 107;
}

const TRIGGER_BUCKETS = 1024;
const pairKey = (first: number, second: number) => (first * 31 + second) & (TRIGGER_BUCKETS - 1);
const triggerBuckets: Array<Array<{ trigger: string; word: string; atWordStart: boolean }> | undefined> = new Array(TRIGGER_BUCKETS);
const singleCharTriggers = new Set<string>();
// Every rule set asks for the same sentence's trigger words: found once per sentence text.
const recentTriggers = new Map<string, ReadonlySet<string>>();

/**
 * The sentence in lower case, for `triggersIn`. A case-insensitive Unicode
 * pattern also reads "ſ" (long s) as "s", which lower-casing leaves alone.
 */
function lowerCased(text: string): string {
  let lowered = recentLowered.get(text);
  if (lowered === undefined) {
    lowered = text.toLowerCase();
    if (lowered.includes('ſ')) lowered = lowered.replace(/ſ/g, 's');
    if (recentLowered.size >= RECENT_TEXTS_LIMIT) recentLowered.clear();
    recentLowered.set(text, lowered);
  }
  return lowered;
}

// Every rule set lower-cases the same sentence: done once per sentence text.
const recentLowered = new Map<string, string>();

/** The clause holding the offset. */
export function clauseAt(clauses: Clause[], offset: number): Clause {
  return clauses.find((c) => c.start <= offset && offset < c.end) ?? clauses[clauses.length - 1];
}

// "ik" and "ondergetekende" are the minister who signs the letter, speaking for the government.
const NETHERLANDS_PHRASE = /\b(?:[Hh]et kabinet|[Dd]e (?:Nederlandse )?regering|Nederland|[Ii]k|[Oo]ndergetekende)(?![\p{L}-])/gu;
const ALLIANCE_PHRASE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:de|alle|onze)\s+)?(?:(?:NAVO|NATO)[-\s])?(?:-\s*)?` +
    String.raw`(?:bondgenoten|staatshoofden\s+en\s+-?\s*regerings-?\s*leiders|regerings-?\s*leiders|leiders|lidstaten|NAVO-landen|ministers(?:\s+van\s+(?:Buitenlandse\s+Zaken|Defensie)(?:\s+en\s+(?:van\s+)?(?:Buitenlandse\s+Zaken|Defensie))?)?)` +
    String.raw`(?![\p{L}-])|(?<![\p{L}-])(?:(?:de|het)\s+)?(?:NAVO|NATO|bondgenootschap|Alliantie)(?![\p{L}’'-])|(?<![\p{L}-])[Dd]e\s+verklaring\s+van\s+de\s+NAVO`,
  'giu',
);
// Words of which every match of the pattern above or below contains one, in lower case.
const NETHERLANDS_TRIGGERS = ['kabinet', 'regering', 'nederland', 'ik', 'ondergetekende'];
const ALLIANCE_TRIGGERS = ['bondgeno', 'leiders', 'lidstaten', 'navo', 'nato', 'ministers', 'alliantie'];
const PRONOUN_TRIGGERS = ['zij', 'ze'];
registerTriggers([...NETHERLANDS_TRIGGERS, ...ALLIANCE_TRIGGERS, ...PRONOUN_TRIGGERS]);
const COUNCIL_PHRASE = /(?<![\p{L}-])(?:de\s+)?(?:NAR|Noord-Atlantische Raad)(?![\p{L}-])/gu;
const PRONOUN_PHRASE = /(?<![\p{L}-])(?:[Zz]ij|[Zz]e)(?![\p{L}-])/gu;
// "de minister" with no office or country said: not "de minister van Defensie", "de minister-president", "de Duitse minister".
const THE_MINISTER = /(?<![\p{L}-])[Dd]e\s+minister(?![\p{L}-])(?!\s+(?:van|voor)\b)/gu;
// "meerdere bondgenoten" are some allies, each on its own account.
const QUANTIFIER_BEFORE = /(?:\b(?:meerdere|veel|vele|sommige|enkele|andere|een aantal|steeds meer|individuele|diverse|verschillende|het merendeel van|de meerderheid van|een deel van|betreffende)|(?<![\d.,])\d+)\s+$/i;
// "de ministers van Buitenlandse Zaken van Finland": ministers of other countries.
const OF_OTHER_COUNTRY_AFTER = /^\s+van\s+(?!de\s+NAVO)\p{Lu}/u;

/**
 * The actors a sentence names, in order: the Netherlands, the Alliance and
 * its bodies, people, offices, countries, organizations and plural pronouns,
 * each marked where it stands in a prepositional phrase, as a passive's
 * agent, or in brackets.
 */
export function actorPhrases(ctx: LetterContext, sentence: SentenceView): ActorPhrase[] {
  const text = sentence.text;
  const phrases: ActorPhrase[] = [];
  const add = (kind: ActorKind, ref: ActorRef | null, start: number, end: number) => {
    if (phrases.some((p) => start < p.end && p.start < end)) return;
    phrases.push({ kind, ref, start, end, prepositional: false, agent: false, parenthetical: false });
  };

  // Each phrase pattern runs only where the words it needs occur (see `mayMatch`).
  const present = triggersIn(text);
  if (text.includes('NAR') || text.includes('Noord-Atlantische Raad')) for (const m of text.matchAll(COUNCIL_PHRASE)) add('council', { entityId: NORTH_ATLANTIC_COUNCIL }, m.index, m.index + m[0].length);
  if (mayMatch(NETHERLANDS_TRIGGERS, present)) {
    // "Ik" is the minister who signs the letter, when one does; else the government speaking.
    const signatory = /\b(?:[Ii]k|[Oo]ndergetekende)\b/.test(text) ? soleSignatory(ctx) : null;
    for (const m of text.matchAll(NETHERLANDS_PHRASE)) {
      if (signatory && /^(?:ik|ondergetekende)$/i.test(m[0])) add('person', { entityId: signatory }, m.index, m.index + m[0].length);
      else add('netherlands', { entityId: NLD }, m.index, m.index + m[0].length);
    }
  }
  // "De minister benadrukte ...": a report in the third person speaks of the minister who signs it.
  if (/\b[Dd]e minister\b/.test(text)) {
    const signatory = soleSignatory(ctx);
    const dutch = signatory !== null && (ctx.names.get(signatory) as { country?: string } | undefined)?.country === NLD;
    if (signatory && dutch) for (const m of text.matchAll(THE_MINISTER)) add('person', { entityId: signatory }, m.index, m.index + m[0].length);
  }
  for (const m of mayMatch(ALLIANCE_TRIGGERS, present) ? text.matchAll(ALLIANCE_PHRASE) : []) {
    const end = m.index + m[0].length;
    if (/ministers/i.test(m[0]) && OF_OTHER_COUNTRY_AFTER.test(text.slice(end, end + 30))) continue;
    // "de SG NAVO": the Alliance's name is part of the office named.
    if (sentence.mentions.some((o) => o.kind === 'office' && o.start <= m.index && end <= o.end && o.start < m.index)) continue;
    const some = QUANTIFIER_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index)) && (!/^(de|alle|onze)\s/i.test(m[0]) || /\bvan\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)));
    add(some ? 'some-allies' : 'alliance', some ? null : { entityId: NATO }, m.index, end);
  }

  const mentions = sentence.mentions;
  // "Minister-President Rutte": the person stands for the office, and the phrase starts with the title.
  const titleBefore = (i: number) => {
    const previous = mentions[i - 1];
    return previous && previous.kind === 'office' && mentions[i].start - previous.end <= 2 ? previous.start : mentions[i].start;
  };
  for (const [i, mention] of mentions.entries()) {
    if (mention.kind === 'topic') continue;
    if (mention.id === NLD || mention.id === NATO || mention.id === NORTH_ATLANTIC_COUNCIL) continue;
    if (mention.kind === 'office') {
      const next = mentions[i + 1];
      // "Minister-President Rutte": the person stands for the office.
      if (next && next.kind === 'person' && next.start - mention.end <= 2) continue;
      add('office', { officeId: mention.id }, mention.start, mention.end);
    } else if (mention.kind === 'person') {
      add('person', { entityId: mention.id }, titleBefore(i), mention.end);
    } else if (mention.kind === 'country') {
      // "de Duitse Minister": the country belongs to the office named with it.
      if (mentions.some((o) => o.kind === 'office' && o.start <= mention.start && mention.end <= o.end)) continue;
      if (!isCountryName(ctx, mention.id, mention.matched) && !/^\s+(regering|overheid)\b/i.test(text.slice(mention.end, mention.end + 12))) continue;
      add('country', { entityId: mention.id }, mention.start, mention.end);
    } else {
      add('organization', { entityId: mention.id }, mention.start, mention.end);
    }
  }
  if (mayMatch(PRONOUN_TRIGGERS, present)) for (const m of text.matchAll(PRONOUN_PHRASE)) add('pronoun', null, m.index, m.index + m[0].length);

  phrases.sort((a, b) => a.start - b.start);
  const hasBrackets = text.includes('(');
  for (const [i, phrase] of phrases.entries()) {
    const before = text.slice(Math.max(0, phrase.start - 40), phrase.start);
    const preposition = PREPOSITION_BEFORE.exec(before);
    phrase.prepositional = preposition !== null;
    phrase.agent = preposition !== null && /^door\b/i.test(preposition[1]);
    // "van Nederland en Duitsland": a phrase joined to the one before shares its role.
    const previous = phrases[i - 1];
    if (!preposition && previous && /^\s*(,|en|of|als|zowel)\s*(de\s+)?$/i.test(text.slice(previous.end, phrase.start))) {
      phrase.prepositional = previous.prepositional;
      phrase.agent = previous.agent;
    }
    const opened = hasBrackets ? (text.slice(0, phrase.start).match(/\(/g) ?? []).length : 0;
    const closed = hasBrackets ? (text.slice(0, phrase.start).match(/\)/g) ?? []).length : 0;
    phrase.parenthetical = opened > closed;
  }
  return phrases;
}

/** The one person who signed the letter, or null when none or several did (worked out once per letter). */
function soleSignatory(ctx: LetterContext): string | null {
  if (!signatoryOf.has(ctx)) {
    const signatories = findSignatories(ctx);
    signatoryOf.set(ctx, signatories.length === 1 ? signatories[0].personId : null);
  }
  return signatoryOf.get(ctx) ?? null;
}

const signatoryOf = new WeakMap<LetterContext, string | null>();

function isCountryName(ctx: LetterContext, id: string, matched: string): boolean {
  const entity = ctx.names.get(id);
  if (!entity || entity.kind !== 'country') return false;
  if (matched === entity.name || matched === entity.nameNl || /^\p{Lu}{2,}$/u.test(matched)) return true;
  // Adjectives and demonyms ("Russische", "Amerikaanse") describe, they do not act.
  return !/(se|sch|s)$/.test(matched);
}

// Words a main clause may open with before its subject.
// The ministers or leaders of the states named next: "De ministers van Buitenlandse Zaken van".
const MINISTERS_OF = /^[\s,]*(?:[Dd]e\s+)?(?:ministers|regeringsleiders|delegaties|vertegenwoordigers)\s+(?:van\s+(?:Buitenlandse\s+Zaken|Defensie)\s+)?van\s+$/u;
const CLAUSE_OPENERS = /^[\s,]*(?:(?:ook|zo|daarom|wel|daarnaast|tegelijkertijd|bovendien|verder|tevens|en|maar|dus|al|eerder|tot slot|ten slotte|tenslotte|hierbij|daarbij|ook nog)\s+)*$/i;

/** How a rule looks for the actor of its verb. */
export interface SubjectOptions {
  /** Actor kinds that cannot be the subject for this rule (the one tasked, not the one tasking). */
  skip?: ReadonlySet<ActorKind>;
}

/**
 * The subject of the verb that starts at `cueStart`: the actor that opens the
 * clause before the verb; else the actor right after the finite verb
 * (Dutch inversion: "Daarom steunt het kabinet"); else the nearest actor
 * before the verb in the clause; else the agent of a passive ("door de
 * Minister-President"). Actors in prepositional phrases and brackets are
 * never subjects. Null when the clause names none: an agentless passive.
 */
export function subjectOf(
  text: string,
  phrases: ActorPhrase[],
  clause: Clause,
  cueStart: number,
  options: SubjectOptions = {},
): ActorPhrase | null {
  const usable = (p: ActorPhrase) => !p.prepositional && !p.parenthetical && !(options.skip?.has(p.kind) ?? false);
  const inClause = phrases.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const before = inClause.filter((p) => p.end <= cueStart && usable(p));
  const first = before[0];
  if (first && CLAUSE_OPENERS.test(text.slice(clause.start, first.start))) return first;
  // "De Oekraïense president Zelensky sprak ... toe en riep op": a person named with a title, after only an article, opens the clause.
  if (first && first.kind === 'person' && /^\s*(?:de|het)\s+$/i.test(text.slice(clause.start, first.start))) return first;
  // "President Obama riep de bondgenoten op": a person or state right before the verb, with no other kind of actor before it, is its subject.
  // "De ministers van Defensie van Georgië en Moldavië gaven ...": the states whose ministers open the clause.
  const ofStates = inClause.filter((p) => p.kind === 'country' && p.end <= cueStart && !p.parenthetical);
  if (before.length === 0 && ofStates.length > 0 && /^\s*\S*\s*$/.test(text.slice(ofStates[ofStates.length - 1].end, cueStart)) && MINISTERS_OF.test(text.slice(clause.start, ofStates[0].start))) {
    return ofStates[0];
  }
  const last = before[before.length - 1];
  // "De Ministers van Buitenlandse Zaken van Finland en Zweden gaven ...": states or people, and only those, opening the clause before the verb.
  // What comes before them is at most an article and a title ("President", "De Duitse"), not a preposition ("Ten aanzien van").
  const opensClause = first !== undefined && (CLAUSE_OPENERS.test(text.slice(clause.start, first.start)) || /^\s*(?:(?:[Dd]e|[Hh]et)\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}$/u.test(text.slice(clause.start, first.start)));
  if (opensClause && last && (last.kind === 'person' || last.kind === 'country') && /^\s*$/.test(text.slice(last.end, cueStart)) && before.every((p) => p.kind === 'person' || p.kind === 'country' || p.kind === 'office')) {
    // The first of the states listed ("Litouwen en Polen vroegen"), from which the holders are counted.
    let i = before.length - 1;
    while (i > 0 && before[i - 1].kind === last.kind && /^\s*(?:,|en)\s*$/.test(text.slice(before[i - 1].end, before[i].start))) i -= 1;
    return before[i];
  }

  // Inversion: the subject follows the finite verb (the cue's first word) with at most two words between,
  // none of them opening a clause of its own ("gaf aan dat de bondgenoten ...": the subject of "dat").
  const verbEnd = firstWordEnd(text, cueStart);
  const after = inClause.find((p) => p.start >= verbEnd && usable(p) && /^\s*(?:(?!(?:dat|om)\s)\p{L}+\s+){0,2}?$/iu.test(text.slice(verbEnd, p.start)));
  if (after) return after;
  if (before.length > 0) return before[before.length - 1];
  const agent = inClause.find((p) => p.agent && !(options.skip?.has(p.kind) ?? false));
  if (agent) return agent;
  // "De NAVO versterkt ..., maar bevestigt ook dat ...": a coordinated verb shares the sentence's subject.
  if (/^\s*(?:en|maar|doch)\s+\p{L}+/iu.test(text.slice(clause.start, cueStart + 1))) {
    const opener = phrases.find((p) => usable(p) && p.start < clause.start && CLAUSE_OPENERS.test(text.slice(0, p.start)));
    if (opener) return opener;
  }
  // "Nederland, dat in 2016 voorzitter was van de Raad van de EU, verwelkomt ...": the subject stands before a relative clause set off by commas.
  const opener = phrases.find((p) => usable(p) && p.end <= clause.start && CLAUSE_OPENERS.test(text.slice(0, p.start)));
  if (opener && /^\s*,\s*(?:dat|die|wie)\b[^;:]*,\s*$/iu.test(text.slice(opener.end, clause.start))) return opener;
  return null;
}

function firstWordEnd(text: string, at: number): number {
  const m = /^[\p{L}\p{N}-]+/u.exec(text.slice(at));
  return at + (m ? m[0].length : 0);
}

/**
 * For each sentence, the actor a plural pronoun ("zij", "ze") stands for:
 * the last Alliance or Netherlands subject named before it in the same
 * passage, at most three sentences back.
 */
function pronounAntecedents(ctx: LetterContext, phrasesOf: (s: SentenceView) => ActorPhrase[]): Map<number, ActorRef> {
  const antecedents = new Map<number, ActorRef>();
  type Antecedent = { ref: ActorRef; passage: number; sentence: number };
  let last: Antecedent | null = null as Antecedent | null;
  for (const sentence of ctx.sentences) {
    if (last && (last.passage !== sentence.passageIndex || sentence.index - last.sentence > 3)) last = null;
    if (last) antecedents.set(sentence.index, last.ref);
    const subject = phrasesOf(sentence).find((p) => !p.prepositional && !p.parenthetical && (p.kind === 'alliance' || p.kind === 'netherlands' || p.kind === 'pronoun'));
    if (subject?.kind === 'pronoun') {
      if (last) last = { ref: last.ref, passage: last.passage, sentence: sentence.index };
    } else if (subject?.ref) {
      last = { ref: subject.ref, passage: sentence.passageIndex, sentence: sentence.index };
    }
  }
  return antecedents;
}

// A meeting named only as the object of a document ("de geannoteerde agenda voor de bijeenkomst van ...").
const DOCUMENT_BEFORE = /\b(agenda|verslag|brief|kamerbrief)\b[^,;:()]*$/i;

/** The meetings a sentence names as meetings, not as the subject of a document it cites. */
export function namedMeetings(sentence: SentenceView, mentions: MeetingMention[]): MeetingMention[] {
  const inSentence = mentionsBySentence(mentions).get(sentence.index) ?? [];
  return inSentence.filter((m) => !DOCUMENT_BEFORE.test(sentence.text.slice(Math.max(0, m.start - 120), m.start)));
}

// Every rule asks, sentence by sentence, for the meetings named there: the letter's mentions are grouped once.
const mentionsGrouped = new WeakMap<MeetingMention[], Map<number, MeetingMention[]>>();

function mentionsBySentence(mentions: MeetingMention[]): Map<number, MeetingMention[]> {
  let grouped = mentionsGrouped.get(mentions);
  if (!grouped) {
    grouped = new Map();
    for (const m of mentions) {
      const list = grouped.get(m.sentence.index);
      if (list) list.push(m);
      else grouped.set(m.sentence.index, [m]);
    }
    mentionsGrouped.set(mentions, grouped);
  }
  return grouped;
}

/** The named meeting nearest to the words at [start, end). */
export function nearestMeeting(named: MeetingMention[], start: number, end: number): MeetingMention | null {
  let best: MeetingMention | null = null;
  let bestDistance = Infinity;
  for (const m of named) {
    const distance = m.start >= end ? m.start - end : m.end <= start ? start - m.end : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

// "de Top", "deze bijeenkomst", "de aanstaande Top": the meeting the letter is about.
const OWN_MEETING_WORDS = /\b(?:deze|de|die)\s+(?:aanstaande\s+|aankomende\s+|komende\s+|eerstvolgende\s+)?(?:NAVO-?\s?)?(?:Top|top|Leaders[’'`]?\s*Meeting|bijeenkomst|sessie|werksessie|vergadering)\b(?!\s+(?:in|van|te)\s+\p{Lu})/u;

/** Whether the sentence refers to the letter's own meeting without naming it ("tijdens de Top"). */
export function refersToOwnMeeting(text: string): boolean {
  return OWN_MEETING_WORDS.test(text);
}

// "Op de Top wordt naar verwachting besloten ...": a summit named by the word alone.
const THE_SUMMIT = /\b(?:de|het)\s+(?:NAVO-?)?[Tt]op\b(?!\s+(?:van|in|te)\b)/u;

/**
 * The summit "de Top" stands for in a letter about a ministerial: the one
 * summit the letter names that is still to come at its date ("de top van
 * regeringsleiders in Vilnius", then "Op de Top wordt ... besloten"), also
 * for what the leaders will do ("zullen regeringsleiders ... aannemen").
 */
export function summitMeant(ctx: LetterContext, text: string, mentions: MeetingMention[], own: MeetingRecord | null): NamedMeeting | null {
  // "Ook zullen regeringsleiders een meerjarig steunprogramma aannemen": what the leaders will do, they do at their summit.
  const leadersAhead = /\bregeringsleiders\b/i.test(text) && isFuture(text);
  if (!own || own.kind === 'SUMMIT' || own.kind === 'LEADERS_MEETING' || !(THE_SUMMIT.test(text) || leadersAhead)) return null;
  const date = ctx.statedDate ?? own.endDate;
  const ahead = [...new Map(mentions.filter((m) => (m.meeting.kind === 'SUMMIT' || m.meeting.kind === 'LEADERS_MEETING') && m.meeting.startDate > date).map((m) => [m.meeting.id, m.meeting])).values()];
  return ahead.length === 1 ? ahead[0] : null;
}

const FOREIGN_MINISTERIAL = /\b(BZ-ministeri[eë]le|ministeri[eë]le\s+van\s+(?:de\s+)?ministers\s+van\s+Buitenlandse\s+Zaken|(?:NAVO-)?ministers\s+van\s+Buitenlandse\s+Zaken)\b/i;
const DEFENCE_MINISTERIAL = /\b(defensieministeri[eë]le|(?:NAVO-)?ministers\s+van\s+Defensie)\b/i;

/**
 * A ministerial meeting the sentence names by kind only ("de BZ-ministeriële",
 * "de NAVO-ministers van Defensie in juni"): the letter's latest meeting of
 * that kind up to its own meeting, in the month the sentence gives if it
 * gives one. `undefined` when the sentence names no ministerial; null when it
 * names one the letter's meetings do not include.
 */
export function ministerialByKind(
  sentence: SentenceView,
  mentions: MeetingMention[],
  own: NamedMeeting | null,
): NamedMeeting | null | undefined {
  const foreign = definite(sentence.text, FOREIGN_MINISTERIAL);
  const defence = definite(sentence.text, DEFENCE_MINISTERIAL);
  if (foreign === defence) return undefined;
  const kind = foreign ? 'FOREIGN_MINISTERS_MEETING' : 'DEFENCE_MINISTERS_MEETING';
  const months = sentence.dates.filter((d) => d.precision !== 'year').map((d) => d.startDate.slice(0, 7));
  const limit = own?.startDate ?? '9999';
  const candidates = uniqueMeetings(mentions)
    .filter((m) => m.kind === kind && m.startDate <= limit)
    .filter((m) => months.length === 0 || months.includes(m.startDate.slice(0, 7)))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  return candidates.pop() ?? null;
}

/** Whether the pattern occurs as a definite phrase: "de BZ-ministeriële", not "een bijeenkomst van ministers". */
function definite(text: string, pattern: RegExp): boolean {
  const m = pattern.exec(text);
  if (!m) return false;
  const articles = [...text.slice(Math.max(0, m.index - 40), m.index + 3).matchAll(/\b(de|het|een)\b/gi)];
  const nearest = articles[articles.length - 1];
  return nearest !== undefined && nearest[1].toLowerCase() !== 'een';
}

/** Every meeting the letter names, once each. */
export function uniqueMeetings(mentions: MeetingMention[]): NamedMeeting[] {
  const byId = new Map<string, NamedMeeting>();
  for (const m of mentions) if (!byId.has(m.meeting.id)) byId.set(m.meeting.id, m.meeting);
  return [...byId.values()];
}

/**
 * The latest meeting named in an earlier sentence of the same passage, for
 * a sentence that goes on about it ("Destijds", "Dit houdt in").
 */
export function meetingEarlierInPassage(sentence: SentenceView, mentions: MeetingMention[]): NamedMeeting | null {
  const earlier = mentions.filter(
    (m) => m.sentence.passageIndex === sentence.passageIndex && m.sentence.index < sentence.index && !DOCUMENT_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - 120), m.start)),
  );
  return earlier.length > 0 ? earlier[earlier.length - 1].meeting : null;
}

/** The date claims are placed at when they have no meeting: the letter's own, else the latest full date it gives. */
export function letterDate(ctx: LetterContext): string | null {
  return ctx.statedDate ?? ctx.referenceDate;
}

// Future and expectation: "zal", "zullen", "naar verwachting", "mogelijk wordt".
const FUTURE = /\b(zal|zullen|naar verwachting|verwacht\s+wordt|mogelijk\s+(?:wordt|worden|geven|nemen))\b|\bgaan\s+\p{L}+en\b/iu;

/** Whether the clause speaks of what is still to come. */
export function isFuture(text: string): boolean {
  return FUTURE.test(text);
}

/** The English name of an actor for summaries ("NATO", "Netherlands", "Mark Rutte"). */
export function actorName(ctx: LetterContext, id: string): string {
  const entity = ctx.names.get(id);
  // A person the reference data does not know is named by the surname of the id ("person:cavusoglu": "Cavusoglu").
  if (!entity && id.startsWith('person:')) return id.slice('person:'.length).split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  if (!entity) return id;
  if (entity.kind === 'organization') return entity.acronym ?? entity.name;
  if (entity.kind === 'country' && id === NLD) return 'the Netherlands';
  if (entity.kind === 'office') return entity.title;
  if (entity.kind === 'topic') return entity.name;
  return entity.name;
}

/** "a, b and c". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Capitalizes the first letter of a generated sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The actor phrases of each sentence and the antecedent of a sentence's
 * pronouns, each worked out on first request: what every claim finder reads
 * once one of its rules matches. Most sentences match no rule, so most never
 * need their phrases; the antecedents need every sentence's phrases, and only
 * a pronoun subject asks for them.
 */
export function actorsBySentence(ctx: LetterContext): SentenceActors {
  let actors = actorsOfLetter.get(ctx);
  if (!actors) actorsOfLetter.set(ctx, (actors = findActorsBySentence(ctx)));
  return actors;
}

export interface SentenceActors {
  phrasesOf: (sentence: SentenceView) => ActorPhrase[];
  /** The actor a plural pronoun in the sentence stands for (see `pronounAntecedents`), or null. */
  antecedentOf: (sentence: SentenceView) => ActorRef | null;
}

// The decision, commitment and stance finders each ask for the same letter's actors: worked out once.
const actorsOfLetter = new WeakMap<LetterContext, SentenceActors>();

function findActorsBySentence(ctx: LetterContext): SentenceActors {
  const phrases = new Map<number, ActorPhrase[]>();
  const phrasesOf = (s: SentenceView) => {
    let found = phrases.get(s.index);
    if (!found) phrases.set(s.index, (found = actorPhrases(ctx, s)));
    return found;
  };
  let antecedents: Map<number, ActorRef> | null = null;
  const antecedentOf = (s: SentenceView) => {
    antecedents ??= pronounAntecedents(ctx, phrasesOf);
    return antecedents.get(s.index) ?? null;
  };
  return { phrasesOf, antecedentOf };
}
