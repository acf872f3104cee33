/**
 * How the meeting rules place what a letter names: ministerials by the
 * catalogue (a month, or any of their days, is enough), and a city with a
 * year beside it as a summit only when no ministers' meeting is spoken of.
 * Each case is a short letter of its own, run through the pure pipeline.
 */
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
afterAll(() => letters.cleanUp());

/** The meetings of a report dated `date` whose text is `body`. */
const meetingsOf = (date: string, body: string) => letters.report(date, body).meetings;

describe('summits named by their year', () => {
  it('places "de NAVO-Top in 2008" at the one summit of that year', () => {
    const meetings = meetingsOf('20 juni 2024', 'Bondgenoten herbevestigden het besluit dat zij op de NAVO-Top in 2008 namen.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2008-04-02-bucharest');
  });

  it('places "in Washington" weeks before the summit there at that summit', () => {
    const meetings = meetingsOf('20 juni 2024', 'De regeringsleiders bekrachtigen dit besluit naar verwachting in Washington.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2024-07-09-washington');
  });

  it('does not read a city as a summit years before one is held there', () => {
    const meetings = meetingsOf('20 juni 2019', 'De minister sprak in Washington met zijn Amerikaanse ambtgenoot.');
    expect(meetings.map((m) => m.id)).not.toContain('meeting:2024-07-09-washington');
  });

  it('reads the date after "het verslag van de bijeenkomst" as the meeting’s, not the report’s', () => {
    const graph = letters.letter('Verslag van de bijeenkomst van de NAVO-ministers van Defensie op 13 en 14 juni 2024 in Brussel\n\nDe ministers spraken over Oekraïne.\n');
    expect(graph.meetings.map((m) => [m.id, m.about])).toEqual([['meeting:2024-06-13-dmm', true]]);
  });

  it('places "vorig jaar in Madrid" at the summit held there the year before the letter', () => {
    const meetings = meetingsOf('20 juni 2023', 'Net als vorig jaar in Madrid spraken de bondgenoten over Oekraïne.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2022-06-28-madrid');
  });

  it('places a ministerial named by kind alone, late in a letter, at the catalogue’s one nearest the letter’s date', () => {
    const filler = 'De ministers spreken over de situatie in de regio. '.repeat(14);
    const meetings = letters.agenda(`${filler}Tijdens de bijeenkomst van de ministers van Defensie stelde de Duitse minister een plan voor.`).meetings;
    expect(meetings.map((m) => m.id)).toContain('meeting:2024-06-13-dmm');
  });

  it('reads "de bijeenkomst van de NAVO-regeringsleiders op 25 mei 2017" as the leaders’ meeting, whatever ministers the sentence also names', () => {
    const graph = letters.letter(
      'Den Haag, 9 juni 2017\n\nHierbij bied ik u, mede namens de minister-president en de minister van Defensie, het verslag aan van de bijeenkomst van de NAVO-regeringsleiders op 25 mei 2017 in Brussel.\n',
    );
    expect(graph.meetings.map((m) => [m.id, m.about])).toEqual([['meeting:2017-05-25-brussels', true]]);
  });

  it('places no summit for a year without one in the catalogue', () => {
    const meetings = meetingsOf('20 juni 2024', 'Het besluit dat op de Top van 2013 zou zijn genomen, bestaat niet.');
    expect(meetings.filter((m) => m.startDate.startsWith('2013'))).toEqual([]);
  });
});

