/**
 * What a claim says, and whether it is done or to come, read from its own
 * sentence (src/ingest/extract/claim-content.ts), on short letters through
 * the pure pipeline.
 */
import { documentKind } from '../../src/ingest/extract/document';
import { governedSpan, governedWords, tenseOf } from '../../src/ingest/extract/claim-content';
import { LEXICON, verbForms } from '../../src/ingest/extract/lexicon';
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
afterAll(() => letters.cleanUp());

const what = (text: string, verb: string, subjectEnd: number | null = null) => {
  const at = text.indexOf(verb);
  return governedWords(text, governedSpan(text, at, at + verb.length, subjectEnd));
};

describe('the words a verb governs', () => {
  it('are the rest of the clause after the verb, running on into its content', () => {
    expect(what('De bondgenoten besloten een nieuw Strategisch Concept op te stellen.', 'besloten', 14)).toBe('een nieuw Strategisch Concept op te stellen');
    expect(what('Nederland benadrukt dat de deur van de NAVO open blijft.', 'benadrukt', 9)).toBe('de deur van de NAVO open blijft');
  });

  it('start after a subject that follows the verb', () => {
    const text = 'Tevens besloten staatshoofden en regeringsleiders een innovatiefonds op te richten.';
    expect(what(text, 'besloten', text.indexOf(' een'))).toBe('een innovatiefonds op te richten');
  });

  it('are the words between a separable verb and its particle, unless those only point ahead', () => {
    expect(what('De ministers namen de verklaring over Oekraïne aan.', 'namen de verklaring over Oekraïne aan', 12)).toBe('de verklaring over Oekraïne');
    const text = 'Ook nodigden zij de SG ertoe uit jaarlijks een bijeenkomst te organiseren.';
    expect(what(text, 'nodigden zij de SG ertoe uit', text.indexOf(' de SG'))).toBe('jaarlijks een bijeenkomst te organiseren');
  });

  it('are the words before a verb at the end of its clause', () => {
    expect(what('De Washington Summit Declaration werd door de leiders aangenomen.', 'aangenomen')).toBe('De Washington Summit Declaration werd door de leiders');
  });

  it('are the object before a verb-final verb, not the relative clause after it', () => {
    const text = 'Na afloop heeft de NAVO een Communiqué uitgebracht die uw Kamer als bijlage bij deze brief zal toekomen.';
    expect(what(text, 'uitgebracht', text.indexOf(' een'))).toBe('een Communiqué');
  });

  it('leave out where and when the verb happened, a gloss in brackets, and the "van" of a verb used as a noun', () => {
    const text = 'Staatshoofden en regeringsleiders besloten tijdens de NAVO-Leaders Meeting in Londen in december 2019 tot een reflectieproces.';
    expect(what(text, 'besloten', text.indexOf(' besloten'))).toBe('tot een reflectieproces');
    const glossed = 'De leiders gaven de SG opdracht (tasked) te werken aan effectieve besluitvorming.';
    expect(what(glossed, 'opdracht', glossed.indexOf(' de SG'))).toBe('te werken aan effectieve besluitvorming');
    const passive = 'Ook zullen het klimaatactieplan en het cyberbeleid worden bekrachtigd.';
    expect(what(passive, 'bekrachtigd')).toBe('het klimaatactieplan en het cyberbeleid');
    const noun = 'Dit proces is afgerond met het aannemen van de aanbevelingen van de SG.';
    expect(what(noun, 'aannemen')).toBe('de aanbevelingen van de SG');
  });

  it('spell out what "deze landen" points at', () => {
    const graph = letters.agenda('Oekraïne en Georgië streven naar lidmaatschap. Nederland steunt de aspiraties van deze landen.');
    const stance = graph.stances.find((s) => s.actorId === 'country:NLD');
    expect(stance?.what).toBe('de aspiraties van deze landen (Oekraïne en Georgië)');
    expect(stance?.subjects).toEqual(expect.arrayContaining(['country:UKR', 'country:GEO']));
  });
});

