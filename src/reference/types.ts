/**
 * The reference data: what is true independently of any letter (countries,
 * organizations, groups, offices and who held them, the topic vocabulary, the
 * catalogue of NATO summits). It is written by hand in `seeds/reference/*.yaml`,
 * every entry naming its public source, and read by `loadReferenceData`.
 *
 * Ids follow docs/ids-and-model.md. Dates are ISO-8601 calendar dates
 * ("2021-06-14"). Every name of an entity (name, nameNl, title, titleNl,
 * acronym, aliases) belongs to that entity alone once folded (see
 * fold-text.ts), so that a name resolves to one entity.
 */

/** A country. `id` is `country:` and its ISO 3166-1 alpha-3 code. */
export interface Country {
  readonly kind: 'country';
  readonly id: string;
  /** ISO 3166-1 alpha-2 code ("UA"); Kosovo has the user-assigned "XK". */
  readonly iso2: string;
  /** English short name ("Ukraine"). */
  readonly name: string;
  /** Dutch name ("Oekraïne"). */
  readonly nameNl: string;
  /** Other names, and the Dutch and English adjectives and demonyms. */
  readonly aliases: readonly string[];
  /** The day it became a party to the North Atlantic Treaty; absent for non-members. */
  readonly natoAccession?: string;
  /** Member of the European Union (today). */
  readonly euMember: boolean;
  readonly source: string;
}

/** An international organization or a NATO body (`org:<slug>`). */
export interface Organization {
  readonly kind: 'organization';
  readonly id: string;
  readonly name: string;
  readonly nameNl: string;
  readonly acronym?: string;
  readonly aliases: readonly string[];
  readonly founded?: string;
  readonly source: string;
}

/** A named group of countries such as the AP4 (`group:<slug>`). */
export interface Group {
  readonly kind: 'group';
  readonly id: string;
  readonly name: string;
  readonly nameNl: string;
  readonly aliases: readonly string[];
  /** Country ids of its members. */
  readonly members: readonly string[];
  readonly source: string;
}

/**
 * An office a person holds (`office:<slug>`), belonging to exactly one
 * country or one organization. Only one person holds an office at a time.
 */
export interface Office {
  readonly kind: 'office';
  readonly id: string;
  /** English title as the API shows it ("Minister of Defence", "Minister-President"). */
  readonly title: string;
  /** Dutch title ("Minister van Defensie"). */
  readonly titleNl: string;
  /** The same as `title`, so that every `ReferenceEntity` has a `name`. */
  readonly name: string;
  /** The same as `titleNl`. */
  readonly nameNl: string;
  /** Words a letter uses for the office alone ("SG NAVO", "premier"). */
  readonly aliases: readonly string[];
  readonly country?: string;
  readonly organization?: string;
  readonly source: string;
}

/**
 * A person's term in an office: from its first day (inclusive) to the day it
 * ended (exclusive), which is the successor's first day. `to` is absent while
 * the term runs.
 */
export interface OfficeTerm {
  readonly office: string;
  readonly from: string;
  readonly to?: string;
  /** Held ad interim by a minister of another portfolio. */
  readonly acting: boolean;
}

/** A person (`person:<surname slug>`) and the offices they held. */
export interface Person {
  readonly kind: 'person';
  readonly id: string;
  /** Full name ("Ank Bijleveld-Schouten"). */
  readonly name: string;
  /** Forms letters use: initials as signed, first name and surname, surname. */
  readonly aliases: readonly string[];
  readonly country?: string;
  readonly offices: readonly OfficeTerm[];
  readonly source: string;
}

/** A topic of the vocabulary (`topic:<slug>`). */
export interface Topic {
  readonly kind: 'topic';
  readonly id: string;
  readonly name: string;
  readonly nameNl: string;
  /** Dutch and English words and phrases that signal the topic in a text. */
  readonly aliases: readonly string[];
  /** Entities whose mere mention signals the topic (country:RUS for Russia). */
  readonly signalledBy: readonly string[];
  /** The country a country-specific topic concerns (country:IRQ for NATO Mission Iraq): a claim on it is about that country. */
  readonly about?: string;
  readonly source: string;
}

/** The kinds of summit-level meeting in the catalogue. */
export type SummitKind = 'SUMMIT' | 'LEADERS_MEETING';

/**
 * A NATO summit or leaders' meeting (`meeting:<startDate>-<city slug>`).
 * A virtual meeting has no city and no country.
 */
export interface SummitEntry {
  readonly id: string;
  readonly kind: SummitKind;
  /** English name ("Brussels Summit 2021"). */
  readonly name: string;
  readonly nameNl: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly city?: string;
  readonly cityNl?: string;
  /** Host country id. */
  readonly country?: string;
  readonly virtual: boolean;
  /** Other names of the meeting and of its place ("Wales", "Wales-top"). */
  readonly aliases: readonly string[];
  readonly source: string;
}

export type MinisterialKind = 'FOREIGN_MINISTERS_MEETING' | 'DEFENCE_MINISTERS_MEETING';

/**
 * A meeting of NATO's foreign or defence ministers (`meeting:<startDate>-fmm`
 * or `-dmm`). Letters often name these by month only ("in juni 2019"); the
 * catalogue gives their days and place. A virtual meeting has no city.
 */
export interface MinisterialEntry {
  readonly id: string;
  readonly kind: MinisterialKind;
  readonly startDate: string;
  readonly endDate: string;
  readonly city?: string;
  readonly cityNl?: string;
  /** Host country id. */
  readonly country?: string;
  readonly virtual: boolean;
  /** An informal meeting (the foreign ministers' spring meetings away from Brussels). */
  readonly informal: boolean;
  readonly source: string;
}

/** Any entity with a name that a letter can mention. */
export type ReferenceEntity = Country | Organization | Group | Office | Person | Topic;

/** The kinds of `ReferenceEntity`. */
export type ReferenceKind = ReferenceEntity['kind'];

/** All reference data, as loaded and validated from seeds/reference/. */
export interface ReferenceData {
  readonly countries: readonly Country[];
  readonly organizations: readonly Organization[];
  readonly groups: readonly Group[];
  readonly offices: readonly Office[];
  readonly people: readonly Person[];
  readonly topics: readonly Topic[];
  readonly summits: readonly SummitEntry[];
  readonly ministerials: readonly MinisterialEntry[];
}
