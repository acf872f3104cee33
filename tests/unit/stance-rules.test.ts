/**
 * Rules that find stances, each shown on a crafted sentence: who holds the
 * position, what it is about, and when it counts.
 */
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
const NLD = 'country:NLD';
afterAll(() => letters.cleanUp());

type Stance = { actorId: string; status: string; meetingId: string | null; topics: string[]; subjects: string[]; evidence: { quote: string; rule: string } };
const stancesQuoting = (graph: { stances: Stance[] }, words: string) => graph.stances.filter((s) => s.evidence.quote.includes(words));

describe('the holder of a stance', () => {
  it('is the person a title names, not an actor the clause after "dat" names', () => {
    const graph = letters.report('20 juni 2024', 'Secretaris-Generaal Stoltenberg gaf aan dat de bondgenoten meer aan defensie zullen moeten uitgeven.');
    expect(stancesQuoting(graph, 'gaf aan').map((s) => s.actorId)).toEqual(['person:stoltenberg']);
  });

  it('is the officer "de SG NAVO" names, not the Alliance', () => {
    const graph = letters.agenda('De SG NAVO geeft aan dat de bondgenoten meer moeten investeren in hun krijgsmachten.');
    expect(stancesQuoting(graph, 'geeft aan').map((s) => s.actorId)).toEqual(['person:stoltenberg']);
  });
});

describe('the topics of a stance', () => {
  it('include those of the sentence before when the stance takes up what it named', () => {
    const graph = letters.agenda('In Washington ligt een actieplan voor de defensie-industrie voor. Het kabinet steunt dit actieplan ter versterking van de afschrikking en verdediging.');
    expect(stancesQuoting(graph, 'steunt dit actieplan')[0]?.topics).toContain('topic:defence-industry');
  });

  it('do not take up the sentence before when the stance does not point back', () => {
    const graph = letters.agenda('In Washington ligt een actieplan voor de defensie-industrie voor. Het kabinet steunt de versterking van de afschrikking.');
    expect(stancesQuoting(graph, 'steunt de versterking')[0]?.topics).not.toContain('topic:defence-industry');
  });
});

describe('positions the Netherlands takes', () => {
  it('include what it will argue at the meeting, not what it will tell parliament or contribute', () => {
    const graph = letters.agenda('Nederland zal tijdens de Top pleiten voor meer steun aan Oekraïne. Het kabinet zal uw Kamer informeren over de gevolgen voor de krijgsmacht. Nederland zal bijdragen aan de nieuwe missie in Irak.');
    expect(stancesQuoting(graph, 'pleiten voor meer steun')).toHaveLength(1);
    expect(stancesQuoting(graph, 'uw Kamer informeren')).toHaveLength(0);
    expect(stancesQuoting(graph, 'bijdragen aan de nieuwe missie')).toHaveLength(0);
  });

  it('include what it has worked for, told in the perfect tense', () => {
    const graph = letters.report('20 juni 2024', 'Nederland heeft zich in aanloop naar de bijeenkomst nadrukkelijk sterk gemaakt voor de erkenning van de ruimte als operationeel domein.');
    expect(stancesQuoting(graph, 'sterk gemaakt')[0]).toMatchObject({ actorId: NLD, status: 'TAKEN' });
  });

  it('include that the government remains in favour of something', () => {
    const graph = letters.agenda('Het kabinet blijft voorstander van de tweesporenbenadering van afschrikking en dialoog.');
    expect(stancesQuoting(graph, 'blijft voorstander')[0]).toMatchObject({ actorId: NLD });
  });

  it('are EXPECTED when placed at the coming meeting, whatever the tense of the verb', () => {
    const graph = letters.agenda('Nederland onderstreept op de aankomende Top dat de NAVO een 360-gradenbenadering moet blijven hanteren.');
    expect(stancesQuoting(graph, 'onderstreept op de aankomende Top')[0]).toMatchObject({ actorId: NLD, status: 'EXPECTED' });
  });
});

describe('judgements in the letter\'s own voice', () => {
  it('are found where the judging word is the predicate of the clause', () => {
    const graph = letters.agenda('Samenwerking met partners in de Indo-Pacific is van groot belang.');
    expect(stancesQuoting(graph, 'van groot belang')[0]).toMatchObject({ actorId: NLD, evidence: { rule: 'stance/evaluates' } });
  });

  it('are not found where the judging word stands in a relative clause', () => {
    const graph = letters.agenda('De NAVO is een waardengemeenschap die een belangrijke bijdrage levert aan de internationale orde.');
    expect(stancesQuoting(graph, 'waardengemeenschap')).toHaveLength(0);
  });

  it('are not found where a judging noun is what a preposition governs', () => {
    const graph = letters.agenda('De inzet in deze regio is grotendeels ingegeven door de dreiging van terrorisme.');
    expect(stancesQuoting(graph, 'ingegeven door de dreiging')).toHaveLength(0);
  });

  it('are not found in a clause that reports what was done', () => {
    const graph = letters.agenda('Met het regeerakkoord zijn de afgelopen tijd belangrijke stappen gezet.');
    expect(stancesQuoting(graph, 'belangrijke stappen gezet')).toHaveLength(0);
  });
});

