/**
 * Stage 1 of the ingest pipeline: a letter file to its text.
 *
 * A letter is a `.txt` or `.md` file of at most 5 MB in UTF-8 (with or
 * without a byte-order mark) or Windows-1252. Anything else is rejected with a
 * {@link LetterError} that names the file and the reason, so the command line
 * can report it and go on with the other letters.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type LetterEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** A letter as read from disk, before any interpretation of its text. */
export interface RawLetter {
  path: string;
  fileName: string;
  /** The decoded text, byte-order mark removed; every later offset counts JavaScript string indexes into it. */
  text: string;
  /** Hex SHA-256 of the file's bytes: a changed letter is recognized by it. */
  sha256: string;
  encoding: LetterEncoding;
}

export type LetterErrorReason =
  | 'unsupported-extension'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'unknown-encoding';

/** Why a file cannot be read as a letter. The message names the path and says what is wrong. */
export class LetterError extends Error {
  override readonly name = 'LetterError';

  constructor(
    readonly path: string,
    readonly reason: LetterErrorReason,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

/** Largest letter accepted, in bytes. */
export const MAX_LETTER_BYTES = 5 * 1024 * 1024;

const EXTENSIONS = new Set(['.txt', '.md']);
// Above this share of control characters a file is not text.
const MAX_CONTROL_SHARE = 0.05;
// Byte values Windows-1252 leaves undefined: their presence means the file is in some other encoding.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// In Windows-1252 Dutch, bytes above 0x7F are single accented letters or
// punctuation between ASCII letters (é, ë, ’, –). Runs of three or more are
// words of another script (Cyrillic, Greek, CJK) in some other encoding.
const HIGH_RUN = 3;
const MAX_HIGH_IN_RUNS_SHARE = 0.5;

/**
 * Reads the file at `filePath` as a letter.
 *
 * Promises a {@link RawLetter} for a `.txt` or `.md` file of at most 5 MB that
 * holds non-blank text in UTF-8, UTF-8 with a BOM, or Windows-1252 (detected
 * when the bytes are not valid UTF-8 and read like Dutch text in it). Throws a {@link LetterError} otherwise.
 */
export function readLetter(filePath: string): RawLetter {
  let size: number;
  let isFile: boolean;
  try {
    const stat = statSync(filePath);
    size = stat.size;
    isFile = stat.isFile();
  } catch (error) {
    throw unreadable(filePath, error);
  }
  checkExtension(filePath);
  if (!isFile) throw new LetterError(filePath, 'unreadable', 'is not a file');
  // Checked before reading, so a huge file is never loaded into memory.
  if (size > MAX_LETTER_BYTES) throw tooLarge(filePath, size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    throw unreadable(filePath, error);
  }
  return decodeLetter(bytes, filePath);
}

/**
 * The pure core of {@link readLetter}: decodes the bytes of the letter at
 * `filePath` (used for the extension, the file name and messages only).
 * Same promises and errors as {@link readLetter}.
 */
export function decodeLetter(bytes: Uint8Array, filePath: string): RawLetter {
  checkExtension(filePath);
  if (bytes.length > MAX_LETTER_BYTES) throw tooLarge(filePath, bytes.length);
  if (bytes.length === 0) throw new LetterError(filePath, 'empty', 'is empty');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new LetterError(filePath, 'unknown-encoding', 'is in UTF-16, which is not supported; save it as UTF-8');
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) throw new LetterError(filePath, 'unknown-encoding', `is in UTF-16 (${utf16}) without a byte-order mark, which is not supported; save it as UTF-8`);
  if (bytes.includes(0)) throw new LetterError(filePath, 'binary', 'is a binary file (it contains NUL bytes), not a text letter');

  const { text, encoding } = decode(bytes, filePath);
  if (text.trim() === '') throw new LetterError(filePath, 'empty', 'holds only whitespace');
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    throw new LetterError(filePath, 'binary', `is a binary file (${Math.round(share * 100)}% control characters), not a text letter`);
  }
  return {
    path: filePath,
    fileName: path.basename(filePath),
    text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding,
  };
}

// One decoder for every letter: a fatal decoder keeps no state between whole (non-streaming) calls.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(bytes: Uint8Array, filePath: string): { text: string; encoding: LetterEncoding } {
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  try {
    // ignoreBOM keeps the BOM in the output, so it is stripped here exactly once.
    const text = UTF8.decode(bytes);
    return bom ? { text: text.slice(1), encoding: 'utf-8-bom' } : { text, encoding: 'utf-8' };
  } catch {
    if (bom) throw new LetterError(filePath, 'unknown-encoding', 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
  }
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const byte = i < bytes.length ? bytes[i] : 0;
    if (UNDEFINED_IN_1252.has(byte)) {
      throw new LetterError(filePath, 'unknown-encoding', `is neither UTF-8 nor Windows-1252 (byte 0x${byte.toString(16)} has no meaning in Windows-1252)`);
    }
    if (byte >= 0x80) {
      high++;
      run++;
    } else {
      if (run >= HIGH_RUN) inRuns += run;
      run = 0;
    }
  }
  if (inRuns > high * MAX_HIGH_IN_RUNS_SHARE) {
    throw new LetterError(filePath, 'unknown-encoding', 'is in an encoding that cannot be recognized (not UTF-8, and not Dutch text in Windows-1252)');
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// Windows-1252 is Latin-1 except for 0x80-0x9F (WHATWG Encoding Standard,
// index-windows-1252). Decoded by hand because Node 20.18.3 and later decode
// the 'windows-1252' label as Latin-1 (nodejs/node#60888, #56542).
const WINDOWS_1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    codes[i] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F[byte - 0x80] : byte;
  }
  let text = '';
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed (a page break in pdftotext output) and carriage return are text.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return control / text.length;
}

// UTF-16 text in a Latin script has a NUL as every other byte: the high byte of each character.
const UTF16_SAMPLE_UNITS = 4096;
const UTF16_MIN_NUL_SHARE = 0.5;
const UTF16_MAX_OTHER_NUL_SHARE = 0.05;

/** Which UTF-16 the bytes are in when they have no byte-order mark, told by where their NUL bytes fall; null if they are not. */
function utf16WithoutBom(bytes: Uint8Array): 'little-endian' | 'big-endian' | null {
  const units = Math.min(Math.floor(bytes.length / 2), UTF16_SAMPLE_UNITS);
  if (units < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= units * UTF16_MIN_NUL_SHARE && evenNul <= units * UTF16_MAX_OTHER_NUL_SHARE) return 'little-endian';
  if (evenNul >= units * UTF16_MIN_NUL_SHARE && oddNul <= units * UTF16_MAX_OTHER_NUL_SHARE) return 'big-endian';
  return null;
}

function unreadable(filePath: string, error: unknown): LetterError {
  const code = (error as NodeJS.ErrnoException).code;
  return new LetterError(filePath, 'unreadable', code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
}

function checkExtension(filePath: string): void {
  const extension = path.extname(filePath).toLowerCase();
  if (!EXTENSIONS.has(extension)) {
    throw new LetterError(filePath, 'unsupported-extension', `has extension "${extension || '(none)'}"; letters must be .txt or .md files`);
  }
}

function tooLarge(filePath: string, size: number): LetterError {
  return new LetterError(filePath, 'too-large', `is ${(size / 1024 / 1024).toFixed(1)} MB; letters may be at most ${MAX_LETTER_BYTES / 1024 / 1024} MB`);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
