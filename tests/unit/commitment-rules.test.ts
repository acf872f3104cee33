/**
 * What the commitment rules read as a pledge, who holds it and its status
 * (src/ingest/extract/commitments.ts), on short letters through the pure
 * pipeline.
 */
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
afterAll(() => letters.cleanUp());

const held = (graph: ReturnType<typeof letters.agenda>) => graph.commitments.map((c) => [c.actorId, c.status]);

describe('who holds a pledge', () => {
  it('is the Netherlands when the government writes "wij"', () => {
    const graph = letters.report('20 juni 2024', 'De minister zei: "Wij blijven Oekraïne steunen, zolang als nodig is."');
    expect(held(graph)).toEqual([['country:NLD', 'TAKEN']]);
  });

  it('is a foreign minister the letter names, not only their country', () => {
    const graph = letters.report('20 juni 2024', 'De Amerikaanse minister van Buitenlandse Zaken Blinken kondigde USD 53 miljoen aan voor de aanschaf van generatoren.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['person:blinken', 53000000, 'USD']]);
  });
});

describe('the status of the government\'s own pledge', () => {
  it('is taken when it says what it will do, expected when it only says it is ready to', () => {
    expect(held(letters.agenda('Nederland zal in 2024 voldoen aan de afspraak om 2% van het bbp aan defensie te besteden.'))).toEqual([['country:NLD', 'TAKEN']]);
    expect(held(letters.agenda('Nederland is bereid een bijdrage te leveren aan de trainingsmissie.'))).toEqual([['country:NLD', 'EXPECTED']]);
  });
});

describe('what is not a pledge', () => {
  it('is approving a deployment of forces', () => {
    expect(letters.report('20 juni 2024', 'De ministers stemmen vandaag in met de inzet van vier bataljons in Polen.').commitments).toEqual([]);
  });

  it('is going on with something as the infinitive of an agreement', () => {
    const graph = letters.report('20 juni 2024', 'De bondgenoten kwamen overeen de Afghaanse veiligheidsdiensten te blijven steunen.');
    expect(graph.commitments.filter((c) => c.evidence.rule === 'commitment/continues')).toEqual([]);
  });
});

describe('the topics of a pledge', () => {
  it('include those of the sentence before when the pledge points back at it', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De bondgenoten besloten tot een vooruitgeschoven aanwezigheid in Litouwen. Nederland stelt hiervoor met het oog op cyberdreigingen 250 militairen beschikbaar.',
    );
    const pledge = graph.commitments.find((c) => c.actorId === 'country:NLD');
    expect(pledge?.topics).toEqual(expect.arrayContaining(['topic:forward-presence']));
    expect(pledge?.subjects).toEqual(expect.arrayContaining(['country:LTU']));
  });

  it('include the Defence Investment Pledge for money a state sets aside for its own armed forces', () => {
    const graph = letters.agenda('Het kabinet heeft met het regeerakkoord structureel EUR 1,5 miljard extra voor Defensie vrijgemaakt.');
    expect(graph.commitments.map((c) => c.topics)).toEqual([expect.arrayContaining(['topic:defence-investment-pledge'])]);
  });
});

describe('spending figures', () => {
  const figures = (graph: ReturnType<typeof letters.agenda>) => graph.commitments.map((c) => [c.actorId, c.amount, c.unit, c.years, c.status]);

  it('are the Netherlands\' own when the letter does not say whose, and still to come when forecast for a later year', () => {
    const graph = letters.agenda('Op basis van de prognoses dalen de defensie-uitgaven naar verwachting van 1,45% van het bbp in 2024 naar 1,35% in 2027.');
    expect(figures(graph)).toEqual([
      ['country:NLD', 1.45, 'percent_gdp', [2024], 'TAKEN'],
      ['country:NLD', 1.35, 'percent_gdp', [2027], 'EXPECTED'],
    ]);
    expect(graph.commitments[0].topics).toContain('topic:defence-investment-pledge');
  });

  it('pledge where a change goes, with its year', () => {
    const graph = letters.agenda('Hiermee nemen de defensie-uitgaven toe van bijna 13 miljard nu naar jaarlijks bijna 20 miljard in 2028.');
    expect(figures(graph)).toEqual([['country:NLD', 20000000000, 'EUR', [2028], 'TAKEN']]);
  });

  it('go with the years listed for them "respectievelijk"', () => {
    const graph = letters.agenda('Daardoor komt het Nederlandse bbp-percentage in 2024 en 2025 uit op respectievelijk 1,97 procent en 1,99 procent.');
    expect(figures(graph)).toEqual([
      ['country:NLD', 1.97, 'percent_gdp', [2024], 'TAKEN'],
      ['country:NLD', 1.99, 'percent_gdp', [2025], 'TAKEN'],
    ]);
  });

  it('are no pledge when they say what spending must do', () => {
    expect(letters.agenda('Om daarbij aan te sluiten moeten de defensie-uitgaven structureel met ruim 4 miljard euro stijgen.').commitments).toEqual([]);
  });
});