describe('meetings of ministers, from the catalogue', () => {
  it('places a ministerial named only by its month and year', () => {
    const meetings = meetingsOf('20 juni 2024', 'Bij de NAVO-bijeenkomst van ministers van Defensie in juni 2019 is de NAVO opgedragen een strategie te ontwikkelen.');
    const june2019 = meetings.find((m) => m.id === 'meeting:2019-06-26-dmm');
    expect(june2019).toMatchObject({ kind: 'DEFENCE_MINISTERS_MEETING', startDate: '2019-06-26', endDate: '2019-06-27', city: 'Brussels', countryId: 'country:BEL' });
  });

  it('places a month of "dit jaar" where ministers act, with no word for a meeting', () => {
    const meetings = meetingsOf('20 november 2019', 'In februari van dit jaar hebben de NAVO-ministers van Defensie het plan goedgekeurd.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2019-02-13-dmm');
  });

  it('finds the meeting by its second day, with its first day as id', () => {
    const meetings = meetingsOf('20 juni 2024', 'Op 14 juni 2024 spraken de ministers van Defensie tijdens de bijeenkomst over de capaciteitsdoelstellingen.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2024-06-13-dmm');
    expect(meetings.map((m) => m.id)).not.toContain('meeting:2024-06-14-dmm');
  });

  it('keeps a ministerial the catalogue does not hold, by its first day', () => {
    const meetings = meetingsOf('20 juni 2024', 'Op 3 maart 2024 kwamen de ministers van Buitenlandse Zaken bijeen in een extra bijeenkomst.');
    expect(meetings.find((m) => m.id === 'meeting:2024-03-03-fmm')).toMatchObject({ kind: 'FOREIGN_MINISTERS_MEETING', city: null });
  });

  it('names no meeting for a month in which the catalogue has none of that kind', () => {
    const meetings = meetingsOf('20 juni 2024', 'Bij de bijeenkomst van ministers van Defensie in augustus 2019 is niets besloten.');
    expect(meetings.filter((m) => m.startDate.startsWith('2019-08'))).toEqual([]);
  });

  it('calls an informal meeting so', () => {
    const meetings = meetingsOf('20 juni 2024', 'Tijdens de informele bijeenkomst van de ministers van Buitenlandse Zaken in mei 2024 in Praag is gesproken over de top.');
    expect(meetings.find((m) => m.id === 'meeting:2024-05-30-fmm')?.name).toMatch(/^Informal NATO Foreign Ministers' Meeting/);
  });
});

describe('a city and a year', () => {
  it('are a ministerial held there when ministers are spoken of, not the summit of that year', () => {
    const meetings = meetingsOf('20 juni 2024', 'Tijdens de bijeenkomst van de ministers van Defensie in Brussel in februari 2018 is besloten tot twee nieuwe commando’s.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2018-02-14-dmm');
    expect(meetings.map((m) => m.id)).not.toContain('meeting:2018-07-11-brussels');
  });

  it('are the summit when the words speak of one', () => {
    const meetings = meetingsOf('20 juni 2024', 'De besluiten van de Top in Brussel in 2018 blijven van kracht.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2018-07-11-brussels');
  });
});

describe('meetings named without a full date, and what is not a meeting', () => {
  it('places a ministerial a press release names without a date by the release’s date', () => {
    const graph = letters.letter(
      'Minister bij NAVO-overleg\n\nNieuwsbericht | 14-06-2016\n\nDe minister van Defensie neemt vandaag en morgen in Brussel deel aan de bijeenkomst van de NAVO-ministers van Defensie.\n',
    );
    expect(graph.document.date).toBe('2016-06-14');
    expect(graph.meetings.find((m) => m.about)?.id).toBe('meeting:2016-06-14-dmm');
  });

  it('finds the ministerial behind a kind word with a doubled letter', () => {
    const meetings = meetingsOf('20 juni 2024', 'Op 14 juni 2024 spraken de Defensieministerss tijdens de bijeenkomst over de capaciteitsdoelstellingen.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2024-06-13-dmm');
  });

  it('places "de NAVO-Top later dit jaar" at the summit still to come in the letter’s year', () => {
    const meetings = meetingsOf('20 juni 2024', 'De ministers bespraken de voorbereiding van de NAVO-Top later dit jaar.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2024-07-09-washington');
  });

  it('reads a place-and-date line as where and when the letter was signed, not as the summit held there', () => {
    const graph = letters.letter(
      'Den Haag, 13 juni 2025\n\nGeachte voorzitter,\n\nHierbij bied ik u het verslag aan van de bijeenkomst van de NAVO-ministers van Defensie op 5 juni 2025 in Brussel.\n',
    );
    expect(graph.document.date).toBe('2025-06-13');
    expect(graph.meetings.map((m) => m.id)).not.toContain('meeting:2025-06-24-the-hague');
  });
});

describe('meetings named loosely', () => {
  it('reads a kind word with a dropped letter ("Buitenlandse Zake") as the kind', () => {
    const graph = letters.letter('Op 3 en 4 april 2019 kwamen de NAVO-ministers van Buitenlandse Zake in Washington bijeen.\n');
    expect(graph.meetings.map((m) => m.id)).toEqual(['meeting:2019-04-03-fmm']);
  });

  it('reads "tijdens de NAVO-top" told in the past, in a letter after it, as the last summit before the letter', () => {
    const meetings = meetingsOf('20 juni 2024', 'Tijdens de NAVO-top kwamen bondgenoten overeen hun steun aan Oekraïne voort te zetten.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2023-07-11-vilnius');
    expect(meetingsOf('20 juni 2024', 'Tijdens de NAVO-top zullen de bondgenoten naar verwachting besluiten nemen.').map((m) => m.id)).not.toContain('meeting:2023-07-11-vilnius');
  });

  it('reads the meeting a heading names, as a sentence', () => {
    const graph = letters.letter('Verslag bijeenkomst NAVO-ministers van Buitenlandse Zaken, 3-4 april 2019\n\nDe ministers spraken over Rusland en het INF-verdrag.\n');
    expect(graph.meetings.filter((m) => m.about).map((m) => m.id)).toEqual(['meeting:2019-04-03-fmm']);
  });
});

describe('meetings placed by what was decided there', () => {
  it('places "In februari jl. besloten de ministers" at the one ministerial of that month', () => {
    const meetings = meetingsOf('24 mei 2018', 'In februari jl. besloten de ministers twee nieuwe hoofdkwartieren op te richten.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2018-02-14-dmm');
    // The month of a mission's start, far from the ministers, is no meeting's.
    const mission = meetingsOf('20 februari 2019', 'De ministers bespraken de NAVO-trainingsmissie in Irak, die in oktober 2018 van start ging.');
    expect(mission.map((m) => m.id)).not.toContain('meeting:2018-10-03-dmm');
  });

  it('places "Tijdens de Top in Brussel" told in the past at the last summit held there before the letter', () => {
    const meetings = meetingsOf('23 november 2018', 'Tijdens de Top in Brussel nodigden de bondgenoten Macedonië uit om toetredingsgesprekken te beginnen.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2018-07-11-brussels');
  });

  it('places "In Madrid stemden de bondgenoten in" at the summit held in that city', () => {
    const meetings = meetingsOf('5 oktober 2022', 'In Madrid stemden de bondgenoten in met het nieuwe NATO Force Model.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2022-06-28-madrid');
    expect(meetingsOf('5 oktober 2022', 'De minister sprak in Madrid met zijn Spaanse ambtgenoot.').map((m) => m.id)).not.toContain('meeting:2022-06-28-madrid');
  });

  it('reads a name only one summit carries ("de buitengewone top") as that summit', () => {
    const meetings = meetingsOf('30 maart 2022', 'Op de buitengewone top is afgesproken vier nieuwe multinationale gevechtsgroepen op te richten.');
    expect(meetings.map((m) => m.id)).toContain('meeting:2022-03-24-brussels');
  });
});