describe('the tense of a claim', () => {
  it('is past for past forms, perfects and passives', () => {
    for (const [text, verb] of [
      ['De ministers besloten de missie te verlengen.', 'besloten'],
      ['Er is besloten de missie te verlengen.', 'besloten'],
      ['De verklaring werd aangenomen.', 'aangenomen'],
      ['De bondgenoten namen de verklaring aan.', 'namen'],
    ]) expect(tenseOf(text, text.indexOf(verb), text.indexOf(verb) + verb.length)).toBe('past');
  });

  it('is future for what is to come or intended', () => {
    for (const [text, verb] of [
      ['De bondgenoten zullen naar verwachting besluiten de missie te verlengen.', 'besluiten'],
      ['Het kabinet is voornemens de bijdrage te verhogen.', 'verhogen'],
      ['Op de aankomende Top besluiten de leiders over het fonds.', 'besluiten'],
      ['De leiders bekrachtigen dit besluit naar verwachting in Warschau.', 'bekrachtigen'],
    ]) expect(tenseOf(text, text.indexOf(verb), text.indexOf(verb) + verb.length)).toBe('future');
  });

  it('makes a past decision TAKEN in an agenda, and a present one at the coming summit EXPECTED', () => {
    const graph = letters.agenda('In Vilnius besloten de bondgenoten in juli 2023 tot een nieuw defensieplan. Tijdens de Top besluiten de bondgenoten over een nieuw fonds voor Oekraïne.');
    expect(graph.decisions.map((d) => d.status)).toEqual(['TAKEN', 'EXPECTED']);
  });
});

describe('claims that say what', () => {
  it('summarise holder, verb, what and meeting', () => {
    const graph = letters.report('20 juni 2024', 'De ministers namen een nieuw actieplan voor de defensie-industrie aan.');
    expect(graph.decisions[0]).toMatchObject({ status: 'TAKEN', what: 'een nieuw actieplan voor de defensie-industrie' });
    expect(graph.decisions[0].summary).toMatch(/^NATO adopted «een nieuw actieplan voor de defensie-industrie».* at the /);
  });

  it('take their topics from the passage heading when the sentence names none', () => {
    const graph = letters.agenda('Lastenverdeling\n\nHet kabinet acht het van belang dat alle bondgenoten hun afspraken nakomen.');
    expect(graph.stances[0]?.topics).toEqual(expect.arrayContaining(['topic:burden-sharing']));
  });
});

describe('what a letter is', () => {
  it('is read from its title or opening, with a letter or two off', () => {
    expect(documentKind('Nieuwsbericht | 14-02-2023\nMinister neemt deel aan NAVO-overleg')).toBe('PRESS_RELEASE');
    expect(documentKind('GEANNOTEERDE AGNDA NAVO-TOP')).toBe('AGENDA');
    expect(documentKind('Betreft: Nederlandse inzet voor de NAVO-Top')).toBe('POSITION');
    expect(documentKind('over de agenda van en de Nederlandse inzet voor de bijeenkomst')).toBe('AGENDA');
    expect(documentKind('VERSLAG VAN DE NAVO-TOP')).toBe('REPORT');
    expect(documentKind('Een brief over iets anders')).toBe('OTHER');
  });

  it('is what a title in capitals says, not a report the opening promises for later', () => {
    expect(documentKind('Een verslag zal uw Kamer na afloop toekomen.\n\nGEANNOTEERDE AGENDA VIDEOCONFERENTIE NAVO-MINISTERS VAN DEFENSIE\n\nDe ministers spreken over de pandemie.')).toBe('AGENDA');
  });

  it('is dated by a press release’s date line, also with the time after it', () => {
    const graph = letters.letter('Nederland versterkt bijdrage\n\nNieuwsbericht | 16-06-2023 | 14:30\n\nMinister Ollongren neemt vandaag deel aan de bijeenkomst van de NAVO-ministers van Defensie in Brussel.\n');
    expect(graph.document.date).toBe('2023-06-16');
    expect(graph.meetings.map((m) => m.id)).toContain('meeting:2023-06-15-dmm');
  });
});

