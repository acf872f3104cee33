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
