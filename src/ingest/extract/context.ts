import type { NameIndex, ReferenceData } from '../../reference';
import type { DateMention } from '../dates';
import type { Evidence } from '../letter-graph';
import { originalSpan, type NormalizedText } from '../normalize';
import type { Segmented } from '../segment';

/** A sentence of the letter with what the rules look at: its text, where it is, what it names. */
export interface SentenceView {
  /** Position of the sentence in the letter, counting from 0. */
  index: number;
  passageId: string;
  passageIndex: number;
  heading: string | null;
  text: string;
  /** Offsets of the sentence in the normalized text. */
  start: number;
  end: number;
  /** Reference entities named in the sentence, offsets relative to the sentence. */
  mentions: Array<{ id: string; kind: string; start: number; end: number; matched: string }>;
  /** Dates in the sentence, offsets relative to the sentence. */
  dates: DateMention[];
}

/** What every extraction rule may read about the letter at hand. */
export interface LetterContext {
  documentId: string;
  /** A short form of the document id, used in claim ids. */
  documentSlug: string;
  normalized: NormalizedText;
  segmented: Segmented;
  sentences: SentenceView[];
  /**
   * The letter's headings read as sentences, for the meetings they name ("Verslag bijeenkomst NAVO-ministers van
   * Buitenlandse Zaken, 3-4 april 2019"); each belongs to the first passage under it. Claims are read from sentences only.
   */
  headings: SentenceView[];
  names: NameIndex;
  reference: ReferenceData;
  /** The date the letter states, or null. */
  statedDate: string | null;
  /** The date used to place dates that lack a year: the stated date, else the latest full date the letter gives. */
  referenceDate: string | null;
}

/**
 * The evidence for a claim found in a sentence: the sentence as it reads
 * after normalization, with its offsets in the original letter.
 */
export function sentenceEvidence(ctx: LetterContext, sentence: SentenceView, rule: string, confidence: number): Evidence {
  const span = originalSpan(ctx.normalized, sentence.start, sentence.end);
  return { quote: sentence.text, start: span.start, end: span.end, passageId: sentence.passageId, rule, confidence };
}