describe('verb forms from the lexicon', () => {
  const forms = new RegExp(verbForms(LEXICON.deelnemen, ['present', 'past', 'nonfinite']), 'i');
  it('cover a separable verb split across its clause, joined, and with "te"', () => {
    for (const text of ['Zweden neemt als genodigde deel', 'de minister nam digitaal deel', 'die deelneemt', 'is voornemens deel te nemen', 'heeft deelgenomen']) expect(forms.test(text)).toBe(true);
    expect(forms.test('het deel van de begroting dat zij nemen')).toBe(false);
  });

  it('give the decision rules every tense of their verbs, and not the noun "afspraken"', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De ministers komen overeen de missie te verlengen. De ministers stemden in met het nieuwe plan. Het kabinet acht het van belang dat bondgenoten zich aan de gemaakte afspraken houden.',
    );
    expect(graph.decisions.map((d) => [d.kind, d.evidence.rule])).toEqual([
      ['AGREEMENT', 'decision/agreed'],
      ['ENDORSEMENT', 'decision/endorsed'],
    ]);
  });
});

describe('summit outputs', () => {
  it('are decisions: a declaration issued, and that no decisions were taken', () => {
    const graph = letters.report('20 juni 2024', 'Na afloop werd een gezamenlijke verklaring over Oekraïne uitgegeven. Tijdens de lunch werden geen besluiten genomen.');
    expect(graph.decisions.map((d) => [d.kind, d.status])).toEqual([['ADOPTION', 'TAKEN'], ['DECISION', 'TAKEN']]);
    expect(graph.decisions[1].summary).toMatch(/^NATO took no decisions at the /);
  });
});

describe('spending figures', () => {
  it('are data: each share of GDP with its year, for whom', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De bondgenoten committeerden zich aan een nieuwe norm: jaarlijks 5% van het bbp, te bereiken uiterlijk in 2035. Daarvan is ten minste 3,5% van het bbp bestemd voor de kerntaken. ' +
        'Het Nederlandse defensiebudget komt uit op 1,45% van het bbp in 2021 en daalt naar 1,35% in 2024.',
    );
    const figures = graph.commitments.map((c) => [c.actorId, c.amount, c.unit, c.years]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['org:nato', 5, 'percent_gdp', [2035]],
        ['org:nato', 3.5, 'percent_gdp', [2035]],
        ['country:NLD', 1.45, 'percent_gdp', [2021]],
        ['country:NLD', 1.35, 'percent_gdp', [2024]],
      ]),
    );
  });
});

describe('taskings', () => {
  it('include what a NATO body is to work out after the meeting, decided by the Alliance', () => {
    const graph = letters.report('20 juni 2024', 'De Noord-Atlantische Raad zal het nieuwe innovatiefonds nader uitwerken.');
    expect(graph.decisions.map((d) => [d.kind, d.status, d.decidedBy])).toEqual([['TASKING', 'TAKEN', ['org:nato']]]);
  });

  it('include giving a mandate, and being given one at a coming summit is expected', () => {
    const graph = letters.agenda('Het kabinet verwacht dat de staatshoofden en regeringsleiders de SG NAVO op de Top het mandaat zullen geven om een nieuw concept op te stellen.');
    expect(graph.decisions.map((d) => [d.kind, d.status, d.meetingId])).toEqual([['TASKING', 'EXPECTED', 'meeting:2024-07-09-washington']]);
  });

  it('in an undated report, place a decision at a later summit as still to come, by the date of the meeting reported on', () => {
    const graph = letters.letter(
      'Verslag van de bijeenkomst van de NAVO-ministers van Defensie op 13 en 14 juni 2024 in Brussel\n\nDe ministers gaven hun militaire commandanten opdracht opties uit te werken voor de afschrikking en verdediging. Over deze opties voor de afschrikking en verdediging zal op de NAVO-Top in Washington in juli een besluit worden genomen. Het kabinet informeert de Kamer uiterlijk op 1 augustus 2024.\n',
    );
    expect(graph.decisions.map((d) => [d.kind, d.status, d.meetingId])).toEqual([
      ['TASKING', 'TAKEN', 'meeting:2024-06-13-dmm'],
      ['DECISION', 'EXPECTED', 'meeting:2024-07-09-washington'],
    ]);
  });

  it('name the body by its abbreviation as the one tasked, and say the whole task', () => {
    const graph = letters.report('20 juni 2024', 'De NAR zal het innovatiefonds nader uitwerken.');
    expect(graph.decisions.map((d) => [d.kind, d.decidedBy, d.subjects.includes('org:north-atlantic-council'), d.what])).toEqual([
      ['TASKING', ['org:nato'], true, 'De NAR zal het innovatiefonds nader uitwerken'],
    ]);
  });

  it('are placed at the meeting reported on, not at the summit the work is for', () => {
    const graph = letters.report('20 juni 2024', 'De ministers gaven de SG NAVO opdracht om voorstellen uit te werken voor de NAVO-Top in 2025.');
    const tasking = graph.decisions.find((d) => d.kind === 'TASKING');
    expect(tasking?.meetingId).toBe('meeting:2024-06-13-dmm');
  });
});