describe('the holder of a judgement without a named holder', () => {
  it('is, in a report, the government where the writer speaks impersonally', () => {
    const graph = letters.report('20 juni 2024', 'Het is van belang dat het bondgenootschap de dialoog met partners voortzet.');
    expect(stancesQuoting(graph, 'Het is van belang')[0]).toMatchObject({ actorId: NLD });
  });

  it('is, in a report, the Allies where the writer reports their view', () => {
    const graph = letters.report('20 juni 2024', 'Een meer gezamenlijke aanpak van weerbaarheid is nodig om de groeiende dreigingen het hoofd te bieden.');
    expect(stancesQuoting(graph, 'gezamenlijke aanpak')[0]).toMatchObject({ actorId: 'org:nato' });
  });

  it('is the Alliance where the sentence places the judgement in its text', () => {
    const graph = letters.agenda('In het nieuwe Concept wordt Rusland naar verwachting aangemerkt als de meest significante dreiging voor de bondgenoten.');
    expect(stancesQuoting(graph, 'aangemerkt als')[0]).toMatchObject({ actorId: 'org:nato', status: 'EXPECTED' });
  });

  it('is the Alliance where the sentence calls it the Alliance\'s priority', () => {
    const graph = letters.agenda('Sinds het begin van de oorlog is de steun aan Oekraïne de hoogste prioriteit van het bondgenootschap.');
    expect(stancesQuoting(graph, 'hoogste prioriteit')[0]).toMatchObject({ actorId: 'org:nato' });
  });

  it('is the speaker of the quotation the sentence goes on with', () => {
    const graph = letters.agenda('“Satellieten zijn onmisbaar geworden voor onze krijgsmacht”, zegt Bijleveld. “Het is goed dat de NAVO hier nu werk van maakt.”');
    expect(stancesQuoting(graph, 'Het is goed')[0]).toMatchObject({ actorId: 'person:bijleveld' });
  });
});

describe('judgements in the letter\'s own voice, in more words', () => {
  const judged = (body: string, words: string) => stancesQuoting(letters.agenda(body), words).filter((s) => s.evidence.rule === 'stance/evaluates');

  it('include a judgement in the main clause after a subordinate clause that ends in a copula', () => {
    expect(judged('Hoewel weerbaarheid primair een nationale verantwoordelijkheid is, is het investeren in weerbaarheid, ook in internationaal verband, belangrijk.', 'investeren in weerbaarheid')).toHaveLength(1);
  });

  it('include what something offers: chances, challenges, a crucial forum', () => {
    expect(judged('De opkomst van China biedt kansen en ook uitdagingen.', 'biedt kansen')).toHaveLength(1);
    expect(judged('Er liggen kansen om met China samen te werken op het gebied van klimaat.', 'liggen kansen')).toHaveLength(1);
  });

  it('include the starting point, what is hardly likely, and a judgement put first', () => {
    expect(judged('Effectieve besluitvorming bij consensus blijft in alle fases het uitgangspunt.', 'uitgangspunt')).toHaveLength(1);
    expect(judged('Zolang Moskou transparantie weigert, is een effectief wapenbeheersingsverdrag over zulke systemen weinig waarschijnlijk.', 'weinig waarschijnlijk')).toHaveLength(1);
    expect(judged('Bijzonder zorgelijk voor de veiligheid in Europa is de opstelling van een nieuw Russisch kruisvluchtwapen.', 'Bijzonder zorgelijk')).toHaveLength(1);
  });

  it('do not include "waar nodig", which only qualifies a plan', () => {
    expect(judged('Ook wordt verwacht dat de bondgenoten besluiten de voorwaartse aanwezigheid verder te versterken, waar nodig tot brigadeniveau.', 'waar nodig')).toHaveLength(0);
  });
});

describe('the subjects of a stance', () => {
  it('are those of the sentence before when the stance names none but takes up what it named', () => {
    const graph = letters.agenda('De bondgenoten stemmen in met een pakket maatregelen om de steun aan Georgië en Oekraïne te versterken. Nederland steunt dit pakket.');
    expect(stancesQuoting(graph, 'Nederland steunt dit pakket')[0]?.subjects).toEqual(expect.arrayContaining(['country:GEO', 'country:UKR']));
  });

  it('are not taken from the sentence before when the stance does not point back', () => {
    const graph = letters.agenda('De bondgenoten stemmen in met een pakket maatregelen om de steun aan Georgië en Oekraïne te versterken. Nederland steunt de versterking van de NAVO-EU samenwerking.');
    expect(stancesQuoting(graph, 'Nederland steunt de versterking')[0]?.subjects ?? []).not.toContain('country:GEO');
  });
});

describe('two positions in one sentence', () => {
  it('are two stances when the sentence coordinates two verbs of the same holder, each with its own status', () => {
    const graph = letters.agenda('Nederland maakt zich zorgen over de steun van China aan Rusland en zal er tijdens de Top op aandringen dat bondgenoten dit aan de orde stellen.');
    const statuses = stancesQuoting(graph, 'maakt zich zorgen').filter((s) => s.actorId === NLD).map((s) => s.status).sort();
    expect(statuses).toEqual(['EXPECTED', 'TAKEN']);
  });

  it('are one stance when two rules match the same verb phrase', () => {
    const graph = letters.agenda('Nederland zal tijdens de Top benadrukken dat de steun aan Oekraïne moet worden voortgezet.');
    expect(stancesQuoting(graph, 'benadrukken').filter((s) => s.actorId === NLD)).toHaveLength(1);
  });
});

describe('a stance addressed to a foreign leader', () => {
  it('is about that leader\'s state and the topics it signals', () => {
    const graph = letters.report('20 juni 2024', 'De bondgenoten riepen president Poetin op de militaire operaties onmiddellijk te staken.');
    const stance = stancesQuoting(graph, 'riepen president Poetin op')[0];
    expect(stance?.subjects).toContain('country:RUS');
    expect(stance?.topics).toContain('topic:russia');
  });
});

describe('the holder of a stance told after a title', () => {
  it('is the person an article and title open the sentence with, not the audience named after the first verb', () => {
    const graph = letters.report('20 juni 2024', 'De Oekraïense president Zelensky sprak de bondgenoten via een videoverbinding toe en riep op tot meer militaire steun.');
    expect(stancesQuoting(graph, 'riep op')[0]).toMatchObject({ actorId: 'person:zelensky' });
  });
});

describe('what a meeting stressed without saying who', () => {
  it('is a stance of the Allies', () => {
    const graph = letters.report('20 juni 2024', 'Benadrukt werd dat een juiste balans nodig is in de benadering van China.');
    expect(stancesQuoting(graph, 'Benadrukt werd')[0]).toMatchObject({ actorId: 'org:nato', status: 'TAKEN' });
  });
});

