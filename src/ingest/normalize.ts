/**
 * Stage 2 of the ingest pipeline: a letter's text, as read, to running text
 * that the later stages can read sentence by sentence, with a map from every
 * character back to the original.
 *
 * The letters come as plain text with hard line breaks, as Markdown converted
 * from PDF, and as PDF text with hyphenation, page headers and footnotes. This
 * stage folds all of that away:
 *
 * - Paragraphs are separated by "\n\n". A heading or list item starts on its
 *   own line ("\n") even where no blank line precedes it.
 * - A line break inside a paragraph becomes one space; runs of whitespace
 *   become one space.
 * - Words hyphenated across a line break are joined ("geanno-/teerde"), and
 *   real hyphens are kept ("NAVO-/Top", "informatie-/uitwisseling"). Where
 *   neither the letters around the hyphen nor the letter's own spelling of
 *   the word tell, the letter's habit does: a hard-wrapped letter that shows
 *   no hyphenation elsewhere keeps its line-end hyphens.
 * - Page headers and footers are dropped, and a sentence split by a page
 *   break is joined again.
 * - Footnote bodies are taken out of the running text and put, each as its own
 *   paragraph, after the paragraph they interrupted; their markers ("<sup>1</sup>",
 *   or a digit glued to a word, "Defensie1") are removed and remembered.
 * - Markdown and HTML markup is removed; the letter's own words, quotes and
 *   punctuation are kept as they are.
 */

/** A letter's text after {@link normalize}, with the way back to the original. */
export interface NormalizedText {
  original: string;
  text: string;
  /**
   * `toOriginal[i]` is the offset in `original` of `text[i]`; the last entry
   * (index `text.length`) is `original.length`. A character that stands for a
   * line break maps to that line break (or other whitespace); a character that
   * stands for an HTML entity maps to its "&".
   */
  toOriginal: Int32Array;
  /** Markdown headings ("## Introductie"): where their text stands in `text`, and their level. */
  headings: MarkdownHeading[];
  /** Footnote bodies, each a paragraph of its own in `text`. */
  footnotes: Footnote[];
}

export interface MarkdownHeading {
  start: number;
  end: number;
  level: number;
}

export interface Footnote {
  /** The footnote's number (or symbol) as the letter gives it. */
  label: string;
  /** The body's span in the normalized text, label not included. */
  start: number;
  end: number;
  /** Where the marker stood in the normalized text (the offset just after the word it followed), if it was found. */
  anchor: number | null;
  /** Where the marker stands in the original, if it was found. */
  markerOffset: number | null;
}

/**
 * Folds `original` into running text (see the module comment for the rules).
 *
 * Promises: `text` has no leading or trailing whitespace, no "\n" next to a
 * space, no double spaces and no more than two "\n" in a row; every character
 * of `text` maps to the original character it was read from (or, for inserted
 * spaces and line breaks, to original whitespace). Within a paragraph the map
 * increases; a footnote paragraph maps back to where the footnote stood.
 */
export function normalize(original: string): NormalizedText {
  return new Normalizer(original).run();
}

/**
 * Maps the normalized span [start, end) back to the original: `start` is the
 * original offset of the span's first character and `end` the offset just after
 * its last original character (an HTML entity counts whole). An empty span
 * maps to an empty span. Throws a RangeError for a span outside the text.
 */
export function originalSpan(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= nt.text.length)) {
    throw new RangeError(`span [${start}, ${end}) is not within the normalized text of length ${nt.text.length}`);
  }
  if (start === end) return { start: nt.toOriginal[start], end: nt.toOriginal[start] };
  // A span may hold a footnote moved after its paragraph, so take the extremes rather than the ends.
  let from = Number.MAX_SAFE_INTEGER;
  let to = -1;
  for (let i = start; i < end; i++) {
    const offset = nt.toOriginal[i];
    if (offset < from) from = offset;
    const after = offset + sourceLength(nt.original, offset);
    if (after > to) to = after;
  }
  return { start: from, end: to };
}

/** How many original characters one normalized character at `offset` was read from. */
function sourceLength(original: string, offset: number): number {
  if (original.charCodeAt(offset) !== AMP) return 1;
  ENTITY.lastIndex = offset;
  const match = ENTITY.exec(original);
  return match && decodeEntity(match) !== null ? match[0].length : 1;
}

// ---------------------------------------------------------------------------
// Patterns

const AMP = 0x26;