describe('several states in one sentence', () => {
  const holders = (graph: ReturnType<typeof letters.agenda>) => graph.commitments.map((c) => c.actorId).sort();

  it('each pledge when the subject lists them', () => {
    const graph = letters.agenda('Frankrijk, Italië en het Verenigd Koninkrijk hebben toegezegd vanaf 2026 bij toerbeurt als kaderland op te treden.');
    expect(holders(graph)).toEqual(['country:FRA', 'country:GBR', 'country:ITA']);
  });

  it('each commit troops when they form a force together', () => {
    const graph = letters.agenda('In afwachting daarvan vormen Duitsland en Noorwegen dit jaar een interim-speerpuntmacht.');
    expect(holders(graph)).toEqual(['country:DEU', 'country:NOR']);
  });

  it('each lead the force named for them "respectievelijk", about the country it stands in', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De bondgenoten besloten tot een aanwezigheid in Estland en Letland. In elk van deze landen komen battlegroups, onder leiding van respectievelijk het Verenigd Koninkrijk en Canada.',
    );
    const led = graph.commitments.filter((c) => c.evidence.rule === 'commitment/leads-force').map((c) => [c.actorId, c.subjects]);
    expect(led).toEqual([
      ['country:GBR', ['country:EST']],
      ['country:CAN', ['country:LVA']],
    ]);
  });
});

describe('pledges without a pledge verb of their own', () => {
  const rules = (graph: ReturnType<typeof letters.agenda>) => graph.commitments.map((c) => [c.actorId, c.evidence.rule]);

  it('include being committed to something, and binding oneself to it', () => {
    expect(rules(letters.agenda('Europese bondgenoten zijn gecommitteerd aan effectieve wapenbeheersing.'))).toEqual([['org:nato', 'commitment/committed-to-pledge']]);
    expect(rules(letters.agenda('Het kabinet heeft zich gecommitteerd om ook in de komende jaren ten minste 2% van het bbp aan defensie te besteden.'))).toEqual([
      ['country:NLD', 'commitment/committed-to-pledge'],
    ]);
    expect(rules(letters.agenda('Het kabinet blijft zich aan deze afspraak gebonden achten.'))).toEqual([['country:NLD', 'commitment/binds-itself']]);
  });

  it('include extending a contribution', () => {
    expect(rules(letters.agenda('Nederland heeft zijn bijdrage aan de trainingsmissie reeds verlengd tot en met 2026.'))).toEqual([['country:NLD', 'commitment/extends-contribution']]);
  });

  it('include wanting to contribute to a named body, not to a cause', () => {
    expect(rules(letters.agenda('Nederland wil met kennis en personeel bijdragen aan het nieuwe centrum.'))).toEqual([['country:NLD', 'commitment/contributes']]);
    expect(letters.agenda('Nederland wil bijdragen aan een vreedzame oplossing.').commitments).toEqual([]);
  });
});

describe('forces as data', () => {
  it('count aircraft named by type', () => {
    const graph = letters.agenda('Nederland levert sinds oktober met zes F-16\'s een bijdrage aan de luchtoperaties van de coalitie.');
    expect(graph.commitments.map((c) => [c.amount, c.unit])).toEqual([[6, 'aircraft']]);
  });
});

describe('two pledges by one actor in one sentence', () => {
  it('are both kept when each stands in a main clause of its own joined by "en"', () => {
    const graph = letters.report(
      '20 juni 2024',
      'Nederland heeft gesteld graag bereid te zijn een bijdrage te leveren aan DIANA en sprak de intentie uit een testcentrum te willen huisvesten.',
    );
    expect(graph.commitments.map((c) => c.evidence.rule)).toEqual(['commitment/intends', 'commitment/intends']);
  });
});

describe('what a pledge is about', () => {
  it('follows a chain of sentences pointing back to the one that names it', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De leiders namen het NATO Readiness Initiative aan. Met dit initiatief verbinden bondgenoten zich ertoe hun afschrikking te versterken. Nederland zal naar rato met cyberexperts bijdragen aan dit initiatief.',
    );
    expect(graph.commitments.find((c) => c.actorId === 'country:NLD')?.topics).toContain('topic:readiness-initiative');
  });

  it('is NATO when a state pledges to it, and for an ally across the Atlantic the transatlantic bond', () => {
    const graph = letters.report('20 juni 2024', 'De Amerikaanse President bevestigde de «ironclad commitment» van de VS aan de NAVO.');
    const pledge = graph.commitments.find((c) => c.actorId === 'country:USA');
    expect(pledge?.subjects).toContain('org:nato');
    expect(pledge?.topics).toContain('topic:transatlantic-bond');
  });
});

describe('shares and years', () => {
  it('tell a share of defence spending from a share of GDP', () => {
    const graph = letters.agenda('De bondgenoten hebben zich gecommitteerd aan de groei van defensie-uitgaven naar 2 procent van het bbp in 2024, met een investeringsquote van 20 procent.');
    expect(graph.commitments.map((c) => [c.amount, c.unit, c.years])).toEqual([
      [2, 'percent_gdp', [2024]],
      [20, 'percent', [2024]],
    ]);
    expect(graph.commitments[1].topics).toContain('topic:capability-targets');
  });

  it('leave out the month and year a pledge runs since', () => {
    const graph = letters.agenda('Nederland levert sinds oktober 2014 met zes F-16\'s een bijdrage aan de luchtoperaties.');
    expect(graph.commitments.map((c) => c.years)).toEqual([[]]);
  });
});