describe('views held in other words', () => {
  it('include calling something what it is, not naming it', () => {
    const graph = letters.report('20 juni 2024', 'De ministers veroordeelden de inzet van migranten. Zij noemden dit een hybride actie. De verklaring noemt onder meer hybride dreigingen.');
    expect(stancesQuoting(graph, 'noemden dit een hybride actie')).toHaveLength(1);
    expect(stancesQuoting(graph, 'De verklaring noemt')).toHaveLength(0);
  });

  it('include sharing an analysis or concerns, not presenting one', () => {
    const graph = letters.report('20 juni 2024', 'Het kabinet deelt deze analyse. De Amerikaanse minister Blinken deelde de Amerikaanse analyse van de situatie.');
    expect(stancesQuoting(graph, 'deelt deze analyse')).toHaveLength(1);
    expect(stancesQuoting(graph, 'deelde de Amerikaanse analyse')).toHaveLength(0);
  });

  it('include support to be voiced and objections raised', () => {
    const agenda = letters.agenda('De bondgenoten zullen daar hun steun uitspreken voor de soevereiniteit van Oekraïne. Turkije heeft bezwaren geuit tegen de toetreding van Finland en Zweden.');
    expect(stancesQuoting(agenda, 'steun uitspreken')[0]).toMatchObject({ actorId: 'org:nato', status: 'EXPECTED' });
    expect(stancesQuoting(agenda, 'bezwaren geuit')[0]).toMatchObject({ actorId: 'country:TUR' });
  });
});

describe('calls and proposals told in the perfect tense', () => {
  it('are stances of whoever made them', () => {
    const graph = letters.agenda('De Secretaris-Generaal heeft voorgesteld dat de NAVO een grotere rol krijgt bij de coördinatie van de steun aan Oekraïne.');
    expect(stancesQuoting(graph, 'heeft voorgesteld')[0]).toMatchObject({ actorId: 'person:stoltenberg' });
  });

  it('take the subject that follows the auxiliary', () => {
    const graph = letters.agenda('Om verdere steun te leveren heeft de SG van de NAVO een intensivering van het steunpakket voor Oekraïne voorgesteld.');
    expect(stancesQuoting(graph, 'voorgesteld')[0]).toMatchObject({ actorId: 'person:stoltenberg' });
  });
});

describe('working for something as a second verb', () => {
  it('shares the subject of the sentence\'s first clause', () => {
    const graph = letters.report('20 juni 2024', 'Nederland acht het vertrek van de Verenigde Staten uit het Verdrag, dat in november van kracht werd, betreurenswaardig en blijft zich inzetten voor het behoud van dit verdrag.');
    expect(stancesQuoting(graph, 'blijft zich inzetten').filter((s) => s.actorId === NLD)).toHaveLength(2);
  });

  it('includes "zich ervoor inzetten dat", to come at the meeting', () => {
    const graph = letters.agenda('Het kabinet verwelkomt de aanvragen van Finland en Zweden en zal zich ervoor inzetten dat de bondgenoten op de Top besluiten beide landen uit te nodigen.');
    expect(stancesQuoting(graph, 'zal zich ervoor inzetten').filter((s) => s.actorId === NLD).map((s) => s.status).sort()).toEqual(['EXPECTED', 'TAKEN']);
  });
});

describe('judging how a state behaves', () => {
  it('is a judgement in the letter\'s own voice when the sentence judges nothing else', () => {
    const graph = letters.agenda('China stelt zich in toenemende mate assertief op op het wereldtoneel.');
    expect(stancesQuoting(graph, 'assertief op')[0]).toMatchObject({ actorId: NLD, evidence: { rule: 'stance/evaluates' } });
  });

  it('adds no second judgement to a sentence that already states one', () => {
    const graph = letters.agenda('Rusland – en diens toegenomen assertiviteit op het wereldtoneel – is een van de belangrijkste uitdagingen voor de NAVO.');
    expect(stancesQuoting(graph, 'assertiviteit')).toHaveLength(1);
  });
});

describe('a stance that opens by pointing back', () => {
  it('takes up the topics of the sentence before ("Daarin ...")', () => {
    const graph = letters.agenda('Het verzekeren van interoperabiliteit is een gezamenlijke verantwoordelijkheid van de lidstaten. Daarin speelt de NAVO een cruciale rol bij de afschrikking.');
    expect(stancesQuoting(graph, 'Daarin speelt')[0]?.topics).toContain('topic:interoperability');
  });
});

describe('what others expect of us', () => {
  it('is about the Netherlands', () => {
    const graph = letters.agenda('De lastenverdeling staat centraal op de agenda. Onze bondgenoten verwachten meer van ons.');
    expect(stancesQuoting(graph, 'verwachten meer van ons')[0]).toMatchObject({ actorId: 'org:nato', subjects: expect.arrayContaining([NLD]) });
  });
});

describe('judgements of a role, of merits and of an effect', () => {
  const judged = (body: string, words: string) => stancesQuoting(letters.agenda(body), words).filter((s) => s.evidence.rule === 'stance/evaluates');

  it('are found', () => {
    expect(judged('Verder kan het bondgenootschap een belangrijke rol spelen als coördinatieplatform op dit gebied.', 'belangrijke rol spelen')).toHaveLength(1);
    expect(judged('Beide landen zullen op hun eigen merites beoordeeld worden voor het lidmaatschap van de NAVO.', 'eigen merites')).toHaveLength(1);
    expect(judged('Klimaatverandering heeft invloed op de uitoefening van de kerntaken van de NAVO.', 'heeft invloed op')).toHaveLength(1);
  });
});

describe('clauses and reach', () => {
  it('read a quotation that opens with "Dat" as a main clause', () => {
    const graph = letters.agenda('"Dat is een belangrijke stap voor de defensie-uitgaven," aldus Bijleveld.');
    expect(stancesQuoting(graph, 'belangrijke stap')[0]).toMatchObject({ actorId: 'person:bijleveld' });
  });

  it('find what a holder points at several words after the verb', () => {
    const graph = letters.agenda('Daarbij wijst het kabinet in het bijzonder op strategische stabiliteit en wapenbeheersing.');
    expect(stancesQuoting(graph, 'wijst het kabinet')[0]).toMatchObject({ actorId: NLD });
  });
});

