/**
 * Who attended, planned to attend, was invited to or represented at a
 * meeting: one short letter per rule.
 */
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
afterAll(() => letters.cleanUp());

const DMM = 'meeting:2024-06-13-dmm';
const WASHINGTON = 'meeting:2024-07-09-washington';
const keys = (graph: ReturnType<typeof letters.report>) => graph.attendances.map((a) => `${a.meetingId} ${a.actorId} ${a.status}`);

describe('people and offices of other countries', () => {
  it('reads an office with a country adjective as that country’s office, never the Dutch one', () => {
    const graph = letters.report('20 juni 2024', 'De ministers spraken met de Oekraïense minister van Defensie Oemerov over de situatie aan het front.');
    expect(keys(graph)).toContain(`${DMM} person:umerov ATTENDED`);
    expect(graph.attendances.map((a) => a.actorId)).not.toContain('person:ollongren');
  });

  it('resolves a foreign office without a name to its holder on the day', () => {
    const graph = letters.report('20 juni 2024', 'De ministers spraken met de Oekraïense minister van Buitenlandse Zaken over de wapenleveranties.');
    expect(keys(graph)).toEqual([`${DMM} person:kuleba ATTENDED`]);
  });

  it('makes a named person the reference data does not know a person of the letter, with the country as written', () => {
    const graph = letters.report('20 juni 2024', 'De ministers spraken met de minister van Defensie van Georgië, Chikovani, en met de Moldavische minister van Defensie Nosatii.');
    expect(keys(graph)).toEqual(expect.arrayContaining([`${DMM} person:chikovani ATTENDED`, `${DMM} person:nosatii ATTENDED`]));
    expect(graph.people).toEqual(
      expect.arrayContaining([
        { id: 'person:chikovani', name: 'Chikovani', countryId: 'country:GEO', office: 'minister van Defensie' },
        { id: 'person:nosatii', name: 'Nosatii', countryId: 'country:MDA', office: 'minister van Defensie' },
      ]),
    );
    expect(graph.unresolved.map((u) => u.name)).toEqual(expect.arrayContaining(['Chikovani', 'Nosatii']));
    expect(graph.attendances.map((a) => a.actorId)).not.toContain('person:ollongren');
  });

  it('takes a name after a word for an office the reference data does not list, folded to an ASCII id', () => {
    const graph = letters.report('20 juni 2024', 'Ook de Montenegrijnse premier Đukanović en de Afghaanse president Ghani waren aanwezig bij de bijeenkomst.');
    expect(keys(graph)).toEqual(expect.arrayContaining([`${DMM} person:dukanovic ATTENDED`, `${DMM} person:ghani ATTENDED`]));
    expect(graph.people.find((p) => p.id === 'person:ghani')).toMatchObject({ countryId: 'country:AFG', office: 'president' });
    expect(graph.attendances.map((a) => a.actorId)).not.toContain('country:MNE');
  });
});

describe('guests', () => {
  it('are invited before the meeting and attended once it ran', () => {
    expect(keys(letters.agenda('Japan neemt als genodigde deel aan de Top.'))).toEqual([`${WASHINGTON} country:JPN INVITED`]);
    expect(keys(letters.report('20 juni 2024', 'Japan nam als genodigde deel aan de bijeenkomst.'))).toEqual([`${DMM} country:JPN ATTENDED`]);
  });

  it('are never members of the Alliance, and never who speaks of them', () => {
    const graph = letters.report('20 juni 2024', 'Minister-President Rutte verwelkomde dat Noorwegen en Japan in hoedanigheid van genodigde aanwezig waren.');
    expect(keys(graph)).toEqual([`${DMM} country:JPN ATTENDED`]);
  });

  it('come as the countries of a list of ministers, and as those added to it', () => {
    const graph = letters.report('20 juni 2024', 'Aan de werksessie namen ook de ministers van Defensie van Japan en Australië deel, evenals Nieuw-Zeeland.');
    expect(keys(graph).sort()).toEqual([`${DMM} country:AUS ATTENDED`, `${DMM} country:JPN ATTENDED`, `${DMM} country:NZL ATTENDED`]);
  });

  it('are who a session is with', () => {
    const graph = letters.report('20 juni 2024', 'In een sessie met de ministers van Defensie van Japan en Zuid-Korea spraken de bondgenoten over China.');
    expect(keys(graph).sort()).toEqual([`${DMM} country:JPN ATTENDED`, `${DMM} country:KOR ATTENDED`]);
  });

  it('are people, never the format of the session they come to', () => {
    const graph = letters.agenda('Op 10 juli komt de NAVO-Oekraïne Raad bijeen, waarvoor president Zelensky is uitgenodigd.');
    expect(keys(graph)).toEqual([`${WASHINGTON} person:zelensky INVITED`]);
  });

  it('named by "beide landen" are the countries of the sentence before', () => {
    const graph = letters.agenda('Japan en Zuid-Korea hebben om nauwere samenwerking gevraagd. Beide landen zijn in hoedanigheid van genodigde aanwezig bij de Top.');
    expect(keys(graph).sort()).toEqual([`${WASHINGTON} country:JPN INVITED`, `${WASHINGTON} country:KOR INVITED`]);
  });
});

