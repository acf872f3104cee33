import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';

import { namesOf } from './entity-names';
import { foldName, isWordCode, slugify } from './fold-text';
import { isIsoDate } from './iso-date';
import type {
  Country,
  Group,
  Office,
  OfficeTerm,
  Organization,
  Person,
  ReferenceData,
  ReferenceEntity,
  MinisterialEntry,
  MinisterialKind,
  SummitEntry,
  SummitKind,
  Topic,
} from './types';

/** The file of each kind of reference data, inside the reference directory. */
export const REFERENCE_FILES = {
  countries: 'countries.yaml',
  organizations: 'organizations.yaml',
  groups: 'groups.yaml',
  offices: 'offices.yaml',
  people: 'people.yaml',
  topics: 'topics.yaml',
  summits: 'summits.yaml',
  ministerials: 'ministerials.yaml',
} as const;

/**
 * Thrown by `loadReferenceData` with every problem found, each naming the
 * file, the entry (its id, or its index where the id is unusable) and the
 * field, e.g. `seeds/reference/people.yaml: person:kaag offices[0].office:
 * unknown office 'office:x'`.
 */
export class ReferenceDataError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Reference data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReferenceDataError';
    this.problems = problems;
  }
}

/** The project's root: the nearest directory above this module with a package.json. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Where the reference data lives unless told otherwise: `<project>/seeds/reference`. */
export function defaultReferenceDir(): string {
  return join(projectRoot(), 'seeds', 'reference');
}

/**
 * Reads and validates the reference data in `dir` (synchronously).
 *
 * Checks required fields and their types, unknown fields, id forms
 * (docs/ids-and-model.md), ids unique across all files, every id referenced
 * (people -> offices and countries, groups -> members, offices -> country or
 * organization, topics -> signalledBy, summits -> country), ISO dates, from <=
 * to, one holder per office at a time, unique ISO codes, summit ids that
 * match their date and city, and names that resolve to one entity.
 * Returns the data only if all of that holds; otherwise throws one
 * `ReferenceDataError` listing every problem.
 */
export function loadReferenceData(dir: string = defaultReferenceDir()): ReferenceData {
  const problems: string[] = [];
  const root = projectRoot();
  const display = (file: string): string => {
    const path = resolve(dir, file);
    const rel = relative(root, path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
  };
  const read = (file: string): RawEntry[] => readEntries(resolve(dir, file), display(file), problems);
  const files = Object.fromEntries(
    Object.entries(REFERENCE_FILES).map(([kind, file]) => [kind, display(file)]),
  ) as Record<keyof typeof REFERENCE_FILES, string>;

  const data: ReferenceData = {
    countries: read(REFERENCE_FILES.countries).map((raw) => readCountry(reader(raw, files.countries, problems))),
    organizations: read(REFERENCE_FILES.organizations).map((raw) =>
      readOrganization(reader(raw, files.organizations, problems)),
    ),
    groups: read(REFERENCE_FILES.groups).map((raw) => readGroup(reader(raw, files.groups, problems))),
    offices: read(REFERENCE_FILES.offices).map((raw) => readOffice(reader(raw, files.offices, problems))),
    people: read(REFERENCE_FILES.people).map((raw) => readPerson(reader(raw, files.people, problems))),
    topics: read(REFERENCE_FILES.topics).map((raw) => readTopic(reader(raw, files.topics, problems))),
    summits: read(REFERENCE_FILES.summits).map((raw) => readSummit(reader(raw, files.summits, problems))),
    ministerials: read(REFERENCE_FILES.ministerials).map((raw) => readMinisterial(reader(raw, files.ministerials, problems))),
  };

  checkAcrossFiles(data, files, problems);
  if (problems.length > 0) throw new ReferenceDataError(problems);
  return data;
}

// --- Reading one file ---------------------------------------------------------

interface RawEntry {
  readonly index: number;
  readonly value: Record<string, unknown>;
}

function readEntries(path: string, file: string, problems: string[]): RawEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problems.push(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return [];
  }
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push(`${file}: expected a list of entries at the top level`);
    return [];
  }
  const entries: RawEntry[] = [];
  parsed.forEach((value: unknown, index) => {
    if (isRecord(value)) entries.push({ index, value });
    else problems.push(`${file}: [${index}]: expected a map, got ${describe(value)}`);
  });
  return entries;
}

