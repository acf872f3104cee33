import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateLetters, writeLetters } from '../../bench/generate-letters';
import { measureExtraction } from '../../bench/ingest';

// A smoke run of the ingest benchmark at a tiny size, so that it keeps working
// and the generator keeps writing letters the extraction rules read. The load
// comparison needs a Neo4j: tests/integration/bench-load.int.test.ts.
describe('ingest benchmark (smoke)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summitgraph-bench-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('generates the same letters from the same seed', () => {
    expect(generateLetters(5, 11)).toEqual(generateLetters(5, 11));
    expect(generateLetters(5, 11)).not.toEqual(generateLetters(5, 12));
  });

  it('measures extraction over 20 generated letters, each yielding a meeting, attendance, decision and stance', () => {
    const files = writeLetters(dir, 20, 7);
    expect(files).toHaveLength(20);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toMatch(/^Den Haag, \d{1,2} \p{L}+ \d{4}\n/u);
      expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    }

    const { measurement, letters } = measureExtraction(files, 'smoke');
    expect(measurement.failed).toBe(0);
    expect(letters).toHaveLength(20);
    for (const l of letters) {
      const yielded = { file: path.basename(l.file), meetingsAbout: l.meetingsAbout > 0, attendances: l.attendances > 0, decisions: l.decisions > 0, stances: l.stances > 0 };
      expect(yielded).toEqual({ file: path.basename(l.file), meetingsAbout: true, attendances: true, decisions: true, stances: true });
    }
    expect(measurement.claims).toBeGreaterThan(0);
    expect(measurement.lettersPerSecond).toBeGreaterThan(0);
    expect(measurement.megabytesPerSecond).toBeGreaterThan(0);
    expect(measurement.claimsPerSecond).toBeGreaterThan(0);
    expect(measurement.peakRssMb).toBeGreaterThan(0);
    expect(measurement.loadAverage).toHaveLength(3);
  });
});
