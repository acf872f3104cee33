/**
 * Government news items as they are copied from a web page: no date line,
 * no Kamerstuk, sometimes a menu line; the letter's kind, its meeting and
 * the status of its claims still follow from what it says
 * (src/ingest/extract/document.ts, meetings.ts, index.ts).
 */
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
afterAll(() => letters.cleanUp());

const own = (graph: ReturnType<typeof letters.letter>) => graph.meetings.filter((m) => m.about).map((m) => m.id);

describe('a news item without a date line', () => {
  it('is a press release, not a letter of another kind', () => {
    const graph = letters.letter('Minister-president Rutte naar NAVO-top in Madrid\n\nMinister-president Rutte neemt deel aan de NAVO-top in Madrid die plaatsvindt van 28 tot en met 30 juni 2022.\n');
    expect(graph.document.kind).toBe('PRESS_RELEASE');
  });

  it('finds its meeting from a day and month without a year and the city it names', () => {
    const graph = letters.letter('Rutte en Blok naar Londen\n\nMinister-president Rutte is op dinsdag 3 en woensdag 4 december in Londen voor een bijeenkomst van staatshoofden en regeringsleiders van de NAVO.\n');
    expect(own(graph)).toEqual(['meeting:2019-12-03-london']);
    expect(graph.attendances.map((a) => [a.actorId, a.status])).toEqual([['person:rutte', 'PLANNED']]);
  });

  it('finds a summit named by its city alone from the office holders it names', () => {
    const graph = letters.letter(
      'Nederland bij de top\n\nStaatshoofden en regeringsleiders komen vandaag bijeen voor een top in Brussel. Premier Mark Rutte, minister van Buitenlandse Zaken Sigrid Kaag en minister van Defensie Ank Bijleveld-Schouten wonen de top namens Nederland bij.\n',
    );
    expect(own(graph)).toEqual(['meeting:2021-06-14-brussels']);
    // "vandaag": the meeting is under way as the item is written.
    expect(graph.attendances.map((a) => a.status)).toEqual(['ATTENDED', 'ATTENDED', 'ATTENDED']);
  });

  it('reads what is announced in the present as still to come', () => {
    const graph = letters.letter('Rutte naar NAVO-top\n\nDe NAVO-top vindt plaats op 14 juni in Brussel. Minister-president Rutte neemt deel aan de top. Na afloop van de top brengen de bondgenoten een gezamenlijk communiqué uit.\n');
    expect(graph.decisions.map((d) => d.status)).toEqual(['EXPECTED']);
  });

  it('takes a ministerial it names without a date from the catalogue date it gives, not the summit it prepares', () => {
    const graph = letters.letter(
      'NAVO-ministers spreken over doelen in aanloop naar top in Den Haag\n\nDe NAVO-ministers van Defensie hebben gesproken over de doelstellingen van de NAVO. Dat was een belangrijk punt tijdens de bijeenkomst van defensieministers in Brussel. Dit onderwerp komt ook ter tafel tijdens de NAVO-top in Den Haag op 24 en 25 juni.\n',
    );
    expect(own(graph)).toEqual(['meeting:2025-06-05-dmm']);
  });

  it('leaves a web page\'s menu line out of the text', () => {
    const graph = letters.letter('[overzicht] [activiteiten] [besluiten] [commissies]\n\nMinister-president Rutte naar NAVO-top in Madrid\n\nMinister-president Rutte neemt deel aan de NAVO-top in Madrid die plaatsvindt van 28 tot en met 30 juni 2022.\n');
    expect(graph.decisions).toEqual([]);
  });
});

describe('what a minister is quoted saying', () => {
  it('is a position of that minister, the words inside the quotation marks', () => {
    const graph = letters.letter(
      'Nederland levert extra luchtverdediging\n\nNieuwsbericht | 16-06-2022\n\nDat kondigt minister Ollongren van Defensie aan op de bijeenkomst van de NAVO-ministers van Defensie in Brussel.\n\n"Rusland heeft de veiligheidssituatie in Europa fundamenteel veranderd", zegt Ollongren.\n',
    );
    expect(graph.stances.map((s) => [s.actorId, s.what])).toEqual([['person:ollongren', 'Rusland heeft de veiligheidssituatie in Europa fundamenteel veranderd']]);
    expect(graph.attendances.map((a) => [a.actorId, a.status])).toEqual([['person:ollongren', 'ATTENDED']]);
  });
});