// --- Reading one entry -----------------------------------------------------------

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ID_PATTERNS = {
  country: /^country:[A-Z]{3}$/,
  organization: new RegExp(`^org:${SLUG}$`),
  group: new RegExp(`^group:${SLUG}$`),
  office: new RegExp(`^office:${SLUG}$`),
  person: new RegExp(`^person:${SLUG}$`),
  topic: new RegExp(`^topic:${SLUG}$`),
  summit: new RegExp(`^meeting:(\\d{4}-\\d{2}-\\d{2})-(${SLUG})$`),
  ministerial: /^meeting:(\d{4}-\d{2}-\d{2})-(fmm|dmm)$/,
} as const;
const ID_FORMS: Record<keyof typeof ID_PATTERNS, string> = {
  country: 'country:<ISO 3166-1 alpha-3>',
  organization: 'org:<slug>',
  group: 'group:<slug>',
  office: 'office:<slug>',
  person: 'person:<surname slug>',
  topic: 'topic:<slug>',
  summit: 'meeting:<startDate>-<city slug>',
  ministerial: 'meeting:<startDate>-fmm or meeting:<startDate>-dmm',
};
const URL_PATTERN = /^https?:\/\/\S+$/;
const SUMMIT_KINDS: readonly SummitKind[] = ['SUMMIT', 'LEADERS_MEETING'];
const MINISTERIAL_SUFFIX: Record<MinisterialKind, 'fmm' | 'dmm'> = { FOREIGN_MINISTERS_MEETING: 'fmm', DEFENCE_MINISTERS_MEETING: 'dmm' };

/** Reads the fields of one entry, recording a problem for each that is wrong. */
class EntryReader {
  readonly label: string;

  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly file: string,
    label: string,
    private readonly problems: string[],
    private readonly prefix = '',
  ) {
    this.label = label;
  }

  /** Records a problem with `field` of this entry. */
  fail(field: string, message: string): void {
    this.problems.push(`${this.file}: ${this.label} ${this.prefix}${field}: ${message}`);
  }

  /** Rejects fields not in `allowed` (catches misspelt field names). */
  allowOnly(allowed: readonly string[]): void {
    for (const key of Object.keys(this.raw)) {
      if (!allowed.includes(key)) this.fail(key, `unknown field (expected one of: ${allowed.join(', ')})`);
    }
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  string(field: string): string {
    const value = this.raw[field];
    if (value === undefined || value === null) {
      this.fail(field, 'required');
      return '';
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(field, `expected a non-empty string, got ${describe(value)}`);
      return '';
    }
    return value;
  }

  optionalString(field: string): string | undefined {
    return this.has(field) ? this.string(field) : undefined;
  }

  id(kind: keyof typeof ID_PATTERNS): string {
    const id = this.string('id');
    if (id !== '' && !ID_PATTERNS[kind].test(id)) this.fail('id', `'${id}' is not of the form ${ID_FORMS[kind]}`);
    return id;
  }

  /** A reference to another entity; its existence is checked across files. */
  reference(field: string, prefix: string): string {
    const id = this.string(field);
    if (id !== '' && !id.startsWith(prefix)) this.fail(field, `'${id}' is not a ${prefix}... id`);
    return id;
  }

  optionalReference(field: string, prefix: string): string | undefined {
    return this.has(field) ? this.reference(field, prefix) : undefined;
  }

  date(field: string): string {
    const value = this.string(field);
    if (value !== '' && !isIsoDate(value)) this.fail(field, `'${value}' is not an ISO date (YYYY-MM-DD)`);
    return value;
  }

  optionalDate(field: string): string | undefined {
    return this.has(field) ? this.date(field) : undefined;
  }

  source(): string {
    const value = this.string('source');
    if (value !== '' && !URL_PATTERN.test(value)) this.fail('source', `'${value}' is not an http(s) URL`);
    return value;
  }

  boolean(field: string, fallback?: boolean): boolean {
    const value = this.raw[field];
    if ((value === undefined || value === null) && fallback !== undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(field, value === undefined ? 'required' : `expected true or false, got ${describe(value)}`);
      return false;
    }
    return value;
  }

  /** A list of non-empty strings; an absent list is empty. */
  strings(field: string): string[] {
    const value = this.raw[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(field, `expected a list, got ${describe(value)}`);
      return [];
    }
    const result: string[] = [];
    value.forEach((item, index) => {
      if (typeof item !== 'string' || item.trim() === '') {
        this.fail(`${field}[${index}]`, `expected a non-empty string, got ${describe(item)}`);
      } else {
        result.push(item);
      }
    });
    return result;
  }

  references(field: string, prefix: string): string[] {
    const ids = this.strings(field);
    ids.forEach((id, index) => {
      if (!id.startsWith(prefix)) this.fail(`${field}[${index}]`, `'${id}' is not a ${prefix}... id`);
    });
    return ids;
  }

  /** Readers for the entries of a list of maps, such as a person's offices. */
  entries(field: string): EntryReader[] {
    const value = this.raw[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(field, `expected a list, got ${describe(value)}`);
      return [];
    }
    const readers: EntryReader[] = [];
    value.forEach((item, index) => {
      const path = `${this.prefix}${field}[${index}]`;
      if (!isRecord(item)) {
        this.fail(`${field}[${index}]`, `expected a map, got ${describe(item)}`);
      } else {
        readers.push(new EntryReader(item, this.file, this.label, this.problems, `${path}.`));
      }
    });
    return readers;
  }
}

