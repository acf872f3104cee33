/**
 * A stance is EXPECTED when the letter says the position will be taken at a
 * meeting still to come, and TAKEN when it is held as the letter states it.
 */
import { shortLetters } from '../support/short-letters';

const letters = shortLetters();
afterAll(() => letters.cleanUp());

const NLD = 'country:NLD';

describe('the status of a stance', () => {
  it('is EXPECTED for what the Netherlands will argue at the coming summit', () => {
    const graph = letters.agenda('Nederland zal tijdens de Top benadrukken dat de toekomst van Oekraïne in de NAVO ligt.');
    const stance = graph.stances.find((s) => s.actorId === NLD);
    expect(stance).toMatchObject({ status: 'EXPECTED', meetingId: 'meeting:2024-07-09-washington' });
    expect(stance?.summary).toMatch(/^The Netherlands will argue «de toekomst van Oekraïne in de NAVO ligt»/);
  });

  it('is TAKEN for a position the agenda states as held now, even with a future clause after it', () => {
    const graph = letters.agenda('Nederland maakt zich zorgen over de steun van China aan Rusland en zal dit tijdens de Top aan de orde stellen.');
    expect(graph.stances.find((s) => s.actorId === NLD)).toMatchObject({ status: 'TAKEN' });
  });

  it('is TAKEN in a report, also where the words look ahead', () => {
    const graph = letters.report('20 juni 2024', 'Nederland onderstreepte dat de steun aan Oekraïne onverminderd zal doorgaan.');
    expect(graph.stances.find((s) => s.actorId === NLD)).toMatchObject({ status: 'TAKEN', meetingId: 'meeting:2024-06-13-dmm' });
  });
});