describe('judgements that read as main clauses by their word order', () => {
  const judged = (body: string, words: string) => stancesQuoting(letters.agenda(body), words).filter((s) => s.evidence.rule === 'stance/evaluates');

  it('include "is het belangrijk dat" after a subordinate clause that runs on without a comma', () => {
    expect(judged('In een wereld waarin de ruimtevaart steeds belangrijker wordt is het belangrijk dat de NAVO zich blijft aanpassen.', 'is het belangrijk dat')).toHaveLength(1);
  });

  it('include "er nog niet zijn", not there yet', () => {
    expect(judged('Met de extra investeringen in defensie-uitgaven is Nederland er nog niet.', 'er nog niet')).toHaveLength(1);
  });
});

describe('more judgements and aims', () => {
  const judged = (body: string, words: string) => stancesQuoting(letters.agenda(body), words).filter((s) => s.evidence.rule === 'stance/evaluates');

  it('include what something means for us, what can hardly be done, and what it is not only about', () => {
    expect(judged('Voor Nederland betekent het aanbieden van bijdragen aan het NRI een aanzienlijke uitdaging voor de krijgsmacht, nu deze bezig is met het herstel van de gereedheid.', 'aanzienlijke uitdaging')).toHaveLength(1);
    expect(judged('Bovendien valt een dergelijk moratorium technisch vrijwel niet te verifiëren, en zou Rusland zijn raketten snel weer kunnen opstellen.', 'niet te verifiëren')).toHaveLength(1);
    expect(judged('Het gaat daarbij niet alleen om de hoogte van de defensie-uitgaven, maar ook om de capaciteiten.', 'niet alleen om')).toHaveLength(1);
    expect(judged('Deze relatie is voor de bondgenoten van fundamenteel belang voor de trans-Atlantische band.', 'fundamenteel belang')).toHaveLength(1);
  });

  it('include what an actor aims at', () => {
    const graph = letters.report('20 juni 2024', 'Door betere samenwerking op het gebied van weerbaarheid beoogt het bondgenootschap haar kwetsbaarheden te verkleinen.');
    expect(stancesQuoting(graph, 'beoogt het bondgenootschap')[0]).toMatchObject({ actorId: 'org:nato', status: 'TAKEN' });
  });

  it('include what a minister outlined', () => {
    const graph = letters.report('20 juni 2024', 'Minister Sybiha schetste de ernst van de situatie aan het front in Oekraïne.');
    expect(stancesQuoting(graph, 'schetste')[0]).toMatchObject({ actorId: 'person:sybiha' });
  });
});

describe('a proposal someone made', () => {
  it('is a stance of whoever made it when the sentence says what it is', () => {
    const graph = letters.agenda('Daarom steunt het kabinet het voorstel van SG NAVO om structureel 2% van het bbp aan defensie te besteden.');
    expect(stancesQuoting(graph, 'voorstel van SG NAVO').map((s) => s.actorId).sort()).toEqual([NLD, 'person:stoltenberg']);
  });

  it('is no stance where the sentence only speaks about it', () => {
    const graph = letters.agenda('Daarnaast spreken de ministers over het voorstel van de secretaris-generaal voor een financiële toezegging voor Oekraïne.');
    expect(stancesQuoting(graph, 'voorstel van de secretaris-generaal').map((s) => s.actorId)).not.toContain('person:stoltenberg');
  });
});

describe('attention the Allies will pay', () => {
  it('is their stance, EXPECTED in an agenda', () => {
    const graph = letters.agenda('In het communiqué zullen de bondgenoten aandacht besteden aan de sterke trans-Atlantische band.');
    expect(stancesQuoting(graph, 'aandacht besteden aan')[0]).toMatchObject({ actorId: 'org:nato', status: 'EXPECTED' });
  });
});

describe('the status of a stance in an agenda that states no date', () => {
  it('is EXPECTED for what is to come at its own meeting, though its latest date is the meeting\'s', () => {
    const graph = letters.letter(
      'Geachte voorzitter,\n\nHierbij bieden wij u de geannoteerde agenda aan voor de NAVO Top van 14 juni 2021.\n\nDe minister van Buitenlandse Zaken,\nS.A. Blok\n\n\nGEANNOTEERDE AGENDA NAVO-TOP VAN 14 JUNI 2021\n\nIn het communiqué zullen de bondgenoten aandacht besteden aan de sterke trans-Atlantische band.\n',
    );
    expect(stancesQuoting(graph, 'aandacht besteden aan')[0]).toMatchObject({ actorId: 'org:nato', status: 'EXPECTED', meetingId: 'meeting:2021-06-14-brussels' });
  });
});

describe('recognising', () => {
  it('is a view when it acknowledges that something is so, not when it formally recognises something as something', () => {
    const graph = letters.report('20 juni 2024', 'Het kabinet erkent dat Nederland nog ver af staat van de norm voor defensie-uitgaven. Ook erkenden de bondgenoten cyberspace als operationeel domein, naast land, lucht en zee.');
    expect(stancesQuoting(graph, 'erkent dat')).toHaveLength(1);
    expect(stancesQuoting(graph, 'erkenden de bondgenoten')).toHaveLength(0);
  });
});

describe('wanting to contribute', () => {
  it('is an offer of a contribution, not a position; wanting something to happen is a position', () => {
    const graph = letters.agenda('Nederland wil met kennis en personeel bijdragen aan het nieuwe ruimtecentrum. Nederland wil dat de NAVO zich tijdig aanpast aan de dreiging van Rusland.');
    expect(stancesQuoting(graph, 'wil met kennis')).toHaveLength(0);
    expect(stancesQuoting(graph, 'wil dat de NAVO')).toHaveLength(1);
  });
});