describe('the one who signed, the chair and the host', () => {
  it('reads "ik" as the letter’s signatory, who can attend on one day and be replaced on the next', () => {
    const graph = letters.report('20 juni 2024', 'Ik nam op 13 juni deel aan de bijeenkomst. Op 14 juni werd ik vervangen door de Nederlandse Permanent Vertegenwoordiger bij de NAVO.');
    expect(keys(graph).sort()).toEqual([`${DMM} person:brekelmans ATTENDED`, `${DMM} person:brekelmans REPRESENTED`]);
  });

  it('finds the signatory on a name line of its own under the office', () => {
    const graph = letters.letter(
      'Den Haag, 9 december 2022\n\nGeachte voorzitter,\n\nHierbij bied ik u het verslag aan van de bijeenkomst van de NAVO-ministers van Buitenlandse Zaken die op 29 en 30 november 2022 in Boekarest plaatsvond.\n\nDe minister van Buitenlandse Zaken,\n\nW.B. Hoekstra\n\n\nVerslag NAVO-ministeriële Buitenlandse Zaken, Boekarest, 29-30 november 2022\n\nInleiding\n\nIk nam deel aan de bijeenkomst.\n',
    );
    expect(graph.document.signatories.map((s) => s.personId)).toEqual(['person:hoekstra']);
    expect(keys(graph)).toContain('meeting:2022-11-29-fmm person:hoekstra ATTENDED');
  });

  it('finds the signatory behind an academic title ("drs. K.H. Ollongren")', () => {
    const graph = letters.letter(
      'Den Haag, 26 juni 2023\n\nGeachte voorzitter,\n\nHierbij bied ik u het verslag aan van de bijeenkomst van de NAVO-ministers van Defensie op 15 en 16 juni 2023.\n\nDe minister onderstreepte dat bondgenoten de toegezegde eenheden beschikbaar moeten stellen.\n\nDe Minister van Defensie,\n\ndrs. K.H. Ollongren\n',
    );
    expect(graph.document.signatories.map((s) => s.personId)).toEqual(['person:ollongren']);
    expect(graph.stances.map((s) => s.actorId)).toEqual(['person:ollongren']);
  });

  it('takes the one who chaired, and only that one', () => {
    const graph = letters.report('20 juni 2024', 'Het was de laatste bijeenkomst onder voorzitterschap van Secretaris-Generaal Stoltenberg, die op 1 oktober door Rutte wordt opgevolgd.');
    expect(keys(graph)).toEqual([`${DMM} person:stoltenberg ATTENDED`]);
    expect(keys(letters.agenda('Secretaris-Generaal Stoltenberg zit de Top voor.'))).toEqual([`${WASHINGTON} person:stoltenberg PLANNED`]);
  });

  it('takes whose first or last meeting it is, also in an office of a country the reference data has no such office for', () => {
    const graph = letters.agenda('Het is de eerste Top van de nieuwe Canadese minister van Defensie Blair.');
    expect(keys(graph)).toEqual([`${WASHINGTON} person:blair PLANNED`]);
    expect(graph.people).toEqual([{ id: 'person:blair', name: 'Blair', countryId: 'country:CAN', office: 'minister van Defensie' }]);
  });

  it('takes part in the meeting the sentence speaks of, not in one named as a point in time', () => {
    const graph = letters.agenda('Het is de eerste Top sinds de Top in Vilnius in juli 2023 waaraan president Biden niet deelneemt.');
    expect(graph.attendances.map((a) => a.meetingId)).not.toContain('meeting:2023-07-11-vilnius');
  });
});

