import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ReferenceDataError, defaultReferenceDir, loadReferenceData } from './load-reference';

describe('loadReferenceData on the real files', () => {
  const data = loadReferenceData();

  it('loads every kind of entry', () => {
    expect(data.countries.length).toBeGreaterThanOrEqual(32);
    expect(data.organizations.length).toBeGreaterThan(0);
    expect(data.groups.length).toBeGreaterThan(0);
    expect(data.offices.length).toBeGreaterThan(0);
    expect(data.people.length).toBeGreaterThan(0);
    expect(data.topics.length).toBeGreaterThanOrEqual(40);
    expect(data.summits.length).toBeGreaterThanOrEqual(15);
  });

  it('knows the 32 NATO members and 27 EU members', () => {
    expect(data.countries.filter((c) => c.natoAccession !== undefined)).toHaveLength(32);
    expect(data.countries.filter((c) => c.euMember)).toHaveLength(27);
    const accession = (id: string) => data.countries.find((c) => c.id === id)?.natoAccession;
    expect(accession('country:FIN')).toBe('2023-04-04');
    expect(accession('country:SWE')).toBe('2024-03-07');
    expect(accession('country:NLD')).toBe('1949-08-24');
    expect(accession('country:UKR')).toBeUndefined();
  });

  it('gives the AP4 its four members', () => {
    const ap4 = data.groups.find((g) => g.id === 'group:ap4');
    expect(ap4?.members).toEqual(['country:AUS', 'country:JPN', 'country:NZL', 'country:KOR']);
  });

  it('names a public source for every entry', () => {
    const all = [
      ...data.countries, ...data.organizations, ...data.groups, ...data.offices,
      ...data.people, ...data.topics, ...data.summits, ...data.ministerials,
    ];
    for (const entry of all) expect(entry.source).toMatch(/^https?:\/\//);
  });

  it('catalogues the summits from Bucharest 2008 to The Hague 2025', () => {
    const ids = data.summits.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([
      'meeting:2008-04-02-bucharest',
      'meeting:2014-09-04-newport',
      'meeting:2019-12-03-london',
      'meeting:2021-06-14-brussels',
      'meeting:2022-06-28-madrid',
      'meeting:2023-07-11-vilnius',
      'meeting:2025-06-24-the-hague',
    ]));
    const madrid = data.summits.find((s) => s.id === 'meeting:2022-06-28-madrid');
    expect(madrid).toMatchObject({ kind: 'SUMMIT', startDate: '2022-06-28', endDate: '2022-06-30', country: 'country:ESP' });
    const london = data.summits.find((s) => s.id === 'meeting:2019-12-03-london');
    expect(london).toMatchObject({ kind: 'LEADERS_MEETING', cityNl: 'Londen' });
  });

  it('catalogues the foreign and defence ministers\' meetings with their days and place', () => {
    expect(data.ministerials.length).toBeGreaterThanOrEqual(50);
    const june2019 = data.ministerials.find((m) => m.id === 'meeting:2019-06-26-dmm');
    expect(june2019).toMatchObject({ kind: 'DEFENCE_MINISTERS_MEETING', startDate: '2019-06-26', endDate: '2019-06-27', country: 'country:BEL', virtual: false });
    const riga = data.ministerials.find((m) => m.id === 'meeting:2021-11-30-fmm');
    expect(riga).toMatchObject({ kind: 'FOREIGN_MINISTERS_MEETING', endDate: '2021-12-01', cityNl: 'Riga', country: 'country:LVA' });
    expect(data.ministerials.filter((m) => m.virtual).every((m) => m.city === undefined && m.country === undefined)).toBe(true);
    expect(data.ministerials.some((m) => m.informal)).toBe(true);
    // At most one meeting of a kind begins in a month for most months; where two do, a month-only mention finds neither.
    const ids = data.ministerials.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('loadReferenceData on a broken copy', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'summitgraph-reference-'));
    cpSync(defaultReferenceDir(), dir, { recursive: true });
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Replaces `from` by `to` in one file of the copy; `from` must occur. */
  function edit(file: string, from: string, to: string): void {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
    writeFileSync(path, text.replace(from, to));
  }

  function problemsOf(): readonly string[] {
    try {
      loadReferenceData(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ReferenceDataError);
      return (error as ReferenceDataError).problems;
    }
    throw new Error('expected loadReferenceData to throw');
  }

  it('names the file, entry and field of an unknown office', () => {
    edit(
      'people.yaml',
      '{ office: office:nld-minister-foreign-affairs, from: 2018-02-13',
      '{ office: office:x, from: 2018-02-13',
    );
    const problems = problemsOf();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(`${join(dir, 'people.yaml')}: person:kaag offices[0].office: unknown office 'office:x'`);
  });

  it('lists every problem at once, in one error', () => {
    edit('people.yaml', 'from: 2021-05-25, to: 2021-09-17', 'from: 2021-05-25, to: 2021-02-30');
    edit('people.yaml', 'from: 2014-10-01, to: 2024-10-01', 'from: 2024-10-01, to: 2014-10-01');
    edit('groups.yaml', 'country:NZL, country:KOR', 'country:NZL, country:XXX');
    edit('offices.yaml', '  organization: org:eu\n', '  organization: org:nowhere\n');
    edit('countries.yaml', 'id: country:MLT', 'id: country:Malta');
    edit('countries.yaml', 'iso2: CY', 'iso2: NL');
    edit('topics.yaml', 'id: topic:space', 'id: topic:open-door');
    edit('organizations.yaml', 'aliases: [VN]', 'aliases: [VN, Oekraïne]');
    edit('summits.yaml', 'startDate: 2023-07-11', 'startDate: 2023-07-12\n  venue: LITEXPO');
    edit('people.yaml', 'aliases: [Jetten]', 'aliases: [Jetten]\n  sorce: https://example.org');
    edit('ministerials.yaml', 'id: meeting:2019-06-26-dmm\n  kind: DEFENCE_MINISTERS_MEETING', 'id: meeting:2019-06-26-dmm\n  kind: FOREIGN_MINISTERS_MEETING');
    edit('ministerials.yaml', 'country: country:LVA', 'country: country:LVX');

    const problems = problemsOf();
    const expected = [
      "person:kaag offices[1].to: '2021-02-30' is not an ISO date (YYYY-MM-DD)",
      'person:stoltenberg offices[0].to: 2014-10-01 is before from 2024-10-01',
      "group:ap4 members[3]: unknown country 'country:XXX'",
      "office:eu-high-representative organization: unknown organization 'org:nowhere'",
      "country:Malta id: 'country:Malta' is not of the form country:<ISO 3166-1 alpha-3>",
      "country:CYP iso2: 'NL' is also the code of country:NLD",
      'topic:open-door id: duplicate id, also defined in',
      "org:un aliases[1]: 'Oekraïne' is also a name of country:UKR",
      'meeting:2023-07-11-vilnius id: the date in the id is not startDate 2023-07-12',
      'meeting:2023-07-11-vilnius venue: unknown field',
      'person:jetten sorce: unknown field',
      'meeting:2019-06-26-dmm id: a FOREIGN_MINISTERS_MEETING id ends in -fmm',
      "meeting:2021-11-30-fmm country: unknown country 'country:LVX'",
      'person:stoltenberg offices[0]: overlaps the term of person:rutte in office:nato-secretary-general',
    ];
    for (const message of expected) expect(problems).toContainEqual(expect.stringContaining(message));

    let thrown: unknown;
    try {
      loadReferenceData(dir);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(/^Reference data has \d+ problem\(s\):\n {2}- /);
  });

  it('rejects overlapping terms in one office', () => {
    edit('people.yaml', 'from: 2018-03-07, to: 2021-05-25', 'from: 2018-03-07, to: 2021-06-01');
    expect(problemsOf()).toEqual([
      expect.stringMatching(
        /people\.yaml: person:kaag offices\[1\]: overlaps the term of person:blok in office:nld-minister-foreign-affairs \(2018-03-07 to 2021-06-01\)$/,
      ),
    ]);
  });

  it('reports a missing file and invalid YAML by file', () => {
    rmSync(join(dir, 'groups.yaml'));
    writeFileSync(join(dir, 'topics.yaml'), '- id: topic:a\n  name: [unclosed\n');
    const problems = problemsOf();
    expect(problems).toContainEqual(`${join(dir, 'groups.yaml')}: cannot read the file (ENOENT)`);
    expect(problems).toContainEqual(expect.stringMatching(/topics\.yaml: not valid YAML: /));
  });

  it('labels an entry without a usable id by its index', () => {
    edit('topics.yaml', '- id: topic:burden-sharing\n', '- name_: x\n');
    const problems = problemsOf();
    expect(problems).toContainEqual(`${join(dir, 'topics.yaml')}: [2] id: required`);
  });
});