/** A reader for one top-level entry, labelled by its id where it has one. */
function reader(entry: RawEntry, file: string, problems: string[]): EntryReader {
  const id = entry.value['id'];
  const label = typeof id === 'string' && id.trim() !== '' ? id : `[${entry.index}]`;
  return new EntryReader(entry.value, file, label, problems);
}

function readCountry(r: EntryReader): Country {
  r.allowOnly(['id', 'iso2', 'name', 'nameNl', 'aliases', 'natoAccession', 'euMember', 'source']);
  const iso2 = r.string('iso2');
  if (iso2 !== '' && !/^[A-Z]{2}$/.test(iso2)) r.fail('iso2', `'${iso2}' is not a two-letter code`);
  return {
    kind: 'country',
    id: r.id('country'),
    iso2,
    name: r.string('name'),
    nameNl: r.string('nameNl'),
    aliases: r.strings('aliases'),
    natoAccession: r.optionalDate('natoAccession'),
    euMember: r.boolean('euMember'),
    source: r.source(),
  };
}

function readOrganization(r: EntryReader): Organization {
  r.allowOnly(['id', 'name', 'nameNl', 'acronym', 'aliases', 'founded', 'source']);
  return {
    kind: 'organization',
    id: r.id('organization'),
    name: r.string('name'),
    nameNl: r.string('nameNl'),
    acronym: r.optionalString('acronym'),
    aliases: r.strings('aliases'),
    founded: r.optionalDate('founded'),
    source: r.source(),
  };
}

function readGroup(r: EntryReader): Group {
  r.allowOnly(['id', 'name', 'nameNl', 'aliases', 'members', 'source']);
  if (!r.has('members')) r.fail('members', 'required');
  const members = r.references('members', 'country:');
  if (r.has('members') && members.length === 0) r.fail('members', 'a group needs at least one member');
  return {
    kind: 'group',
    id: r.id('group'),
    name: r.string('name'),
    nameNl: r.string('nameNl'),
    aliases: r.strings('aliases'),
    members,
    source: r.source(),
  };
}

function readOffice(r: EntryReader): Office {
  r.allowOnly(['id', 'title', 'titleNl', 'aliases', 'country', 'organization', 'source']);
  const country = r.optionalReference('country', 'country:');
  const organization = r.optionalReference('organization', 'org:');
  if ((country === undefined) === (organization === undefined)) {
    r.fail('country', 'an office belongs to exactly one country or one organization');
  }
  const title = r.string('title');
  const titleNl = r.string('titleNl');
  return {
    kind: 'office',
    id: r.id('office'),
    title,
    titleNl,
    name: title,
    nameNl: titleNl,
    aliases: r.strings('aliases'),
    country,
    organization,
    source: r.source(),
  };
}

function readPerson(r: EntryReader): Person {
  r.allowOnly(['id', 'name', 'aliases', 'country', 'offices', 'source']);
  const offices = r.entries('offices').map((t): OfficeTerm => {
    t.allowOnly(['office', 'from', 'to', 'acting']);
    const term = {
      office: t.reference('office', 'office:'),
      from: t.date('from'),
      to: t.optionalDate('to'),
      acting: t.boolean('acting', false),
    };
    if (term.to !== undefined && isIsoDate(term.from) && isIsoDate(term.to) && term.to < term.from) {
      t.fail('to', `${term.to} is before from ${term.from}`);
    }
    return term;
  });
  return {
    kind: 'person',
    id: r.id('person'),
    name: r.string('name'),
    aliases: r.strings('aliases'),
    country: r.optionalReference('country', 'country:'),
    offices,
    source: r.source(),
  };
}

