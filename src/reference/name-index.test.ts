import { loadReferenceData } from './load-reference';
import { NameIndex, type Mention } from './name-index';

const index = new NameIndex(loadReferenceData());

/** The ids found in `text`, in order. */
function idsIn(text: string): string[] {
  return index.findMentions(text).map((m) => m.id);
}

describe('NameIndex.lookup', () => {
  it.each([
    ['country:UKR', 'country:UKR'],
    ['Oekraïne', 'country:UKR'],
    ['oekraine', 'country:UKR'],
    ['Ukraine', 'country:UKR'],
    ['UKR', 'country:UKR'],
    ['Oekraïense', 'country:UKR'],
    ['Zuid-Korea', 'country:KOR'],
    ['zuid korea', 'country:KOR'],
    ['Verenigde Staten', 'country:USA'],
    ['VS', 'country:USA'],
    ['open-door', 'topic:open-door'],
    ['Open Door Policy', 'topic:open-door'],
    ['open-deurbeleid', 'topic:open-door'],
    ['  Open-Deurbeleid ', 'topic:open-door'],
    ['topic:defence-investment-pledge', 'topic:defence-investment-pledge'],
    ['2%-norm', 'topic:defence-investment-pledge'],
    ['NAVO', 'org:nato'],
    ['nato', 'org:nato'],
    ['Noord-Atlantische Raad', 'org:north-atlantic-council'],
    ['AP4', 'group:ap4'],
    ['Minister-President', 'office:nld-minister-president'],
    ['minister van Buitenlandse Zaken', 'office:nld-minister-foreign-affairs'],
    ['SG NAVO', 'office:nato-secretary-general'],
    ['S.A.M. Kaag', 'person:kaag'],
    ['Bijleveld', 'person:bijleveld'],
    ['Ank Bijleveld-Schouten', 'person:bijleveld'],
    ['rutte', 'person:rutte'],
    ['China', 'country:CHN'],
    ['topic:china', 'topic:china'],
  ])('%s -> %s', (query, id) => {
    expect(index.lookup(query)?.id).toBe(id);
  });

  it('returns undefined for a name nothing has', () => {
    expect(index.lookup('Atlantis')).toBeUndefined();
    expect(index.lookup('')).toBeUndefined();
  });

  it('returns the entity itself, with its kind', () => {
    const found = index.lookup('Oekraïne');
    expect(found).toMatchObject({ kind: 'country', id: 'country:UKR', name: 'Ukraine', nameNl: 'Oekraïne' });
  });
});

