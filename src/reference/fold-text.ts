/**
 * Folding: the one normal form in which names are compared, in reference data
 * and in letters alike. Folding lowercases, strips diacritics ("Oekraïne" ->
 * "oekraine"), unifies apostrophes, removes soft hyphens, and turns every run
 * of whitespace and hyphens into a single space, so that "NAVO-lidstaten",
 * "Zuid Korea" and "trans-\nAtlantische" compare as words.
 */

/** A folded text, with a map from every folded character back to the original. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** `starts[i]`: offset in the original text where folded character i begins. */
  readonly starts: ArrayLike<number>;
  /** `ends[i]`: offset in the original text just after folded character i. */
  readonly ends: ArrayLike<number>;
  /** `word[i]` is 1 where folded character i is part of a word (a letter or a digit), else 0. */
  readonly word: ArrayLike<number>;
}

const SPACE = 32;
const APOSTROPHE = 39;
const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02BC', '\u00B4']);
const HYPHENS = new Set(['\u2010', '\u2011']);
const SOFT_HYPHEN = '\u00AD';

// normalize() is slow next to a table look-up, and letters repeat the same
// few accented characters; fold each distinct one once.
const foldedCharCache = new Map<string, string>();

function foldNonAsciiChar(ch: string): string {
  const cached = foldedCharCache.get(ch);
  if (cached !== undefined) return cached;
  let folded: string;
  if (APOSTROPHES.has(ch)) folded = "'";
  else if (ch === SOFT_HYPHEN) folded = '';
  else if (HYPHENS.has(ch) || /\s/u.test(ch)) folded = ' ';
  else folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\p{M}/gu, '');
  foldedCharCache.set(ch, folded);
  return folded;
}

/** Folds `original` and keeps, for every folded character, where it came from. */
export function foldText(original: string): FoldedText {
  // Sentences are folded on every findMentions call, so this is the hot path.
  // For a short text, allocating four typed arrays (outside the heap) costs
  // more than folding it: plain arrays of small integers are used there.
  return original.length <= SHORT_TEXT ? foldShortText(original) : foldLongText(original);
}

const SHORT_TEXT = 1000;

/** foldText for a short text. */
function foldShortText(original: string): FoldedText {
  const length = original.length;
  // Filled arrays, so that they hold small integers only and grow only where folding lengthens the text.
  const capacity = length + 16;
  const codes: number[] = new Array<number>(capacity).fill(0);
  const starts: number[] = new Array<number>(capacity).fill(0);
  const ends: number[] = new Array<number>(capacity).fill(0);
  const word: number[] = new Array<number>(capacity).fill(0);
  let size = 0;
  const emit = (code: number, start: number, end: number): void => {
    if (code === SPACE && size > 0 && codes[size - 1] === SPACE) {
      // A run of separators folds to one space that spans the whole run.
      ends[size - 1] = end;
      return;
    }
    if (size === codes.length) {
      codes.push(0);
      starts.push(0);
      ends.push(0);
      word.push(0);
    }
    codes[size] = code;
    starts[size] = start;
    ends[size] = end;
    word[size] = code < 128 ? ASCII_WORD[code] : isWordCode(code) ? 1 : 0;
    size++;
  };

  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) emit(code + 32, i, i + 1);
      else if (code === 45 || code === SPACE || (code >= 9 && code <= 13)) emit(SPACE, i, i + 1);
      else if (code === 96) emit(APOSTROPHE, i, i + 1);
      else emit(code, i, i + 1);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const folded = foldNonAsciiChar(original.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i, i + width);
    i += width;
  }
  codes.length = size;
  starts.length = size;
  ends.length = size;
  word.length = size;
  let text = '';
  for (let k = 0; k < size; k += CHUNK) {
    text += String.fromCharCode.apply(null, size <= CHUNK ? codes : codes.slice(k, k + CHUNK));
  }
  return { text, starts, ends, word };
}

/** foldText for a long text: typed arrays, whose allocation is then small next to the folding. */
function foldLongText(original: string): FoldedText {
  const length = original.length;
  let capacity = length + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let word = new Uint8Array(capacity);
  let size = 0;
  const emit = (code: number, start: number, end: number): void => {
    if (code === SPACE && size > 0 && codes[size - 1] === SPACE) {
      // A run of separators folds to one space that spans the whole run.
      ends[size - 1] = end;
      return;
    }
    if (size === capacity) {
      capacity *= 2;
      codes = grow(codes, new Uint16Array(capacity));
      starts = grow(starts, new Int32Array(capacity));
      ends = grow(ends, new Int32Array(capacity));
      word = grow(word, new Uint8Array(capacity));
    }
    codes[size] = code;
    starts[size] = start;
    ends[size] = end;
    word[size] = code < 128 ? ASCII_WORD[code] : isWordCode(code) ? 1 : 0;
    size++;
  };

  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) emit(code + 32, i, i + 1);
      else if (code === 45 || code === SPACE || (code >= 9 && code <= 13)) emit(SPACE, i, i + 1);
      else if (code === 96) emit(APOSTROPHE, i, i + 1);
      else emit(code, i, i + 1);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const folded = foldNonAsciiChar(original.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i, i + width);
    i += width;
  }
  let text = '';
  for (let k = 0; k < size; k += CHUNK) {
    // apply() takes the typed array as it is; spreading it is many times slower.
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(size, k + CHUNK)) as unknown as number[]);
  }
  return { text, starts: starts.subarray(0, size), ends: ends.subarray(0, size), word: word.subarray(0, size) };
}

// Characters per String.fromCharCode call, well below the argument limit.
const CHUNK = 4096;

function grow<T extends Uint8Array | Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Folds a name or alias for comparison: `foldText` without the map, trimmed. */
export function foldName(name: string): string {
  return foldText(name).text.trim();
}

/** True if the character with this code is part of a word (a letter or a digit). */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // Letters repeat the same few characters beyond ASCII: each is tested once (0 unknown, 1 word, 2 not).
  let known = NON_ASCII_WORD[code];
  if (known === 0) NON_ASCII_WORD[code] = known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const NON_ASCII_WORD = new Uint8Array(0x10000);

const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0,
);

/** A lowercase ASCII slug of a name: "The Hague" -> "the-hague". */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
