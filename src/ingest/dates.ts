/**
 * Dutch dates as the letters write them: "14 juni 2021", "3 en 4 december
 * a.s.", "23 en 24 maart2021", "28 – 30 juni 2022", "30 november en 1 december
 * 2021", "dinsdag 23 en woensdag 24 maart", "juni 2021", "in 2008",
 * "Boekarest 2008", "15 mei jl.", "29 februari vorig jaar".
 *
 * What is not read: a month without a year or relative word ("in juni"),
 * parts of years ("medio 2023", "eind 2018", "begin 2020"), seasons, and a bare
 * number that is only possibly a year ("2 procent in 2024" is read, "2024
 * bataljons" is not).
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** A date or date range named in a text. Dates are ISO (YYYY-MM-DD); a month or year spans its first to its last day. */
export interface DateMention {
  /** Offsets of the phrase in the text searched (end exclusive). */
  start: number;
  end: number;
  text: string;
  startDate: string;
  endDate: string;
  /** True when the text gives no year and it was taken from the reference date. */
  yearInferred: boolean;
  precision: DatePrecision;
}

export interface DateContext {
  /**
   * An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) that places dates written
   * without a year: the letter's own date, or a date it mentions.
   */
  referenceDate?: string;
  /**
   * Only dates of day precision are wanted: the month and year patterns are
   * not run. Day dates are found first and win over what overlaps them, so
   * they come out as they do among all mentions.
   */
  onlyDays?: boolean;
}

/**
 * Every date mention in `text`, in order of position, none overlapping.
 *
 * Where the year is missing it is inferred from `context.referenceDate`: after
 * "a.s." (aanstaande) the first such date on or after the reference; after
 * "jl." (jongstleden) the last on or before it; after "dit/vorig/volgend jaar"
 * that year; otherwise the year that puts the date closest to the reference.
 * A reference that is only a year ("2019") places such dates in that year.
 * Such mentions have `yearInferred: true`. Without a reference date, a
 * mention without a year is left out: its dates cannot be given. A day that
 * does not exist ("31 juni 2021") is no mention at all.
 */