describe('a singular "zij"', () => {
  it('stands for the woman named in the sentence before, not for the Allies', () => {
    const graph = letters.report('20 juni 2024', 'De bondgenoten spraken over de defensie-uitgaven. "Dat is een belangrijke stap," aldus Hennis. Zij roept de Europese bondgenoten op meer te investeren in hun krijgsmachten.');
    expect(stancesQuoting(graph, 'Zij roept')[0]).toMatchObject({ actorId: 'person:hennis' });
  });
});

describe('pressure put on others', () => {
  it('is a stance of whoever puts it', () => {
    const graph = letters.report('20 juni 2024', 'De Amerikaanse President Trump oefende in zijn interventies grote druk uit op bondgenoten die de afspraak van Wales nog niet nakomen.');
    expect(stancesQuoting(graph, 'druk uit')[0]).toMatchObject({ actorId: 'person:trump' });
  });
});

describe('a passage heading with a footnote mark', () => {
  it('gives its topics to the stances beneath it', () => {
    const graph = letters.agenda('Lastenverdeling¹\n\nHet kabinet erkent dat Nederland nog ver van de afgesproken norm verwijderd is.');
    expect(stancesQuoting(graph, 'Het kabinet erkent')[0]?.topics).toContain('topic:burden-sharing');
  });
});

describe('the holder named by a title', () => {
  it('is the foreign minister the letter names, not the Dutch holder of the same office, in either of two coordinated clauses', () => {
    const graph = letters.report('20 juni 2024', 'De Noorse minister van Defensie Gram onderstreepte het belang van de noordflank, maar riep de Europese bondgenoten op hun defensie-uitgaven verder te verhogen.');
    expect(stancesQuoting(graph, 'Gram onderstreepte').map((s) => s.actorId)).toEqual(['person:gram', 'person:gram']);
  });

  it('is the officer who opens the clause, not the Allies after the verb', () => {
    const graph = letters.report('20 juni 2024', 'De Secretaris-Generaal riep de bondgenoten op de consultaties voortvarend te voeren.');
    expect(stancesQuoting(graph, 'riep de bondgenoten op').map((s) => s.actorId)).toEqual(['person:stoltenberg']);
  });
});

describe('states as holders', () => {
  it('are each of the states a subject coordinates, and "beide bondgenoten" are the states the sentence before named', () => {
    const graph = letters.report('20 juni 2024', 'Finland en Estland vroegen aandacht voor de situatie in de Oostzee. Beide bondgenoten noemden dit een vorm van hybride conflictvoering.');
    expect(stancesQuoting(graph, 'vroegen aandacht').map((s) => s.actorId).sort()).toEqual(['country:EST', 'country:FIN']);
    expect(stancesQuoting(graph, 'Beide bondgenoten').map((s) => s.actorId).sort()).toEqual(['country:EST', 'country:FIN']);
  });
});

describe('views held in set phrases', () => {
  it.each([
    ['Het kabinet staat onverkort achter dit besluit over de defensie-industrie.', 'staat onverkort achter', 'stance/supports'],
    ['Het kabinet is tevreden met het nieuwe Strategisch Concept.', 'is tevreden met', 'stance/holds-view'],
    ['Het kabinet is van oordeel dat Rusland het INF-verdrag schendt.', 'is van oordeel', 'stance/holds-view'],
    ['Nederland heeft zich solidair verklaard met Polen.', 'solidair verklaard', 'stance/holds-view'],
    ['Spanje maakt een voorbehoud bij de nieuwe norm voor defensie-uitgaven.', 'maakt een voorbehoud', 'stance/holds-view'],
    ['Secretaris-Generaal Stoltenberg stelde dat de NAVO in Afghanistan veel heeft bereikt.', 'stelde dat', 'stance/holds-view'],
  ])('"%s"', (sentence, words, rule) => {
    const graph = letters.report('20 juni 2024', sentence);
    expect(stancesQuoting(graph, words).map((s) => s.evidence.rule)).toEqual([rule]);
  });
});

describe('topics named by place or by their Dutch name', () => {
  it('read the Kerch Strait as the Black Sea and the enhanced presence as forward presence', () => {
    const graph = letters.agenda('Het kabinet veroordeelt het optreden van Rusland in de Straat van Kertsj. Het kabinet hecht eraan dat de versterkte aanwezigheid aan de oostgrens defensief blijft.');
    expect(stancesQuoting(graph, 'veroordeelt')[0]?.topics).toContain('topic:black-sea');
    expect(stancesQuoting(graph, 'hecht eraan')[0]?.topics).toContain('topic:forward-presence');
  });
});

describe('partners', () => {
  it('are the partnerships topic', () => {
    const graph = letters.agenda('Het kabinet acht het van belang dat de NAVO haar partners in Afrika helpt hun eigen veiligheid te waarborgen.');
    expect(stancesQuoting(graph, 'acht het van belang')[0]?.topics).toContain('topic:partnerships');
  });
});

describe('what a text says, "waarin zij ..."', () => {
  it('is the position of those who adopted it', () => {
    const graph = letters.report('20 juni 2024', 'De bondgenoten namen een verklaring aan waarin zij de Russische aanvallen op Oekraïne in de sterkst mogelijke bewoordingen veroordelen.');
    expect(stancesQuoting(graph, 'veroordelen').map((s) => s.actorId)).toEqual(['org:nato']);
  });
});

describe('a singular "hij" and who speaks on behalf of the Netherlands', () => {
  it('"hij" is the officer named in the sentence before', () => {
    const graph = letters.report('20 juni 2024', 'De Secretaris-Generaal presenteerde een analyse van de lessen uit Afghanistan. Hij stelde dat de NAVO in twintig jaar veel heeft bereikt.');
    expect(stancesQuoting(graph, 'Hij stelde').map((s) => s.actorId)).toEqual(['person:stoltenberg']);
  });

  it('what is said "namens Nederland", and by an officer of the Netherlands whose holder is not known, is the Netherlands\' position', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De Permanent Vertegenwoordiger bij de NAVO benadrukte namens Nederland dat Oekraïne zelf zijn veiligheidsarrangementen kiest. Ook wees hij op het belang van de territoriale integriteit van Georgië.',
    );
    expect(stancesQuoting(graph, 'namens Nederland').map((s) => s.actorId)).toEqual([NLD]);
    expect(stancesQuoting(graph, 'wees hij op').map((s) => s.actorId)).toEqual([NLD]);
  });
});