describe('more ways of saying who comes', () => {
  it('reads a country represented by its leaders and ministers as their attendance, and by its ambassador as represented', () => {
    const delegation = letters.report('20 juni 2024', 'Nederland was vertegenwoordigd door de Minister-President en de Minister van Defensie.');
    expect(keys(delegation)).toEqual([`${DMM} person:rutte ATTENDED`, `${DMM} person:ollongren ATTENDED`]);
    const standIn = letters.report('20 juni 2024', 'Nederland werd vertegenwoordigd door de Permanent Vertegenwoordiger bij de NAVO.');
    expect(keys(standIn)).toEqual([`${DMM} country:NLD REPRESENTED`]);
  });

  // A leader of a partner state coming to a summit is its guest: invited, where an Ally's leader plans to come.
  it('reads a host, a person present at a session, one who "schuift aan" and one who "wordt verwacht"', () => {
    const graph = letters.agenda(
      'Minister-president Schoof is gastheer van de top. De Amerikaanse president Biden is bij de werksessie op woensdag aanwezig. Ook de Oekraïense president Zelensky schuift daar aan. Ook de Amerikaanse minister van Buitenlandse Zaken Blinken wordt in Washington verwacht.',
    );
    expect(keys(graph)).toEqual(
      expect.arrayContaining([`${WASHINGTON} person:schoof PLANNED`, `${WASHINGTON} person:biden PLANNED`, `${WASHINGTON} person:zelensky INVITED`, `${WASHINGTON} person:blinken PLANNED`]),
    );
  });

  it('reads "zal ... aanwezig zijn" as coming (a partner\'s leader as invited), and "wordt verwacht dat" as no attendance', () => {
    const graph = letters.agenda('Naar verwachting zal ook de Oekraïense president Zelensky aanwezig zijn. Van de Minister-President wordt verwacht dat hij een toespraak houdt.');
    expect(keys(graph)).toEqual([`${WASHINGTON} person:zelensky INVITED`]);
    const ally = letters.agenda('Naar verwachting zal ook de Amerikaanse president Biden aanwezig zijn.');
    expect(keys(ally)).toEqual([`${WASHINGTON} person:biden PLANNED`]);
  });
});

describe('guests of their own clause', () => {
  it('takes only the guest the invitation names, not the countries spoken of elsewhere in the sentence', () => {
    const graph = letters.agenda(
      'De eerste dag staat in het teken van Oekraïne en Georgië, met wie de leiders spreken, en van de samenwerking met de Europese Unie, waarvoor de Hoge Vertegenwoordiger van de EU, Borrell, is uitgenodigd.',
    );
    expect(keys(graph)).toEqual([`${WASHINGTON} person:borrell INVITED`]);
  });

  it('reads "deze laatste sessie" as a session of the meeting itself, with all the guests the cue spans', () => {
    const graph = letters.agenda(
      'Tijdens de Top in Londen in december 2019 is hierover gesproken. De Top omvat twee sessies: over Oekraïne en over de samenwerking met de EU. Aan deze laatste sessie nemen ook de Hoge Vertegenwoordiger van de EU, Borrell, en de ministers van Buitenlandse Zaken van Australië en Japan deel.',
    );
    expect(keys(graph)).toEqual(expect.arrayContaining([`${WASHINGTON} person:borrell INVITED`, `${WASHINGTON} country:AUS INVITED`, `${WASHINGTON} country:JPN INVITED`]));
  });
});

describe('the minister who writes', () => {
  it('reads "Ik neem ... deel" as the signatory taking part', () => {
    const graph = letters.agenda('Ik neem vanuit Den Haag per videoverbinding aan de Top deel.');
    expect(keys(graph)).toEqual([`${WASHINGTON} person:bruins-slot PLANNED`]);
  });
});

