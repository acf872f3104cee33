import type { Mention, MinisterialEntry, OfficeTerm, ReferenceData, SummitEntry } from '../../reference';
import type { MeetingKind, MeetingRecord } from '../letter-graph';
import { registerTriggers, triggersIn } from './claim-parts';
import { sentenceEvidence, type LetterContext, type SentenceView } from './context';

/** A meeting named in a sentence, and where in the sentence. */
export interface MeetingMention {
  meeting: Omit<MeetingRecord, 'about' | 'preparedBy' | 'evidence'>;
  sentence: SentenceView;
  start: number;
  end: number;
  rule: string;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Words beside a date that say what met on it; the cue nearest to the date decides.
const KIND_CUES: Array<{ pattern: RegExp; kinds: MeetingKind[] | 'summit' }> = [
  { pattern: /leaders[’'`]?\s*meeting/gi, kinds: 'summit' },
  { pattern: /\b(buitenlandse zaken en (van )?defensie|foreign and defen[cs]e ministers)\b/gi, kinds: ['FOREIGN_MINISTERS_MEETING', 'DEFENCE_MINISTERS_MEETING'] },
  // "ministerss", "Defensieministerss", "Buitenlandse Zake": a doubled or dropped letter in a kind word still names the kind.
  { pattern: /\b(ministers* van buitenlandse zaken?|bz-ministeri[eë]le|foreign ministers*|fmm)\b/gi, kinds: ['FOREIGN_MINISTERS_MEETING'] },
  { pattern: /\b(ministers* van defensie|defensieministers*|defen[cs]e ministers*|dmm)\b/gi, kinds: ['DEFENCE_MINISTERS_MEETING'] },
  // "de bijeenkomst van de NAVO-regeringsleiders op 25 mei 2017": leaders meet at a summit or leaders' meeting.
  { pattern: /\b(navo[- ]?top|top|summit|staatshoofden en[ -]+regeringsleiders|(?:navo-)?regeringsleiders)\b/gi, kinds: 'summit' },
];
const SUMMIT_CUE = /\b(navo[- ]?top|top|summit|staatshoofden en[ -]+regeringsleiders|(?:navo-)?regeringsleiders)\b/i;
const AGREED_AFTER_CITY = /^\s+(?:(?:zijn|is|werd|werden|waren)\s+)?(?:aangenomen|afgesproken|overeengekomen|besloten|genomen|vastgesteld|goedgekeurd|gemaakte?|bekrachtigd|aangegane?|gedane?)\b/i;
const SUMMIT_OF_YEAR = /\b(?:navo[- ]?top|top|summit)\s+(?:van|in)\s+((?:19|20)\d{2})\b(?![.,]\d)/gi;
const LEADERS_CUE = /leaders[’'`]?\s*meeting/i;
// "tijdens de NAVO-top", "op de afgelopen top": a summit named by neither place nor year, as a place things happened.
const LAST_SUMMIT = /\b(?:tijdens|op|bij)\s+de\s+(?:afgelopen\s+|recente\s+|laatste\s+|jongste\s+)?(?:NAVO-)?top\b(?!\s+(?:van|in|te)\b|-)/i;
// Words before a meeting that name it as what another meeting prepares.
const PREPARED_FOR_BEFORE = /\b(?:in\s+(?:de\s+)?aanloop\s+naar|ter\s+voorbereiding\s+(?:op|van)|voorbereiding\s+(?:op|van))\s+(?:de\s+)?(?:NAVO-)?(?:top\s+(?:in|van|te)\s+)?$/i;
// Words that tell of the past ("kwamen overeen", "werd besloten", "hebben afgesproken"), and words that put a sentence ahead of the letter.
const PAST_CUE = /\b(?:kwamen|kwam|werd|werden|was|waren|hebben|heeft|namen|nam|besloten|spraken|afgesproken|overeengekomen|aangenomen|vastgesteld)\b/i;
const FUTURE_CUE = /\b(?:zal|zullen|zou|zouden|aanstaande|komende|volgende|verwacht|verwachting|voornemens|a\.s\.)\b/i;
// A gathering must be spoken of for a date to be a meeting's date.
const GATHERING_CUE = /\b(bijeenkomst|bijeenkomsten|vergadering|ministeri[eë]le|top|summit|meeting|bijeen)\b/i;
// Ministers who act on a date met then ("In juni hebben de NAVO-ministers van Defensie ... goedgekeurd"); trusted only where the catalogue holds such a meeting.
const MINISTERS_CUE = /\b(ministers\s+van\s+(buitenlandse\s+zaken?|defensie)|defensieministers|navo-ministers)\b/i;
// "In februari jl. besloten de ministers": ministers named by no kind, just after a month the catalogue gives one ministerial.
const BARE_MINISTERS_CUE = /^\s*(?:jl\.|j\.l\.|jongstleden)?\s*(?:\p{Ll}+\s+){0,2}?de\s+ministers\b/iu;
// A date that belongs to a letter, a request or a Kamerstuk, not to a meeting.
const PAPER_CUE = /\b(brief|kenmerk|verzoek|kamerstuk|verslag|datum)\b[^.]{0,60}$/i;

/** The kind cue nearest to a date, looking back to the previous date and ahead to the next. */
function nearestKindCue(before: string, after: string): MeetingKind[] | 'summit' | null {
  let best: { distance: number; kinds: MeetingKind[] | 'summit' } | null = null;
  for (const cue of KIND_CUES) {
    for (const m of before.matchAll(cue.pattern)) {
      const distance = before.length - (m.index + m[0].length);
      if (!best || distance < best.distance) best = { distance, kinds: cue.kinds };
    }
  }
  const cueBefore = best !== null;
  for (const cue of KIND_CUES) {
    for (const m of after.matchAll(cue.pattern)) {
      // Ahead of the date only the nearest few words count: "de op 1 juni gehouden bijeenkomst van de ministers van Defensie";
      // a few more where nothing before it says what met ("Op 15 oktober 2025 vonden in Brussel bijeenkomsten plaats van de NAVO-ministers van Defensie").
      // A cue ahead of the date weighs three times its distance: the words before a date usually say what met.
      const distance = m.index * 3;
      if (m.index <= (cueBefore ? 45 : 80) && (!best || distance < best.distance)) best = { distance, kinds: cue.kinds };
    }
  }
  return best?.kinds ?? null;
}

/**
 * Finds the NATO meetings a sentence names: by date, where words beside the
 * date say what met (a summit, the foreign or defence ministers), and by
 * the name of a summit in the catalogue ("de Top in Madrid", "Boekarest
 * 2008", "Wales (2014)"). A summit or leaders' meeting is always the
 * catalogue's; a ministerial is the catalogue's where it holds one of that
 * kind on that day or in that month, else it is known by its kind and first
 * day.
 */
export function findMeetingMentions(ctx: LetterContext, sentence: SentenceView): MeetingMention[] {
  const found: MeetingMention[] = [];
  // A meeting named twice ("de NAVO-top in Madrid van juni jl.") is where its first naming stands.
  const add = (mention: MeetingMention) => {
    const same = found.findIndex((f) => f.meeting.id === mention.meeting.id);
    if (same < 0) found.push(mention);
    else if (mention.start < found[same].start) found[same] = mention;
  };

  // The cues matter only beside a date; most sentences give none.
  const hasDates = sentence.dates.length > 0;
  const gathering = hasDates && (GATHERING_CUE.test(sentence.text) || LEADERS_CUE.test(sentence.text));
  const ministersAct = hasDates && (MINISTERS_CUE.test(sentence.text) || /\bde\s+ministers\b/i.test(sentence.text));
  for (const [i, date] of sentence.dates.entries()) {
    if (!gathering && !ministersAct) break;
    const previousEnd = i > 0 ? sentence.dates[i - 1].end : 0;
    const nextStart = i + 1 < sentence.dates.length ? sentence.dates[i + 1].start : sentence.text.length;
    const before = sentence.text.slice(Math.max(previousEnd, date.start - 140), date.start);
    const after = sentence.text.slice(date.end, Math.min(nextStart, date.end + 80));
    // "de brief van 3 juni": the paper's date; "het verslag van de bijeenkomst van 13 juni": the meeting's.
    const paper = PAPER_CUE.exec(before.slice(-80));
    if (paper && !GATHERING_CUE.test(paper[0].slice(paper[1].length)) && !MINISTERS_CUE.test(paper[0])) continue;
    const kinds = nearestKindCue(before, after);
    if (!kinds) {
      // "nam deel aan de bijeenkomst op 3 en 4 april": no word says what met, but the catalogue holds one meeting on that day.
      if (gathering && date.precision === 'day') {
        const held = [...ctx.reference.summits, ...ctx.reference.ministerials].filter((m) => m.startDate <= date.startDate && date.startDate <= m.endDate);
        const summit = held.find((m): m is SummitEntry => ctx.reference.summits.includes(m as SummitEntry));
        if (held.length === 1 && summit) add({ meeting: fromCatalogue(summit, date.yearInferred), sentence, start: date.start, end: date.end, rule: 'meeting/summit-by-date' });
        else if (held.length === 1) add({ meeting: fromMinisterialCatalogue(held[0] as MinisterialEntry, date.yearInferred), sentence, start: date.start, end: date.end, rule: 'meeting/ministerial-by-date' });
      }
      // "In februari jl. besloten de ministers ...": ministers of no named kind met in a month of one ministerial and no summit.
      const bareMinisters = BARE_MINISTERS_CUE.exec(sentence.text.slice(date.end, date.end + 50));
      if ((bareMinisters || MINISTERS_CUE.test(sentence.text)) && date.precision === 'month') {
        const month = date.startDate.slice(0, 7);
        const inMonth = ctx.reference.ministerials.filter((m) => m.startDate.slice(0, 7) === month);
        const summitThen = ctx.reference.summits.some((s) => s.startDate.slice(0, 7) === month);
        if (inMonth.length === 1 && !summitThen) add({ meeting: fromMinisterialCatalogue(inMonth[0], date.yearInferred), sentence, start: date.start, end: date.end, rule: 'meeting/ministerial-by-month' });
      }
      continue;
    }
    const at = { sentence, start: date.start, end: date.end };

    if (kinds === 'summit') {
      if (!gathering) continue;
      if (date.precision === 'day') {
        const summit = summitOn(ctx, date.startDate);
        if (summit) add({ meeting: fromCatalogue(summit, date.yearInferred), ...at, rule: 'meeting/summit-by-date' });
      } else if (date.precision === 'month') {
        const month = date.startDate.slice(0, 7);
        const summits = ctx.reference.summits.filter((s) => s.startDate.slice(0, 7) === month);
        if (summits.length === 1) add({ meeting: fromCatalogue(summits[0], date.yearInferred), ...at, rule: 'meeting/summit-by-month' });
      }
      continue;
    }
    for (const kind of kinds) {
      if (date.precision === 'day') {
        // The catalogue knows the meeting's days and place, also when the letter names only its second day.
        const catalogued = ctx.reference.ministerials.find((m) => m.kind === kind && m.startDate <= date.startDate && date.startDate <= m.endDate);
        if (catalogued) add({ meeting: fromMinisterialCatalogue(catalogued, date.yearInferred), ...at, rule: 'meeting/ministerial-by-date' });
        // A gathering on a day the catalogue gives to a summit is that summit, not a ministerial the catalogue lacks.
        else if (gathering && summitOn(ctx, date.startDate)) add({ meeting: fromCatalogue(summitOn(ctx, date.startDate)!, date.yearInferred), ...at, rule: 'meeting/summit-by-date' });
        else if (gathering) add({ meeting: ministerial(kind, date.startDate, date.endDate, date.yearInferred), ...at, rule: 'meeting/ministerial-by-date' });
      } else if (date.precision === 'month') {
        // "in juni 2019": ministerials are known by their first day, so only the catalogue can place a month.
        const month = date.startDate.slice(0, 7);
        const inMonth = ctx.reference.ministerials.filter((m) => m.kind === kind && m.startDate.slice(0, 7) === month);
        if (inMonth.length === 1) add({ meeting: fromMinisterialCatalogue(inMonth[0], date.yearInferred), ...at, rule: 'meeting/ministerial-by-month' });
      }
    }
  }

  // "de NAVO-Top later dit jaar": the summit still to come in the year of the letter.
  const thisYear = /\b(navo-?)?top\s+(later\s+)?(dit|dat)\s+jaar\b/i.exec(sentence.text);
  if (thisYear && ctx.statedDate) {
    const date = ctx.statedDate;
    const summits = ctx.reference.summits.filter((s) => s.kind === 'SUMMIT' && s.startDate.slice(0, 4) === date.slice(0, 4) && s.startDate > date);
    if (summits.length === 1) add({ meeting: fromCatalogue(summits[0], true), sentence, start: thisYear.index, end: thisYear.index + thisYear[0].length, rule: 'meeting/summit-this-year' });
  }
  // "Tijdens de NAVO-top kwamen bondgenoten overeen", in a letter written after it: the last summit before the letter.
  const lastSummit = LAST_SUMMIT.exec(sentence.text);
  if (lastSummit && ctx.statedDate && PAST_CUE.test(sentence.text) && !FUTURE_CUE.test(sentence.text)) {
    const date = ctx.statedDate;
    const last = ctx.reference.summits.filter((s) => s.endDate <= date).sort((a, b) => a.startDate.localeCompare(b.startDate)).pop();
    if (last) add({ meeting: fromCatalogue(last, true), sentence, start: lastSummit.index, end: lastSummit.index + lastSummit[0].length, rule: 'meeting/summit-last' });
  }
  // "de NAVO-Top in 2008", "de Top van 2018": the summit of that year, where the catalogue holds only one.
  for (const m of sentence.text.matchAll(SUMMIT_OF_YEAR)) {
    const summits = ctx.reference.summits.filter((s) => s.startDate.slice(0, 4) === m[1]);
    if (summits.length === 1) add({ meeting: fromCatalogue(summits[0], false), sentence, start: m.index, end: m.index + m[0].length, rule: 'meeting/summit-by-year' });
  }
  if (found.length === 0 && !hasDates) {
    const undated = undatedMinisterial(ctx, sentence);
    if (undated) add(undated);
  }
  for (const mention of summitsByName(ctx, sentence)) add(mention);
  return found.sort((a, b) => a.start - b.start);
}

// "de bijeenkomst van de NAVO-ministers van Defensie", "de NAVO-ministeriële Buitenlandse Zaken", "De NAVO-ministers van Defensie,
// onder wie ..., zijn het eens geworden": a ministerial named without its date, or its ministers opening the sentence.
const UNDATED_MINISTERIAL =
  /\b(?:bijeenkomst|vergadering|ministeri[eë]le|overleg)\s+van\s+de\s+(?:navo-)?(?:ministers*\s+van\s+(?:buitenlandse\s+zaken?|defensie)|defensieministers*)\b|\b(?:de|deze)\s+(?:bijeenkomst|vergadering|overleg)\s+van\s+(?:navo-)?(?:ministers*\s+van\s+(?:buitenlandse\s+zaken?|defensie)|defensieministers*)\b|\bnavo-ministeri[eë]le\s+(?:buitenlandse\s+zaken?|defensie)\b|\b(?:met|en)\s+(?:zijn|haar|hun)\s+collega-(?:defensieministers|ministers\s+van\s+(?:buitenlandse\s+zaken|defensie))\b|^\s*de\s+navo-ministers\s+van\s+(?:buitenlandse\s+zaken|defensie)\b(?=\s*,|\s+\p{Ll}+\s)/iu;
// How far from the letter's date a ministerial named without a date may be: letters go out in the weeks around it.
const UNDATED_WINDOW_DAYS = 31;

/**
 * A ministerial named without a date in a letter that gives its own date (a
 * press release "vandaag en morgen", an agenda recalling "de bijeenkomst van
 * de ministers van Buitenlandse Zaken" of last month): the catalogue's
 * meeting of that kind nearest the letter's date, within a month of it.
 */
function undatedMinisterial(ctx: LetterContext, sentence: SentenceView): MeetingMention | null {
  // A letter without a date of its own is placed by the full dates it gives, or the catalogue meeting its days name.
  const date = ctx.statedDate ?? ctx.referenceDate;
  if (!date) return null;
  const match = UNDATED_MINISTERIAL.exec(sentence.text);
  if (!match) return null;
  const kind: MeetingKind = /defensie/i.test(match[0]) ? 'DEFENCE_MINISTERS_MEETING' : 'FOREIGN_MINISTERS_MEETING';
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const distance = (m: MinisterialEntry) => (date < m.startDate ? day(m.startDate) - day(date) : date > m.endDate ? day(date) - day(m.endDate) : 0);
  const nearest = ctx.reference.ministerials
    .filter((m) => m.kind === kind && distance(m) <= UNDATED_WINDOW_DAYS)
    .sort((a, b) => distance(a) - distance(b))[0];
  if (!nearest) return null;
  return { meeting: fromMinisterialCatalogue(nearest, true), sentence, start: match.index, end: match.index + match[0].length, rule: 'meeting/ministerial-by-letter-date' };
}

// A day and month with no year after them: "op dinsdag 3 en woensdag 4 december".
const DAY_MONTH_WITHOUT_YEAR = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTHS_NL.join('|')})\b(?!\s+(?:19|20)\d{2})`, 'gi');

/** Whether the text names a word or name as a whole ("Den Haag", not inside another word). */
function namesWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);
}

/**
 * For a letter that gives no full date anywhere (a press release copied
 * without its date line): the catalogue meeting held on a day and month it
 * names, in a city it names ("op 3 en 4 december in Londen"); of several,
 * the one named first. Its first day then places the letter's other dates;
 * null where none fits.
 */
export function dateFromCatalogue(text: string, reference: ReferenceData, mentions: readonly Mention[] = []): string | null {
  const holdersInOffice = officeHoldersNamed(mentions, reference);
  const names = (m: { city?: string; cityNl?: string }) => [m.city, m.cityNl].filter((c): c is string => !!c);
  const named = (city: string) => namesWord(text, city);
  const held = (m: { startDate: string; endDate: string }, monthDay: string) => {
    const day = `${m.startDate.slice(0, 4)}-${monthDay}`;
    return m.startDate <= day && day <= m.endDate;
  };
  // In the order the text names them: a news item names its own gathering first ("neemt donderdag 3 en vrijdag 4 april deel
  // aan de bijeenkomst ..."), a later one it prepares for after ("voor de NAVO-top die op 24 en 25 juni ... plaatsvindt").
  const starts: string[] = [];
  for (const m of text.matchAll(DAY_MONTH_WITHOUT_YEAR)) {
    const monthDay = `${String(MONTHS_NL.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    // The words around the date say what met: "de NAVO-top in Den Haag op 24 en 25 juni" is a summit, not a ministerial in Brussels.
    const around = text.slice(Math.max(0, m.index - 80), m.index + 40);
    const summit = SUMMIT_CUE.test(around);
    const ministers = MINISTERS_CUE.test(around) || /\bministeri[eë]le\b/i.test(around);
    const catalogue = summit && !ministers ? reference.summits : ministers && !summit ? reference.ministerials : [...reference.summits, ...reference.ministerials];
    let found = catalogue.filter((meeting) => held(meeting, monthDay) && names(meeting).some(named)).map((meeting) => meeting.startDate);
    // "op 3 en 4 april in Brussel" fits the ministerials of several years: the one the office holders it names held office at.
    if (found.length > 1) {
      const best = Math.max(...found.map(holdersInOffice));
      if (best > 0) found = found.filter((date) => holdersInOffice(date) === best);
    }
    // One day may still fit several meetings (a summit and a ministerial in one city): then that day places none.
    if (found.length === 1 && !starts.includes(found[0])) starts.push(found[0]);
  }
  return starts[0] ?? null;
}

/**
 * For a letter that gives neither a date nor a day and month a catalogue
 * meeting was held on: the one meeting it names, a summit by its city ("een
 * top in Brussel") or a ministerial by its kind ("de bijeenkomst van de
 * NAVO-ministers van Defensie"), held while most of the office holders it
 * names were in office, in the office named with them where one is
 * ("minister van Buitenlandse Zaken Sigrid Kaag": June 2021), and in the
 * year a summit "volgend jaar" or "vorig jaar" puts the letter in; of several,
 * the first where the letter calls it someone's first. Null where none or
 * several fit.
 */
export function dateFromOfficeHolders(text: string, mentions: readonly Mention[], reference: ReferenceData): string | null {
  const ministerialKind = DEFENCE_MINISTERIAL_NAMED.test(text) ? 'DEFENCE_MINISTERS_MEETING' : FOREIGN_MINISTERIAL_NAMED.test(text) ? 'FOREIGN_MINISTERS_MEETING' : null;
  if (!SUMMIT_CUE.test(text) && !ministerialKind) return null;
  const terms = officeTermsNamed(mentions, reference);
  if (terms.length === 0) return null;
  const named = (city: string) => namesWord(text, city);
  const namedSummits = reference.summits.filter((s) => [s.city, s.cityNl].some((c) => c && named(c)));
  // "de NAVO-top in Den Haag, volgend jaar juni": the letter is of the year before that summit's.
  const years = new Set<string>();
  for (const m of text.matchAll(RELATIVE_YEAR)) {
    const near = text.slice(Math.max(0, m.index - 60), m.index + 20);
    const summits = namedSummits.filter((s) => [s.city, s.cityNl].some((c) => c && near.includes(c)));
    if (summits.length === 1) years.add(String(Number(summits[0].startDate.slice(0, 4)) + (/volgend/i.test(m[0]) ? -1 : 1)));
  }
  const inYear = (date: string) => years.size === 0 || years.has(date.slice(0, 4));
  // "die de regeringsleiders in juli in Vilnius hebben goedgekeurd": a summit told in the past is not the letter's, and lies before it.
  const pastSummits = namedSummits.filter((s) => toldInThePast(text, [s.city, s.cityNl].filter((c): c is string => !!c)));
  const after = pastSummits.map((s) => s.endDate).sort().pop() ?? '';
  // "met de 30 andere bondgenoten": the Alliance had that many members then.
  const allies = alliesCounted(text);
  const membersOn = (date: string) => reference.countries.filter((c) => c.natoAccession && c.natoAccession <= date).length;
  const candidates = [...namedSummits.filter((s) => !pastSummits.includes(s)), ...(ministerialKind ? reference.ministerials.filter((m) => m.kind === ministerialKind) : [])].filter(
    (m) => inYear(m.startDate) && m.startDate > after && (allies === null || membersOn(m.startDate) === allies),
  );
  // A name may be another's ("Herna Verhagen" is not the minister): the meeting most of them held office at, if only one.
  const inOffice = officeHoldersNamed(mentions, reference);
  const scored = candidates.map((m) => ({ m, holders: inOffice(m.startDate) }));
  const best = Math.max(0, ...scored.map((x) => x.holders));
  const fits = scored.filter((x) => x.holders === best);
  if (best * 2 <= terms.length || fits.length === 0) return null;
  if (fits.length === 1) return fits[0].m.startDate;
  // "de eerste bijeenkomst waaraan de nieuwe Amerikaanse minister van Defensie deelneemt": the first of them.
  const firstOfKind = ministerialKind && FIRST_MEETING.test(text) ? fits.filter((x) => 'kind' in x.m && x.m.kind === ministerialKind).sort((a, b) => a.m.startDate.localeCompare(b.m.startDate))[0] : undefined;
  return firstOfKind?.m.startDate ?? null;
}
/** Whether the sentence naming one of `names` tells it in the past: "die de regeringsleiders in juli in Vilnius hebben goedgekeurd". */
function toldInThePast(text: string, names: string[]): boolean {
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (names.some((n) => namesWord(sentence, n)) && PAST_CUE.test(sentence) && !FUTURE_CUE.test(sentence)) return true;
  }
  return false;
}

// "de 30 andere bondgenoten", "alle 32 bondgenoten", "de 31 lidstaten": how many members the Alliance had.
const ALLIES_COUNTED = /\b(?:de|alle|met)\s+(\d{2})\s+(andere\s+)?(?:bondgenoten|NAVO-bondgenoten|NAVO-lidstaten|lidstaten\s+van\s+de\s+NAVO)\b/i;

/** The number of NATO members a text counts, itself included where it counts "de 30 andere bondgenoten"; null where it counts none. */
function alliesCounted(text: string): number | null {
  const m = ALLIES_COUNTED.exec(text);
  if (!m) return null;
  const n = Number(m[1]) + (m[2] ? 1 : 0);
  return n >= 12 && n <= 40 ? n : null;
}

/**
 * The terms of office of each person a text names, in the office named with
 * them where one is ("minister van Buitenlandse Zaken Sigrid Kaag").
 */
function officeTermsNamed(mentions: readonly Mention[], reference: ReferenceData): Array<readonly OfficeTerm[]> {
  const terms: Array<readonly OfficeTerm[]> = [];
  for (const [i, mention] of mentions.entries()) {
    const person = mention.kind === 'person' ? reference.people.find((p) => p.id === mention.id) : undefined;
    if (!person || person.offices.length === 0) continue;
    const before = mentions[i - 1];
    const office = before?.kind === 'office' && mention.start - before.end <= 3 ? before.id : null;
    const held = person.offices.filter((t) => office === null || t.office === office);
    terms.push(held.length > 0 ? held : person.offices);
  }
  return terms;
}

/** How many of the people a text names held their office on a day. */
function officeHoldersNamed(mentions: readonly Mention[], reference: ReferenceData): (date: string) => number {
  const terms = officeTermsNamed(mentions, reference);
  return (date) => terms.filter((offices) => offices.some((t) => t.from <= date && (!t.to || date < t.to))).length;
}

const FIRST_MEETING = /\beerste\s+(?:navo-)?(?:bijeenkomst|vergadering|ministeri[eë]le|defensieministeri[eë]le|overleg)\b/i;

const RELATIVE_YEAR = /\b(?:volgend|vorig)\s+jaar\b/gi;
// A ministerial named by its kind: "de bijeenkomst van de NAVO-ministers van Defensie", "defensieministeriële".
const DEFENCE_MINISTERIAL_NAMED = /\b(?:ministers\s+van\s+defensie|defensieministers|defensieministeri[eë]le|navo-defensieministers)\b/i;
const FOREIGN_MINISTERIAL_NAMED = /\b(?:ministers\s+van\s+buitenlandse\s+zaken|bz-ministeri[eë]le)\b/i;

/** One pattern per summit name, built once per catalogue: sentences are many, names are few. */
const namesOf = (summit: SummitEntry): string[] => [summit.city, summit.cityNl, ...summit.aliases].filter((n): n is string => Boolean(n));
const nameKind = (summit: SummitEntry, name: string): 'city' | 'cityNl' | 'alias' => (name === summit.city ? 'city' : name === summit.cityNl ? 'cityNl' : 'alias');

const namePatterns = new WeakMap<readonly SummitEntry[], Array<{ summit: SummitEntry; name: string; pattern: RegExp }>>();

function summitNamePatterns(summits: readonly SummitEntry[]) {
  let patterns = namePatterns.get(summits);
  if (!patterns) {
    patterns = summits.flatMap((summit) =>
      namesOf(summit).map((name) => ({ summit, name, pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu') })),
    );
    namePatterns.set(summits, patterns);
  }
  return patterns;
}

/**
 * One pattern that matches where any summit name's pattern does, built once
 * per catalogue: most sentences name no summit, and one search rules them out.
 */
const anyNamePatterns = new WeakMap<readonly SummitEntry[], RegExp>();

function anySummitName(summits: readonly SummitEntry[]): RegExp {
  let pattern = anyNamePatterns.get(summits);
  if (!pattern) {
    const names = summitNamePatterns(summits).map(({ name }) => escapeRegExp(name));
    pattern = new RegExp(`(?<![\\p{L}])(?:${names.join('|')})(?![\\p{L}])`, 'iu');
    anyNamePatterns.set(summits, pattern);
  }
  return pattern;
}

/**
 * For each summit name pattern, what the lower-cased sentence must hold for
 * it to match: an ASCII name matches, ignoring case, only where the
 * lower-cased text holds it. Null (always tried) for names beyond ASCII.
 * The needles are trigger words (see `triggersIn`): a sentence is searched
 * for all of them in one pass.
 */
const nameNeedles = new WeakMap<readonly SummitEntry[], Array<string | null>>();

function summitNameNeedles(summits: readonly SummitEntry[]): Array<string | null> {
  let needles = nameNeedles.get(summits);
  if (!needles) {
    needles = summitNamePatterns(summits).map(({ name }) => (/^[\x00-\x7f]*$/.test(name) ? name.toLowerCase() : null));
    registerTriggers(needles.filter((n): n is string => n !== null));
    nameNeedles.set(summits, needles);
  }
  return needles;
}

/** Summits named by their city or another name, with a year or a word like "Top" beside it. */
function summitsByName(ctx: LetterContext, sentence: SentenceView): MeetingMention[] {
  const needles = summitNameNeedles(ctx.reference.summits);
  const present = triggersIn(sentence.text);
  if (!needles.some((needle) => needle === null || present.has(needle))) return [];
  if (!anySummitName(ctx.reference.summits).test(sentence.text)) return [];
  const mentions: MeetingMention[] = [];
  const matched = new Set<string>();
  // Summits share names ("Brussel" is the city of several): each name is searched for once.
  const matchOfName = new Map<string, RegExpExecArray | null>();
  for (const [i, { summit, name, pattern }] of summitNamePatterns(ctx.reference.summits).entries()) {
    if (matched.has(summit.id)) continue;
    let match = matchOfName.get(name);
    if (match === undefined) {
      const needle = needles[i];
      match = needle !== null && !present.has(needle) ? null : pattern.exec(sentence.text);
      matchOfName.set(name, match);
    }
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    // "Den Haag, 13 juni 2025": where and when the letter was signed, not the summit held there.
    if (/^\s*,\s*\d{1,2}\s+\p{L}+\s+\d{4}\b/u.test(sentence.text.slice(end)) && /^\W*$/.test(sentence.text.slice(0, start))) continue;
    // "vanuit Den Haag", "het ministerie in Den Haag": the seat of government, where someone is, not the summit held there.
    if (/\b(?:vanuit|ministerie\s+in)\s+$/i.test(sentence.text.slice(Math.max(0, start - 20), start))) continue;
    const around = sentence.text.slice(Math.max(0, start - 50), end + 50);
    const years = [...around.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]);
    // "vorig jaar in Madrid", "eerder dit jaar in Vilnius": a year told relative to the letter's.
    const letterYear = Number((ctx.statedDate ?? ctx.referenceDate ?? '').slice(0, 4));
    if (letterYear && /\bvorig\s+jaar\b/i.test(around)) years.push(String(letterYear - 1));
    if (letterYear && /\b(?:dit|dat)\s+jaar\b/i.test(around)) years.push(String(letterYear));
    const year = summit.startDate.slice(0, 4);
    const sameCity = ctx.reference.summits.filter((s) => s.city === summit.city);
    const summitName = /\btop\b|summit|-top\b/i.test(name);
    // "de ministers van Defensie in Brussel in februari 2018" speaks of a ministerial held in that city, not of its summit.
    const heldIn = /\bin\s+$/i.test(sentence.text.slice(Math.max(0, start - 4), start));
    if (heldIn && !summitName && Array.isArray(nearestKindCue(sentence.text.slice(Math.max(0, start - 60), start), sentence.text.slice(end, end + 45)))) continue;
    // "die in Vilnius zijn aangenomen", "de in Wales gemaakte afspraken": what was agreed in a summit city was agreed at its summit.
    const agreedThere = heldIn && AGREED_AFTER_CITY.test(sentence.text.slice(end, end + 40));
    // "bekrachtigen dit besluit naar verwachting in Warschau", weeks before the Warsaw summit: the summit to come there.
    const upcomingThere = heldIn && isUpcoming(ctx, summit.startDate);
    const namedAsSummit = summitName || agreedThere || upcomingThere || SUMMIT_CUE.test(around) || LEADERS_CUE.test(around);
    const yearFits = years.includes(year);
    const yearContradicts = years.length > 0 && !yearFits;
    if (yearContradicts) continue;
    // "een top in Brussel" in a letter of June 2021: of the summits held in that city, the one near the letter's date.
    const topIn = /\b(?:navo-)?top\s+(?:in|van|te)\s+$/i.test(sentence.text.slice(Math.max(0, start - 20), start));
    const nearLetter = topIn && sameCity.length > 1 && years.length === 0 && summitNearLetter(ctx, sameCity) === summit;
    // "Tijdens de Top in Brussel nodigden de bondgenoten ... uit": told in the past, the last summit held there before the letter.
    const toldPast = (PAST_CUE.test(sentence.text) || ALLIES_DECIDED.test(sentence.text)) && !FUTURE_CUE.test(sentence.text);
    const lastThere = (topIn || (heldIn && ALLIES_DECIDED.test(sentence.text))) && sameCity.length > 1 && years.length === 0 && !nearLetter && toldPast && lastSummitIn(ctx, sameCity) === summit;
    // "In Madrid stemden de bondgenoten in met ...": what the Allies decided in a city of one summit, they decided at that summit.
    const alliesDecidedThere = heldIn && sameCity.length === 1 && years.length === 0 && toldPast && ALLIES_DECIDED.test(sentence.text) && summitBeforeLetter(ctx, summit);
    // "de buitengewone NAVO-top": a name no other summit carries, that says it is a meeting, needs nothing beside it.
    const ownName = nameKind(summit, name) === 'alias' && /\b(?:top|summit|meeting)\b|-top\b/i.test(name) && ctx.reference.summits.filter((s) => namesOf(s).some((n) => n.toLowerCase() === name.toLowerCase())).length === 1;
    if (yearFits || (namedAsSummit && sameCity.length === 1) || nearLetter || lastThere || alliesDecidedThere || ownName) {
      mentions.push({ meeting: fromCatalogue(summit, nearLetter || lastThere), sentence, start, end, rule: yearFits ? 'meeting/summit-by-name-and-year' : 'meeting/summit-by-name' });
      matched.add(summit.id);
    }
  }
  return mentions;
}

// How far ahead a letter looks when it names the city of the next summit: the run-up to a summit is months, not years.
const UPCOMING_WINDOW_DAYS = 200;

/** Whether a meeting starting on `isoDate` is still to come, and near, at the letter's date. */
function isUpcoming(ctx: LetterContext, isoDate: string): boolean {
  const date = ctx.statedDate ?? ctx.referenceDate;
  if (!date || isoDate <= date) return false;
  return (Date.parse(isoDate) - Date.parse(date)) / 86_400_000 <= UPCOMING_WINDOW_DAYS;
}

/** Of several summits in one city, the one held within a few months of the letter's date (stated or placed), if any. */
function summitNearLetter(ctx: LetterContext, summits: readonly SummitEntry[]): SummitEntry | undefined {
  const date = ctx.statedDate ?? ctx.referenceDate;
  if (!date) return undefined;
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const near = summits.filter((s) => day(s.startDate) - day(date) <= UPCOMING_WINDOW_DAYS && day(date) - day(s.endDate) <= 60);
  return near.length === 1 ? near[0] : undefined;
}

// The Allies or their leaders deciding, in the past: "stemden de bondgenoten in", "besloten de regeringsleiders", "kwamen de leiders overeen".
const ALLIES_DECIDED =
  /\b(?:stemden|besloten|kwamen|namen|keurden|spraken|bekrachtigden|nodigden|erkenden|richtten)\s+(?:de\s+)?(?:NAVO-)?(?:bondgenoten|leiders|regeringsleiders|staatshoofden)\b|\b(?:bondgenoten|leiders|regeringsleiders)\s+(?:stemden|besloten|kwamen|namen|keurden|spraken\s+af|bekrachtigden|nodigden|erkenden)\b/i;

/** The last of several summits in one city held before the letter's date (stated or placed). */
function lastSummitIn(ctx: LetterContext, summits: readonly SummitEntry[]): SummitEntry | undefined {
  const date = ctx.statedDate ?? ctx.referenceDate;
  if (!date) return undefined;
  return summits.filter((s) => s.endDate <= date).sort((a, b) => a.startDate.localeCompare(b.startDate)).pop();
}

/** Whether a summit was over by the letter's date (stated or placed). */
function summitBeforeLetter(ctx: LetterContext, summit: SummitEntry): boolean {
  const date = ctx.statedDate ?? ctx.referenceDate;
  return date !== null && date !== undefined && summit.endDate <= date;
}

function summitOn(ctx: LetterContext, isoDate: string): SummitEntry | undefined {
  return ctx.reference.summits.find((s) => s.startDate <= isoDate && isoDate <= s.endDate);
}

function fromCatalogue(summit: SummitEntry, datesInferred: boolean): MeetingMention['meeting'] {
  return {
    id: summit.id,
    kind: summit.kind as MeetingKind,
    name: summit.name,
    nameNl: summit.nameNl ?? null,
    startDate: summit.startDate,
    endDate: summit.endDate,
    city: summit.city ?? null,
    countryId: summit.country ?? null,
    datesInferred,
  };
}

function fromMinisterialCatalogue(entry: MinisterialEntry, datesInferred: boolean): MeetingMention['meeting'] {
  const meeting = ministerial(entry.kind, entry.startDate, entry.endDate, datesInferred);
  return {
    ...meeting,
    name: entry.informal ? `Informal ${meeting.name}` : meeting.name,
    nameNl: entry.informal ? `Informele ${meeting.nameNl}` : meeting.nameNl,
    city: entry.city ?? null,
    countryId: entry.country ?? null,
  };
}

function ministerial(kind: MeetingKind, startDate: string, endDate: string, datesInferred: boolean): MeetingMention['meeting'] {
  const foreign = kind === 'FOREIGN_MINISTERS_MEETING';
  return {
    id: `meeting:${startDate}-${foreign ? 'fmm' : 'dmm'}`,
    kind,
    name: `NATO ${foreign ? 'Foreign' : 'Defence'} Ministers' Meeting, ${formatDays(startDate, endDate, MONTHS_EN, 'en')}`,
    nameNl: `NAVO-bijeenkomst van ministers van ${foreign ? 'Buitenlandse Zaken' : 'Defensie'}, ${formatDays(startDate, endDate, MONTHS_NL, 'nl')}`,
    startDate,
    endDate,
    city: null,
    countryId: null,
    datesInferred,
  };
}

function formatDays(start: string, end: string, months: string[], language: 'en' | 'nl'): string {
  const [y, m, d] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  const and = language === 'en' ? '–' : ' en ';
  if (start === end) return `${d} ${months[m - 1]} ${y}`;
  if (m === m2 && y === y2) return `${d}${and}${d2} ${months[m - 1]} ${y}`;
  return `${d} ${months[m - 1]}${and}${d2} ${months[m2 - 1]} ${y2}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The letter's meetings: every one it names, the one it is about (named in
 * the sentence that offers the agenda or the report, else the first it
 * names), and which meetings prepared which ("voorbereid door",
 * "voorbereiding van").
 */
export function collectMeetings(ctx: LetterContext): { meetings: MeetingRecord[]; mentions: MeetingMention[]; own: MeetingRecord | null } {
  // Headings name meetings too; in the order of the text, a heading before the sentences under it.
  const mentions = [...ctx.headings, ...ctx.sentences].sort((a, b) => a.start - b.start).flatMap((s) => findMeetingMentions(ctx, s));
  const records = new Map<string, MeetingRecord>();
  for (const mention of mentions) {
    if (!records.has(mention.meeting.id)) {
      records.set(mention.meeting.id, { ...mention.meeting, about: false, preparedBy: [], evidence: sentenceEvidence(ctx, mention.sentence, mention.rule, 0.9) });
    }
  }
  // The sentence that offers the letter ("de geannoteerde agenda voor", "het verslag van"), not what is "op de agenda".
  const offering = mentions.find((m) => /\b(?:geannoteerde\s+agenda|agenda\s+(?:van|voor)|verslag(?:\s+(?:van|over))?)\b/i.test(m.sentence.text) && m.sentence.index < 12);
  // "NAVO-ministers spreken over doelen in aanloop naar top in Den Haag": the meeting prepared for is not the one the letter is about.
  const preparedFor = (m: MeetingMention) => PREPARED_FOR_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - 40), m.start));
  // An undated letter about a gathering of ministers ("met haar collega-defensieministers") that names a summit only as past
  // ("de plannen die de regeringsleiders in juli in Vilnius hebben goedgekeurd") is not about that summit.
  const ministersMet = !ctx.statedDate && !ctx.referenceDate && (DEFENCE_MINISTERIAL_NAMED.test(ctx.normalized.text) || FOREIGN_MINISTERIAL_NAMED.test(ctx.normalized.text));
  const pastSummit = (m: MeetingMention) => ministersMet && m.meeting.kind !== 'DEFENCE_MINISTERS_MEETING' && m.meeting.kind !== 'FOREIGN_MINISTERS_MEETING' && PAST_CUE.test(m.sentence.text) && !FUTURE_CUE.test(m.sentence.text);
  const ownId = (offering ?? mentions.find((m) => !preparedFor(m) && !pastSummit(m)) ?? (ministersMet ? undefined : mentions[0]))?.meeting.id;
  const own = ownId ? records.get(ownId)! : null;
  if (own) own.about = true;

  if (own) {
    for (const sentence of ctx.sentences) {
      const here = mentions.filter((m) => m.sentence === sentence && m.meeting.id !== own.id);
      if (here.length === 0) continue;
      if (/voorbereid\s+door/i.test(sentence.text)) {
        for (const m of here) if (m.meeting.startDate <= own.startDate && !own.preparedBy.includes(m.meeting.id)) own.preparedBy.push(m.meeting.id);
      } else if (/voorbereiding\s+(van|op)/i.test(sentence.text)) {
        for (const m of here) {
          const target = records.get(m.meeting.id)!;
          if (m.meeting.startDate >= own.endDate && !target.preparedBy.includes(own.id)) target.preparedBy.push(own.id);
        }
      }
    }
  }
  // Claims are placed by the meetings their sentences name: a heading's meeting counts for the letter, not for them.
  return { meetings: [...records.values()], mentions: mentions.filter((m) => !ctx.headings.includes(m.sentence)), own };
}
