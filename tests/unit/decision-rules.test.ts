/**
 * What the decision rules read as a decision of the Alliance, and of what
 * kind (src/ingest/extract/decisions.ts), on short letters through the pure
 * pipeline.
 */
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
afterAll(() => letters.cleanUp());

const decided = (body: string) => letters.report('20 juni 2024', body).decisions.map((d) => [d.kind, d.decidedBy.join('+'), d.status]);

describe('decisions of the Allies', () => {
  it('reads what the Allies together confirm as a reaffirmation, not a view of theirs', () => {
    const graph = letters.report('20 juni 2024', 'De ministers bevestigden dat de NAVO de Oekraïense strijdkrachten blijft steunen.');
    expect(graph.decisions.map((d) => [d.kind, d.decidedBy.join('+'), d.status])).toEqual([['REAFFIRMATION', 'org:nato', 'TAKEN']]);
    expect(graph.stances).toEqual([]);
  });

  it('keeps what one state confirms a view of that state', () => {
    expect(decided('Nederland bevestigde dat het de missie blijft steunen.')).toEqual([]);
  });

  it('reads a text the Allies sign as an agreement', () => {
    expect(decided('Tijdens de bijeenkomst ondertekenden de bondgenoten de overeenkomst tot oprichting van een nieuw innovatiefonds.')).toEqual([['AGREEMENT', 'org:nato', 'TAKEN']]);
  });

  it('reads "richten ... op" in the present as founding something, not "richten zich op"', () => {
    expect(decided('De bondgenoten richten een nieuw NAVO-innovatiefonds op.')).toEqual([['DECISION', 'org:nato', 'TAKEN']]);
    expect(decided('De bondgenoten richten zich op de verdediging van het verdragsgebied.')).toEqual([]);
  });

  it('reads decisions taken named as such, a communiqué presented and a commitment restated', () => {
    expect(decided('Tijdens deze bijeenkomst namen de ministers besluiten over de verdere koers van het bondgenootschap.')).toEqual([['DECISION', 'org:nato', 'TAKEN']]);
    expect(decided('Ook werd het gezamenlijke communiqué gepresenteerd.')).toEqual([['ADOPTION', 'org:nato', 'TAKEN']]);
    expect(decided('Tijdens deze bijeenkomst werd de committering aan de afspraken van de top herhaald.')).toEqual([['REAFFIRMATION', 'org:nato', 'TAKEN']]);
  });
});


describe('tasks received, starts and outcomes expected', () => {
  it('reads a task the military authorities received as a tasking at the meeting, and a decision that "kan worden besloten" later as still to come', () => {
    const graph = letters.report('20 juni 2024', 'Tevens kregen de militaire autoriteiten de opdracht opties uit te werken, zodat hierover in Washington kan worden besloten.');
    expect(graph.decisions.map((d) => [d.kind, d.meetingId, d.status])).toEqual([['TASKING', 'meeting:2024-06-13-dmm', 'TAKEN']]);
  });

  it('reads a fund that starts at the summit and a model expected there as decisions to come, not a start on a condition', () => {
    const agenda = (body: string) => letters.agenda(body).decisions.map((d) => [d.kind, d.status]);
    expect(agenda('Tijdens de top zal het NAVO-innovatiefonds van start gaan.')).toEqual([['DECISION', 'EXPECTED']]);
    expect(agenda('Ook wordt een nieuw NATO Force Model verwacht.')).toEqual([['DECISION', 'EXPECTED']]);
    expect(agenda('De vervolgmissie kan echter pas van start gaan wanneer de veiligheidsovereenkomst is getekend.')).toEqual([]);
  });
});

describe('the summit a ministerial\'s letter looks ahead to', () => {
  it('places "Op de Top wordt ... besloten" and what the leaders "zullen ... aannemen" at the one summit to come the letter names', () => {
    const graph = letters.report(
      '20 juni 2024',
      'De ministers bereidden de top in Washington voor. Op de Top wordt naar verwachting besloten de NAVO-Oekraïne Raad te versterken. Ook zullen regeringsleiders een meerjarig steunprogramma aannemen.',
    );
    expect(graph.decisions.map((d) => [d.meetingId, d.status])).toEqual([
      ['meeting:2024-07-09-washington', 'EXPECTED'],
      ['meeting:2024-07-09-washington', 'EXPECTED'],
    ]);
  });
});

describe('agreement reached, and pledges restated', () => {
  it('reads "zijn het eens geworden over" as an agreement, and "bevestigden dat zij ... blijven trainen" as the Allies\' pledge, not a reaffirmation', () => {
    expect(decided('De NAVO-ministers van Defensie zijn het in principe eens geworden over een uitbreiding van de trainingsmissie in Irak.')).toEqual([['AGREEMENT', 'org:nato', 'TAKEN']]);
    const graph = letters.report('20 juni 2024', 'Bondgenoten bevestigden dat zij de Afghaanse strijdkrachten blijven trainen en adviseren.');
    expect(graph.decisions).toEqual([]);
    expect(graph.commitments.map((c) => c.actorId)).toEqual(['org:nato']);
  });
});
