import type { DocumentKind, DocumentRecord, Evidence } from '../letter-graph';
import { isIsoDate } from '../../reference';
import { findDates } from '../dates';
import { sentenceEvidence, type LetterContext } from './context';

// The words that say what a letter is, as its title or opening says them; a letter or two off ("agnda", "verlsag") still counts.
const KIND_WORDS: Array<[DocumentKind, RegExp]> = [
  ['PRESS_RELEASE', /\b(?:nieuwsbericht|persbericht)\b/i],
  ['AGENDA', /\b(?:geannoteerde\s+)?(?:agenda|agnda|ageda|agena|aganda)\b/i],
  ['REPORT', /\b(?:verslag|verlsag|versalg|verslg)\b/i],
  ['POSITION', /\b(?:Nederlandse\s+inzet|kabinetsinzet|inzet\s+van\s+het\s+kabinet|kabinetspositie|positie\s+van\s+het\s+kabinet)\b/i],
];

const CAPITALS_TITLE = /^[ \t#*]*(GEANNOTEERDE AGENDA|AGENDA|VERSLAG)\b(?=[ \t]+[A-ZÀ-Ý0-9])/m;

/**
 * What the letter is: a press release when its head says so, or when it reads
 * as a news item (a headline, no addressee, Kamerstuk or sign-off) whose
 * headline names no other kind; otherwise the first of "agenda", "verslag"
 * or "Nederlandse inzet" it names (a letter "over de agenda van en de
 * Nederlandse inzet voor" a meeting is an agenda); OTHER when it names none.
 */
export function documentKind(normalizedText: string): DocumentKind {
  if (KIND_WORDS[0][1].test(normalizedText.slice(0, 400))) return 'PRESS_RELEASE';
  // A title in capitals ("GEANNOTEERDE AGENDA ...", "VERSLAG ...") says what the letter is, whatever its opening promises ("Een verslag zal ... toekomen").
  const title = CAPITALS_TITLE.exec(normalizedText);
  if (title) return /VERSLAG/.test(title[1]) ? 'REPORT' : 'AGENDA';
  let first: { kind: DocumentKind; at: number } | null = null;
  for (const [kind, pattern] of KIND_WORDS.slice(1)) {
    const m = pattern.exec(normalizedText);
    if (m && (!first || m.index < first.at)) first = { kind, at: m.index };
  }
  // A news item says what is "op de agenda" in its text; only its headline could make it an agenda or a report.
  if (looksLikeNewsItem(normalizedText) && !(first && first.at < headlineOf(normalizedText).length)) return 'PRESS_RELEASE';
  return first?.kind ?? 'OTHER';
}

const headlineOf = (normalizedText: string) => /^\s*([^\n]{10,160})\n/.exec(normalizedText)?.[0] ?? '';

// What a paper for parliament carries and a news item does not: its addressee, Kamerstuk, sign-off or signature.
const PARLIAMENTARY_PAPER = /\b(?:Aan de Voorzitter|Geachte [Vv]oorzitter|Tweede Kamer|Eerste Kamer|Kamerstuk|Vergaderjaar|Vastgesteld|Den Haag,\s+\d|uw Kamer|DE MINISTER|De [Mm]inister(?:-[Pp]resident)? van [A-Z][a-z]+(?: [A-Z][a-z]+)*,?\s*$)/m;

/**
 * A government news item copied without its "Nieuwsbericht" line: a short
 * headline of its own, then text that names no addressee, Kamerstuk or
 * sign-off ("Minister-president Rutte ... naar NAVO-top in Madrid").
 */
function looksLikeNewsItem(normalizedText: string): boolean {
  const headline = headlineOf(normalizedText).trim();
  return headline !== '' && !/[.:;,]$/.test(headline) && !PARLIAMENTARY_PAPER.test(normalizedText);
}

/** What the letter says about itself, before the meetings are known. */
export interface LetterMetadata {
  kind: DocumentKind;
  statedDate: string | null;
  kamerstuk: string | null;
  /** Dossier and number, for the document id. */
  kamerstukKey: string | null;
  title: string | null;
}

/**
 * The letter's kind, stated date, Kamerstuk number and title, read from its
 * original text: a page footer such as "kst-28676-439" carries the number
 * even where the normalized text has dropped it.
 */
export function readMetadata(original: string, normalizedText: string): LetterMetadata {
  const kind = documentKind(normalizedText);

  // "Den Haag, 13 juni 2025" under the letter, or "Datum 18 april 2023" in a ministry's letterhead.
  const dateLine = /(?:Den Haag|['’]s-Gravenhage),?\s+(\d{1,2}\s+[a-z]+\s+\d{4})/i.exec(normalizedText) ?? /^\s*Datum\s+(\d{1,2}\s+[a-z]+\s+\d{4})\b/im.exec(normalizedText);
  // A government press release gives its date on its own line: "Nieuwsbericht | 14-06-2016", sometimes with the time.
  const releaseLine = /^\s*(?:nieuwsbericht|persbericht)\s*\|\s*(\d{1,2})-(\d{1,2})-(\d{4})(?:\s*\|\s*\d{1,2}[:.]\d{2})?\s*$/im.exec(normalizedText);
  const releaseDate = releaseLine ? `${releaseLine[3]}-${releaseLine[2].padStart(2, '0')}-${releaseLine[1].padStart(2, '0')}` : null;
  const statedDate = dateLine ? findDates(dateLine[1], {})[0]?.startDate ?? null : releaseDate && isIsoDate(releaseDate) ? releaseDate : null;

  let kamerstukKey: string | null = null;
  const footer = /\bkst-(\d{5})-(\d+)\b/.exec(original);
  if (footer) kamerstukKey = `${footer[1]}-${footer[2]}`;
  else {
    const head = original.slice(0, 1500);
    const dossier = /^[\s*#]*(\d{2})\s?(\d{3})\b/m.exec(head);
    const number = /\bNr\.\s*(\d+)\b/.exec(head);
    if (dossier && number) kamerstukKey = `${dossier[1]}${dossier[2]}-${number[1]}`;
  }
  const kamerstuk = kamerstukKey ? `${kamerstukKey.slice(0, 2)} ${kamerstukKey.slice(2, 5)}, nr. ${kamerstukKey.split('-')[1]}` : null;

  // The title is the capitalized line that names the agenda or report; it stops at the first word in lower case.
  const titleMatch = /(?:GEANNOTEERDE AGENDA|VERSLAG)(?:[ \t\n]+[A-ZÀ-Ý0-9’'.,&()–-]+(?![\p{Ll}]))+/u.exec(normalizedText);
  const title = titleMatch ? titleMatch[0].replace(/\s+/g, ' ').trim() : null;

  return { kind, statedDate, kamerstuk, kamerstukKey, title };
}

/**
 * The people who signed the letter: a person named right after an office
 * ("De Minister van Buitenlandse Zaken, W.B. Hoekstra"), in one short passage
 * or in the next one; two signature columns ("De Minister van Buitenlandse
 * Zaken, De Minister van Defensie," then "Stef Blok Ank Bijleveld-Schouten")
 * pair up in order.
 */
const ACADEMIC_TITLES = /^(?:(?:drs|dr|mr|ir|ing|prof|jhr|mevr|dhr)\.?\s+)+/i;
const ACADEMIC_TITLES_INSIDE = /\b(?:drs|dr|mr|ir|ing|prof|jhr|mevr|dhr)\.(?=\s)/gi;

export function findSignatories(ctx: LetterContext): DocumentRecord['signatories'] {
  const signatories: DocumentRecord['signatories'] = [];
  const add = (personId: string, officeId: string, sentence: LetterContext['sentences'][number]) => {
    if (signatories.some((s) => s.personId === personId)) return;
    const office = ctx.reference.offices.find((o) => o.id === officeId);
    signatories.push({ personId, office: office?.title ?? null, evidence: sentenceEvidence(ctx, sentence, 'document/signatory', 0.9) });
  };
  const short = ctx.sentences.filter((s) => ctx.segmented.passages[s.passageIndex].text.length <= 160);
  for (const [k, sentence] of short.entries()) {
    const offices = sentence.mentions.filter((m) => m.kind === 'office');
    const people = sentence.mentions.filter((m) => m.kind === 'person');
    if (offices.length === 0) continue;
    if (people.length > 0) {
      for (const [i, mention] of sentence.mentions.entries()) {
        const next = sentence.mentions[i + 1];
        if (mention.kind === 'office' && next?.kind === 'person' && /^[\s,]*$/.test(sentence.text.slice(mention.end, next.start).replace(ACADEMIC_TITLES_INSIDE, ' '))) add(next.id, mention.id, sentence);
      }
      continue;
    }
    const following = short[k + 1];
    const names = following && following.passageIndex === sentence.passageIndex + 1 ? following.mentions.filter((m) => m.kind === 'person') : [];
    if (following && names.length > 0 && names.length === offices.length && following.mentions[0]?.kind === 'person') {
      offices.forEach((office, i) => add(names[i].id, office.id, following));
      continue;
    }
    // "De minister van Buitenlandse Zaken,\n\nW.B. Hoekstra": a name line the passages leave out is read from the text.
    // "drs. K.H. Ollongren", "mr. W.B. Hoekstra": an academic title before the name is no part of it.
    const nameLine = (/^\s*([^\n]{2,60}?)\s*(\n|$)/.exec(ctx.normalized.text.slice(sentence.end, sentence.end + 100))?.[1] ?? '').replace(ACADEMIC_TITLES, '');
    const named = ctx.names.findMentions(nameLine).filter((m) => m.kind === 'person');
    if (/,\s*$/.test(sentence.text) && named.length === offices.length && named[0]?.start === 0) offices.forEach((office, i) => add(named[i].id, office.id, sentence));
  }
  return signatories;
}

/** Other Kamerstukken the letter cites ("Kamerstuk 28 676, nr. 327"). */
export function findCitations(ctx: LetterContext, ownKey: string | null): DocumentRecord['cites'] {
  const cites: DocumentRecord['cites'] = [];
  for (const sentence of ctx.sentences) {
    for (const match of sentence.text.matchAll(/\bKamerstuk(?:ken)?\s+(\d{2})\s?(\d{3}),?\s+nr\.?\s*(\d+)/gi)) {
      const key = `${match[1]}${match[2]}-${match[3]}`;
      if (key === ownKey || cites.some((c) => c.documentId === `document:kst-${key}`)) continue;
      const evidence: Evidence = sentenceEvidence(ctx, sentence, 'document/citation', 0.95);
      cites.push({ documentId: `document:kst-${key}`, kamerstuk: `${match[1]} ${match[2]}, nr. ${match[3]}`, evidence });
    }
  }
  return cites;
}