describe('what is not a decision, and where one was taken', () => {
  it('reads "een besloten sessie" as a closed session, not a decision', () => {
    const graph = letters.report('20 juni 2024', 'Op de tweede dag werd een extra besloten sessie over de lastenverdeling belegd.');
    expect(graph.decisions).toEqual([]);
  });

  it('reads "dat besluiten over ..." as the noun, not the verb', () => {
    const graph = letters.report('20 juni 2024', 'Ik heb aangegeven dat besluiten over een structurele verhoging van het defensiebudget aan een volgend kabinet zijn.');
    expect(graph.decisions).toEqual([]);
  });

  it('reads setting a meeting’s agenda as procedure, not an adoption', () => {
    const graph = letters.report('20 juni 2024', 'De geannoteerde agenda volgt, zodra de agenda van de Top is vastgesteld.');
    expect(graph.decisions).toEqual([]);
  });

  it('places plans "die in Vilnius zijn aangenomen" at the Vilnius summit', () => {
    const graph = letters.report('20 juni 2024', 'De ministers bespreken de uitvoering van de regionale plannen die in Vilnius zijn aangenomen.');
    expect(graph.meetings.map((m) => m.id)).toContain('meeting:2023-07-11-vilnius');
    expect(graph.decisions.map((d) => [d.meetingId, d.status])).toContainEqual(['meeting:2023-07-11-vilnius', 'TAKEN']);
  });
});

describe('the meeting of a decision that names an earlier one', () => {
  it('places the adoption at the meeting reported on, not at the summit whose decision it recalls', () => {
    const graph = letters.report('20 juni 2024', 'De ministers namen een verklaring aan waarin zij het besluit van de Top van Boekarest uit 2008 herbevestigden.');
    expect(graph.decisions.map((d) => d.meetingId)).toEqual(['meeting:2024-06-13-dmm']);
  });
});

