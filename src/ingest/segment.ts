/**
 * Stage 3 of the ingest pipeline: normalized text into sections (by
 * heading), passages (paragraphs, list items, footnotes) and sentences.
 *
 * It reads the blocks {@link normalize} separates with line breaks. All
 * offsets are in the normalized text unless named `original*`.
 */
import { originalSpan, type NormalizedText } from './normalize';

/** A heading and the text it governs: up to the next heading of the same or a higher level. */
export interface Section {
  /** The heading as it reads; null for the text before the first heading. */
  heading: string | null;
  /** 1 for a title, 2 for numbered and session headings, 3 for short headings; Markdown headings keep their own level; 0 for the text before the first heading. */
  level: number;
  start: number;
  end: number;
}

export type PassageKind = 'paragraph' | 'list-item' | 'footnote';

/** A paragraph, list item or footnote: the unit evidence is quoted from. Headings are not passages. */
export interface Passage {
  index: number;
  /** The nearest heading above the passage. */
  heading: string | null;
  /** The index in `sections` of the innermost section holding the passage. */
  section: number;
  kind: PassageKind;
  text: string;
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
}

export interface Sentence {
  passageIndex: number;
  text: string;
  start: number;
  end: number;
}

export interface Segmented {
  sections: Section[];
  passages: Passage[];
  sentences: Sentence[];
}

/**
 * Splits a normalized letter into sections, passages and sentences.
 *
 * Promises: every block of the text (a run between line breaks) is either a
 * heading (it opens a section) or exactly one passage; passages and sentences
 * are in text order, do not overlap, and `text` equals the normalized text at
 * their offsets; every sentence lies within its passage; sections nest (a
 * section ends where a heading of the same or a higher level begins).
 */
export function segment(nt: NormalizedText): Segmented {
  const blocks = splitBlocks(nt);
  const headingLevels = blocks.map((_, i) => headingLevel(blocks, i));

  const sections: Section[] = [];
  const firstHeading = headingLevels.findIndex((level) => level > 0);
  const preambleEnd = firstHeading < 0 ? nt.text.length : blocks[firstHeading].start;
  if (blocks.length > 0 && blocks[0].start < preambleEnd) sections.push({ heading: null, level: 0, start: 0, end: preambleEnd });
  blocks.forEach((block, i) => {
    if (headingLevels[i] > 0) sections.push({ heading: block.text, level: headingLevels[i], start: block.start, end: nt.text.length });
  });
  for (let s = 0; s < sections.length; s++) {
    const next = sections.slice(s + 1).find((later) => later.level <= sections[s].level && later.heading !== null);
    if (next && sections[s].heading !== null) sections[s].end = next.start;
  }

  const passages: Passage[] = [];
  const sentences: Sentence[] = [];
  let section = sections.length > 0 && sections[0].heading === null ? 0 : -1;
  blocks.forEach((block, i) => {
    if (headingLevels[i] > 0) {
      section = sections.findIndex((s) => s.start === block.start && s.heading !== null);
      return;
    }
    const original = originalSpan(nt, block.start, block.end);
    const index = passages.length;
    passages.push({
      index,
      heading: section >= 0 ? sections[section].heading : null,
      section,
      kind: block.footnote ? 'footnote' : LIST_ITEM.test(block.text) ? 'list-item' : 'paragraph',
      text: block.text,
      start: block.start,
      end: block.end,
      originalStart: original.start,
      originalEnd: original.end,
    });
    for (const [start, end] of splitSentences(block.text)) {
      sentences.push({ passageIndex: index, text: block.text.slice(start, end), start: block.start + start, end: block.start + end });
    }
  });
  return { sections, passages, sentences };
}

// ---------------------------------------------------------------------------
// Blocks and headings

interface Block {
  start: number;
  end: number;
  text: string;
  footnote: boolean;
  /** The level of a Markdown heading, or 0. */
  markdownLevel: number;
}