describe('a norm', () => {
  it('is not met where the clause denies it', () => {
    const graph = letters.report('20 juni 2024', 'Spanje gaf aan de kerndoelstelling van 3,5% niet nodig te achten om de capaciteitsdoelstellingen te halen.');
    expect(graph.commitments).toEqual([]);
  });

  it('is met where a state sets out to reach it', () => {
    const graph = letters.report('20 juni 2024', 'Het kabinet heeft aangekondigd de defensie-uitgaven te verhogen, met als doel in 2024 de NAVO-norm van 2% van het bbp te halen.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit, c.years])).toEqual([['country:NLD', 2, 'percent_gdp', [2024]]]);
  });
});

describe('more ways of pledging', () => {
  const found = (graph: ReturnType<typeof letters.agenda>) => graph.commitments.map((c) => [c.actorId, c.evidence.rule]);

  it('include meeting a norm the sentence names without its figure', () => {
    expect(found(letters.agenda('Nederland zal aan de nieuwe norm voldoen.'))).toEqual([['country:NLD', 'commitment/meets-norm']]);
    expect(letters.agenda('Nederland zal aan de voorwaarden voldoen.').commitments).toEqual([]);
  });

  it('include taking part in a fund, not attending a meeting', () => {
    expect(found(letters.agenda('Nederland is voornemens aan dit fonds deel te nemen.'))).toEqual([['country:NLD', 'commitment/intends']]);
    expect(letters.agenda('Nederland is voornemens aan de bijeenkomst deel te nemen.').commitments).toEqual([]);
  });

  it('include submitting national plans, about spending when they are about its growth', () => {
    const graph = letters.agenda('Nederland zal de NAVO in december een nationaal plan doen toekomen over de verdere groei van de uitgaven.');
    expect(found(graph)).toEqual([['country:NLD', 'commitment/submits-plan']]);
    expect(graph.commitments[0].topics).toContain('topic:defence-investment-pledge');
  });

  it('include weapons delivered, told with the participle last', () => {
    expect(found(letters.agenda('Nederland heeft sinds eind februari onder meer pantserafweerwapens aan Oekraïne geleverd.'))).toEqual([['country:NLD', 'commitment/supplied']]);
  });

  it('include a raise of the defence budget named as a noun', () => {
    const graph = letters.agenda('Met de verhoging van de defensiebegroting met EUR 345 miljoen in 2016 heeft het kabinet een eerste stap gezet.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit, c.years])).toEqual([['country:NLD', 345000000, 'EUR', [2016]]]);
  });

  it('include the Dutch contribution extended, held by the Netherlands', () => {
    const graph = letters.agenda('De Nederlandse bijdrage aan Resolute Support, van maximaal 160 militairen, is verlengd tot en met 2021.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['country:NLD', 160, 'troops']]);
  });

  it('leave a contribution whose means are named in the next part of a coordination to that part', () => {
    const graph = letters.agenda('Nederland draagt al bij aan de geruststellingsmaatregelen en stelt daartoe vier F-16\'s beschikbaar.');
    expect(found(graph)).toEqual([['country:NLD', 'commitment/makes-available']]);
    expect(graph.commitments[0].topics).toContain('topic:deterrence-defence');
  });
});

describe('figures in a clause of their own', () => {
  it('keep their decimal comma: it does not end the clause', () => {
    const graph = letters.agenda('Nederland zal benadrukken dat het kabinet de defensie-uitgaven in deze kabinetsperiode verhoogt met structureel EUR 1,5 miljard per jaar.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['country:NLD', 1500000000, 'EUR']]);
  });
});

describe('contributing money', () => {
  it('is a pledge with the sum between the verb and its particle, or after the contribution', () => {
    const graph = letters.agenda('Nederland draagt in 2025 EUR 10 miljoen bij aan het trustfonds. Daarnaast draagt Nederland jaarlijks USD 15 miljoen bij aan het trustfonds.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit, c.years])).toEqual([
      ['country:NLD', 10000000, 'EUR', [2025]],
      ['country:NLD', 15000000, 'USD', []],
    ]);
    expect(letters.agenda('Nederland draagt opnieuw bij aan de trustfondsen, met in totaal EUR 1,5 miljoen.').commitments.map((c) => c.amount)).toEqual([1500000]);
  });

  it('is not contributing to a cause without a sum', () => {
    expect(letters.agenda('Deze maatregelen dragen in belangrijke mate bij aan stabiliteit.').commitments).toEqual([]);
  });
});

describe('pledges kept up and offered', () => {
  it('include staying in a force, and being ready to add to it as a pledge still to be made', () => {
    const graph = letters.report('20 juni 2024', 'Nederland blijft deelnemen aan de battlegroup in Litouwen en is bereid bij te dragen aan de opschaling daarvan.');
    expect(graph.commitments.map((c) => [c.actorId, c.evidence.rule, c.status])).toEqual([
      ['country:NLD', 'commitment/continues', 'TAKEN'],
      ['country:NLD', 'commitment/intends', 'EXPECTED'],
    ]);
  });

  it('include reaffirming a pledge', () => {
    const graph = letters.report('20 juni 2024', 'De bondgenoten herbevestigden hun toezegging om toe te werken naar 2% van het bbp aan defensie-uitgaven.');
    expect(graph.commitments.map((c) => [c.actorId, c.evidence.rule, c.amount, c.unit])).toEqual([['org:nato', 'commitment/affirmed', 2, 'percent_gdp']]);
  });
});

describe('the status of a spending figure', () => {
  it('is to come for the letter\'s own year when "naar verwachting" makes the clause a forecast, not where a forecast change starts', () => {
    const status = (text: string) => letters.agenda(text).commitments.map((c) => [c.amount, c.status]);
    expect(status('Nederland besteedt daarmee in 2024 naar verwachting 1,17% van het bbp aan defensie.')).toEqual([[1.17, 'EXPECTED']]);
    expect(status('De defensie-uitgaven dalen naar verwachting van 1,45% van het bbp in 2024 naar 1,35% in 2026.')).toEqual([
      [1.45, 'TAKEN'],
      [1.35, 'EXPECTED'],
    ]);
    expect(status('Ook Nederland voldoet in 2024 met een verwachte 2,05% van het bbp aan de norm.')).toEqual([[2.05, 'TAKEN']]);
  });

  it('is to come at a meeting still ahead, with "besteden" read as present tense', () => {
    const graph = letters.agenda('In Washington zullen de bondgenoten naar verwachting vastleggen dat zij ten minste 2% van het bbp jaarlijks aan defensie besteden.');
    expect(graph.commitments.map((c) => [c.actorId, c.status])).toEqual([['org:nato', 'EXPECTED']]);
  });
});

describe('spending norms', () => {
  it('include submitting a plan, told with the finite verb and its particle', () => {
    const graph = letters.report('20 juni 2024', 'Alle bondgenoten dienen voortaan elk jaar een plan in dat laat zien hoe zij de nieuwe norm gaan bereiken.');
    expect(graph.commitments.map((c) => [c.actorId, c.evidence.rule])).toEqual([['org:nato', 'commitment/submits-plan']]);
    expect(graph.commitments[0].topics).toContain('topic:defence-investment-pledge');
  });

  it('are about the Defence Investment Pledge when met without their figure', () => {
    expect(letters.agenda('Nederland gaat aan de nieuwe norm voldoen.').commitments.map((c) => c.topics)).toEqual([['topic:defence-investment-pledge']]);
  });

  it('are agreed with their figure in the clause the verb governs', () => {
    const graph = letters.report('20 juni 2024', 'Vorig jaar spraken de bondgenoten nog af dat 2% van het bbp de ondergrens is voor hun uitgaven aan defensie.');
    expect(graph.commitments.map((c) => [c.actorId, c.evidence.rule, c.amount, c.unit])).toEqual([['org:nato', 'commitment/agreed-target', 2, 'percent_gdp']]);
  });
});

describe('two figures of one actor', () => {
  it('are two pledges when each stands in a clause of its own, each with its own years', () => {
    const graph = letters.agenda('Nederland verhoogt de defensie-uitgaven structureel met EUR 5 miljard per jaar, waarmee Nederland in 2024 2% van het bbp aan defensie besteedt.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit, c.years])).toEqual([
      ['country:NLD', 5000000000, 'EUR', []],
      ['country:NLD', 2, 'percent_gdp', [2024]],
    ]);
  });
});

describe('a month named without its year', () => {
  it('is in the letter\'s year, or the next when it has passed and the words look ahead', () => {
    const years = (text: string) => letters.agenda(text).commitments.map((c) => c.years);
    expect(years('Nederland levert vanaf december circa 250 militairen aan de battlegroup in Litouwen.')).toEqual([[2024]]);
    expect(years('Nederland levert vanaf februari circa 250 militairen aan de battlegroup in Litouwen.')).toEqual([[2025]]);
    expect(years('Nederland levert sinds februari circa 250 militairen aan de battlegroup in Litouwen.')).toEqual([[]]);
  });
});

describe('a pledge to "deze missie"', () => {
  it('is about what the nearest sentence naming a mission names, past sentences in between', () => {
    const graph = letters.agenda(
      'Ook de Resolute Support-missie in Afghanistan komt aan de orde. De Secretaris-Generaal heeft de bondgenoten gevraagd de tekorten aan te vullen. Nederland levert in 2025 circa 100 militairen aan deze missie.',
    );
    expect(graph.commitments.map((c) => [c.actorId, c.subjects])).toEqual([['country:NLD', ['country:AFG']]]);
  });
});

describe('topics named by compound or Dutch name', () => {
  it('include air defence capacity and the enhanced NATO presence', () => {
    const topics = (text: string) => letters.agenda(text).commitments.flatMap((c) => c.topics);
    expect(topics('Nederland levert circa 150 militairen en luchtverdedigingscapaciteit aan Slowakije.')).toContain('topic:air-missile-defence');
    expect(topics('Nederland levert 250 militairen aan de versterkte NAVO-aanwezigheid in Litouwen.')).toContain('topic:forward-presence');
  });
});

describe('contributions by what an actor does', () => {
  const found = (text: string) => letters.agenda(text).commitments.map((c) => [c.actorId, c.evidence.rule]);

  it('include training forces and supporting with means, each its own pledge', () => {
    expect(found('De NAVO traint Iraakse officieren in Jordanië en ondersteunt met AWACS-vliegtuigen de strijd tegen ISIS.')).toEqual([
      ['org:nato', 'commitment/trains'],
      ['org:nato', 'commitment/supports-with-means'],
    ]);
    expect(found('Nederland steunt de strijd tegen ISIS met woorden.')).toEqual([]);
  });

  it('include leading a coalition or force, not leading to something', () => {
    expect(found('Samen met Denemarken leidt Nederland de coalitie die Oekraïense piloten zal opleiden.')).toEqual([['country:NLD', 'commitment/leads']]);
    expect(found('Nederland leidt tot eind 2025 de missie in Irak.')).toEqual([['country:NLD', 'commitment/leads']]);
    expect(found('Dit leidt tot een coalitie van bereidwilligen.')).toEqual([]);
  });
});

describe('forces in a plan that is approved', () => {
  it('are pledged when a clause of their own names them, while approving a deployment pledges nothing', () => {
    const graph = letters.report('20 juni 2024', 'Daarnaast stemden de bondgenoten in met een nieuw NATO Force Model, waarin meer dan 300.000 militairen op hoge gereedheid worden gebracht.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['org:nato', 300000, 'troops']]);
    expect(letters.report('20 juni 2024', 'De ministers stemmen vandaag in met de inzet van vier bataljons in Polen.').commitments).toEqual([]);
  });
});

describe('keeping up a level', () => {
  it('is a pledge of its own with the figure of the pledge before, each with its own year', () => {
    const graph = letters.agenda('Nederland heeft voor 2024 ruim EUR 2 miljard beschikbaar gesteld voor militaire steun aan Oekraïne en zal dit niveau in 2025 handhaven.');
    expect(graph.commitments.map((c) => [c.evidence.rule, c.amount, c.unit, c.years])).toEqual([
      ['commitment/makes-available', 2000000000, 'EUR', [2024]],
      ['commitment/keeps-level', 2000000000, 'EUR', [2025]],
    ]);
  });
});

describe('sums and offers', () => {
  const found = (graph: ReturnType<typeof letters.agenda>) => graph.commitments.map((c) => [c.actorId, c.evidence.rule, c.amount, c.unit]);

  it('include investing a sum, not what must be invested', () => {
    expect(found(letters.agenda('Nederland investeert EUR 100 miljoen in drones.'))).toEqual([['country:NLD', 'commitment/invests', 100000000, 'EUR']]);
    expect(letters.agenda('Bondgenoten moeten EUR 100 miljard investeren in drones.').commitments).toEqual([]);
  });

  it('include a contribution that amounts to a sum, about the fund the sentences before named', () => {
    const graph = letters.agenda(
      'Zeventien bondgenoten ondertekenden de overeenkomst tot oprichting van het NATO Innovation Fund. Het fonds zal in bedrijven investeren. De Nederlandse bijdrage aan het fonds bedraagt EUR 30 miljoen.',
    );
    expect(found(graph)).toEqual([['country:NLD', 'commitment/contribution-amounts', 30000000, 'EUR']]);
    expect(graph.commitments[0].subjects).toContain('org:nato-innovation-fund');
  });

  it('include offering to do something, not offering parliament a letter', () => {
    expect(found(letters.agenda('Nederland heeft aangeboden hiervoor twee testcentra beschikbaar te stellen.'))).toEqual([['country:NLD', 'commitment/offers', 2, 'test centres']]);
    expect(letters.agenda('Hierbij bied ik u de geannoteerde agenda aan.').commitments).toEqual([]);
  });

  it('include endorsing a pledge', () => {
    expect(found(letters.agenda('Nederland zal in Washington de Cyber Defence Pledge onderschrijven.'))).toEqual([['country:NLD', 'commitment/endorses-pledge', null, null]]);
    expect(letters.agenda('Nederland onderschrijft het belang van eenheid.').commitments).toEqual([]);
  });
});

describe('a body named with the article', () => {
  it('holds the pledge of a clause it opens: "Het fonds" is the fund the sentence before named', () => {
    const graph = letters.report(
      '20 juni 2024',
      'Zeventien bondgenoten ondertekenden de overeenkomst tot oprichting van het NATO Innovation Fund. Het fonds zal over een periode van vijftien jaar EUR 1 miljard investeren in bedrijven.',
    );
    expect(graph.commitments.map((c) => [c.actorId, c.amount])).toEqual([['org:nato-innovation-fund', 1000000000]]);
  });
});

describe('a pledge announced for a state', () => {
  it('is held by the state the clause after the verb opens with, not by whoever announces it', () => {
    const graph = letters.report('20 juni 2024', 'De Amerikaanse president Biden kondigde aan dat de Verenigde Staten USD 1 miljard extra steun aan Oekraïne geven.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['country:USA', 1000000000, 'USD']]);
  });
});

describe('more ways a pledge is made', () => {
  it('sets money aside or pays it over', () => {
    const amounts = (body: string) => letters.report('20 juni 2024', body).commitments.map((c) => [c.actorId, c.amount, c.unit]);
    expect(amounts('Nederland trekt de komende vier jaar EUR 350 miljoen uit voor de gezamenlijke aanschaf van munitie.')).toEqual([['country:NLD', 350000000, 'EUR']]);
    expect(amounts('Verder maakt Nederland EUR 20 miljoen over aan het NAVO-trustfonds voor Oekraïne.')).toEqual([['country:NLD', 20000000, 'EUR']]);
  });

  it('puts a protocol to parliament for approval, a pledge made as the government says what it will do', () => {
    expect(held(letters.agenda('Het kabinet zal het toetredingsprotocol zo snel mogelijk ter goedkeuring aan het parlement voorleggen.'))).toEqual([['country:NLD', 'TAKEN']]);
  });

  it('spends a share of GDP written without "van het"', () => {
    const graph = letters.agenda('In 2026 geeft het kabinet 2,2% bbp uit aan Defensie.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit, c.years])).toEqual([['country:NLD', 2.2, 'percent_gdp', [2026]]]);
  });

  it('names the Allies\' new norm with its figure, a pledge of the meeting the letter is for', () => {
    const graph = letters.agenda('Het kabinet steunt het voorstel om te komen tot een nieuwe Defence Investment Pledge van 5% van het bbp.');
    expect(graph.commitments.map((c) => [c.actorId, c.meetingId, c.status, c.amount])).toEqual([['org:nato', 'meeting:2024-07-09-washington', 'EXPECTED', 5]]);
  });

  it('stands ready to contribute, and signs an agreement with a counterpart', () => {
    expect(held(letters.report('20 juni 2024', 'Nederland staat dan ook gereed om bij te dragen aan maatregelen om de afschrikking te versterken.'))).toEqual([['country:NLD', 'TAKEN']]);
    const graph = letters.report('20 juni 2024', 'Verder tekende minister Brekelmans met zijn Oekraïense collega Oemerov een overeenkomst over samenwerking tussen de defensie-industrieën.');
    expect(graph.commitments.map((c) => c.actorId)).toEqual(['country:NLD']);
  });

  it('announces with "maakte bekend dat", promises support for as long as it takes, keeps spending at a share of GDP and joins a fund', () => {
    expect(letters.report('20 juni 2024', 'Brekelmans maakte bekend dat Nederland 15 miljoen euro extra bijdraagt aan het steunfonds voor Oekraïne.').commitments.map((c) => [c.actorId, c.amount])).toEqual([['country:NLD', 15000000]]);
    expect(held(letters.report('20 juni 2024', 'Nederland steunt Oekraïne zo lang als dat nodig is.'))).toEqual([['country:NLD', 'TAKEN']]);
    expect(letters.report('20 juni 2024', 'Het kabinet houdt de defensie-uitgaven de komende jaren op ten minste 2 procent van het bbp.').commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['country:NLD', 2, 'percent_gdp']]);
    // Joining "op de top", a meeting still to come, is a pledge to be made there.
    expect(held(letters.agenda('Nederland zal op de top als een van de oprichters tot het fonds toetreden.'))).toEqual([['country:NLD', 'EXPECTED']]);
  });
});


describe('forces and money sent or given', () => {
  it('reads troops sent, aircraft deployed, a brigade announced and money given after a long span as pledges', () => {
    const report = (body: string) => letters.report('20 juni 2024', body);
    expect(held(report('Nederland stuurt volgend jaar extra militairen naar Litouwen.'))).toEqual([['country:NLD', 'TAKEN']]);
    expect(held(report('Nederland zet dit najaar F-35-jachtvliegtuigen in voor de bewaking van het Poolse luchtruim.'))).toEqual([['country:NLD', 'TAKEN']]);
    expect(held(report('Duitsland maakt in Brussel bekend dat het een brigade aanwijst voor de verdediging van Litouwen.'))).toEqual([['country:DEU', 'TAKEN']]);
    expect(report('Nederland doet mee aan het fonds en draagt de komende vijftien jaar EUR 40 miljoen bij.').commitments.map((c) => [c.actorId, c.amount, c.unit])).toContainEqual(['country:NLD', 40000000, 'EUR']);
  });

  it('does not read an effort of its own ("zet zich in") as forces deployed', () => {
    expect(letters.report('20 juni 2024', 'Nederland zet zich in voor een sterke oostflank.').commitments).toEqual([]);
  });
});

describe('the figure and topic of a force pledge', () => {
  it('counts frigates, howitzers, units and one battalion named with its article', () => {
    const figures = (body: string) => letters.report('20 juni 2024', body).commitments.map((c) => [c.amount, c.unit]);
    expect(figures('Nederland levert hieraan onder meer een gemechaniseerd bataljon en twee fregatten.')).toEqual([[1, 'battalions'], [2, 'frigates']]);
    expect(figures('Nederland levert in overleg met Duitsland vijf extra pantserhouwitsers aan Oekraïne.')).toEqual([[5, 'howitzers']]);
    expect(figures('Nederland draagt hieraan bij met de inzet van een Patriot-eenheid in Polen.')).toEqual([[1, 'units']]);
    expect(figures('Nederland draagt nu met 2 stafofficieren en 4 civiele adviseurs bij aan de missie.')).toEqual([[2, 'staff officers'], [4, 'advisers']]);
    expect(figures('Nederland draagt daaraan bij met 6 militaire en civiele adviseurs.')).toEqual([[6, 'advisers']]);
  });

  it('reads no pledge into a brigade the Allies agree on, counted by its article', () => {
    expect(letters.agenda('De ministers zullen naar verwachting instemmen met maatregelen voor een aanwezigheid in het Zwarte Zeegebied, met een multinationale brigade in Roemenië als kern.').commitments).toEqual([]);
  });

  it('reads troops sent to an Ally that hosts a battlegroup as forward presence, aircraft for air policing not', () => {
    const topics = (body: string) => letters.report('20 juni 2024', body).commitments.flatMap((c) => c.topics);
    expect(topics('Nederland levert in 2024 circa 270 militairen aan de door Duitsland geleide multinationale eenheid in Litouwen.')).toContain('topic:forward-presence');
    expect(topics('Nederland stelt vier F-35’s beschikbaar voor de bewaking van het Poolse luchtruim.')).not.toContain('topic:forward-presence');
  });
});

describe('the years of a pledge', () => {
  it('puts a pledge made "dit jaar" in the letter\'s year, not one "sinds dit jaar"', () => {
    const years = (body: string) => letters.report('20 juni 2024', body).commitments.map((c) => c.years);
    expect(years('Nederland heeft voor dit jaar al ruim 2 miljard euro aan militaire steun voor Oekraïne vrijgemaakt.')).toEqual([[2024]]);
  });
});

describe('pledges restated and announced', () => {
  it('reads "herhaalden dat zij ... zullen blijven steunen" as the Allies\' pledge restated, not a view', () => {
    const graph = letters.report('20 juni 2024', 'Bondgenoten herhaalden dat zij Oekraïne zo lang als nodig zullen blijven steunen.');
    expect(held(graph)).toEqual([['org:nato', 'TAKEN']]);
    expect(graph.stances).toEqual([]);
    expect(letters.report('20 juni 2024', 'De SG zei dat de NAVO Oekraïne moet blijven steunen.').commitments).toEqual([]);
  });

  it('reads a contribution announced between the parts of "maakte ... bekend"', () => {
    const graph = letters.report('20 juni 2024', 'Nederland maakte tijdens de bijeenkomst een aanvullende bijdrage van 10 miljoen euro aan het fonds bekend.');
    expect(graph.commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['country:NLD', 10000000, 'EUR']]);
  });
});

describe('joining what others run', () => {
  it('reads taking part in a fund as joining it, and declining to as no pledge', () => {
    expect(held(letters.agenda('Nederland zal op de top als een van de oprichtende bondgenoten aan het fonds deelnemen.'))).toEqual([['country:NLD', 'EXPECTED']]);
    expect(held(letters.report('20 juni 2024', 'Nederland doet mee aan het innovatiefonds.'))).toEqual([['country:NLD', 'TAKEN']]);
    expect(letters.agenda('Hongarije heeft aangegeven niet aan dit initiatief deel te nemen.').commitments).toEqual([]);
  });
});

describe('committing oneself with the verb last', () => {
  it('reads "blijft zich aan deze afspraak committeren" as a pledge to the agreement', () => {
    const graph = letters.agenda('Het kabinet blijft zich aan deze afspraak committeren.');
    expect(graph.commitments.map((c) => [c.actorId, c.what])).toEqual([['country:NLD', 'deze afspraak committeren']]);
  });
});

describe('leading together', () => {
  it('reads both states that lead a coalition, with one set off by commas', () => {
    const graph = letters.report('20 juni 2024', 'Nederland leidt, samen met Denemarken, de coalitie voor de opleiding van Oekraïense F-16-piloten.');
    expect(graph.commitments.map((c) => c.actorId)).toEqual(['country:NLD', 'country:DNK']);
  });
});

describe('money added and contributions pointing back', () => {
  it('reads money added to the defence budget, and "zal daaraan ... bijdragen", as pledges', () => {
    expect(letters.report('20 juni 2024', 'Het kabinet heeft structureel 1,5 miljard euro aan de defensiebegroting toegevoegd.').commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([
      ['country:NLD', 1500000000, 'EUR'],
    ]);
    expect(held(letters.agenda('Bondgenoten zetten een nieuw fonds op. Nederland zal daaraan naar rato bijdragen.'))).toContainEqual(['country:NLD', 'TAKEN']);
  });

  it('places the forces the Alliance is to pledge, in a letter before its meeting, at that meeting', () => {
    const graph = letters.agenda('Ook zullen zij het NATO Readiness Initiative aannemen: vanaf 2020 moeten 30 gemechaniseerde bataljons binnen 30 dagen inzetbaar zijn.');
    expect(graph.commitments.filter((c) => c.actorId === 'org:nato').map((c) => [c.meetingId, c.status])).toContainEqual(['meeting:2024-07-09-washington', 'EXPECTED']);
  });
});

describe('the new norm and its parts', () => {
  it('reads "committeert zich volledig aan de nieuwe norm", the shares that divide a pledge, and plans the Allies lay before NATO', () => {
    expect(held(letters.report('20 juni 2025', 'Nederland committeert zich volledig aan de nieuwe norm.'))).toEqual([['country:NLD', 'TAKEN']]);
    const graph = letters.report(
      '8 juli 2025',
      'Bondgenoten verbinden zich ertoe uiterlijk in 2035 jaarlijks 5% van het bbp aan defensie te besteden. Ten minste 3,5% van het bbp gaat naar kerndefensie-uitgaven, en tot 1,5% naar onder meer de bescherming van vitale infrastructuur. Bondgenoten leggen jaarlijks een plan voor met een geloofwaardig groeipad.',
    );
    expect(graph.commitments.map((c) => [c.actorId, c.amount])).toEqual([
      ['org:nato', 5],
      ['org:nato', 3.5],
      ['org:nato', 1.5],
      ['org:nato', null],
    ]);
  });
});

describe('standing by an agreement', () => {
  it('reads standing by an agreement of pledges as keeping the pledge, and standing behind a decision as a position', () => {
    const graph = letters.report('20 juni 2024', 'Nederland staat onverkort achter deze afspraak.');
    expect(graph.commitments.map((c) => [c.actorId, c.what])).toEqual([['country:NLD', 'deze afspraak']]);
    expect(graph.stances).toEqual([]);
    const decision = letters.agenda('In Washington nemen de leiders een besluit over de defensie-industrie. Het kabinet staat onverkort achter dit besluit.');
    expect(decision.commitments).toEqual([]);
    expect(decision.stances.map((s) => s.actorId)).toEqual(['country:NLD']);
  });
});

describe('the country a topic concerns', () => {
  it('is a subject of a claim on that topic, unless it holds the claim', () => {
    const graph = letters.report('20 juni 2024', 'Nederland draagt met 2 stafofficieren bij aan NMI.');
    expect(graph.commitments[0]?.subjects).toContain('country:IRQ');
    const own = letters.report('20 juni 2024', 'Oekraïne zegde toe de steun aan Oekraïne te coördineren met de bondgenoten.');
    expect(own.commitments.flatMap((c) => c.subjects)).not.toContain('country:UKR');
  });
});

describe('taking part in a programme', () => {
  it('is no pledge where the programme is a meeting\'s', () => {
    expect(letters.report('20 juni 2024', 'De Minister van Buitenlandse Zaken nam deel aan het volledige programma.').commitments).toEqual([]);
  });
});

describe('framework nations, growth towards the norm, and the norm named before', () => {
  it('reads each state that acts as framework nation, and the state that leads a project', () => {
    const graph = letters.report('20 juni 2024', 'Het Verenigd Koninkrijk, Canada, Duitsland en de Verenigde Staten treden daarbij op als kaderland voor de bataljons.');
    expect(graph.commitments.map((c) => c.actorId)).toEqual(['country:GBR', 'country:CAN', 'country:DEU', 'country:USA']);
    expect(graph.commitments[0]?.topics).toContain('topic:forward-presence');
    expect(held(letters.report('20 juni 2024', 'Nederland is leidend land van het PESCO-project voor militaire mobiliteit.'))).toEqual([['country:NLD', 'TAKEN']]);
  });

  it('reads striving to grow towards a share of GDP as a pledge, and "haalt die norm" with the figure of the norm named before', () => {
    const grows = letters.report('20 juni 2024', 'Nederland blijft zich inzetten om stapsgewijs verder te groeien richting de NAVO-norm van 2 procent van het bbp.');
    expect(grows.commitments.map((c) => [c.actorId, c.amount, c.unit])).toEqual([['country:NLD', 2, 'percent_gdp']]);
    const norm = letters.report('20 juni 2024', 'De bondgenoten spraken in 2014 een norm van 2% van het bbp af. Nederland haalt die norm dit jaar voor het eerst.');
    expect(norm.commitments.filter((c) => c.actorId === 'country:NLD').map((c) => [c.amount, c.unit])).toEqual([[2, 'percent_gdp']]);
  });

  it('reads the states that announce a pledge together', () => {
    const graph = letters.report('20 juni 2024', 'Nederland maakte in Washington samen met Denemarken en de Verenigde Staten bekend dat de overdracht van F-16-gevechtsvliegtuigen aan Oekraïne in gang is gezet.');
    expect(graph.commitments.map((c) => c.actorId)).toEqual(['country:NLD', 'country:DNK', 'country:USA']);
  });
});