describe('who acted at the meeting a report tells of', () => {
  it('counts an allied minister who spoke there, not a foreign leader spoken of', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De Amerikaanse minister van Buitenlandse Zaken Blinken riep de bondgenoten op hun steun aan Oekraïne te verhogen. President Poetin waarschuwde het Westen voor escalatie.',
    );
    expect(keys(graph)).toEqual(expect.arrayContaining([`${DMM} person:blinken ATTENDED`]));
    expect(graph.attendances.map((a) => a.actorId)).not.toContain('person:putin');
  });

  it('does not count it in an agenda', () => {
    const graph = letters.agenda('De Amerikaanse minister van Buitenlandse Zaken Blinken riep vorige maand de bondgenoten op hun steun te verhogen.');
    expect(graph.attendances.map((a) => a.actorId)).not.toContain('person:blinken');
  });
});

describe('more ways letters say who comes', () => {
  it('reads "ondergetekende" as the minister who signs the letter', () => {
    expect(keys(letters.report('20 juni 2024', 'Namens Nederland nam ondergetekende deel.'))).toEqual([`${DMM} person:brekelmans ATTENDED`]);
  });

  it('reads those who "zullen Nederland vertegenwoordigen" as planning to come', () => {
    const graph = letters.agenda('De minister-president, de minister van Buitenlandse Zaken en de minister van Defensie zullen Nederland in Washington vertegenwoordigen.');
    // The offices are resolved to their holders on the summit's first day, after the change of government of 2 July 2024.
    expect(keys(graph)).toEqual([`${WASHINGTON} person:schoof PLANNED`, `${WASHINGTON} person:veldkamp PLANNED`, `${WASHINGTON} person:brekelmans PLANNED`]);
  });

  it('reads a confirmed participation and going to the city for the meeting as planning to come', () => {
    expect(keys(letters.agenda('De Amerikaanse minister van Buitenlandse Zaken, Antony Blinken, heeft zijn deelname bevestigd.'))).toEqual([`${WASHINGTON} person:blinken PLANNED`]);
    expect(keys(letters.agenda('Minister-president Rutte is op 9 en 10 juli in Washington voor de NAVO-top.'))).toEqual([`${WASHINGTON} person:rutte PLANNED`]);
  });

  it('reads guests invited with words between "zijn" and "uitgenodigd"', () => {
    const graph = letters.agenda('Voor een deel van de Top zijn de ministers van Buitenlandse Zaken van Oekraïne en Georgië uitgenodigd.');
    expect(keys(graph)).toEqual([`${WASHINGTON} country:UKR INVITED`, `${WASHINGTON} country:GEO INVITED`]);
  });

  it('reads a named official who spoke in a report as there, also with "wees erop" or "schetste"', () => {
    expect(keys(letters.report('20 juni 2024', 'Secretaris-Generaal Stoltenberg schetste de stand van zaken.'))).toEqual([`${DMM} person:stoltenberg ATTENDED`]);
  });

  it('reads the guests a sentence lists after "zoals", and the guests of a session "met" a country', () => {
    const graph = letters.agenda('Bij de werksessies zullen verschillende partners van de NAVO aansluiten, zoals Oekraïne, Georgië en de EU.');
    expect(keys(graph)).toEqual([`${WASHINGTON} country:UKR INVITED`, `${WASHINGTON} country:GEO INVITED`, `${WASHINGTON} org:eu INVITED`]);
    expect(keys(letters.agenda('Later op de dag is er een bijeenkomst van de NAVO-bondgenoten met Oekraïne.'))).toEqual([`${WASHINGTON} country:UKR INVITED`]);
  });

  it('reads whom a consultation "vond plaats met" as there', () => {
    expect(keys(letters.report('20 juni 2024', 'Daarnaast vond een overleg plaats met de Hoge Vertegenwoordiger van de EU.'))).toEqual([`${DMM} person:borrell ATTENDED`]);
  });

  it('reads the ministers of states that are not yet allies, named by adjective, as those states coming', () => {
    const graph = letters.letter('Den Haag, 1 maart 2022\n\nVERSLAG\n\nOp 16 februari 2022 kwamen de NAVO-ministers van Defensie bijeen in Brussel. Aan de bijeenkomst namen ook de Finse en Zweedse ministers van Defensie deel.\n');
    expect(graph.attendances.map((a) => `${a.actorId} ${a.status}`)).toEqual(['country:FIN ATTENDED', 'country:SWE ATTENDED']);
  });

  it('reads the perfect tense, being in the city, and those met by title, by "collega\'s uit" or as counterparts', () => {
    expect(keys(letters.report('20 juni 2024', 'Ik heb namens Nederland aan de bijeenkomst deelgenomen.'))).toEqual([`${DMM} person:brekelmans ATTENDED`]);
    expect(keys(letters.report('20 juni 2024', 'Ook de Oekraïense minister van Defensie Oemerov was in Brussel.'))).toEqual([`${DMM} person:umerov ATTENDED`]);
    expect(keys(letters.report('20 juni 2024', 'Tijdens de lunch spraken de ministers met president Zelensky.'))).toEqual([`${DMM} person:zelensky ATTENDED`]);
    expect(keys(letters.report('20 juni 2024', "Daarna spraken de ministers met hun collega's uit Australië en Japan."))).toEqual([`${DMM} country:AUS ATTENDED`, `${DMM} country:JPN ATTENDED`]);
    expect(keys(letters.report('20 juni 2024', 'De minister voerde gesprekken met zijn Duitse en Poolse ambtgenoten.'))).toEqual([`${DMM} country:DEU ATTENDED`, `${DMM} country:POL ATTENDED`]);
  });

  it('reads the host who receives the leaders as coming', () => {
    expect(keys(letters.agenda('Aansluitend ontvangt president Biden de regeringsleiders in het Witte Huis.'))).toEqual([`${WASHINGTON} person:biden PLANNED`]);
  });
});