function splitBlocks(nt: NormalizedText): Block[] {
  const blocks: Block[] = [];
  const markdown = new Map(nt.headings.map((h) => [h.start, h.level]));
  for (const match of nt.text.matchAll(/[^\n]+/g)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    blocks.push({
      start,
      end,
      text: match[0],
      footnote: nt.footnotes.some((f) => f.start <= start && end <= f.end),
      markdownLevel: markdown.get(start) ?? 0,
    });
  }
  return blocks;
}

const BULLET = /^[-–—•·▪◦‣●○■□*+]\s/;
const LIST_ITEM = /^(?:[-–—•·▪◦‣●○■□*+]|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-z][.)]|\([a-z]\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\s/;
const NUMBERED_HEADING = /^(\d{1,2}((?:\.\d{1,2})*)[.)]?)\s+\p{Lu}/u;
const SESSION = /^(?:werk)?sessie\s+\d+\b\s*[:.–-]/i;
const FINAL_PUNCTUATION = /[.,;:!?]$/;
const CLOSERS = /[)\]”’"'»]+$/;
/** The formulas of a letter: short lines without final punctuation that are not headings. */
const LETTER_FORMULA = /^(?:Geachte|Hoogachtend|Met (?:vriendelijke|hoogachtende) groet|Aan de|Den Haag|['’]s-Gravenhage|Datum|Betreft|Kenmerk|Ons kenmerk|Uw kenmerk|Uw brief|Bijlage|Vergaderjaar|Nr\.|De (?:[Mm]inister|[Ss]taatssecretaris)|Minister van)(?!\p{L})/u;
const HEADING_MAX = 100;
const HEADING_MAX_WORDS = 12;
/** A paragraph is at least this long, or ends a sentence. */
const PARAGRAPH_MIN = 100;

/** The heading level of block i, or 0 if it is not a heading. */
function headingLevel(blocks: Block[], i: number, depth = 0): number {
  const block = blocks[i];
  if (block.footnote) return 0;
  if (block.markdownLevel > 0) return block.markdownLevel;
  const text = block.text;
  if (isCapitalsTitle(text)) return 1;
  if (SESSION.test(text)) return 2;
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered) {
    const short = text.length <= HEADING_MAX && !FINAL_PUNCTUATION.test(text.replace(CLOSERS, ''));
    return short ? 2 + (numbered[2].match(/\./g)?.length ?? 0) : 0;
  }
  // A short line without final punctuation is a heading when a paragraph (or a heading over one) follows.
  if (!isShortHeadingCandidate(text) || depth > 2) return 0;
  const next = blocks.slice(i + 1).findIndex((b) => !b.footnote);
  if (next < 0) return 0;
  const following = blocks[i + 1 + next];
  if (isParagraph(following.text)) return 3;
  return following.markdownLevel === 0 && !isCapitalsTitle(following.text) && isShortHeadingCandidate(following.text) && headingLevel(blocks, i + 1 + next, depth + 1) > 0 ? 3 : 0;
}

function isCapitalsTitle(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.join('').length >= 8;
}

function isShortHeadingCandidate(text: string): boolean {
  return (
    text.length <= HEADING_MAX &&
    text.split(' ').length <= HEADING_MAX_WORDS &&
    /^[\p{Lu}\d]/u.test(text) &&
    /\p{L}/u.test(text) &&
    !FINAL_PUNCTUATION.test(text.replace(CLOSERS, '')) &&
    !BULLET.test(text) &&
    !LETTER_FORMULA.test(text)
  );
}

function isParagraph(text: string): boolean {
  return text.length > PARAGRAPH_MIN || /[.!?:;]$/.test(text.replace(CLOSERS, '')) || LIST_ITEM.test(text);
}

// ---------------------------------------------------------------------------
// Sentences

/** Abbreviations after which a period does not end a sentence (also capitalized, at the start of a sentence). */
const ABBREVIATIONS = new Set(
  [
    'a.s.', 'o.a.', 'm.b.t.', 'i.v.m.', 'd.w.z.', 'bijv.', 'bv.', 'nr.', 'nrs.', 'e.d.', 'incl.', 'excl.', 'resp.', 't.a.v.', 'z.g.',
    'zgn.', 'ca.', 'jl.', 'j.l.', 'mr.', 'dhr.', 'mw.', 'mevr.', 'st.', 'vs.', 'e.g.', 'i.e.', 'etc.', 'enz.', 'e.a.', 'art.',
    'blz.', 'p.', 'pag.', 'vgl.', 'ref.', 'dd.', 'd.d.', 'n.a.v.', 't.b.v.', 'i.o.m.', 'c.q.', 'w.o.', 'm.i.v.', 'dr.', 'drs.',
    'prof.', 'ir.', 'ing.', 'jr.', 'sr.', 'mln.', 'mld.', 'mrd.', 'min.', 'evt.', 'z.s.m.', 'o.b.v.', 'i.c.m.', 'a.i.', 'th.',
    'gen.', 'kol.', 'no.', 'par.', 'hfd.', 'lid.', 'sub.', 'ex.',
  ].flatMap((a) => [a, a[0].toUpperCase() + a.slice(1)]),
);
/** Abbreviations that can also close a sentence ("... van 3 en 4 december a.s. De bijeenkomst ..."). */
const CAN_END_SENTENCE = new Set(['a.s.', 'jl.', 'j.l.', 'etc.', 'enz.', 'e.d.', 'e.a.']);
/** Words that begin a new sentence after such an abbreviation, but would not follow one inside a sentence. */
const SENTENCE_STARTERS = new Set([
  'De', 'Het', 'Een', 'Dit', 'Deze', 'Dat', 'Die', 'Er', 'Hij', 'Zij', 'Ze', 'Wij', 'We', 'Ik', 'U', 'Hierbij', 'Daarnaast',
  'Daarbij', 'Daarom', 'Daarmee', 'Ook', 'Tevens', 'Verder', 'Voorts', 'Tijdens', 'In', 'Op', 'Bij', 'Met', 'Voor', 'Na', 'Om',
  'Als', 'Zo', 'Maar', 'Omdat', 'Hoewel', 'Sinds', 'Vanaf', 'Nederland', 'Bondgenoten', 'Ministers',
]);
/** Candidate sentence ends: a run of ., ! or ? (with closing quotes or brackets) followed by a space or the end. */
const TERMINATOR = /[.!?]+[)\]”’"'»]*(?= |$)/g;
const NEXT_STARTS_SENTENCE = /^ [\p{Lu}\d‘“"'«]/u;

/** Sentence spans within one passage's text, trimmed, in order. */
function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end >= text.length) break;
    if (!NEXT_STARTS_SENTENCE.test(text.slice(end, end + 2))) continue;
    if (match[0] === '.' && !periodEndsSentence(text, match.index ?? 0, start, end)) continue;
    spans.push([start, end]);
    start = end + 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Whether the period at `dot` ends a sentence, judged by the word it closes and the word after it. */
function periodEndsSentence(text: string, dot: number, sentenceStart: number, after: number): boolean {
  const wordStart = Math.max(text.lastIndexOf(' ', dot) + 1, sentenceStart);
  const word = text.slice(wordStart, dot + 1).replace(/^[(\[‘“"'«]+/, '');
  const nextWord = /^ ([^\s]+)/.exec(text.slice(after))?.[1].replace(/[,;:]$/, '') ?? '';
  if (ABBREVIATIONS.has(word) || /^(?:\p{L}{1,3}\.){2,}$/u.test(word)) {
    return CAN_END_SENTENCE.has(word.toLowerCase()) && SENTENCE_STARTERS.has(nextWord);
  }
  // An initial ("W. Hoekstra"), or the number of a list item opening the sentence ("2. De EU ...").
  if (/^\p{L}\.$/u.test(word)) return false;
  return !(/^\d{1,2}\.$/.test(word) && wordStart === sentenceStart);
}