/** Page headers and footers of Kamerstukken and ministry letters, matched against a trimmed line. */
const FURNITURE: RegExp[] = [
  /^kst-\d+(?:-[\dA-Z]+)+$/i,
  /^ISSN\s*\d{4}\s*[-–]\s*\d{3}[\dX]$/i,
  /^[’']s-Gravenhage\s+\d{4}\b.*\b(?:Tweede|Eerste) Kamer\b/,
  // Running header with the page number at the end: "Tweede Kamer, vergaderjaar 2022–2023, 28 676, nr. 439 2".
  /^(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[-–]\s*\d{4}\b.*\s\d{1,3}$/,
  // The masthead, "Tweede Kamer der Staten-Generaal" followed by the chamber's number.
  /^(?:Tweede|Eerste) Kamer der Staten-Generaal\s+\d{1,3}$/,
  /^(?:pagina|blz\.?|page)\s+\d{1,3}(?:\s*(?:van|of|\/)\s*\d{1,3})?$/i,
  /^\d{1,3}\s*(?:\/|van)\s*\d{1,3}$/,
];
/** A line of three or more bracketed menu items and nothing else. */
const MENU_LINE = /^(?:\[[^\]\n]{1,40}\]\s*){3,}$/;
const HAS_DIGIT = /\d/;
/** A line that is only a number is a page number when a blank line is next to it. */
const LONE_NUMBER = /^\d{1,3}$/;
const BLANK = /^[\s\u200b-\u200d\u2060\u00ad]*$/;
const HORIZONTAL_RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const MD_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const MD_CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
/** A Markdown footnote definition: "<sup>1</sup> Raadpleegbaar via ..." or "[^1]: ...". */
const MD_FOOTNOTE_DEF = /^[ \t]*(?:<sup>\s*([^<\s]{1,4})\s*<\/sup>|\[\^([^\]\s]{1,10})\]:)[ \t]*/i;
/** A footnote in PDF text: its number, then its text starting with a capital, on a line of its own. */
const PLAIN_FOOTNOTE = /^[ \t]?(\d{1,2})[ \t]+(?=[\p{Lu}"“‘'(\[])/u;

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', euro: '€',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', shy: '',
};
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]+|mailto:[^\s<>]+)>/y;
const SUP = /<sup>([^<]*(?:<(?!\/sup>)[^<]*)*)<\/sup>/iy;
/** The content of a <sup> that is a footnote marker rather than text (as in "1<sup>e</sup>"). */
const SUP_MARKER = /^\s*(?:\d{1,3}|[*†‡§])\s*$/;
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/y;
const HTML_COMMENT = /<!--.*?-->/y;
const MD_LINK = /!?\[([^[\]]*)\]\(\s*(?:<[^<>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/y;
const MD_FOOTNOTE_REF = /\[\^([^\]\s]{1,10})\](?!:)/y;
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}\\_])(_{1,2})(?![\s_])(.+?)(?<![\s_\\])\1(?![\p{L}\p{N}_])/gu;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