describe('the meeting a guest takes part in', () => {
  it('is not one named inside a relative clause set off by commas', () => {
    const graph = letters.report('20 juni 2024', 'Zweden, dat tijdens de NAVO-top in Madrid was uitgenodigd lid te worden, nam als genodigde deel.');
    expect(graph.attendances.filter((a) => a.actorId === 'country:SWE').map((a) => a.meetingId)).toEqual(['meeting:2024-06-13-dmm']);
  });
});

describe('guests from outside the Alliance', () => {
  it('are invited to a meeting to come, whatever the verb: an EU official, a partner state\'s minister', () => {
    const graph = letters.agenda('De Hoge Vertegenwoordiger van de EU Borrell en de Oekraïense minister van Buitenlandse Zaken Koeleba nemen deel aan de sessie over Oekraïne.');
    expect(keys(graph)).toEqual(expect.arrayContaining([`${WASHINGTON} person:borrell INVITED`, `${WASHINGTON} person:kuleba INVITED`]));
  });
});

describe('a council that met with a guest', () => {
  it('reads the guest a report says a session "kwam bijeen ... met" as having attended', () => {
    const graph = letters.report('20 juni 2024', 'De NAVO-Oekraïne Raad kwam bijeen op het niveau van ministers van Defensie, met de Oekraïense minister Oemerov.');
    expect(keys(graph)).toContain(`${DMM} person:umerov ATTENDED`);
  });
});

describe('who chaired and who sat at the table of a ministerial', () => {
  it('reads the chair of the meeting, not of the summit it prepares, a chair of a group that met, an Ally present for the first time, and a partner\'s minister who spoke', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De bijeenkomst werd voorgezeten door SG NAVO Stoltenberg en stond in het teken van de voorbereiding van de NAVO-Top in Washington. De UDCG vergaderde onder leiding van de Amerikaanse minister van Defensie Austin. Zweden was voor het eerst als volwaardig bondgenoot aanwezig. De Oekraïense minister van Defensie Oemerov schetste de situatie aan het front.',
    );
    expect(keys(graph)).toEqual(
      expect.arrayContaining([`${DMM} person:stoltenberg ATTENDED`, `${DMM} person:austin ATTENDED`, `${DMM} country:SWE ATTENDED`, `${DMM} person:umerov ATTENDED`]),
    );
  });
});