describe('NameIndex.findMentions', () => {
  it('gives offsets into the text as written', () => {
    const text = 'Volgens de premier  staat\nOekraïne er goed voor.';
    const mentions = index.findMentions(text);
    expect(mentions).toEqual<Mention[]>([
      { id: 'office:nld-minister-president', kind: 'office', start: 11, end: 18, matched: 'premier' },
      { id: 'country:UKR', kind: 'country', start: 26, end: 34, matched: 'Oekraïne' },
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.matched);
  });

  it('finds offices, countries and topics in one sentence, in layers', () => {
    const text =
      'De Minister-President en de minister van Buitenlandse Zaken spraken in Vilnius ' +
      'met de Oekraïense president over een toekomstig NAVO-lidmaatschap.';
    expect(idsIn(text)).toEqual([
      'office:nld-minister-president',
      'office:nld-minister-foreign-affairs',
      'country:UKR',
      'office:ukr-president',
      'org:nato',
      'topic:open-door',
    ]);
  });

  it('finds Dutch adjectives and acronyms, longest match first', () => {
    const text = 'De VS en het VK halen de 2%-norm; Zuid-Koreaanse en Japanse waarnemers keken toe, Noord-Korea niet.';
    expect(idsIn(text)).toEqual([
      'country:USA',
      'country:GBR',
      'topic:defence-investment-pledge',
      'country:KOR',
      'country:JPN',
      'country:PRK',
    ]);
  });

  it('finds NAVO in Dutch compounds at a hyphen', () => {
    expect(idsIn('Alle NAVO-lidstaten en EU-partners waren er.')).toEqual(['org:nato', 'org:eu']);
  });

  it('matches names across line breaks, hyphenation and missing diacritics', () => {
    const text = 'Het kabinet hecht aan de trans-\nAtlantische band en aan steun aan Oekraine.';
    expect(idsIn(text)).toEqual(['topic:transatlantic-bond', 'topic:ukraine-support', 'country:UKR']);
  });

  it('matches short acronyms only in capitals and surnames only capitalized', () => {
    expect(idsIn('Wij zagen het kamp, maar de vs-kenner en de eu-fan bleven thuis; us too.')).toEqual([]);
    expect(idsIn('Minister Kamp bezocht het kamp.')).toEqual(['person:kamp']);
    expect(idsIn('Een map met stukken over het Membership Action Plan (MAP).')).toEqual([
      'topic:open-door',
      'topic:open-door',
    ]);
  });

  it('matches topic words whatever their case', () => {
    expect(idsIn('Weerbaarheid\nDe nationale weerbaarheid en de weerbaarheid van bondgenoten.')).toEqual([
      'topic:resilience',
      'topic:resilience',
      'topic:resilience',
      'org:nato',
    ]);
  });

  it('does not match inside words', () => {
    expect(idsIn('De bondgenootschappelijke inzet en de Turksche thee.')).toEqual([]);
  });

  it('finds people by the forms letters sign with', () => {
    expect(idsIn('De Minister van Defensie,\nA.Th.B. Bijleveld-Schouten')).toEqual([
      'office:nld-minister-defence',
      'person:bijleveld',
    ]);
    expect(idsIn('Sigrid A.M. Kaag en W.B. Hoekstra')).toEqual(['person:kaag', 'person:hoekstra']);
  });

  it('finds the AP4 by name and by its members', () => {
    expect(idsIn('De partners in de Indo-Pacific (AP4) sloten aan.')).toEqual([
      'group:ap4',
      'topic:indo-pacific',
      'group:ap4',
    ]);
  });

  // Its speed is measured by the ingest benchmark (bench/), not here: a timed test fails on a busy machine.
  it('finds every mention in a long text', () => {
    const paragraph =
      'De Minister-President nam deel aan de bijeenkomst van de Noord-Atlantische Raad. De bondgenoten ' +
      'bespraken de steun aan Oekraïne, de Defence Investment Pledge, hybride dreigingen en de ' +
      'samenwerking tussen de NAVO en de EU. Zweden, Finland en de partners uit de Indo-Pacific regio ' +
      '(Australië, Japan, Nieuw-Zeeland en Zuid-Korea) waren aanwezig; de VS benadrukten Artikel 5.\n';
    const once = index.findMentions(paragraph).length;
    const copies = Math.ceil(20_000 / paragraph.length);
    expect(once).toBeGreaterThan(10);
    expect(index.findMentions(paragraph.repeat(copies))).toHaveLength(once * copies);
  });
});

describe('NameIndex.holderOf', () => {
  it.each([
    ['office:nld-minister-president', '2023-07-11', 'person:rutte'],
    ['office:nld-minister-president', '2024-07-01', 'person:rutte'],
    ['office:nld-minister-president', '2024-07-02', 'person:schoof'],
    ['office:nld-minister-foreign-affairs', '2021-06-14', 'person:kaag'],
    ['office:nld-minister-foreign-affairs', '2021-03-23', 'person:blok'],
    ['office:nld-minister-foreign-affairs', '2019-11-20', 'person:blok'],
    ['office:nld-minister-foreign-affairs', '2023-07-11', 'person:hoekstra'],
    ['office:nld-minister-defence', '2021-06-14', 'person:bijleveld'],
    ['office:nld-minister-defence', '2023-07-11', 'person:ollongren'],
    ['office:nato-secretary-general', '2019-12-03', 'person:stoltenberg'],
    ['office:nato-secretary-general', '2025-06-24', 'person:rutte'],
    ['office:usa-president', '2021-06-14', 'person:biden'],
    ['office:usa-president', '2019-12-03', 'person:trump'],
    ['office:usa-president', '2025-06-24', 'person:trump'],
  ])('%s on %s is %s', (office, date, person) => {
    expect(index.holderOf(office, date)?.id).toBe(person);
  });

  it('tells an acting minister by the term', () => {
    const holding = index.termAt('office:nld-minister-foreign-affairs', '2021-09-20');
    expect(holding?.person.id).toBe('person:de-bruijn');
    expect(holding?.term.acting).toBe(true);
  });

  it('returns undefined where nobody held the office, or the office is unknown', () => {
    expect(index.holderOf('office:nld-minister-president', '1990-01-01')).toBeUndefined();
    expect(index.holderOf('office:nowhere', '2021-06-14')).toBeUndefined();
  });

  it('rejects a date that is not ISO', () => {
    expect(() => index.holderOf('office:nld-minister-president', '14 juni 2021')).toThrow(RangeError);
  });
});

describe('NameIndex topics and summits', () => {
  it('knows which topics a mention signals', () => {
    expect(index.topicsSignalledBy('country:RUS').map((t) => t.id)).toEqual(['topic:russia']);
    expect(index.topicsSignalledBy('org:diana').map((t) => t.id)).toEqual(['topic:defence-innovation']);
    expect(index.topicsSignalledBy('country:NLD')).toEqual([]);
  });

  it('finds a summit by Dutch or English city and year, or by another name', () => {
    expect(index.findSummit({ city: 'Brussel', year: 2021 })?.id).toBe('meeting:2021-06-14-brussels');
    expect(index.findSummit({ city: 'Boekarest' })?.id).toBe('meeting:2008-04-02-bucharest');
    expect(index.findSummit({ city: 'Wales' })?.id).toBe('meeting:2014-09-04-newport');
    expect(index.findSummit({ city: 'Londen', year: '2019' })?.id).toBe('meeting:2019-12-03-london');
    expect(index.findSummit({ city: 'Den Haag' })?.id).toBe('meeting:2025-06-24-the-hague');
  });

  it('finds no single summit where several match', () => {
    expect(index.findSummit({ city: 'Brussels' })).toBeUndefined();
    expect(index.findSummits({ city: 'Brussels' }).map((s) => s.startDate)).toEqual([
      '2017-05-25',
      '2018-07-11',
      '2021-06-14',
      '2022-03-24',
    ]);
  });

  it('finds summits by a day they ran on', () => {
    expect(index.summitsByDate('2019-12-04').map((s) => s.id)).toEqual(['meeting:2019-12-03-london']);
    expect(index.summitsByDate('2022-06-29').map((s) => s.id)).toEqual(['meeting:2022-06-28-madrid']);
    expect(index.summitsByDate('2021-06-15')).toEqual([]);
    expect(index.findSummit({ date: '2023-07-12', city: 'Vilnius' })?.id).toBe('meeting:2023-07-11-vilnius');
  });

  it('lists the catalogue oldest first', () => {
    const dates = index.summits().map((s) => s.startDate);
    expect(dates).toEqual([...dates].sort());
    expect(index.summit('meeting:2022-02-25-virtual')).toMatchObject({ virtual: true, city: undefined });
  });
});
