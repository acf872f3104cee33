import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { letterGraph } from '../../src/ingest/pipeline';
import type { LetterGraph } from '../../src/ingest/letter-graph';
import { NameIndex, loadReferenceData } from '../../src/reference';

const reference = loadReferenceData();
const names = new NameIndex(reference);

/**
 * Short letters written in a test, each with a heading of the seeds' form,
 * run through the pure pipeline. Call `cleanUp` after the tests.
 */
export function shortLetters() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-letters-'));
  let count = 0;
  const run = (text: string): LetterGraph => {
    const file = path.join(dir, `letter-${++count}.txt`);
    fs.writeFileSync(file, text);
    return letterGraph(file, names, reference);
  };
  return {
    /** A report on the defence ministers' meeting of 13-14 June 2024, dated `date`, with `body` as its text. */
    report: (date: string, body: string) =>
      run(
        `Den Haag, ${date}\n\nGeachte voorzitter,\n\nHierbij bied ik u het verslag aan van de bijeenkomst van de NAVO-ministers van Defensie op 13 en 14 juni 2024 in Brussel.\n\nDe minister van Defensie,\nR.P. Brekelmans\n\n\nVERSLAG\n\n${body}\n`,
      ),
    /** An annotated agenda for the Washington Summit of 9-11 July 2024, dated 28 June 2024, with `body` as its text. */
    agenda: (body: string) =>
      run(
        `Den Haag, 28 juni 2024\n\nGeachte voorzitter,\n\nHierbij bieden wij u de geannoteerde agenda aan voor de NAVO-Top die van 9 tot en met 11 juli 2024 in Washington plaatsvindt.\n\nDe minister van Buitenlandse Zaken,\nH.G.J. Bruins Slot\n\n\nGEANNOTEERDE AGENDA NAVO-TOP WASHINGTON 9-11 JULI 2024\n\n${body}\n`,
      ),
    /** A letter whose whole text is `text`. */
    letter: (text: string) => run(text),
    cleanUp: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