function readTopic(r: EntryReader): Topic {
  r.allowOnly(['id', 'name', 'nameNl', 'aliases', 'signalledBy', 'about', 'source']);
  const about = r.optionalReference('about', 'country:');
  return {
    kind: 'topic',
    id: r.id('topic'),
    name: r.string('name'),
    nameNl: r.string('nameNl'),
    aliases: r.strings('aliases'),
    signalledBy: r.strings('signalledBy'),
    ...(about ? { about } : {}),
    source: r.source(),
  };
}

/** The days and place of a meeting in a catalogue: a virtual meeting has no place. */
function readDaysAndPlace(r: EntryReader) {
  const startDate = r.date('startDate');
  const endDate = r.date('endDate');
  if (startDate !== '' && endDate !== '' && endDate < startDate) r.fail('endDate', `${endDate} is before startDate ${startDate}`);
  const virtual = r.boolean('virtual', false);
  if (virtual) {
    for (const field of ['city', 'cityNl', 'country']) {
      if (r.has(field)) r.fail(field, 'a virtual meeting has no place');
    }
    return { startDate, endDate, virtual, city: undefined, cityNl: undefined, country: undefined };
  }
  return { startDate, endDate, virtual, city: r.string('city'), cityNl: r.string('cityNl'), country: r.reference('country', 'country:') };
}

function readSummit(r: EntryReader): SummitEntry {
  r.allowOnly([
    'id', 'kind', 'name', 'nameNl', 'startDate', 'endDate', 'city', 'cityNl', 'country', 'virtual', 'aliases', 'source',
  ]);
  const id = r.id('summit');
  const kind = r.string('kind');
  if (kind !== '' && !SUMMIT_KINDS.includes(kind as SummitKind)) {
    r.fail('kind', `'${kind}' is not one of ${SUMMIT_KINDS.join(', ')}`);
  }
  const { startDate, endDate, virtual, city, cityNl, country } = readDaysAndPlace(r);
  const match = ID_PATTERNS.summit.exec(id);
  if (match && startDate !== '' && match[1] !== startDate) r.fail('id', `the date in the id is not startDate ${startDate}`);
  const place = virtual ? 'virtual' : slugify(city ?? '');
  if (match && place !== '' && !(match[2] === place || match[2].startsWith(`${place}-`))) {
    r.fail('id', `the slug in the id does not start with '${place}'`);
  }
  return {
    id,
    kind: kind as SummitKind,
    name: r.string('name'),
    nameNl: r.string('nameNl'),
    startDate,
    endDate,
    city,
    cityNl,
    country,
    virtual,
    aliases: r.strings('aliases'),
    source: r.source(),
  };
}

function readMinisterial(r: EntryReader): MinisterialEntry {
  r.allowOnly(['id', 'kind', 'startDate', 'endDate', 'city', 'cityNl', 'country', 'virtual', 'informal', 'source']);
  const id = r.id('ministerial');
  const kind = r.string('kind');
  const suffix = MINISTERIAL_SUFFIX[kind as MinisterialKind];
  if (kind !== '' && !suffix) r.fail('kind', `'${kind}' is not one of ${Object.keys(MINISTERIAL_SUFFIX).join(', ')}`);
  const { startDate, endDate, virtual, city, cityNl, country } = readDaysAndPlace(r);
  const match = ID_PATTERNS.ministerial.exec(id);
  if (match && startDate !== '' && match[1] !== startDate) r.fail('id', `the date in the id is not startDate ${startDate}`);
  if (match && suffix && match[2] !== suffix) r.fail('id', `a ${kind} id ends in -${suffix}`);
  return {
    id,
    kind: kind as MinisterialKind,
    startDate,
    endDate,
    city,
    cityNl,
    country,
    virtual,
    informal: r.boolean('informal', false),
    source: r.source(),
  };
}

// --- Checks across files -----------------------------------------------------------