const BULLET = /^[-–—•·▪◦‣●○■□*+](?=\s)/;
const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-z][.)]|\([a-z]\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\s+\S/;
const SESSION = /^(?:werk)?sessie\s+\d+\b\s*[:.–-]/i;
const CLOSERS = /[)\]”’"'»*]+$/;
const SENTENCE_END = /[.!?:;]$/;
const STARTS_LOWER = /^[‘“"'«(]?\p{Ll}/u;
const STARTS_UPPER_OR_DIGIT = /^[‘“"'«(]?[\p{Lu}\d]/u;
const STARTS_STRICT_UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const URL_TAIL = /(?:https?:\/\/|www\.)\S*\/$/;
/** Words a hyphen at a line end is followed by when it belongs to a suspended compound ("cyber- en hybride"). */
const COORDINATION = /^(?:en|of|tot|noch)(?!\p{L})/u;
/** Vowel pairs that Dutch separates with a hyphen in compounds (klinkerbotsing); no hyphenation splits them. */
const VOWEL_CLASHES = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'ij', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);
/** Prefixes Dutch always writes with a hyphen. */
const HYPHEN_PREFIXES = new Set(['non', 'niet', 'ex', 'oud']);

/** A heading candidate line is at most this long. */
const HEADING_MAX = 80;
/** In text that is not hard-wrapped, a line this long is a paragraph written on one line. */
const ONE_LINE_PARAGRAPH = 100;
/** A text is hard-wrapped when it has at least this many line breaks inside paragraphs. */
const MIN_WRAPPED_LINES = 8;
/** A line break is deliberate when the next word would have fitted in this share of the text's line width. */
const DELIBERATE_BREAK_SHARE = 0.7;

// ---------------------------------------------------------------------------
// Lines

const enum Kind {
  Blank,
  Furniture,
  Text,
}

interface RawLine {
  start: number;
  end: number;
  /** Offset of the line terminator (original.length for the last line). */
  term: number;
}

/**
 * Text read from the original: a verbatim run (its character i stands at
 * `source + i`), or inserted text that stands for the original at `source`
 * (a decoded entity; a space or line break where the original breaks a line).
 */
interface Piece {
  text: string;
  source: number;
  verbatim: boolean;
}

/** Builds text out of pieces of the original, keeping the way back to it. */
class TextBuilder {
  readonly pieces: Piece[] = [];
  length = 0;
  private runStart = -1;
  private runEnd = -1;

  constructor(private readonly original: string) {}

  /** Appends the original character at `offset` as it is. */
  take(offset: number): void {
    if (this.runEnd !== offset) {
      this.flush();
      this.runStart = offset;
    }
    this.runEnd = offset + 1;
    this.length++;
  }

  /** Appends `text` standing for the original at `offset`. */
  insert(text: string, offset: number): void {
    this.flush();
    this.pieces.push({ text, source: offset, verbatim: false });
    this.length += text.length;
  }

  /** Appends one space for the whitespace at `offset`, unless the text is empty or already ends in a space. */
  space(offset: number): void {
    if (this.length === 0 || this.last() === ' ') return;
    if (this.original.charCodeAt(offset) === 0x20) this.take(offset);
    else this.insert(' ', offset);
  }

  append(pieces: Piece[]): void {
    this.flush();
    for (const piece of pieces) {
      this.pieces.push(piece);
      this.length += piece.text.length;
    }
  }

  last(): string {
    if (this.runStart >= 0) return this.original[this.runEnd - 1];
    const piece = this.pieces[this.pieces.length - 1];
    return piece ? piece.text[piece.text.length - 1] : '';
  }

  dropLast(): void {
    this.flush();
    const piece = this.pieces.pop();
    if (!piece) return;
    if (piece.text.length > 1) this.pieces.push({ ...piece, text: piece.text.slice(0, -1) });
    this.length--;
  }

  text(): string {
    this.flush();
    return this.pieces.length === 1 ? this.pieces[0].text : this.pieces.map((piece) => piece.text).join('');
  }

  private flush(): void {
    if (this.runStart < 0) return;
    this.pieces.push({ text: this.original.slice(this.runStart, this.runEnd), source: this.runStart, verbatim: true });
    this.runStart = -1;
    this.runEnd = -1;
  }
}

/** A line's content after inline markup is removed. */
interface LineText {
  pieces: Piece[];
  text: string;
  /** Footnote markers removed from the line: the footnote and the position in `text` it stood at. */
  anchors: Array<{ footnote: FootnoteBuild; at: number }>;
  leadingSpace: boolean;
  trailingSpace: boolean;
  softHyphen: boolean;
  mdLevel: number;
}

interface MainLine extends LineText {
  index: number;
  allCaps: boolean;
  capsHeading: boolean;
  bullet: boolean;
  numbered: boolean;
  session: boolean;
}

interface FootnoteBuild {
  label: string;
  markdown: boolean;
  lines: number[];
  /** Where the first line's content starts (after the label). */
  contentStart: number;
  markerOffset: number | null;
  anchor: number | null;
}

interface Gap {
  blank: boolean;
  page: boolean;
  footnotes: FootnoteBuild[];
}

type Separator = 'join' | 'line' | 'paragraph';
type HyphenJoin = 'drop' | 'keep' | 'keep-space';

class Normalizer {
  private readonly lines: RawLine[];
  private readonly kinds: Kind[];
  private readonly footnoteOf: Int32Array;
  private readonly footnotes: FootnoteBuild[] = [];
  private readonly markers = new Map<number, { length: number; footnote: FootnoteBuild }>();
  private readonly claimedMarkers = new Set<number>();
  private lowered: string | null = null;
  private hardWrapped = false;
  private lineWidth = 0;
  private softHyphenation = true;

  // Output
  private readonly out: TextBuilder;
  /** How many line breaks the output ends with. */
  private trailingNewlines = 0;
  private readonly headings: MarkdownHeading[] = [];
  private readonly footnoteSpans = new Map<FootnoteBuild, { start: number; end: number }>();

  constructor(private readonly original: string) {
    this.lines = splitLines(original);
    this.out = new TextBuilder(original);
    this.kinds = this.lines.map((line) => this.classify(line));
    for (let i = 0; i < this.lines.length; i++) {
      if (this.kinds[i] === Kind.Text && LONE_NUMBER.test(this.slice(i).trim()) && (this.kinds[i - 1] === Kind.Blank || this.kinds[i + 1] === Kind.Blank)) {
        this.kinds[i] = Kind.Furniture;
      }
    }
    this.footnoteOf = new Int32Array(this.lines.length).fill(-1);
  }

  run(): NormalizedText {
    this.findFootnotes();
    const main: MainLine[] = [];
    const gaps: Gap[] = [];
    let gap: Gap = { blank: false, page: false, footnotes: [] };
    for (let i = 0; i < this.lines.length; i++) {
      const footnote = this.footnoteOf[i];
      if (footnote >= 0) {
        const build = this.footnotes[footnote];
        if (build.lines[0] === i) gap.footnotes.push(build);
        gap.page = true;
        continue;
      }
      if (this.kinds[i] === Kind.Furniture) gap.page = true;
      if (this.kinds[i] !== Kind.Text) {
        if (this.kinds[i] === Kind.Blank) gap.blank = true;
        if (this.original.charCodeAt(this.lines[i].term) === 0x0c) gap.page = true;
        continue;
      }
      const line = this.mainLine(i);
      if (line.text === '') {
        gap.blank = true;
        continue;
      }
      main.push(line);
      gaps.push(gap);
      gap = { blank: false, page: this.original.charCodeAt(this.lines[i].term) === 0x0c, footnotes: [] };
    }
    this.measureWrapping(main, gaps);
    this.assemble(main, gaps, gap.footnotes);
    return this.result();
  }

  // --- classification -------------------------------------------------------

  private slice(i: number): string {
    return this.original.slice(this.lines[i].start, this.lines[i].end);
  }

  private classify(line: RawLine): Kind {
    const raw = this.original.slice(line.start, line.end);
    if (BLANK.test(raw) || HORIZONTAL_RULE.test(raw)) return Kind.Blank;
    const trimmed = raw.trim();
    // A web page's menu copied with its text: "[overzicht] [activiteiten] [besluiten] ...".
    if (MENU_LINE.test(trimmed)) return Kind.Furniture;
    // Every other furniture pattern needs a digit; most lines of a letter have none.
    return HAS_DIGIT.test(trimmed) && FURNITURE.some((pattern) => pattern.test(trimmed)) ? Kind.Furniture : Kind.Text;
  }

  // --- footnotes ------------------------------------------------------------

  private findFootnotes(): void {
    // PDF text marks a new page by indenting its first line; where a letter does that, a
    // footnote may run on across a blank line until the indented line that resumes the text.
    const indentedPages = this.lines.some((_, i) => this.kinds[i] === Kind.Text && /^[ \t]\p{Ll}/u.test(this.slice(i)));
    let i = 0;
    while (i < this.lines.length) {
      const start = this.kinds[i] === Kind.Text ? this.footnoteStart(i) : null;
      if (!start) {
        i++;
        continue;
      }
      const index = this.footnotes.length;
      this.footnotes.push(start);
      if (start.markerOffset !== null) {
        this.markers.set(start.markerOffset, { length: start.label.length, footnote: start });
        this.claimedMarkers.add(start.markerOffset);
      }
      this.footnoteOf[i] = index;
      let last = i;
      for (let j = i + 1; j < this.lines.length; j++) {
        const kind = this.kinds[j];
        if (kind === Kind.Blank) continue;
        if (kind === Kind.Furniture || this.footnoteStart(j)) break;
        const raw = this.slice(j);
        if (/^\s/.test(raw)) break;
        if (j > last + 1) {
          const previous = this.slice(last).trim().replace(CLOSERS, '');
          if (start.markdown || !indentedPages || /[.!?]$/.test(previous) || !/^[\p{Ll}\d]/u.test(raw)) break;
        }
        start.lines.push(j);
        this.footnoteOf[j] = index;
        last = j;
      }
      i = last + 1;
    }
  }

  /** The footnote that starts at line i, if one does. */
  private footnoteStart(i: number): FootnoteBuild | null {
    const line = this.lines[i];
    const raw = this.slice(i);
    const md = MD_FOOTNOTE_DEF.exec(raw);
    if (md) {
      return { label: md[1] ?? md[2], markdown: true, lines: [i], contentStart: line.start + md[0].length, markerOffset: null, anchor: null };
    }
    const previousKind = this.kinds[i - 1];
    if (i === 0 || !(previousKind === Kind.Blank || previousKind === Kind.Furniture || this.footnoteOf[i - 1] >= 0)) return null;
    const plain = PLAIN_FOOTNOTE.exec(raw);
    if (!plain) return null;
    const label = plain[1];
    const marker = this.findMarker(label, line.start);
    if (marker === null) return null;
    return { label, markdown: false, lines: [i], contentStart: line.start + plain[0].length, markerOffset: marker, anchor: null };
  }

  /**
   * The offset of the marker of footnote `label` in the running text before
   * `before`: the last place where the number is glued to a word or to closing
   * punctuation ("Defensie1", "(AIV).2", "2021" + "1" as in "20211)").
   */
  private findMarker(label: string, before: number): number | null {
    const text = this.original;
    for (let p = text.lastIndexOf(label, before - 1); p > 0; p = text.lastIndexOf(label, p - 1)) {
      if (this.claimedMarkers.has(p) || !this.isMarkerAt(p, label.length)) continue;
      const line = lineAt(this.lines, p);
      if (this.kinds[line] === Kind.Text && this.footnoteOf[line] < 0) return p;
    }
    return null;
  }

  private isMarkerAt(p: number, length: number): boolean {
    const text = this.original;
    const after = text[p + length] ?? ' ';
    if (!/[\s.,;:)\]”’"'»]/.test(after)) return false;
    const before = text[p - 1];
    if (LETTER.test(before)) {
      let k = p - 1;
      while (k > 0 && LETTER.test(text[k - 1])) k--;
      const word = text.slice(k, p);
      // G7, CO2, F35: a short capitalized name with a number is not a marker.
      return !(word.length <= 3 && word === word.toUpperCase());
    }
    if (/[).,;:’”"'»%\]]/.test(before)) return !((before === '.' || before === ',') && /\d/.test(text[p - 2] ?? ''));
    if (/\d/.test(before)) return p >= 4 && /^(?:19|20)\d\d$/.test(text.slice(p - 4, p)) && !/\d/.test(text[p - 5] ?? '');
    return false;
  }

  // --- inline markup ----------------------------------------------------------

  private mainLine(i: number): MainLine {
    const line = this.scanLine(i, this.lines[i].start);
    const text = line.text;
    const allCaps = UPPER.test(text) && !LOWER.test(text);
    const capsWords = allCaps ? text.split(' ').filter((word) => LETTER.test(word)) : [];
    return Object.assign(line, {
      index: i,
      allCaps,
      capsHeading: capsWords.length >= 2 && capsWords.join('').length >= 8,
      bullet: BULLET.test(text),
      numbered: NUMBERED.test(text),
      session: SESSION.test(text),
    });
  }

  /** Reads line i from `from` (after any label) with its inline markup removed. */
  private scanLine(i: number, from: number): LineText {
    const { end } = this.lines[i];
    const raw = this.original.slice(from, end);
    let start = from;
    let stop = end;
    for (let quote = BLOCKQUOTE.exec(raw); quote; quote = BLOCKQUOTE.exec(this.original.slice(start, stop))) start += quote[0].length;
    let mdLevel = 0;
    const heading = MD_HEADING.exec(this.original.slice(start, stop));
    if (heading) {
      mdLevel = heading[1].length;
      start += heading[0].length;
      const closing = MD_CLOSING_HASHES.exec(this.original.slice(start, stop));
      if (closing) stop -= closing[0].length;
    }
    const underscores = new Set<number>();
    if (raw.includes('_')) {
      for (const match of this.original.slice(start, stop).matchAll(UNDERSCORE_EMPHASIS)) {
        const open = start + (match.index ?? 0);
        const close = open + match[0].length - match[1].length;
        for (let k = 0; k < match[1].length; k++) underscores.add(open + k).add(close + k);
      }
    }
    const out = new TextBuilder(this.original);
    const anchors: LineText['anchors'] = [];
    this.scanInline(start, stop, out, anchors, underscores, i);
    while (out.last() === ' ') out.dropLast();
    return {
      pieces: out.pieces,
      text: out.text(),
      anchors,
      leadingSpace: /^\s/.test(raw) && !BLANK.test(raw),
      trailingSpace: /\s$/.test(raw),
      softHyphen: /\u00ad\s*$/.test(raw),
      mdLevel,
    };
  }

  private scanInline(from: number, to: number, out: TextBuilder, anchors: LineText['anchors'], underscores: Set<number>, lineIndex: number): void {
    const text = this.original;
    const markers = this.markers.size > 0 ? this.markers : null;
    let k = from;
    while (k < to) {
      const code = text.charCodeAt(k);
      // Most characters are plain text: letters, digits, ordinary punctuation.
      if (isPlain(code)) {
        const marker = markers && code >= 0x30 && code <= 0x39 ? markers.get(k) : undefined;
        if (marker) {
          marker.footnote.markerOffset = k;
          anchors.push({ footnote: marker.footnote, at: out.length });
          k += marker.length;
        } else {
          out.take(k);
          k++;
        }
        continue;
      }
      if (code === 0x5c && k + 1 < to && ASCII_PUNCTUATION.test(text[k + 1])) {
        out.take(k + 1);
        k += 2;
        continue;
      }
      if (code === 0x3c) {
        const next = this.scanTag(k, to, out, anchors, underscores, lineIndex);
        if (next > k) {
          k = next;
          continue;
        }
      }
      if (code === 0x26) {
        ENTITY.lastIndex = k;
        const entity = ENTITY.exec(text);
        const decoded = entity && k + entity[0].length <= to ? decodeEntity(entity) : null;
        if (entity && decoded !== null) {
          if (decoded === ' ') out.space(k);
          else if (decoded !== '') out.insert(decoded, k);
          k += entity[0].length;
          continue;
        }
      }
      if (code === 0x5b || (code === 0x21 && text[k + 1] === '[')) {
        MD_FOOTNOTE_REF.lastIndex = k;
        const ref = code === 0x5b ? MD_FOOTNOTE_REF.exec(text) : null;
        if (ref && k + ref[0].length <= to) {
          this.anchorMarkdownFootnote(ref[1], k, lineIndex, anchors, out.length);
          k += ref[0].length;
          continue;
        }
        MD_LINK.lastIndex = k;
        const link = MD_LINK.exec(text);
        if (link && k + link[0].length <= to) {
          const textStart = k + (code === 0x21 ? 2 : 1);
          this.scanInline(textStart, textStart + link[1].length, out, anchors, underscores, lineIndex);
          k += link[0].length;
          continue;
        }
      }
      if (code === 0x2a) {
        let run = k;
        while (run < to && text.charCodeAt(run) === 0x2a) run++;
        // Emphasis delimiters touch a word; a lone asterisk between spaces (a bullet) is text.
        if ((k === from || isSpace(text.charCodeAt(k - 1))) && (run === to || isSpace(text.charCodeAt(run)))) {
          for (let j = k; j < run; j++) out.take(j);
        }
        k = run;
        continue;
      }
      if (code === 0x5f && underscores.has(k)) {
        k++;
        continue;
      }
      if (isSpace(code)) out.space(k);
      // Zero-width characters, soft hyphens and control characters carry no text.
      else if (!((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0x00ad || code < 0x20 || (code >= 0x7f && code <= 0x9f))) out.take(k);
      k++;
    }
  }

  /** Handles the markup starting with "<" at k; returns where reading goes on, or k if it is just a "<". */
  private scanTag(k: number, to: number, out: TextBuilder, anchors: LineText['anchors'], underscores: Set<number>, lineIndex: number): number {
    const text = this.original;
    const at = (pattern: RegExp): RegExpExecArray | null => {
      pattern.lastIndex = k;
      const match = pattern.exec(text);
      return match && k + match[0].length <= to ? match : null;
    };
    const autolink = at(AUTOLINK);
    if (autolink) {
      for (let j = 0; j < autolink[1].length; j++) out.take(k + 1 + j);
      return k + autolink[0].length;
    }
    const sup = at(SUP);
    if (sup) {
      const contentStart = k + sup[0].indexOf('>') + 1;
      if (SUP_MARKER.test(sup[1])) this.anchorMarkdownFootnote(sup[1].trim(), k, lineIndex, anchors, out.length);
      else this.scanInline(contentStart, contentStart + sup[1].length, out, anchors, underscores, lineIndex);
      return k + sup[0].length;
    }
    const comment = at(HTML_COMMENT);
    if (comment) return k + comment[0].length;
    const tag = at(HTML_TAG);
    if (tag) {
      if (tag[1].toLowerCase() === 'br') out.space(k);
      return k + tag[0].length;
    }
    return k;
  }

  /** Records a Markdown footnote marker found at `offset`: it belongs to the next footnote body with that label. */
  private anchorMarkdownFootnote(label: string, offset: number, lineIndex: number, anchors: LineText['anchors'], at: number): void {
    const footnote = this.footnotes.find((f) => f.label === label && f.lines[0] > lineIndex && f.markerOffset === null);
    if (!footnote) return;
    footnote.markerOffset = offset;
    anchors.push({ footnote, at });
  }

  // --- joining lines ----------------------------------------------------------

  /** Learns from the text whether it is hard-wrapped, how wide its lines are, and whether it hyphenates words. */
  private measureWrapping(main: MainLine[], gaps: Gap[]): void {
    const wrapped: number[] = [];
    for (let m = 1; m < main.length; m++) {
      if (isDirect(gaps[m])) wrapped.push(main[m - 1].text.length);
    }
    this.hardWrapped = wrapped.length >= MIN_WRAPPED_LINES;
    if (this.hardWrapped) {
      wrapped.sort((a, b) => a - b);
      this.lineWidth = wrapped[Math.floor(wrapped.length * 0.9)];
    }
    // Typeset letters hyphenate words at line ends; word-processor letters break lines
    // only at spaces, so a hyphen at a line end there is a real one. The letter's own
    // spelling of the words it breaks tells which it is.
    let joined = 0;
    let hyphenated = 0;
    let unknown = 0;
    for (let m = 1; m < main.length; m++) {
      const rule = this.hyphenRule(main[m - 1], main[m].text);
      if (rule === null || typeof rule === 'string') continue;
      const usage = this.hyphenByUsage(rule.left, rule.right);
      if (usage === 'drop') joined++;
      else if (usage === 'keep') hyphenated++;
      else unknown++;
    }
    this.softHyphenation = !this.hardWrapped || joined > hyphenated || unknown >= 3;
  }

  private assemble(main: MainLine[], gaps: Gap[], trailing: FootnoteBuild[]): void {
    let pending: FootnoteBuild[] = [];
    let previous: MainLine | null = null;
    let previousStartedBlock = true;
    let inList = false;
    for (let m = 0; m < main.length; m++) {
      const line = main[m];
      const gap = gaps[m];
      if (!previous) {
        this.emitFootnotes(gap.footnotes);
        if (gap.footnotes.length > 0) this.separate('paragraph', this.lines[line.index - 1].term);
        this.emitLine(line);
        inList = line.bullet || line.numbered;
        previous = line;
        continue;
      }
      const separator: Separator = isDirect(gap)
        ? this.directSeparator(previous, line, previousStartedBlock, inList)
        : this.continues(previous, line, gap.page, previousStartedBlock)
          ? 'join'
          : 'paragraph';
      if (separator === 'join') {
        pending.push(...gap.footnotes);
        this.join(previous, line);
      } else {
        const footnotes = [...pending, ...gap.footnotes];
        pending = [];
        this.emitFootnotes(footnotes);
        const viaFootnote = footnotes.length > 0;
        this.separate(viaFootnote ? 'paragraph' : separator, viaFootnote ? this.lines[line.index - 1].term : this.lines[previous.index].term);
        inList = line.bullet || line.numbered;
      }
      previousStartedBlock = separator !== 'join';
      this.emitLine(line);
      previous = line;
    }
    this.emitFootnotes([...pending, ...trailing]);
  }

  /** How a line follows the previous one when no blank line or page break lies between them. */
  private directSeparator(previous: MainLine, line: MainLine, previousStartedBlock: boolean, inList: boolean): Separator {
    if (previous.mdLevel > 0) return 'line';
    // A title in capitals wrapped over two lines: "... REGERINGSLEIDERS VAN / 14 JUNI 2021".
    if (line.allCaps && !line.mdLevel && !line.bullet && !line.numbered && endsInCapitals(previous.text)) return 'join';
    if (line.mdLevel > 0 || line.capsHeading || line.session) return 'line';
    const afterHeading = this.headingLike(previous, previousStartedBlock, line);
    if ((line.bullet || line.numbered) && (inList || afterHeading || endsSentence(previous.text))) return 'line';
    if (afterHeading && STARTS_STRICT_UPPER_OR_DIGIT.test(line.text)) return 'line';
    if (this.deliberateBreak(previous, line)) return 'line';
    return 'join';
  }

  /** Whether a paragraph goes on across blank lines or a page break (a sentence cut by the page). */
  private continues(previous: MainLine, line: MainLine, page: boolean, previousStartedBlock: boolean): boolean {
    if (this.headingLike(previous, previousStartedBlock, line)) return false;
    if (line.mdLevel > 0 || line.capsHeading || line.session || line.bullet || line.numbered) return false;
    if (endsSentence(previous.text)) return false;
    if (STARTS_LOWER.test(line.text)) return true;
    return page && /[\p{Ll}\d,-]$/u.test(previous.text) && STARTS_UPPER_OR_DIGIT.test(line.text);
  }

  /**
   * A heading, or a short line standing alone without final punctuation that
   * is likely one: in hard-wrapped text it must end well before the margin (or
   * it is just a paragraph's first line); elsewhere a paragraph written on one
   * line must follow it.
   */
  private headingLike(line: MainLine, startedBlock: boolean, next: MainLine): boolean {
    if (line.mdLevel > 0 || line.capsHeading || line.session) return true;
    if (!startedBlock || line.text.length > HEADING_MAX || /[.,;:!?\-–]$/.test(line.text.replace(CLOSERS, ''))) return false;
    return this.hardWrapped ? this.endsEarly(line, next) : next.text.length > ONE_LINE_PARAGRAPH;
  }

  /** In hard-wrapped text, a line that ends well before the margin while the next word would have fitted ends its block. */
  private deliberateBreak(previous: MainLine, line: MainLine): boolean {
    if (!this.hardWrapped || /[,\-–]$/.test(previous.text) || !STARTS_UPPER_OR_DIGIT.test(line.text)) return false;
    return this.endsEarly(previous, line);
  }

  private endsEarly(line: MainLine, next: MainLine): boolean {
    const nextWord = next.text.indexOf(' ');
    return line.text.length + 1 + (nextWord < 0 ? next.text.length : nextWord) <= this.lineWidth * DELIBERATE_BREAK_SHARE;
  }

  /** Appends to the output what joins `line` to `previous` in one paragraph: a space, a hyphen kept or dropped, or nothing. */
  private join(previous: LineText & { index: number }, line: { text: string }): void {
    const before = previous.text;
    const term = this.lines[previous.index].term;
    if (previous.softHyphen) return;
    if (before.endsWith('-')) {
      const hyphen = this.hyphenJoin(previous, line.text);
      if (hyphen === 'drop') this.out.dropLast();
      else if (hyphen === 'keep-space') this.out.insert(' ', term);
      return;
    }
    if (URL_TAIL.test(before) && !/^\s/.test(line.text)) return;
    this.out.insert(' ', term);
  }

  private hyphenJoin(previous: { text: string; trailingSpace: boolean }, next: string): HyphenJoin {
    const rule = this.hyphenRule(previous, next);
    if (rule === null) return 'keep';
    if (typeof rule === 'string') return rule;
    return this.hyphenByUsage(rule.left, rule.right) ?? (this.softHyphenation ? 'drop' : 'keep');
  }

  /**
   * How a hyphen at the end of `previous` joins the next line, as far as the
   * hyphen and the characters around it tell. Between two lower-case letters
   * it may be a word's hyphenation or a real hyphen: then the word's halves.
   * Null when `previous` does not end in a hyphen.
   */
  private hyphenRule(previous: { text: string; trailingSpace: boolean }, next: string): HyphenJoin | { left: string; right: string } | null {
    const text = previous.text;
    if (!text.endsWith('-')) return null;
    const before = text[text.length - 2] ?? ' ';
    if (before === ' ') {
      // "staatshoofden en -/regeringsleiders" keeps its hyphen on the word; otherwise the hyphen is a dash.
      return /(?:^|\s)(?:en|of)\s+-$/.test(text) ? 'keep' : 'keep-space';
    }
    if (previous.trailingSpace || COORDINATION.test(next)) return 'keep-space';
    const first = next[0] ?? '';
    if (!LETTER.test(before) || !LOWER.test(first) || UPPER.test(before)) return 'keep';
    if (VOWEL_CLASHES.has((before + first).toLowerCase())) return 'keep';
    const left = /\p{L}+(?=-$)/u.exec(text)?.[0].toLowerCase() ?? '';
    if (HYPHEN_PREFIXES.has(left)) return 'keep';
    return { left, right: /^\p{L}+/u.exec(next)?.[0].toLowerCase() ?? '' };
  }

  /** How the letter writes the word elsewhere: with the hyphen, joined, or (null) not at all. */
  private hyphenByUsage(left: string, right: string): 'keep' | 'drop' | null {
    if (this.hasWord(`${left}-${right}`)) return 'keep';
    if (this.hasWord(left + right)) return 'drop';
    return null;
  }

  /** Whether the letter has `word` (lower case) as a whole word elsewhere: how it writes a word tells how to join its halves. */
  private hasWord(word: string): boolean {
    this.lowered ??= this.original.toLowerCase();
    const text = this.lowered;
    for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
      if (!LETTER.test(text[p - 1] ?? '') && !LETTER.test(text[p + word.length] ?? '')) return true;
    }
    return false;
  }

  // --- output -----------------------------------------------------------------

  private separate(kind: 'line' | 'paragraph', offset: number): void {
    if (this.out.length === 0) return;
    for (const want = kind === 'line' ? 1 : 2; this.trailingNewlines < want; this.trailingNewlines++) this.out.insert('\n', offset);
  }

  private emitLine(line: LineText): void {
    const start = this.out.length;
    for (const { footnote, at } of line.anchors) footnote.anchor = start + at;
    this.out.append(line.pieces);
    this.trailingNewlines = 0;
    if (line.mdLevel > 0) this.headings.push({ start, end: this.out.length, level: line.mdLevel });
  }

  private emitFootnotes(footnotes: FootnoteBuild[]): void {
    for (const footnote of footnotes) {
      const body = footnote.lines
        .map((i, n) => ({ ...this.scanLine(i, n === 0 ? footnote.contentStart : this.lines[i].start), index: i }))
        .filter((part) => part.text !== '');
      if (body.length === 0) continue;
      this.separate('paragraph', this.lines[footnote.lines[0] - 1]?.term ?? this.lines[footnote.lines[0]].start);
      const start = this.out.length;
      body.forEach((part, n) => {
        if (n > 0) this.join(body[n - 1], part);
        this.emitLine({ ...part, mdLevel: 0 });
      });
      this.footnoteSpans.set(footnote, { start, end: this.out.length });
    }
  }

  private result(): NormalizedText {
    // Separators are never emitted at the very end, but a footnote-only tail can leave one.
    for (; this.trailingNewlines > 0; this.trailingNewlines--) this.out.dropLast();
    const text = this.out.text();
    const toOriginal = new Int32Array(text.length + 1);
    let at = 0;
    for (const piece of this.out.pieces) {
      for (let k = 0; k < piece.text.length; k++) toOriginal[at + k] = piece.verbatim ? piece.source + k : piece.source;
      at += piece.text.length;
    }
    toOriginal[text.length] = this.original.length;
    const footnotes: Footnote[] = [];
    for (const footnote of this.footnotes) {
      const span = this.footnoteSpans.get(footnote);
      if (span) footnotes.push({ label: footnote.label, ...span, anchor: footnote.anchor, markerOffset: footnote.markerOffset });
    }
    footnotes.sort((a, b) => a.start - b.start);
    return { original: this.original, text, toOriginal, headings: this.headings, footnotes };
  }
}

// ---------------------------------------------------------------------------
// Helpers

function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0x85 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i, term: i });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, term: text.length });
  return lines;
}