export function findDates(text: string, context: DateContext = {}): DateMention[] {
  const reference = context.referenceDate === undefined ? null : parseReference(context.referenceDate);
  // A day that does not exist ("31 juni 2021") or cannot be placed is no date, and its month and year are not one either.
  const unreadable: Array<{ start: number; end: number }> = [];
  // Each kind of date needs a digit, a four-digit year or a month's name; most sentences lack all three.
  const digits = HAS_DIGIT.test(text);
  const years = digits && HAS_YEAR.test(text);
  const months = (digits || HAS_JAAR.test(text)) && mayNameMonth(text);
  const candidates: DateMention[] = [
    ...(digits && months && DAY_BEFORE_MONTH.test(text) ? dayDates(text, reference, unreadable) : []),
    ...(years ? numericDates(text) : []),
    ...(!context.onlyDays && months && (digits || HAS_JAAR.test(text)) ? monthDates(text, reference) : []),
    ...(!context.onlyDays && years ? yearDates(text) : []),
  ];
  // Candidates come most specific first; a later one that overlaps an accepted one is a part of it.
  const taken: Array<{ start: number; end: number }> = [...unreadable];
  const accepted: DateMention[] = [];
  for (const candidate of candidates) {
    if (taken.some((a) => candidate.start < a.end && a.start < candidate.end)) continue;
    taken.push(candidate);
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** The first date mention in the phrase `s` (see {@link findDates}), or null if it names none. */
export function parseDutchDate(s: string, referenceDate?: string): DateMention | null {
  return findDates(s, referenceDate === undefined ? {} : { referenceDate })[0] ?? null;
}

// ---------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?(?!\\p{L})';
const WEEKDAY = '(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?';
const DAY = `${WEEKDAY}\\d{1,2}(?!\\d)`;
const CONNECTOR = '\\s*(?:-|–|—|t\\/m|tot\\s+en\\s+met|tot|en)\\s*';
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
// "maart2021": the letters sometimes lose the space before the year.
const MAYBE_SPACED_YEAR = `(?:[ \\u00a0]?${YEAR})?`;
const RELATIVE = '(?:\\s+(a\\.s\\.|aanstaande|jl\\.|j\\.l\\.|jongstleden|(?:van\\s+)?(?:dit|vorig|volgend|komend)\\s+jaar)(?!\\p{L}))?';

const DAY_DATE = new RegExp(`(?<![\\p{L}\\d])(${DAY}(?:${CONNECTOR}${DAY})*)\\s+${MONTH}${MAYBE_SPACED_YEAR}${RELATIVE}`, 'giu');
/** The second half of a range across a month boundary: "30 november en 1 december 2021". */
const CROSS_MONTH = new RegExp(`${CONNECTOR}(${DAY})\\s+${MONTH}${MAYBE_SPACED_YEAR}${RELATIVE}`, 'iuy');
const DAY_TOKEN = /(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(\d{1,2})/giu;
const NUMERIC_DATE = /(?<![\p{L}\d])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/gu;
// "februari jl.", "in juni aanstaande": a month placed before or after the reference, as a day would be.
const MONTH_DATE = new RegExp(`(?<![\\p{L}\\d])${MONTH}(?:[ \\u00a0]?${YEAR}|\\s+((?:van\\s+)?(?:dit|vorig|volgend|komend)\\s+jaar|a\\.s\\.|aanstaande|jl\\.|j\\.l\\.|jongstleden)(?!\\p{L}))`, 'giu');
/** Words after which a number is a quantity, not a year: "in 2000 gevallen". */
const NOT_A_YEAR_AFTER = '(?!\\s*(?:%|procent|euro|miljoen|miljard|militairen|personen|man|keer|km|kilometer|stuks|bataljons|gevallen)(?!\\p{L}))';
const YEAR_LIST = `${YEAR}(?:\\s*(?:,|en|of|tot|t\\/m|-|–)\\s*(?:19|20)\\d{2}(?!\\d))*`;
const YEAR_AFTER_PREPOSITION = new RegExp(`(?<![\\p{L}\\d])(?:in|van|sinds|tot|uit|vanaf|per|t\\/m)\\s+(${YEAR_LIST})(?![\\p{L}\\d])${NOT_A_YEAR_AFTER}`, 'giu');
/** A year after a capitalized name, as in a meeting's name: "Boekarest 2008", "Wales (2014)"; parts of years excepted. */
const YEAR_AFTER_NAME = new RegExp(`(?<![\\p{L}])(?!(?:Medio|Begin|Eind|Half|Midden|Halverwege)\\s)\\p{Lu}\\p{Ll}+\\s+\\(?(${YEAR_LIST})\\)?(?![\\p{L}\\d])${NOT_A_YEAR_AFTER}`, 'gu');
const PARENTHESIZED_YEARS = new RegExp(`\\((${YEAR_LIST})\\)`, 'gu');
const SINGLE_YEAR = /(?:19|20)\d{2}/g;
const HAS_DIGIT = /\d/u;
const HAS_YEAR = /(?:19|20)\d{2}/u;
// Part of every month name and abbreviation MONTH reads, in lower case.
const MONTH_PART = /jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec/;
const HAS_JAAR = /jaar|\bjl\.|\bj\.l\.|jongstleden|\ba\.s\.|aanstaande/iu;
// What every DAY_DATE match holds: a day's last digit, whitespace, the start of a month's name (the same flags, so
// the same characters match). DAY_DATE tries its weekdays and lookbehind at every position; this only at digits.
const DAY_BEFORE_MONTH = /\d\s+(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)/iu;

/**
 * Whether the text may name a month, as MONTH reads it ignoring case: tested
 * on the lower-cased text (a case-insensitive pattern is slow), with "ſ" read
 * as "s" as such a pattern reads it.
 */
function mayNameMonth(text: string): boolean {
  const lowered = text.toLowerCase();
  return MONTH_PART.test(lowered.includes('ſ') ? lowered.replace(/ſ/g, 's') : lowered);
}

interface Reference {
  year: number;
  /** Days since the epoch. */
  day: number;
  /** True when the reference is only a year: a date without one is then in that year. */
  yearOnly: boolean;
}

function parseReference(iso: string): Reference {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  const year = match ? Number(match[1]) : NaN;
  const month = match?.[2] ? Number(match[2]) : 1;
  const day = match?.[3] ? Number(match[3]) : 1;
  if (!match || !isValidDate(year, month, day)) throw new RangeError(`referenceDate "${iso}" is not an ISO date (YYYY-MM-DD)`);
  return { year, day: dayNumber(year, month, day), yearOnly: !match[2] };
}

type Relative = 'upcoming' | 'past' | { yearOffset: number } | null;

function relative(word: string | undefined): Relative {
  if (!word) return null;
  const lower = word.toLowerCase();
  if (lower === 'a.s.' || lower === 'aanstaande') return 'upcoming';
  if (lower === 'jl.' || lower === 'j.l.' || lower === 'jongstleden') return 'past';
  if (/\bdit\b/.test(lower)) return { yearOffset: 0 };
  if (/\bvorig\b/.test(lower)) return { yearOffset: -1 };
  return { yearOffset: 1 };
}

/**
 * The year for a date without one: by the relative word, else the year of
 * the reference, the one before or the one after, whichever puts the date
 * closest to the reference. Null when no valid date results.
 */
function inferYear(month: number, day: number, rel: Relative, reference: Reference): number | null {
  const years = [reference.year - 1, reference.year, reference.year + 1].filter((y) => isValidDate(y, month, day));
  if ((rel !== null && typeof rel === 'object') || reference.yearOnly) {
    const year = reference.year + (rel !== null && typeof rel === 'object' ? rel.yearOffset : 0);
    return isValidDate(year, month, day) ? year : null;
  }
  const distance = (y: number): number => dayNumber(y, month, day) - reference.day;
  if (rel === 'upcoming') return years.find((y) => distance(y) >= 0) ?? null;
  if (rel === 'past') return years.filter((y) => distance(y) <= 0).pop() ?? null;
  return years.sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0] ?? null;
}

function dayDates(text: string, reference: Reference | null, unreadable: Array<{ start: number; end: number }>): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(DAY_DATE)) {
    const start = match.index ?? 0;
    const days = [...match[1].matchAll(DAY_TOKEN)].map((token) => ({
      day: Number(token[1]),
      start: start + (token.index ?? 0),
      end: start + (token.index ?? 0) + token[0].length,
    }));
    const month = MONTHS[match[2].toLowerCase()];
    const rel = relative(match[4]);
    let end = start + match[0].length;
    const cross = rel === null ? readCrossMonth(text, end, month) : null;
    // The year written at the end of a range across months also holds for its start.
    const written = match[3] ? Number(match[3]) : cross?.year != null ? (cross.month === 1 ? cross.year - 1 : cross.year) : null;
    const year = written ?? (reference ? inferYear(month, days[0].day, rel, reference) : null);
    if (year === null || !days.every(({ day }) => isValidDate(year, month, day))) {
      unreadable.push({ start, end });
      continue;
    }
    const inferred = written === null;

    let last = { year, month, day: days[days.length - 1].day };
    if (cross) {
      const crossYear = cross.month === 1 ? year + 1 : year;
      const fits = (cross.year === null || cross.year === crossYear) && isValidDate(crossYear, cross.month, cross.day);
      if (fits && dayNumber(crossYear, cross.month, cross.day) - dayNumber(year, last.month, last.day) <= 14) {
        last = { year: crossYear, month: cross.month, day: cross.day };
        end = cross.end;
      }
    }

    // "11 en 25 juli" names two days, "11 en 12 juli" and "28-30 juni" one stretch of days.
    const groups: Array<typeof days> = [[days[0]]];
    for (let i = 1; i < days.length; i++) {
      const joiner = text.slice(days[i - 1].end, days[i].start);
      const consecutive = days[i].day === days[i - 1].day + 1;
      if (/^\s*en\s*$/i.test(joiner) && !consecutive) groups.push([days[i]]);
      else groups[groups.length - 1].push(days[i]);
    }
    groups.forEach((group, g) => {
      const isLast = g === groups.length - 1;
      const groupEnd = isLast ? end : group[group.length - 1].end;
      const endDate = isLast ? iso(last.year, last.month, last.day) : iso(year, month, group[group.length - 1].day);
      found.push(mention(text, group[0].start, groupEnd, iso(year, month, group[0].day), endDate, inferred, 'day'));
    });
  }
  return found;
}

