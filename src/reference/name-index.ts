import { namesOf } from './entity-names';
import { foldName, foldText, isWordCode, type FoldedText } from './fold-text';
import { isIsoDate } from './iso-date';
import type {
  Office,
  OfficeTerm,
  Person,
  ReferenceData,
  ReferenceEntity,
  ReferenceKind,
  SummitEntry,
  Topic,
} from './types';

/** A name of a reference entity found in a text. */
export interface Mention {
  readonly id: string;
  readonly kind: ReferenceKind;
  /** Offset of the first character of the match in the text given. */
  readonly start: number;
  /** Offset just after the match: `text.slice(start, end) === matched`. */
  readonly end: number;
  /** The words as the text writes them. */
  readonly matched: string;
}

/** Criteria for the summit catalogue; every criterion given must hold. */
export interface SummitQuery {
  /** A day the meeting ran on (ISO date). */
  readonly date?: string;
  /** The city or another name of the meeting, in English or Dutch ("Brussel", "Wales"). */
  readonly city?: string;
  /** The year the meeting started. */
  readonly year?: number | string;
}

/** Who held an office on a day, and on what term. */
export interface Holding {
  readonly person: Person;
  readonly term: OfficeTerm;
}

/**
 * How an alias must be written in a text to count:
 * - `exact`: short all-caps acronyms ("VS", "EU", "MAP", "NATO"), so that
 *   "us", "map" and "nar" are not mistaken for "US", "MAP" and "NAR";
 * - `capitalized`: one-word proper names of actors written with a capital
 *   ("Kamp", "Blok", "Polish", "Allies") match only where the text
 *   capitalizes them too, so the minister is not the camp;
 * - `any`: everything else, ignoring case and diacritics. Topic and office
 *   names are common nouns, capitalized or not ("Weerbaarheid" as a heading,
 *   "weerbaarheid" in a sentence).
 */
type CaseRule = 'exact' | 'capitalized' | 'any';

interface AliasEntry {
  readonly entity: ReferenceEntity;
  readonly alias: string;
  readonly rule: CaseRule;
}

/** Every alias with one folded form, in one layer. */
interface Candidate {
  /** The folded alias. */
  readonly key: string;
  readonly entries: AliasEntry[];
}

/**
 * Aliases by the first word of their folded form, then by layer, longest
 * first: a text is scanned word by word with one hash look-up per word, and
 * only the few aliases that begin with that word are compared.
 */
type FirstWordIndex = Map<string, Candidate[][]>;

/**
 * Mentions are found in layers, each without overlaps and with the longest
 * match winning: actors, offices, topics. A phrase may so name an actor and a
 * topic at once ("steun aan Oekraïne" is the topic and Ukraine), or an office
 * and its country ("de Oekraïense president").
 */
const LAYER_OF_KIND: Record<ReferenceKind, number> = {
  person: 0,
  country: 0,
  organization: 0,
  group: 0,
  office: 1,
  topic: 2,
};
const LAYER_COUNT = 3;

/**
 * Resolves names to reference entities, finds them in texts, and answers who
 * held an office when and which summit met where and when. Built once from
 * the reference data; every method is read-only.
 */
export class NameIndex {
  private readonly byId = new Map<string, ReferenceEntity>();
  private readonly byIdFolded = new Map<string, ReferenceEntity>();
  private readonly byName = new Map<string, ReferenceEntity>();
  private readonly bySlug = new Map<string, ReferenceEntity>();
  private readonly byFirstWord: FirstWordIndex = new Map();
  private readonly termsByOffice = new Map<string, Holding[]>();
  private readonly topicsBySignal = new Map<string, Topic[]>();
  private readonly summitById = new Map<string, SummitEntry>();
  private readonly summitList: readonly SummitEntry[];