function checkAcrossFiles(
  data: ReferenceData,
  files: Record<keyof typeof REFERENCE_FILES, string>,
  problems: string[],
): void {
  const fileOf = new Map<string, string>();
  const entities: Array<[ReferenceEntity, string]> = [
    ...data.countries.map((e): [ReferenceEntity, string] => [e, files.countries]),
    ...data.organizations.map((e): [ReferenceEntity, string] => [e, files.organizations]),
    ...data.groups.map((e): [ReferenceEntity, string] => [e, files.groups]),
    ...data.offices.map((e): [ReferenceEntity, string] => [e, files.offices]),
    ...data.people.map((e): [ReferenceEntity, string] => [e, files.people]),
    ...data.topics.map((e): [ReferenceEntity, string] => [e, files.topics]),
  ];
  const all: Array<{ id: string; file: string }> = [
    ...entities.map(([e, file]) => ({ id: e.id, file })),
    ...data.summits.map((s) => ({ id: s.id, file: files.summits })),
    ...data.ministerials.map((m) => ({ id: m.id, file: files.ministerials })),
  ];
  for (const { id, file } of all) {
    if (id === '') continue;
    const other = fileOf.get(id);
    if (other !== undefined) problems.push(`${file}: ${id} id: duplicate id, also defined in ${other}`);
    else fileOf.set(id, file);
  }

  const kindOf = new Map<string, string>(entities.map(([e]) => [e.id, e.kind]));
  const expect = (file: string, id: string, field: string, ref: string | undefined, kind: string): void => {
    if (ref === undefined || ref === '') return;
    if (kindOf.get(ref) !== kind) problems.push(`${file}: ${id} ${field}: unknown ${kind} '${ref}'`);
  };

  for (const group of data.groups) {
    group.members.forEach((m, i) => expect(files.groups, group.id, `members[${i}]`, m, 'country'));
  }
  for (const office of data.offices) {
    expect(files.offices, office.id, 'country', office.country, 'country');
    expect(files.offices, office.id, 'organization', office.organization, 'organization');
  }
  for (const person of data.people) {
    expect(files.people, person.id, 'country', person.country, 'country');
    person.offices.forEach((t, i) => expect(files.people, person.id, `offices[${i}].office`, t.office, 'office'));
  }
  for (const topic of data.topics) {
    topic.signalledBy.forEach((ref, i) => {
      if (!kindOf.has(ref)) problems.push(`${files.topics}: ${topic.id} signalledBy[${i}]: unknown entity '${ref}'`);
    });
  }
  for (const summit of data.summits) expect(files.summits, summit.id, 'country', summit.country, 'country');
  for (const meeting of data.ministerials) expect(files.ministerials, meeting.id, 'country', meeting.country, 'country');

  const iso2Owner = new Map<string, string>();
  for (const country of data.countries) {
    const other = iso2Owner.get(country.iso2);
    if (other !== undefined) problems.push(`${files.countries}: ${country.id} iso2: '${country.iso2}' is also the code of ${other}`);
    else if (country.iso2 !== '') iso2Owner.set(country.iso2, country.id);
  }

  checkOneHolderAtATime(data.people, files.people, problems);
  checkNames(entities, problems);
}

/** Terms in one office must not overlap: an office has one holder at a time. */
function checkOneHolderAtATime(people: readonly Person[], file: string, problems: string[]): void {
  const termsByOffice = new Map<string, Array<{ person: Person; term: OfficeTerm; index: number }>>();
  for (const person of people) {
    person.offices.forEach((term, index) => {
      if (term.office === '' || !isIsoDate(term.from)) return;
      const terms = termsByOffice.get(term.office) ?? [];
      terms.push({ person, term, index });
      termsByOffice.set(term.office, terms);
    });
  }
  for (const [office, terms] of termsByOffice) {
    terms.sort((a, b) => a.term.from.localeCompare(b.term.from));
    for (let i = 1; i < terms.length; i++) {
      const previous = terms[i - 1];
      const current = terms[i];
      if (previous.term.to === undefined || current.term.from < previous.term.to) {
        problems.push(
          `${file}: ${current.person.id} offices[${current.index}]: overlaps the term of ${previous.person.id} ` +
            `in ${office} (${previous.term.from} to ${previous.term.to ?? 'now'})`,
        );
      }
    }
  }
}

/**
 * A folded name must belong to one entity, or lookups would be ambiguous; and
 * it must begin with a letter or digit, or it could never be found in a text.
 */
function checkNames(entities: ReadonlyArray<[ReferenceEntity, string]>, problems: string[]): void {
  const owner = new Map<string, string>();
  for (const [entity, file] of entities) {
    for (const { field, value } of namesOf(entity)) {
      const key = foldName(value);
      if (key === '' || !isWordCode(key.charCodeAt(0))) {
        problems.push(`${file}: ${entity.id} ${field}: '${value}' must begin with a letter or a digit`);
        continue;
      }
      const other = owner.get(key);
      if (other === undefined) owner.set(key, entity.id);
      else if (other !== entity.id) problems.push(`${file}: ${entity.id} ${field}: '${value}' is also a name of ${other}`);
    }
  }
}

// --- Helpers ------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}