/** The end of a range that runs on into the next month ("30 november en 1 december 2021"), read at `from`. */
function readCrossMonth(text: string, from: number, startMonth: number): { end: number; month: number; day: number; year: number | null } | null {
  CROSS_MONTH.lastIndex = from;
  const cross = CROSS_MONTH.exec(text);
  if (!cross) return null;
  const month = MONTHS[cross[2].toLowerCase()];
  if (month !== (startMonth % 12) + 1) return null;
  return { end: from + cross[0].length, month, day: Number(/\d{1,2}$/.exec(cross[1])?.[0]), year: cross[3] ? Number(cross[3]) : null };
}

function numericDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    if (!isValidDate(year, month, day)) continue;
    const start = match.index ?? 0;
    const date = iso(year, month, day);
    found.push(mention(text, start, start + match[0].length, date, date, false, 'day'));
  }
  return found;
}

function monthDates(text: string, reference: Reference | null): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(MONTH_DATE)) {
    const month = MONTHS[match[1].toLowerCase()];
    let year = match[2] ? Number(match[2]) : null;
    const inferred = year === null;
    if (year === null) {
      if (!reference) continue;
      const rel = relative(match[3]);
      year = reference.year + (rel !== null && typeof rel === 'object' ? rel.yearOffset : 0);
      // "februari jl." in May is this February, in January last year's; "juni a.s." in July is next year's.
      if (rel === 'past' && !reference.yearOnly && dayNumber(year, month, 1) > reference.day) year -= 1;
      if (rel === 'upcoming' && !reference.yearOnly && dayNumber(year, month, daysInMonth(year, month)) < reference.day) year += 1;
    }
    const start = match.index ?? 0;
    found.push(mention(text, start, start + match[0].length, iso(year, month, 1), iso(year, month, daysInMonth(year, month)), inferred, 'month'));
  }
  return found;
}

function yearDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const pattern of [YEAR_AFTER_PREPOSITION, YEAR_AFTER_NAME, PARENTHESIZED_YEARS]) {
    for (const match of text.matchAll(pattern)) {
      // Each year of a list ("in 2024 en 2025") is a mention of its own.
      const listStart = (match.index ?? 0) + match[0].indexOf(match[1]);
      for (const year of match[1].matchAll(SINGLE_YEAR)) {
        const start = listStart + (year.index ?? 0);
        found.push(mention(text, start, start + 4, `${year[0]}-01-01`, `${year[0]}-12-31`, false, 'year'));
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function mention(text: string, start: number, end: number, startDate: string, endDate: string, yearInferred: boolean, precision: DatePrecision): DateMention {
  return { start, end, text: text.slice(start, end), startDate, endDate, yearInferred, precision };
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}