describe('decisions in more of the ways letters put them', () => {
  const decided = (text: string) => letters.agenda(text).decisions.map((d) => [d.kind, d.status, d.meetingId]);

  it('read "keurde ... goed" in the singular as an adoption', () => {
    expect(decided('Tijdens de Top in Vilnius keurde de NAVO een pakket maatregelen voor Georgië goed.')).toEqual([['ADOPTION', 'TAKEN', 'meeting:2023-07-11-vilnius']]);
  });

  it('read a present-tense adoption, a declaration to be issued, and a body to be set up in a passive', () => {
    expect(decided('Op de Top nemen de leiders een korte slotverklaring aan, waarin zij hun steun aan Oekraïne herhalen.')).toEqual([['ADOPTION', 'EXPECTED', 'meeting:2024-07-09-washington']]);
    expect(decided('Verwacht wordt dat de leiders op de Top een verklaring over Oekraïne zullen uitbrengen.')).toEqual([['ADOPTION', 'EXPECTED', 'meeting:2024-07-09-washington']]);
    expect(decided('Op de Top zal naar verwachting de NAVO-Oekraïne Raad worden opgericht.')).toEqual([['DECISION', 'EXPECTED', 'meeting:2024-07-09-washington']]);
  });

  it('read a decision named as a thing that is expected, and agreements made at an earlier summit', () => {
    expect(decided('Over het fonds voor Oekraïne wordt op de Top een besluit verwacht.')).toEqual([['DECISION', 'EXPECTED', 'meeting:2024-07-09-washington']]);
    expect(decided('De SG gaat in op de afspraken over de defensie-uitgaven die tijdens de Top in Wales in 2014 zijn gemaakt.')).toEqual([['AGREEMENT', 'TAKEN', 'meeting:2014-09-04-newport']]);
  });

  it('place a decision "tijdens de Top van Boekarest" at that summit, and read "vaststellen dat" as a finding, not an adoption', () => {
    expect(decided('Tijdens de Top van Boekarest in 2008 besloten de bondgenoten dat Oekraïne lid van de NAVO zal worden.')).toEqual([['DECISION', 'TAKEN', 'meeting:2008-04-02-bucharest']]);
    expect(decided('De leiders zullen op de Top vaststellen dat Rusland het verdrag schendt.')).toEqual([]);
  });
});

describe('what "die Top" and a capital point at', () => {
  it('places "Op die Top kwamen de bondgenoten overeen" at the summit the sentence before named, saying what was agreed', () => {
    const graph = letters.report('20 juni 2024', 'De ministers herbevestigden het besluit van de Top van Boekarest uit 2008. Op die Top kwamen de bondgenoten overeen dat Oekraïne lid van de NAVO zal worden.');
    const agreed = graph.decisions.find((d) => d.kind === 'AGREEMENT');
    expect([agreed?.meetingId, agreed?.what]).toEqual(['meeting:2008-04-02-bucharest', 'Oekraïne lid van de NAVO']);
  });

  it('reads "de regering in Skopje" and "Macedonië" as North Macedonia', () => {
    const graph = letters.report('20 juni 2024', 'De ministers besloten de regering in Skopje uit te nodigen om toetredingsgesprekken te beginnen.');
    expect(graph.decisions[0]?.subjects).toContain('country:MKD');
  });
});

describe('a heading with a footnote mark', () => {
  it('still gives its topic to the claims beneath it', () => {
    const graph = letters.agenda('Lastenverdeling¹\n\nHet kabinet steunt dit streven van harte.\n\n¹ Zie ook de brief over de uitvoering van de afspraken.');
    expect(graph.stances.find((s) => s.actorId === 'country:NLD')?.topics).toContain('topic:burden-sharing');
  });
});

describe('decisions and the clauses around them', () => {
  it('place a tasking at the meeting reported on when a later relative clause names the summit its result is for', () => {
    const graph = letters.report('20 juni 2024', 'De ministers gaven de Secretaris-Generaal opdracht een steunprogramma voor Oekraïne uit te werken, dat op de Top in Washington zou moeten worden aangenomen.');
    expect(graph.decisions.find((d) => d.kind === 'TASKING')?.meetingId).toBe('meeting:2024-06-13-dmm');
  });

  it('read an agreement made, in the singular, at a summit named in its relative clause', () => {
    const graph = letters.agenda('De SG gaat in op de afspraak die de regeringsleiders in 2014 in Wales hebben gemaakt over de defensie-uitgaven.');
    expect(graph.decisions.map((d) => [d.kind, d.meetingId])).toEqual([['AGREEMENT', 'meeting:2014-09-04-newport']]);
  });

  it('leave a decision on a national budget with no NATO subject to the national pledges', () => {
    const graph = letters.report('20 juni 2024', 'Het heeft in de begroting voor 2025 besloten het defensiebudget structureel te verhogen.');
    expect(graph.decisions).toEqual([]);
  });
});
