import { createHash } from 'node:crypto';
import path from 'node:path';
import { slugify } from '../reference';

/**
 * The id of a letter's document (see docs/ids-and-model.md):
 * `document:kst-<dossier>-<number>` when the letter states its Kamerstuk
 * number, else `document:<slug of the file name>-<content hash>`, where the
 * hash is the first 8 hex digits of the SHA-256 of the letter's text with
 * its whitespace folded ({@link contentHash}). Never depends on the folder
 * the file sits in: two letters of the same name in different folders get
 * different ids, and the same letter read from anywhere gets the same one.
 */
export function documentIdOf(letter: { fileName: string; text: string }, kamerstukKey: string | null): string {
  if (kamerstukKey) return `document:kst-${kamerstukKey}`;
  const name = slugify(path.parse(letter.fileName).name) || 'letter';
  return `document:${name}-${contentHash(letter.text)}`;
}

/**
 * 8 hex digits of the SHA-256 of the text in Unicode NFC with every run of
 * whitespace made one space: re-wrapped lines, Windows line ends, trailing
 * spaces or another encoding of the same text keep the hash; a changed word
 * changes it.
 */
export function contentHash(text: string): string {
  const folded = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex').slice(0, 8);
}

/** Why a second file in one ingest is not loaded: both files are the same document. */
export function sameDocumentMessage(documentId: string, first: string, second: string): string {
  return `${second} is the same document as ${first} (both are ${documentId}): only ${first} is loaded; remove one of the two, or, if they are different letters, correct the Kamerstuk number in one`;
}