describe('letters that place themselves loosely', () => {
  it('reads a letterhead\'s "Datum" line as the letter\'s date, not a meeting\'s', () => {
    const graph = letters.letter(
      'Ministerie van Buitenlandse Zaken\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 18 april 2023\nBetreft Verslag bijeenkomst NAVO-ministers van Buitenlandse Zaken 4 en 5 april 2023\n\nOp 4 en 5 april kwamen de ministers van Buitenlandse Zaken van de NAVO bijeen in Brussel.\n',
    );
    expect(graph.document.date).toBe('2023-04-18');
    expect(own(graph)).toEqual(['meeting:2023-04-04-fmm']);
  });

  it('keeps a news item that says what is "op de agenda" a press release, about the ministerial its ministers and a summit "volgend jaar" date', () => {
    const graph = letters.letter(
      'Minister Brekelmans naar bijeenkomst NAVO-defensieministers in Brussel\n\nMinister Brekelmans van Defensie neemt donderdag en vrijdag deel aan de bijeenkomst van de NAVO-ministers van Defensie in Brussel, de eerste onder voorzitterschap van secretaris-generaal Mark Rutte. Op de agenda staat ook de voorbereiding van de NAVO-top in Den Haag, volgend jaar juni.\n',
    );
    expect(graph.document.kind).toBe('PRESS_RELEASE');
    expect(own(graph)).toEqual(['meeting:2024-10-17-dmm']);
  });
});

describe('quotations over more than one sentence', () => {
  it('gives a quotation the topics of the sentence before it, which it goes on about', () => {
    const graph = letters.letter(
      'Nieuwsbericht | 13-02-2020\n\nBijleveld in Brussel\n\nMinister Bijleveld nam deel aan de bijeenkomst van de NAVO-ministers van Defensie op 12 en 13 februari 2020. Bijleveld vroeg daarbij opnieuw aandacht voor militaire mobiliteit. "Troepen en materieel moeten snel door Europa kunnen."\n',
    );
    expect(graph.stances.find((s) => s.evidence.quote.includes('Troepen en materieel'))?.topics).toContain('topic:military-mobility');
  });

  it('holds every sentence of a quotation of three sentences, the middle one with no marks, as the speaker\'s, and a judgement in it too', () => {
    const graph = letters.letter(
      'Nieuwsbericht | 13-02-2020\n\nBijleveld over Irak\n\nMinister Bijleveld nam deel aan de bijeenkomst van de NAVO-ministers van Defensie op 12 en 13 februari 2020. Minister Bijleveld steunt het principebesluit, maar plaatste wel kanttekeningen. "Wij gaan alleen verder als Irak ons daarom vraagt. En het moet stap voor stap, in nauwe afstemming met de coalitie. De veiligheid van onze mensen staat voorop."\n',
    );
    const holders = (words: string) => graph.stances.filter((s) => s.evidence.quote.includes(words)).map((s) => s.actorId);
    expect(holders('Wij gaan alleen verder')).toEqual(['person:bijleveld']);
    expect(holders('stap voor stap')).toEqual(['person:bijleveld']);
    expect(holders('veiligheid van onze mensen')).toEqual(['person:bijleveld']);
  });

  it('holds a quotation of two sentences after a sentence its speaker opens as the speaker\'s, both', () => {
    const graph = letters.letter(
      "Nieuwsbericht | 04-04-2023\n\nHoekstra in Brussel\n\nMinister Hoekstra nam deel aan de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken op 4 en 5 april 2023. Hoekstra riep Turkije en Hongarije op de weg vrij te maken voor Zweden. 'Zweden hoort bij deze tafel. Hoe sneller het lidmaatschap rond is, hoe beter voor ons allemaal.'\n",
    );
    expect(graph.stances.filter((s) => s.evidence.rule === 'stance/quoted').map((s) => s.actorId)).toEqual(['person:hoekstra', 'person:hoekstra']);
  });

  it('holds a quotation opened after "Naam:" and closed in the next sentence as the speaker\'s', () => {
    const graph = letters.letter(
      'Nieuwe afspraken over munitie\n\nNieuwsbericht | 18-10-2024\n\nMinister Brekelmans nam deel aan de bijeenkomst van de NAVO-ministers van Defensie in Brussel.\n\nMinister Brekelmans: ‘Rusland blijft voor lange tijd de grootste dreiging voor onze veiligheid. Daarom moeten we als bondgenoten sneller worden en meer samen doen, van munitie tot luchtverdediging.’\n',
    );
    expect(graph.stances.filter((s) => s.actorId === 'person:brekelmans').length).toBe(2);
  });
});