/** The index of the line holding offset p. */
function lineAt(lines: RawLine[], p: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= p) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A character with no markup meaning and no whitespace: ASCII letters, digits and most punctuation, and letters beyond ASCII. */
function isPlain(code: number): boolean {
  if (code < 0x80) {
    // Not: control characters, space, & * < [ \\ _ ! (which may start markup).
    return code > 0x20 && code !== 0x26 && code !== 0x2a && code !== 0x3c && code !== 0x5b && code !== 0x5c && code !== 0x5f && code !== 0x21 && code !== 0x7f;
  }
  return code > 0xa0 && code !== 0xad && !isSpace(code) && !(code >= 0x200b && code <= 0x200d) && code !== 0x2060 && code !== 0xfeff;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isDirect(gap: Gap): boolean {
  return !gap.blank && !gap.page && gap.footnotes.length === 0;
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(CLOSERS, ''));
}

function endsInCapitals(text: string): boolean {
  const words = text.split(' ').slice(-2);
  return words.length === 2 && words.every((word) => UPPER.test(word) && !LOWER.test(word));
}

function decodeEntity(entity: RegExpExecArray): string | null {
  if (entity[1] !== undefined || entity[2] !== undefined) {
    const code = entity[1] !== undefined ? Number.parseInt(entity[1], 10) : Number.parseInt(entity[2], 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED_ENTITIES[entity[3].toLowerCase()] ?? null;
}