describe('more ways of stating a position', () => {
  it('what the ministers will state in a declaration ("zullen ... vaststellen dat") is their position to come', () => {
    const graph = letters.agenda('De ministers zullen naar verwachting in een verklaring vaststellen dat Rusland het verdrag materieel schendt.');
    expect(stancesQuoting(graph, 'vaststellen dat')[0]).toMatchObject({ actorId: 'org:nato', status: 'EXPECTED' });
  });

  it('asking others to do something, in the perfect ("heeft de bondgenoten gevraagd ... te"), is a call', () => {
    const graph = letters.report('20 juni 2024', 'De Secretaris-Generaal heeft de bondgenoten gevraagd de tekorten aan trainers aan te vullen.');
    expect(stancesQuoting(graph, 'gevraagd').map((s) => s.actorId)).toEqual(['person:stoltenberg']);
  });

  it('saying where the responsibility lies is a judgement', () => {
    const graph = letters.agenda('De verantwoordelijkheid voor de huidige situatie ligt volledig bij Rusland.');
    expect(stancesQuoting(graph, 'verantwoordelijkheid')[0]).toMatchObject({ actorId: NLD });
  });
});

describe('the subjects of a stance that takes up an earlier sentence', () => {
  it('are those named two sentences back when the sentence just before names none', () => {
    const graph = letters.report(
      '20 juni 2024',
      'Finland en Estland vroegen aandacht voor de situatie in de Oostzee. Beide bondgenoten noemden dit een vorm van hybride conflictvoering. Nederland heeft zich solidair verklaard met deze bondgenoten.',
    );
    expect(stancesQuoting(graph, 'solidair verklaard')[0]?.subjects).toEqual(expect.arrayContaining(['country:FIN', 'country:EST']));
  });
});

describe('words that look like positions but are not', () => {
  it('"dienen ... in" is handing something in, not a norm; "dient ... te" is one', () => {
    const graph = letters.report('20 juni 2024', 'Alle bondgenoten dienen voortaan elk jaar een plan in. De NAVO dient haar partners beter te steunen.');
    expect(stancesQuoting(graph, 'dienen voortaan')).toHaveLength(0);
    expect(stancesQuoting(graph, 'dient haar partners')).toHaveLength(1);
  });

  it('support given with means, and what a reaffirmation is for ("om ... te steunen"), are no positions of support', () => {
    const graph = letters.report('20 juni 2024', 'De NAVO ondersteunt met AWACS-vliegtuigen de strijd tegen ISIS. In de verklaring herbevestigen de bondgenoten hun toezeggingen om Oekraïne te steunen.');
    expect(stancesQuoting(graph, 'ondersteunt met').filter((s) => s.evidence.rule === 'stance/supports')).toHaveLength(0);
    expect(stancesQuoting(graph, 'te steunen').filter((s) => s.evidence.rule === 'stance/supports')).toHaveLength(0);
  });
});

describe('judgements in the government\'s own voice', () => {
  it.each([
    ['Het opendeurbeleid is een van de grootste successen van het bondgenootschap.', 'grootste successen'],
    ['Steun aan Oekraïne is daarom een investering in onze eigen veiligheid.', 'investering in onze'],
    ['De toekomst van beide partnerlanden ligt in de Euro-Atlantische gemeenschap.', 'De toekomst van'],
    ['Toetreding van Georgië is pas aan de orde wanneer de hervormingen zijn voltooid.', 'pas aan de orde'],
    ['De defensie-industrie in Europa is onvoldoende toegerust op de huidige vraag.', 'onvoldoende'],
    ['De veiligheid van Europa en de Indo-Pacific zijn nauw met elkaar verweven.', 'verweven'],
  ])('"%s"', (sentence, words) => {
    const graph = letters.agenda(sentence);
    expect(stancesQuoting(graph, words)[0]).toMatchObject({ actorId: NLD, evidence: { rule: 'stance/evaluates' } });
  });
});

describe('calling something what it is', () => {
  it('with a word that closes the clause ("noemt die afspraak achterhaald") is a view held', () => {
    const graph = letters.report('20 juni 2024', 'Stoltenberg noemt die afspraak inmiddels achterhaald.');
    expect(stancesQuoting(graph, 'noemt die afspraak')[0]).toMatchObject({ actorId: 'person:stoltenberg' });
  });
});

describe('a noun the sentence before named', () => {
  it('taken up again ("de strategie" after "een strategie voor opkomende technologieën") gives that sentence\'s topics', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De ministers namen een strategie voor opkomende en disruptieve technologieën aan. Nederland verwelkomt dat de strategie ook de defensie-industrie betrekt.',
    );
    expect(stancesQuoting(graph, 'verwelkomt dat de strategie')[0]?.topics).toContain('topic:emerging-disruptive-technologies');
  });
});

describe('what something is for the Alliance', () => {
  it.each([
    ['Daarom is het versterken van de weerbaarheid nadrukkelijk een gezamenlijke verantwoordelijkheid van de bondgenoten.', 'gezamenlijke verantwoordelijkheid'],
    ['De NAVO blijft een platform voor politiek overleg over de veiligheid van Europa.', 'platform voor politiek overleg'],
  ])('"%s" is a judgement', (sentence, words) => {
    const graph = letters.agenda(sentence);
    expect(stancesQuoting(graph, words)[0]).toMatchObject({ evidence: { rule: 'stance/evaluates' } });
  });
});

