import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeLetter, LetterError, MAX_LETTER_BYTES, readLetter } from './read';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function rejection(run: () => unknown): LetterError {
  try {
    run();
  } catch (error) {
    if (error instanceof LetterError) return error;
    throw error;
  }
  throw new Error('expected a LetterError');
}

describe('decodeLetter', () => {
  it('decodes UTF-8 and hashes the bytes', () => {
    const bytes = utf8('Geachte voorzitter,\nOekraïne en Georgië – «genodigde»\n');
    const letter = decodeLetter(bytes, '/letters/brief.txt');
    expect(letter).toEqual({
      path: '/letters/brief.txt',
      fileName: 'brief.txt',
      text: 'Geachte voorzitter,\nOekraïne en Georgië – «genodigde»\n',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 byte-order mark and says it was there', () => {
    const letter = decodeLetter(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('# Verslag')]), 'brief.md');
    expect(letter.text).toBe('# Verslag');
    expect(letter.encoding).toBe('utf-8-bom');
  });

  it('detects Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Oekraïne – België’s" in Windows-1252: ï = EF, – = 96, ë = EB, ’ = 92.
    const bytes = Uint8Array.from([...utf8('Oekra'), 0xef, ...utf8('ne '), 0x96, ...utf8(' Belgi'), 0xeb, 0x92, ...utf8('s')]);
    const letter = decodeLetter(bytes, 'brief.TXT');
    expect(letter.text).toBe('Oekraïne – België’s');
    expect(letter.encoding).toBe('windows-1252');
  });

  it('decodes all of Windows-1252 0x80-0x9F by the WHATWG table, not as Latin-1', () => {
    const specials = [0x80, 0x84, 0x85, 0x91, 0x93, 0x94, 0x97, 0x99, 0x9f, 0xe9];
    const bytes = Uint8Array.from(specials.flatMap((byte) => [0x61, byte]));
    expect(decodeLetter(bytes, 'tekens.txt').text).toBe('a€a„a…a‘a“a”a—a™aŸaé');
  });

  it('rejects an empty file and a whitespace-only file', () => {
    expect(rejection(() => decodeLetter(new Uint8Array(0), 'leeg.txt'))).toMatchObject({ reason: 'empty', path: 'leeg.txt' });
    const blank = rejection(() => decodeLetter(utf8(' \n\t\r\n  '), 'blank.md'));
    expect(blank.reason).toBe('empty');
    expect(blank.message).toMatch(/^blank\.md: /);
  });

  it('rejects binary files: NUL bytes, or mostly control characters', () => {
    expect(rejection(() => decodeLetter(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'scan.txt')).reason).toBe('binary');
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41));
    const error = rejection(() => decodeLetter(controls, 'raar.txt'));
    expect(error.reason).toBe('binary');
    expect(error.message).toContain('raar.txt');
  });

  it('accepts form feeds, which pdftotext writes between pages', () => {
    expect(decodeLetter(utf8('pagina een\fpagina twee'), 'pdf.txt').text).toBe('pagina een\fpagina twee');
  });

  it('rejects encodings it cannot recognize', () => {
    expect(rejection(() => decodeLetter(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'utf16.txt')).reason).toBe('unknown-encoding');
    // 0x81 means nothing in Windows-1252 and is not valid UTF-8.
    expect(rejection(() => decodeLetter(Uint8Array.from([0x41, 0x81, 0x42]), 'x.txt')).reason).toBe('unknown-encoding');
    // Cyrillic in Windows-1251: valid as neither UTF-8 nor plausible Windows-1252.
    const cyrillic = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0]);
    expect(rejection(() => decodeLetter(cyrillic, 'ru.txt')).reason).toBe('unknown-encoding');
    // A BOM followed by invalid UTF-8.
    expect(rejection(() => decodeLetter(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]), 'bom.txt')).reason).toBe('unknown-encoding');
  });

  it.each([
    ['little-endian', (c: number) => [c, 0]],
    ['big-endian', (c: number) => [0, c]],
  ])('names UTF-16 (%s) without a byte-order mark as such, not as binary', (order, unit) => {
    const text = 'Geachte voorzitter, hierbij ontvangt u het verslag van de NAVO-top.\n';
    const bytes = Uint8Array.from([...text].flatMap((c) => unit(c.charCodeAt(0))));
    const error = rejection(() => decodeLetter(bytes, 'brief.txt'));
    expect(error.reason).toBe('unknown-encoding');
    expect(error.message).toBe(`brief.txt: is in UTF-16 (${order}) without a byte-order mark, which is not supported; save it as UTF-8`);
  });

  it('rejects unsupported extensions', () => {
    const error = rejection(() => decodeLetter(utf8('tekst'), 'brief.pdf'));
    expect(error.reason).toBe('unsupported-extension');
    expect(error.message).toBe('brief.pdf: has extension ".pdf"; letters must be .txt or .md files');
    expect(rejection(() => decodeLetter(utf8('tekst'), 'README')).reason).toBe('unsupported-extension');
  });

  it('rejects more than 5 MB', () => {
    expect(rejection(() => decodeLetter(new Uint8Array(MAX_LETTER_BYTES + 1).fill(0x61), 'groot.txt')).reason).toBe('too-large');
    expect(decodeLetter(new Uint8Array(MAX_LETTER_BYTES).fill(0x61), 'net.txt').text).toHaveLength(MAX_LETTER_BYTES);
  });
});

describe('readLetter', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'summitgraph-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a seed letter from disk', () => {
    const seed = path.resolve(__dirname, '../../seeds/003_cd6cc0e004d35c7e.txt');
    const letter = readLetter(seed);
    expect(letter.fileName).toBe('003_cd6cc0e004d35c7e.txt');
    expect(letter.encoding).toBe('utf-8');
    expect(letter.text).toContain('Den Haag, 30 juni 2023');
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a file over 5 MB without decoding it', () => {
    const file = path.join(dir, 'groot.txt');
    writeFileSync(file, Buffer.alloc(MAX_LETTER_BYTES + 10, 0x61));
    const error = rejection(() => readLetter(file));
    expect(error).toMatchObject({ reason: 'too-large', path: file });
    expect(error.message).toContain('5 MB');
  });

  it('reports a missing file and a directory as unreadable', () => {
    expect(rejection(() => readLetter(path.join(dir, 'weg.txt'))).reason).toBe('unreadable');
    expect(rejection(() => readLetter(path.join(dir, 'weg.txt'))).message).toBe(`${path.join(dir, 'weg.txt')}: does not exist`);
    const folder = path.join(dir, 'map.md');
    mkdirSync(folder);
    expect(rejection(() => readLetter(folder)).message).toBe(`${folder}: is not a file`);
  });

  it('says a missing path without an extension does not exist, rather than blaming its extension', () => {
    const missing = path.join(dir, 'brieven-2024');
    const error = rejection(() => readLetter(missing));
    expect(error.reason).toBe('unreadable');
    expect(error.message).toBe(`${missing}: does not exist`);
    // An existing file without an extension is still refused for that.
    const file = path.join(dir, 'README');
    writeFileSync(file, 'tekst');
    expect(rejection(() => readLetter(file)).reason).toBe('unsupported-extension');
  });

  it('reads an empty file as an error naming it', () => {
    const file = path.join(dir, 'leeg.md');
    writeFileSync(file, '');
    expect(rejection(() => readLetter(file)).message).toBe(`${file}: is empty`);
  });
});
