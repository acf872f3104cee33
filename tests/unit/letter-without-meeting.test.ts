import { extractLetter, NothingFoundError } from '../../src/ingest/extract';
import type { RawLetter } from '../../src/ingest/read';
import { NameIndex, loadReferenceData } from '../../src/reference';

const reference = loadReferenceData();
const names = new NameIndex(reference);

function letter(fileName: string, text: string): RawLetter {
  return { path: `letters/${fileName}`, fileName, text, sha256: '0'.repeat(64), encoding: 'utf-8' };
}

// A letter is rejected only when nothing in it is about NATO; one about NATO policy that names no meeting is kept, its claims without a meeting.
describe('a letter that names no NATO meeting', () => {
  it('is kept when it speaks of NATO, with its claims placed at no meeting', () => {
    const graph = extractLetter(
      letter(
        'cyber.txt',
        'Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de Nederlandse inzet in de NAVO op het gebied van cyberverdediging.\n\n' +
          'Het kabinet verwelkomt dat bondgenoten hun cyberverdediging versterken. Nederland steunt de verdere ontwikkeling van de cyberdoctrine van de NAVO.\n\nDe minister van Defensie,\n',
      ),
      names,
      reference,
    );
    expect(graph.meetings).toEqual([]);
    expect(graph.stances.length).toBeGreaterThan(0);
    expect(graph.stances.every((s) => s.meetingId === null)).toBe(true);
    expect(graph.stances.some((s) => s.topics.includes('topic:cyber-defence'))).toBe(true);
  });

  it('is rejected, naming the file, when nothing in it is about NATO', () => {
    const unrelated = letter('begroting.txt', 'Geachte voorzitter,\n\nHierbij bied ik u het jaarverslag van de rijksbegroting aan.\n');
    expect(() => extractLetter(unrelated, names, reference)).toThrow(NothingFoundError);
    expect(() => extractLetter(unrelated, names, reference)).toThrow(/letters\/begroting\.txt: nothing NATO-related/);
  });
});