describe('among others, and in the perfect', () => {
  it('"bondgenoten, waaronder Polen en de Baltische staten, gaf aan" is held by those named', () => {
    const graph = letters.report('20 juni 2024', 'Een groeiend aantal bondgenoten, waaronder Polen en de Baltische staten, gaf aan 2% als ondergrens te beschouwen.');
    expect(stancesQuoting(graph, 'gaf aan').map((s) => s.actorId).sort()).toEqual(['country:POL', 'group:baltic-states']);
  });

  it('a call told in the perfect, at another meeting the sentence names, belongs to that meeting', () => {
    const graph = letters.report('20 juni 2024', 'De bondgenoten hebben Rusland tijdens de NAVO-Top in Vilnius in juli 2023 opgeroepen de aanvalsoorlog te beëindigen.');
    expect(stancesQuoting(graph, 'opgeroepen')[0]?.meetingId).toMatch(/vilnius/);
  });
});

describe('a country by its former name or its capital', () => {
  it('"Macedonië" and "Skopje" are North Macedonia', () => {
    const graph = letters.agenda('Nederland hoopt dat de benodigde grondwetswijziging in Skopje spoedig wordt afgerond, zodat Macedonië kan toetreden.');
    expect(stancesQuoting(graph, 'Nederland hoopt')[0]?.subjects).toContain('country:MKD');
  });
});

describe('views pointed out, restated and set out', () => {
  it('reads "wees erop dat", "herhaalde dat", "heeft uiteengezet dat" and "heeft ... gesteund" as stances', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De Minister-President wees erop dat terrorismebestrijding een taak van de NAVO blijft. Secretaris-Generaal Stoltenberg herhaalde dat de bondgenoten meer moeten uitgeven aan defensie. De Minister van Defensie heeft uiteengezet dat Nederland de uitgaven verhoogt. Nederland heeft dit besluit over de lastenverdeling gesteund.',
    );
    expect(stancesQuoting(graph, 'wees erop').length).toBe(1);
    expect(stancesQuoting(graph, 'herhaalde dat').map((s) => s.actorId)).toEqual(['person:stoltenberg']);
    expect(stancesQuoting(graph, 'uiteengezet').length).toBe(1);
    expect(stancesQuoting(graph, 'gesteund').map((s) => s.actorId)).toEqual([NLD]);
  });
});

describe('positions of the people a report names', () => {
  it('holds a call made by a person named right before the verb, not by the Allies called on', () => {
    const graph = letters.report('20 juni 2024', 'President Biden riep de bondgenoten op hun defensie-uitgaven te verhogen.');
    expect(graph.stances.map((s) => s.actorId)).toEqual(['person:biden']);
  });

  it('reads a request to the Allies and a concern set out as positions', () => {
    expect(letters.report('20 juni 2024', 'Oemerov vroeg de bondgenoten om snellere levering van munitie.').stances.map((s) => s.actorId)).toEqual(['person:umerov']);
    expect(letters.report('20 juni 2024', 'De Turkse minister van Defensie Güler lichtte de Turkse veiligheidszorgen toe.').stances.map((s) => s.summary)).toEqual([
      // A person the reference data does not know is named by the surname of the id.
      expect.stringMatching(/^Guler held /),
    ]);
  });

  it('reads a proposal followed by its infinitive', () => {
    const graph = letters.report('20 juni 2024', 'De Duitse minister van Buitenlandse Zaken Heiko Maas stelde voor een groep van deskundigen in te stellen.');
    expect(graph.stances.map((s) => s.actorId)).toEqual(['person:maas']);
  });

  it('does not read what a meeting was about, or a meeting taking place, as a position', () => {
    expect(letters.report('20 juni 2024', 'De oorlog in Oekraïne was een van de belangrijkste onderwerpen op het programma.').stances).toEqual([]);
    expect(letters.agenda('Op dinsdag 9 juli vindt het NATO Summit Defence Industry Forum plaats.').stances).toEqual([]);
  });

  it('holds what ministers of named states set out with those states, not the Allies they address', () => {
    const graph = letters.report('20 juni 2024', 'De ministers van Defensie van Georgië en Moldavië gaven de aanwezige ministers een toelichting op hun veiligheidssituatie.');
    expect(graph.stances.map((s) => s.actorId)).not.toContain('org:nato');
  });

  it('reads the plain ways a position is stated: a proposal in the present, objections held, support in the perfect, standing behind, welcoming by name', () => {
    const holderOf = (body: string) => letters.report('20 juni 2024', body).stances.map((s) => s.actorId);
    expect(holderOf('Secretaris-generaal Stoltenberg stelt voor het aantal troepen met een hoge gereedheid flink uit te breiden.')).toEqual(['person:stoltenberg']);
    expect(holderOf('Turkije heeft nog bezwaren tegen de toetreding van Zweden.')).toEqual(['country:TUR']);
    expect(holderOf('Nederland heeft het Finse lidmaatschap vanaf het begin met overtuiging gesteund.')).toEqual([NLD]);
    expect(holderOf('Nederland blijft achter het opendeurbeleid van de NAVO staan.')).toEqual([NLD]);
    expect(holderOf('Het kabinet kan zich vinden in de drie kerntaken: collectieve verdediging, crisisbeheersing en coöperatieve veiligheid.')).toEqual([NLD]);
    expect(holderOf('Het kabinet deelt de Amerikaanse opvatting dat de lasten eerlijker moeten worden verdeeld.')).toEqual([NLD]);
    expect(holderOf('Nederland zet erop in dat bondgenoten afspreken dat 2% van het bbp voortaan een ondergrens is.')).toEqual([NLD]);
  });

  it('finds the subject before a relative clause set off by commas', () => {
    const graph = letters.report('20 juni 2024', 'Nederland, dat in 2016 voorzitter was van de Raad van de EU, verwelkomt deze verklaring van harte.');
    expect(graph.stances.map((s) => s.actorId)).toEqual([NLD]);
  });

  it('does not read presenting an analysis as sharing it', () => {
    const graph = letters.report('20 juni 2024', 'De Amerikaanse minister van Buitenlandse Zaken Blinken deelde de Amerikaanse analyse van de Russische troepenopbouw.');
    expect(graph.stances).toEqual([]);
  });
});