describe('a news item that names its meeting by no kind word or by no date', () => {
  it('takes the one catalogue meeting held on the day it names for a gathering', () => {
    const graph = letters.letter('Nieuwsbericht | 04-04-2024\n\nBruins Slot over Oekraïne\n\nMinister Bruins Slot nam namens Nederland deel aan de bijeenkomst op 3 en 4 april. Het is de bedoeling dat de regeringsleiders daarover een besluit nemen op de NAVO-top in Washington van 9 tot en met 11 juli.\n');
    expect(own(graph)).toEqual(['meeting:2024-04-03-fmm']);
  });

  it('takes "de eerste bijeenkomst" of a new office holder as the first ministerial of that kind in their term', () => {
    const graph = letters.letter(
      'Brekelmans bij NAVO-overleg\n\nMinister Brekelmans van Defensie is vandaag in Brussel voor het overleg van de NAVO-ministers van Defensie. Het is de eerste bijeenkomst waaraan de nieuwe Amerikaanse minister van Defensie, Pete Hegseth, deelneemt. Secretaris-generaal Mark Rutte zit de vergadering voor.\n',
    );
    expect(own(graph)).toEqual(['meeting:2025-02-13-dmm']);
  });

  it('places an undated item by how many Allies it counts and the summit it tells of as past, or not at all where that leaves more than one', () => {
    const body = (allies: string) =>
      `Ollongren over Oekraïne\n\nMinister Ollongren sprak met haar collega-defensieministers van de ${allies} andere bondgenoten over luchtverdediging. Aan tafel zat ook de Oekraïense minister van Defensie Rustem Umerov. Verder bespraken de ministers de plannen die de regeringsleiders in juli in Vilnius hebben goedgekeurd.\n`;
    // 32 Allies (from March 2024), after Vilnius, Ollongren and Umerov in office: only June 2024.
    expect(own(letters.letter(body('31')))).toEqual(['meeting:2024-06-13-dmm']);
    // 31 Allies (April 2023 - March 2024): October 2023 and February 2024 both fit, so neither; never the summit told as past.
    expect(own(letters.letter(body('30')))).toEqual([]);
  });

  it('takes the gathering a news item names first, with its days, over a later summit it names with its days too', () => {
    const graph = letters.letter(
      'Minister Veldkamp naar NAVO-overleg\n\nMinister Veldkamp van Buitenlandse Zaken neemt donderdag 3 en vrijdag 4 april deel aan de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken in Brussel. Het is de laatste ministeriële bijeenkomst voor de NAVO-top die op 24 en 25 juni in Den Haag plaatsvindt.\n',
    );
    expect(own(graph)).toEqual(['meeting:2025-04-03-fmm']);
  });

  it('takes a ministerial whose ministers open the lead sentence, near the web date, as the item\'s own', () => {
    const graph = letters.letter(
      'NAVO bereid tot grotere rol in Irak\n\nNieuwsbericht | 13-02-2020 | 18:10\n\nDe NAVO-ministers van Defensie, onder wie minister Ank Bijleveld, zijn het in principe eens geworden over een uitbreiding van de trainingsmissie in Irak. Dat gebeurde tijdens hun tweedaagse bijeenkomst in Brussel.\n',
    );
    expect(own(graph)).toEqual(['meeting:2020-02-12-dmm']);
  });

  it('reads what an item announcing its meeting says the Netherlands will do there as still to come', () => {
    const graph = letters.letter(
      'Minister Veldkamp naar NAVO-overleg\n\nMinister Veldkamp van Buitenlandse Zaken neemt donderdag 3 en vrijdag 4 april deel aan de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken in Brussel. Nederland zal er tijdens de bijeenkomst op aandringen de druk op Rusland op te voeren.\n',
    );
    expect(graph.stances.map((s) => [s.meetingId, s.status])).toEqual([['meeting:2025-04-03-fmm', 'EXPECTED']]);
  });
});