  constructor(readonly data: ReferenceData) {
    const entities: ReferenceEntity[] = [
      ...data.countries,
      ...data.organizations,
      ...data.groups,
      ...data.offices,
      ...data.people,
      ...data.topics,
    ];
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      this.byIdFolded.set(entity.id.toLowerCase(), entity);
      const slug = foldName(entity.id.slice(entity.id.indexOf(':') + 1));
      if (!this.bySlug.has(slug)) this.bySlug.set(slug, entity);
      for (const { value } of namesOf(entity)) {
        const key = foldName(value);
        if (key === '') continue;
        if (!this.byName.has(key)) this.byName.set(key, entity);
        const rule = caseRuleOf(value, entity.kind);
        addToIndex(this.byFirstWord, LAYER_OF_KIND[entity.kind], key, { entity, alias: value, rule });
      }
    }
    for (const person of data.people) {
      for (const term of person.offices) {
        const terms = this.termsByOffice.get(term.office) ?? [];
        terms.push({ person, term });
        this.termsByOffice.set(term.office, terms);
      }
    }
    for (const topic of data.topics) {
      for (const id of topic.signalledBy) {
        const topics = this.topicsBySignal.get(id) ?? [];
        topics.push(topic);
        this.topicsBySignal.set(id, topics);
      }
    }
    this.summitList = [...data.summits].sort((a, b) => a.startDate.localeCompare(b.startDate));
    for (const summit of this.summitList) this.summitById.set(summit.id, summit);
  }

  /** The entity with exactly this id, or undefined. */
  get(id: string): ReferenceEntity | undefined {
    return this.byId.get(id);
  }

  /**
   * The entity an id, a name or an alias stands for, in Dutch or in English,
   * ignoring case, diacritics and the difference between hyphens and spaces:
   * "country:UKR", "Oekraïne", "oekraine" and "Ukraine" are Ukraine;
   * "open-door", "Open Door Policy" and "open-deurbeleid" the open-door topic.
   * A bare id slug ("open-door", "rutte", "UKR") is tried after the names, so
   * "China" is the country and "topic:china" the topic.
   */
  lookup(nameOrIdOrAlias: string): ReferenceEntity | undefined {
    const query = nameOrIdOrAlias.trim();
    const exact = this.byId.get(query) ?? this.byIdFolded.get(query.toLowerCase());
    if (exact) return exact;
    const key = foldName(query);
    return this.byName.get(key) ?? this.bySlug.get(key);
  }

  /**
   * Every name of an actor (person, country, organization, group), an office
   * or a topic in `text`, ordered by position. Names match on word
   * boundaries, where a hyphen is a boundary ("NAVO-lidstaten" names NAVO);
   * whitespace runs, line breaks and hyphens inside a name match one another.
   * Within each layer (actors, offices, topics) the longest match wins and
   * matches do not overlap; see `CaseRule` for how case counts.
   */
  findMentions(text: string): Mention[] {
    const folded = foldText(text);
    const mentions: Mention[] = [];
    this.scan(text, folded, mentions);
    return mentions.sort((a, b) => a.start - b.start || layerOf(a) - layerOf(b) || a.end - b.end);
  }

  /**
   * The term on which someone held `officeId` on `isoDate`: from <= date, and
   * date < to where the term ended. Undefined if nobody did (or the office is
   * unknown). Throws a RangeError if `isoDate` is not an ISO date.
   */
  termAt(officeId: string, isoDate: string): Holding | undefined {
    if (!isIsoDate(isoDate)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): '${isoDate}'`);
    return this.termsByOffice
      .get(officeId)
      ?.find(({ term }) => term.from <= isoDate && (term.to === undefined || isoDate < term.to));
  }

  /**
   * The office of the same kind in another country: for "de Oekraïense
   * minister van Buitenlandse Zaken", the office matched is the Dutch one and
   * Ukraine's is meant. Offices are of one kind when their Dutch titles agree
   * once the owning country's names are taken out ("Amerikaanse minister van
   * Buitenlandse Zaken", "President van Oekraïne"). Undefined when the
   * reference data has no such office of that country.
   */
  officeIn(officeId: string, countryId: string): Office | undefined {
    const office = this.byId.get(officeId);
    if (!office || office.kind !== 'office') return undefined;
    if (office.country === countryId) return office;
    const kind = this.kindOfOffice(office);
    return this.data.offices.find((o) => o.country === countryId && this.kindOfOffice(o) === kind);
  }

  /** An office's Dutch title without its country's names: "minister van buitenlandse zaken", "president". */
  private kindOfOffice(office: Office): string {
    let title = ` ${foldName(office.titleNl)} `;
    const country = office.country ? this.byId.get(office.country) : undefined;
    if (country) {
      const names = namesOf(country)
        .map(({ value }) => foldName(value))
        .filter((n) => n.length > 2)
        .sort((a, b) => b.length - a.length);
      for (const name of names) title = title.replace(` van de ${name} `, ' ').replace(` van ${name} `, ' ').replace(` ${name} `, ' ');
    }
    return title.trim();
  }

  /** The person who held `officeId` on `isoDate` (see `termAt`). */
  holderOf(officeId: string, isoDate: string): Person | undefined {
    return this.termAt(officeId, isoDate)?.person;
  }

  /** Topics that a mention of `id` signals (country:RUS signals relations with Russia). */
  topicsSignalledBy(id: string): readonly Topic[] {
    return this.topicsBySignal.get(id) ?? [];
  }

  /** The summit catalogue, oldest first. */
  summits(): readonly SummitEntry[] {
    return this.summitList;
  }

  /** The catalogue entry with this id, or undefined. */
  summit(id: string): SummitEntry | undefined {
    return this.summitById.get(id);
  }

  /** Summits and leaders' meetings that ran on `isoDate` (start <= date <= end). */
  summitsByDate(isoDate: string): SummitEntry[] {
    return this.summitList.filter((s) => s.startDate <= isoDate && isoDate <= s.endDate);
  }

  /** Every catalogue entry that meets all criteria given, oldest first. */
  findSummits(query: SummitQuery): SummitEntry[] {
    const city = query.city === undefined ? undefined : foldName(query.city);
    const year = query.year === undefined ? undefined : String(query.year);
    return this.summitList.filter((summit) => {
      if (query.date !== undefined && !(summit.startDate <= query.date && query.date <= summit.endDate)) return false;
      if (year !== undefined && summit.startDate.slice(0, 4) !== year) return false;
      if (city !== undefined) {
        const names = [summit.city, summit.cityNl, ...summit.aliases].filter((n): n is string => n !== undefined);
        if (!names.some((name) => foldName(name) === city)) return false;
      }
      return true;
    });
  }

  /** The one catalogue entry that meets the criteria; undefined if none or several do. */
  findSummit(query: SummitQuery): SummitEntry | undefined {
    const found = this.findSummits(query);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Longest-match scan of every layer, word by word, without overlaps within a layer. */
  private scan(text: string, folded: FoldedText, out: Mention[]): void {
    const { text: chars, word } = folded;
    const n = chars.length;
    // Where each layer's last match ended: a match there may not start before.
    const free = new Array<number>(LAYER_COUNT).fill(0);
    let i = 0;
    while (i < n) {
      if (word[i] === 0) {
        i++;
        continue;
      }
      let wordEnd = i;
      while (wordEnd < n && word[wordEnd] === 1) wordEnd++;
      const layers = this.byFirstWord.get(chars.slice(i, wordEnd));
      for (let layer = 0; layers !== undefined && layer < LAYER_COUNT; layer++) {
        const candidates = layers[layer];
        if (candidates === undefined || i < free[layer]) continue;
        for (const { key, entries } of candidates) {
          const end = i + key.length;
          if (end > n || !chars.startsWith(key, i)) continue;
          if (end < n && word[end] === 1 && word[end - 1] === 1) continue;
          const entry = entries.find((e) => accepts(e, text, folded, i, end));
          if (!entry) continue;
          const from = folded.starts[i];
          const to = folded.ends[end - 1];
          out.push({ id: entry.entity.id, kind: entry.entity.kind, start: from, end: to, matched: text.slice(from, to) });
          free[layer] = end;
          break;
        }
      }
      i = wordEnd;
    }
  }
}

/** Files an alias under the first word of its folded form and its layer, keeping the longest first. */
function addToIndex(index: FirstWordIndex, layer: number, key: string, entry: AliasEntry): void {
  let firstEnd = 0;
  while (firstEnd < key.length && isWordCode(key.charCodeAt(firstEnd))) firstEnd++;
  const first = key.slice(0, firstEnd);
  const layers = index.get(first) ?? [];
  index.set(first, layers);
  const candidates = (layers[layer] ??= []);
  const existing = candidates.find((c) => c.key === key);
  if (existing) {
    existing.entries.push(entry);
    return;
  }
  candidates.push({ key, entries: [entry] });
  candidates.sort((a, b) => b.key.length - a.key.length);
}

function layerOf(mention: Mention): number {
  return LAYER_OF_KIND[mention.kind];
}

function caseRuleOf(alias: string, kind: ReferenceKind): CaseRule {
  const oneWord = !/[\s\-\u2010\u2011]/u.test(alias);
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (oneWord && alias.length <= 4 && letters !== '' && letters === letters.toUpperCase()) return 'exact';
  const properName = kind !== 'topic' && kind !== 'office';
  if (properName && oneWord && /^\p{Lu}/u.test(alias)) return 'capitalized';
  return 'any';
}

/** Whether the text at folded [from, to) is written as the alias's case rule asks. */
function accepts(entry: AliasEntry, text: string, folded: FoldedText, from: number, to: number): boolean {
  switch (entry.rule) {
    case 'any':
      return true;
    case 'exact':
      return text.slice(folded.starts[from], folded.ends[to - 1]) === entry.alias;
    case 'capitalized': {
      const first = text.charAt(folded.starts[from]);
      return first !== first.toLowerCase();
    }
  }
}
