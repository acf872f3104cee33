/**
 * What a claim says, beyond who holds it and where: the words its verb
 * governs (`what`), whether the sentence reports it as done or still to
 * come (tense), and the topics its context gives when its own sentence
 * names none. Rules over Dutch sentence structure, not over any letter.
 */
import { tellsAfter, type ClaimStatus, type DocumentKind } from '../letter-graph';
import { clauseAt, clausesOf, type NamedMeeting } from './claim-parts';
import type { LetterContext, SentenceView } from './context';

/** The longest `what` kept whole; longer ones are cut at a word and marked with an ellipsis. */
const WHAT_MAX = 220;
// Particles of separable verbs that close a match ("namen ... aan", "kwamen ... overeen").
const PARTICLE = /\s+(?:aan|af|in|op|voor|toe|uit|overeen|goed|bij|deel|vast|mee)$/i;
// The participle that closes a perfect matched from its auxiliary: "heeft ... gesteund".
const PERFECT_PARTICIPLE = /(?<=^(?:heeft|hebben|had|hadden)\s.*)\s+ge\p{L}+[dt]$/iu;
// Words that may open what a verb governs without belonging to it.
// "tijdens de NAVO-Leaders' Meeting in Londen in december 2019 <tot ...>": where and when, not what.
const LEADING_FILLER = /^(?:[\s,:]|dat\b|om\b|zich\b|ook\b|verder\b|tevens\b|nogmaals\b|opnieuw\b|daarbij\b|hierbij\b|daarom\b|naar\s+verwachting\b|waar\s+nodig\b|(?:zal|zullen|wordt|worden|werd|werden)\b|in\s+dat\s+kader\b|van\b|\([^)]{0,40}\)|(?:tijdens|op|bij)\s+(?:de|het|deze|hun)\s+(?:[\p{L}’'»«-]+\s+){0,3}?(?:NAVO-?\s?)?(?:Top|top|bijeenkomst|vergadering|Meeting|meeting)\b|in\s+(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+)?(?:19|20)\d{2}\b|(?:vast|af|toe|overeen|goed)\s+(?=dat\b|om\b|te\b))+/iu;
// "in Londen", "in Madrid": a place named right after the verb, before what it governs.
const LEADING_PLACE = /^\s*in\s+\p{Lu}\p{Ll}+(?=\s)/u;
const AUXILIARY_END = /\b(?:zal|zullen|wil|willen|blijft|blijven)$/i;
const INFINITIVE_THEN_CONTENT = /\b\p{L}+en\s+((?:dat|om)\b.*)$/u;
const TRAILING_FILLER = /[\s,;:(–—-]+$/;

/** Where in its sentence a claim's content stands (offsets relative to the sentence). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where the words the verb at [verbStart, verbEnd) governs stand: the rest
 * of its clause after the verb ("besloten <de NRF te versterken>",
 * "benadrukt <dat de deur open blijft>"), running on through the
 * subordinate clauses that are its content; for a verb at the end of its
 * clause ("... de verklaring aangenomen") the words between the subject and
 * the verb; for a separable verb matched whole ("namen <de verklaring>
 * aan"), the words between its parts. Null when nothing of substance is left.
 */
export function governedSpan(text: string, verbStart: number, verbEnd: number, subjectEnd: number | null): Span | null {
  const clauses = clausesOf(text);
  const clause = clauseAt(clauses, verbStart);
  const matched = text.slice(verbStart, verbEnd);
  // The subject may stand after the verb ("besloten staatshoofden en regeringsleiders <...>"): the content starts after it.
  const afterSubject = (from: number, to: number) => (subjectEnd !== null && subjectEnd > from && subjectEnd <= to ? subjectEnd : from);

  // A separable verb matched with its object inside: the words between the verb and its particle,
  // unless they only point ahead ("nodigden zij de SG ertoe uit <...>").
  // So is a perfect matched whole: "heeft <het Finse lidmaatschap vanaf het begin> gesteund".
  const participle = PERFECT_PARTICIPLE.exec(matched);
  const particle = PARTICLE.exec(matched) ?? participle;
  if (particle) {
    const from = afterSubject(verbStart + /^\S+\s*/.exec(matched)![0].length, verbStart + particle.index);
    const inner = text.slice(from, verbStart + particle.index);
    if (wordCount(inner) >= 2 && !POINTS_AHEAD.test(inner)) return { start: from, end: verbStart + particle.index };
  }

  // After the verb, to the end of the main clause it stands in (a following subordinate clause is its content).
  let end = text.length;
  for (const c of clauses) {
    if (c.start > verbEnd && !c.subordinate && c.start > clause.start) {
      // A main clause that starts with its own subject ends the content: ", en de NAVO zal ..."
      end = c.start;
      break;
    }
  }
  let start = afterSubject(verbEnd, end);
  // "een Communiqué uitgebracht <die uw Kamer ... zal toekomen>": a relative clause after a verb-final verb is about its object, which stands before it.
  if (RELATIVE_AFTER.test(text.slice(start, end))) {
    const before = Math.max(subjectEnd !== null && subjectEnd <= verbStart ? subjectEnd : clause.start, clause.start);
    if (wordCount(text.slice(before, verbStart)) >= 2) return { start: before, end: verbStart };
  }
  // An auxiliary matched for its subject ("Nederland zal ... benadrukken dat ..."): what the infinitive governs.
  if (AUXILIARY_END.test(matched)) {
    const content = INFINITIVE_THEN_CONTENT.exec(text.slice(start, end));
    if (content) start = start + content.index + content[0].length - content[1].length;
  }
  if (wordCount(text.slice(start, end)) >= 2) return { start, end };

  const before = Math.max(subjectEnd !== null && subjectEnd <= verbStart ? subjectEnd : clause.start, clause.start);
  if (wordCount(text.slice(before, verbStart)) >= 2) return { start: before, end: verbStart };
  return null;
}

// "die", "waarin", "welke": a relative clause, not the content of the verb before it.
const RELATIVE_AFTER = /^[\s,]*(?:die|waarin|waarmee|waarbij|waarvan|welke)\b/i;

// "ertoe", "erom", "hiertoe": the words only point at what follows the verb.
const POINTS_AHEAD = /\b(?:ertoe|erom|erop|daartoe|hiertoe|daarom)\s*$/i;

/** The words of a span as a claim's `what`: fillers and end punctuation trimmed, long ones cut at a word. */
export function governedWords(text: string, span: Span | null): string | null {
  return span ? tidy(text.slice(span.start, span.end)) : null;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function tidy(words: string): string | null {
  let out = words.replace(/\s+/g, ' ');
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(LEADING_FILLER, '').replace(LEADING_PLACE, '');
  }
  out = out.replace(/[.!?]+\s*$/, '').replace(TRAILING_FILLER, '').trim();
  // Auxiliaries left at the end of a verb-final clause ("... aangenomen is").
  out = out.replace(/(?:\s+(?:is|zijn|werd|werden|wordt|worden|heeft|hebben|zal|zullen))+$/i, '');
  if (wordCount(out) < 2) return null;
  if (out.length > WHAT_MAX) out = `${out.slice(0, out.lastIndexOf(' ', WHAT_MAX))} …`;
  return out;
}

// "deze landen", "beide landen", "partnerlanden": countries an earlier sentence or the heading named.
const COUNTRIES_POINTED_AT = /\b(?:deze|beide|die|de\s+twee)\s+landen\b|\bpartnerlanden\b/i;

/**
 * The words with what an anaphor points at spelled out: "deze landen" in a
 * claim about Ukraine and Georgia reads "deze landen (Oekraïne en Georgië)".
 */
export function withAntecedents(ctx: LetterContext, what: string | null, subjects: readonly string[]): string | null {
  if (!what || subjects.length === 0) return what;
  const m = COUNTRIES_POINTED_AT.exec(what);
  if (!m) return what;
  const named = subjects.flatMap((id) => {
    const e = ctx.names.get(id);
    return e && e.kind === 'country' ? [e.nameNl ?? e.name] : [];
  });
  if (named.length === 0 || named.some((n) => what.includes(n))) return what;
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} en ${named[named.length - 1]}`;
  return `${what.slice(0, m.index + m[0].length)} (${list})${what.slice(m.index + m[0].length)}`;
}

/** Whether a sentence points at countries named elsewhere ("deze landen", "partnerlanden"). */
export function pointsAtCountries(text: string): boolean {
  return COUNTRIES_POINTED_AT.test(text);
}

// Past tense and perfect or passive forms: what is reported as done.
const IRREGULAR_PAST = new Set([
  'nam', 'namen', 'kwam', 'kwamen', 'sprak', 'spraken', 'gaf', 'gaven', 'was', 'waren', 'werd', 'werden', 'besloot', 'besloten',
  'droeg', 'droegen', 'riep', 'riepen', 'zag', 'zagen', 'stond', 'stonden', 'hield', 'hielden', 'bood', 'boden', 'hield', 'sloot',
  'sloten', 'bracht', 'brachten', 'dacht', 'dachten', 'vond', 'vonden', 'zegde', 'zegden', 'verklaarde', 'verklaarden', 'onderschreef',
  'onderschreven', 'ging', 'gingen', 'liet', 'lieten', 'legde', 'legden', 'schreef', 'schreven', 'trof', 'troffen', 'wees', 'wezen',
]);
const PERFECT_AUXILIARY = /\b(?:is|zijn|werd|werden|heeft|hebben|had|hadden|was|waren)\b(?:\s+\S+){0,12}?\s+(?:ge\p{L}+(?:d|t|en)|\p{L}*(?:besloten|aangenomen|overeengekomen|afgesproken|opgedragen|goedgekeurd|vastgesteld|bekrachtigd|onderschreven|herbevestigd|toegezegd|ingestemd|verwelkomd|aangekondigd|gelanceerd|ondertekend|uitgenodigd))\b/iu;
// Future and intent: "zal", "zullen", "is voornemens", "wordt verwacht", "op de aankomende Top".
const FUTURE = /\b(?:zal|zullen|naar\s+verwachting|wordt\s+verwacht|worden\s+verwacht|verwacht\s+wordt|is\s+voornemens|zijn\s+voornemens|voornemens\s+is|beoogt|beogen|aankomende|aanstaande|komende\s+(?:Top|top|bijeenkomst|vergadering))\b|\bmogelijk\s+(?:wordt|worden)\b|\bgaan\s+\p{L}+en\b/iu;

const EXPECTED_ADVERB = /\bnaar\s+verwachting\b/i;

// Present forms that end like a weak past ("achten", "bieden", "moeten").
const PRESENT_LOOKING_PAST = /(?:chten|sluiten|zetten|bereiden|schenden|raden|laden|houden|worden|vinden|zenden|melden|bieden|leiden|scheiden|binden|moeten|weten|laten|zitten|treden|bouwen|breiden|spreiden|verbreden|besteden)$/u;

/** How a sentence tells of a claim: as done, as to come, or neither (present tense). */
export type Tense = 'past' | 'future' | 'present';

/**
 * The tense of the claim whose verb is at [verbStart, verbEnd): future when
 * its clause, up to the verb, speaks of what is to come ("zal", "is
 * voornemens", "naar verwachting"); past when the verb is a past form or a
 * perfect or passive of one ("besloten", "namen ... aan", "werd aangenomen",
 * "is besloten"); else present.
 */
const MODAL_PASSIVE_BEFORE = /\b(?:kan|kunnen|moet|moeten|mag|mogen)\s+(?:[\p{L}-]+\s+){0,4}?worden\s+$/iu;
const PRESENT_PASSIVE_BEFORE = /\b(?:wordt|worden)\s+(?:[\p{L}-]+\s+){0,4}?$/iu;

export function tenseOf(text: string, verbStart: number, verbEnd: number): Tense {
  const clause = clauseAt(clausesOf(text), verbStart);
  const upToVerb = text.slice(clause.start, verbEnd);
  if (FUTURE.test(upToVerb)) return 'future';
  // "De leiders bekrachtigen dit besluit naar verwachting in Warschau": the adverb of expectation may follow the verb.
  if (EXPECTED_ADVERB.test(text.slice(verbEnd, clause.end))) return 'future';
  // "zodat hierover in Madrid kan worden besloten", "waarover nog wordt besloten": a participle after "worden" is no past.
  const beforeVerb = text.slice(clause.start, verbStart);
  if (MODAL_PASSIVE_BEFORE.test(beforeVerb)) return 'future';
  if (PRESENT_PASSIVE_BEFORE.test(beforeVerb)) return 'present';
  const firstWord = (/^[\p{L}-]+/u.exec(text.slice(verbStart)) ?? [''])[0].toLowerCase();
  if (IRREGULAR_PAST.has(firstWord) || (/^\p{L}{3,}(?:de|te|den|ten)$/u.test(firstWord) && !PRESENT_LOOKING_PAST.test(firstWord))) return 'past';
  if (PERFECT_AUXILIARY.test(text.slice(clause.start, Math.min(clause.end, verbEnd + 40)))) return 'past';
  return 'present';
}

/**
 * TAKEN or EXPECTED, from the sentence first and the letter second: what the
 * sentence reports in the past tense was done, whatever the letter; at the
 * letter's own meeting when the letter states no date, the letter's kind
 * decides (an agenda's other dates may be the meeting's own); a claim at a
 * meeting that starts after the letter's date is to come; at a meeting that
 * is over, or under way, it is done unless the words speak of the future;
 * without a meeting, the words decide.
 */
export function statusOf(tense: Tense, meeting: NamedMeeting | null, own: NamedMeeting | null, letterKind: DocumentKind, ctx: LetterContext): ClaimStatus {
  if (tense === 'past') return 'TAKEN';
  const ownMeeting = meeting !== null && own !== null && meeting.id === own.id;
  // An undated letter is placed by its own meeting (a report after it, an agenda before it) before any other date it gives: those may lie ahead.
  const undatedAt = own ? (tellsAfter(letterKind) ? own.endDate : own.startDate) : ctx.referenceDate;
  const letterDate = ownMeeting ? ctx.statedDate : ctx.statedDate ?? undatedAt;
  if (meeting && letterDate) {
    if (meeting.startDate > letterDate) return 'EXPECTED';
    if (meeting.endDate <= letterDate) return 'TAKEN';
    return tense === 'future' ? 'EXPECTED' : 'TAKEN';
  }
  // A news item copied without its date tells in the present what is announced ("Na afloop brengen de bondgenoten een communiqué uit").
  if (meeting && own && meeting.id === own.id) return letterKind === 'REPORT' || (letterKind === 'PRESS_RELEASE' && ctx.statedDate !== null) ? 'TAKEN' : 'EXPECTED';
  return tense === 'future' ? 'EXPECTED' : 'TAKEN';
}

/**
 * The topics of a sentence that names none itself: those its passage
 * heading names ("Lastenverdeling", "Russische dreigingen ten aanzien van
 * partnerlanden"), else those of the nearest of the two sentences before it
 * in the same passage that names some.
 */
export function contextTopics(ctx: LetterContext, sentence: SentenceView, topicsIn: (s: SentenceView) => string[]): string[] {
  const fromHeading = headingTopics(ctx, sentence.heading);
  if (fromHeading.length > 0) return fromHeading;
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
    const before = ctx.sentences[i];
    if (before.passageIndex !== sentence.passageIndex) break;
    const topics = topicsIn(before);
    if (topics.length > 0) return topics;
  }
  return [];
}

// "Lastenverdeling¹": a footnote mark on a heading is no part of its words.
const FOOTNOTE_MARKS = /[\u00b9\u00b2\u00b3\u2070-\u2079*†‡]+/g;
const withoutFootnoteMarks = (heading: string) => heading.replace(FOOTNOTE_MARKS, ' ');

/** The topics a passage heading names or signals. */
export function headingTopics(ctx: LetterContext, heading: string | null): string[] {
  if (!heading) return [];
  let topics = headingTopicCache.get(ctx)?.get(heading);
  if (topics) return topics;
  topics = [];
  for (const m of ctx.names.findMentions(withoutFootnoteMarks(heading))) {
    const ids = m.kind === 'topic' ? [m.id] : ctx.names.topicsSignalledBy(m.id).map((t) => t.id);
    for (const id of ids) if (!topics.includes(id)) topics.push(id);
  }
  let cache = headingTopicCache.get(ctx);
  if (!cache) headingTopicCache.set(ctx, (cache = new Map()));
  cache.set(heading, topics);
  return topics;
}

const headingTopicCache = new WeakMap<LetterContext, Map<string, string[]>>();

/** The countries a heading names ("Oekraïne en Georgië"), for a claim beneath it that points at "deze landen". */
export function headingCountries(ctx: LetterContext, heading: string | null): string[] {
  if (!heading) return [];
  return ctx.names.findMentions(withoutFootnoteMarks(heading)).filter((m) => m.kind === 'country').map((m) => m.id);
}