describe('what a claim takes up from the sentences before it', () => {
  it('gives a stance and a decision the topics of the sentences it points back to, two back at most', () => {
    const graph = letters.agenda(
      'De ministers hebben de ruimte erkend als operationeel domein. De regeringsleiders zullen dit besluit naar verwachting in de slotverklaring verwelkomen. Het kabinet steunt dit besluit, mits het defensieve karakter van de NAVO voorop blijft staan.',
    );
    expect(stancesQuoting(graph, 'steunt dit besluit')[0]?.topics).toContain('topic:space');
    expect(graph.decisions.find((d) => d.evidence.quote.includes('dit besluit'))?.topics).toContain('topic:space');
  });

  it('reads a view given as someone\'s ("Volgens de SG ..."), a rejection, a dedication affirmed and what is called by a quoted name', () => {
    const stanceOf = (body: string) => letters.report('20 juni 2024', body).stances.map((s) => [s.actorId, s.evidence.rule]);
    expect(stanceOf('Volgens secretaris-generaal Stoltenberg zijn de doelen de meest ambitieuze sinds het einde van de Koude Oorlog.')).toEqual([['person:stoltenberg', 'stance/according-to']]);
    expect(stanceOf('Rusland is uitgenodigd om samen te werken, maar de Russische regering wees de aangeboden samenwerking tot nu toe af.')).toEqual([['country:RUS', 'stance/holds-view']]);
    expect(stanceOf('President Trump bevestigde de Amerikaanse toewijding aan het bondgenootschap.')).toEqual([['person:trump', 'stance/affirms']]);
    expect(stanceOf('Ollongren noemt dat “een belangrijk signaal aan onze Baltische bondgenoten”.')).toEqual([['person:ollongren', 'stance/holds-view']]);
  });

  it('places a position the report says will be taken at a later meeting it names there, as expected', () => {
    const graph = letters.report('20 juni 2024', 'Nederland zal in Washington ook pleiten voor versterking van de samenwerking tussen de NAVO en de EU.');
    expect(graph.stances.map((s) => [s.meetingId, s.status])).toEqual([['meeting:2024-07-09-washington', 'EXPECTED']]);
  });

  it('holds every sentence of a quotation that runs on to its speaker, and a quotation right after a sentence a person opens', () => {
    const graph = letters.report(
      '20 juni 2024',
      "'Dit is een historische dag voor Finland,' zei Brekelmans. 'Poetin wilde minder NAVO aan zijn grens en krijgt nu het tegenovergestelde. Met Finland erbij is de NAVO sterker.'\n\nBrekelmans riep Turkije en Hongarije op de weg vrij te maken voor Zweden. 'Zweden hoort bij deze tafel.'",
    );
    const quoted = graph.stances.filter((s) => s.evidence.rule === 'stance/quoted');
    expect(quoted.map((s) => s.actorId)).toEqual(['person:brekelmans', 'person:brekelmans', 'person:brekelmans', 'person:brekelmans']);
  });

  it('reads "De minister" of a report in the third person as the Dutch minister who signs it', () => {
    const graph = letters.report('20 juni 2024', 'De minister benadrukte dat het belang van deze partnerschappen sinds de Russische inval is toegenomen.');
    expect(graph.stances.map((s) => s.actorId)).toEqual(['person:brekelmans']);
  });

  it('reads asking for something ("vraagt om een forse opschaling") as calling for it', () => {
    const graph = letters.agenda('Het kabinet vraagt bovendien om een forse opschaling van de productie van munitie.');
    expect(graph.stances.map((s) => [s.actorId, s.evidence.rule])).toEqual([[NLD, 'stance/advocates']]);
  });

  it('gives "beide landen" the countries the passage named before, also where the sentence names another country', () => {
    const graph = letters.agenda('Finland en Zweden hebben het lidmaatschap aangevraagd. Het kabinet hoopt dat de bezwaren van Turkije vóór de top kunnen worden weggenomen, zodat beide landen kunnen worden uitgenodigd.');
    expect(stancesQuoting(graph, 'hoopt')[0]?.subjects).toEqual(expect.arrayContaining(['country:FIN', 'country:SWE', 'country:TUR']));
  });

  it('reads a situation that asks for something as the government\'s judgement', () => {
    const graph = letters.agenda('De oorlog in Oekraïne vraagt bovendien om een forse opschaling van de productie van munitie.');
    expect(graph.stances.map((s) => [s.actorId, s.evidence.rule])).toEqual([[NLD, 'stance/evaluates']]);
  });

  it('takes the topics of a noun it repeats from two sentences back, and reads "op te waarderen" as no welcome', () => {
    const graph = letters.report(
      '20 juni 2024',
      'Voor de uitvoering van deze plannen zijn meer eenheden nodig binnen het nieuwe NATO Force Model. Nederland levert hieraan vanaf 2025 een bijdrage. De minister van Defensie onderstreepte dat bondgenoten de toegezegde eenheden ook daadwerkelijk moeten leveren.',
    );
    expect(stancesQuoting(graph, 'toegezegde eenheden')[0]?.topics).toContain('topic:force-model');
    expect(letters.report('20 juni 2024', 'Op de Top wordt naar verwachting besloten de NAVO-Oekraïne Commissie op te waarderen tot een Raad.').stances).toEqual([]);
  });

  it('takes up what the sentence before named with "dit" alone ("Het kabinet verwelkomt dit.")', () => {
    const graph = letters.agenda('De leiders zullen een nieuwe verklaring over samenwerking tussen de NAVO en de EU ondertekenen. Het kabinet verwelkomt dit.');
    expect(stancesQuoting(graph, 'verwelkomt dit')[0]?.subjects).toContain('org:eu');
  });

  it('reads no judgement into who must decide, nor into what a pledge binds its makers to', () => {
    expect(letters.agenda('Over die norm moeten de regeringsleiders in juli in Washington besluiten.').stances).toEqual([]);
    const pledged = letters.agenda(
      'De bondgenoten zullen besluiten tot een aangepaste commandostructuur. Ook zullen zij het NATO Readiness Initiative aannemen: vanaf 2020 moeten 30 gemechaniseerde bataljons binnen 30 dagen inzetbaar zijn.',
    );
    expect(pledged.stances).toEqual([]);
  });
});

