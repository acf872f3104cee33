import type { Mention, NameIndex, ReferenceData } from '../../reference';
import { findDates } from '../dates';
import { documentIdOf } from '../document-id';
import { tellsAfter, type LetterGraph, type PassageRecord } from '../letter-graph';
import { normalize, originalSpan } from '../normalize';
import type { RawLetter } from '../read';
import { resolveAttendances } from '../resolve';
import { segment } from '../segment';
import { findAttendances } from './attendance';
import { findCommitments } from './commitments';
import type { LetterContext, SentenceView } from './context';
import { findDecisions } from './decisions';
import { findCitations, findSignatories, readMetadata } from './document';
import { collectMeetings, dateFromCatalogue, dateFromOfficeHolders } from './meetings';
import { attendancesAtSessions, findSessions } from './sessions';
import { findStances } from './stances';

/**
 * Names are found in layers (actors, offices, topics), so "de EU" inside
 * "Hoge Vertegenwoordiger van de EU" is found twice; the office is what is
 * meant. Mentions come back in text order.
 */
function withoutNamesInsideOffices(mentions: Mention[]): Mention[] {
  const offices = mentions.filter((m) => m.kind === 'office');
  return mentions
    .filter((m) => m.kind === 'office' || m.kind === 'topic' || !offices.some((o) => o.start <= m.start && m.end <= o.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

// A sentence that opens by pointing back ("Deze implementatie ...", "Daarbij ...") is about what the one before was about.
const POINTS_BACK = /^(deze|dit|die|daarbij|daarmee|hierbij|hiermee|hiervoor|zij|ook\s+hier)\b/i;

/**
 * Gives a claim without subjects, whose sentence points back to the one
 * before it in the same passage, the countries that sentence names: in
 * "... de aspiraties van Oekraïne en Georgië. Deze implementatie van het open
 * deur-beleid ..." the second sentence is about Ukraine and Georgia too.
 */
function withAnaphoricSubjects<C extends { subjects: string[]; evidence: { passageId: string; start: number } }>(ctx: LetterContext, claims: C[]): C[] {
  return claims.map((claim) => {
    if (claim.subjects.length > 0) return claim;
    const sentence = sentencesByOriginalStart(ctx).get(`${claim.evidence.passageId}@${claim.evidence.start}`);
    if (!sentence || !POINTS_BACK.test(sentence.text)) return claim;
    const previous = ctx.sentences[sentence.index - 1];
    if (!previous || previous.passageId !== sentence.passageId) return claim;
    const subjects = [...new Set(previous.mentions.filter((m) => m.kind === 'country' && m.id !== 'country:NLD').map((m) => m.id))];
    return subjects.length > 0 ? { ...claim, subjects } : claim;
  });
}

/**
 * Gives a claim on a country-specific topic that country as a subject (a
 * pledge to NATO Mission Iraq is about Iraq), unless the country or one of
 * its people holds the claim.
 */
function withTopicCountries<C extends { topics: string[]; subjects: string[] }>(ctx: LetterContext, claims: C[], holdersOf: (claim: C) => string[]): C[] {
  return claims.map((claim) => {
    const holders = holdersOf(claim).flatMap((id) => {
      const entity = ctx.names.get(id);
      return [id, ...(entity && 'country' in entity && entity.country ? [entity.country] : [])];
    });
    const about = claim.topics.map((id) => ctx.reference.topics.find((t) => t.id === id)?.about).filter((c): c is string => !!c && !holders.includes(c) && !claim.subjects.includes(c));
    return about.length > 0 ? { ...claim, subjects: [...claim.subjects, ...new Set(about)] } : claim;
  });
}

/**
 * The letter's sentences by passage and original start offset. Built once per
 * letter, and only when a claim lacks subjects: mapping every sentence back to
 * the original is not free.
 */
function sentencesByOriginalStart(ctx: LetterContext): Map<string, SentenceView> {
  let byStart = sentencesByStart.get(ctx);
  if (!byStart) {
    byStart = new Map(ctx.sentences.map((s) => [`${s.passageId}@${originalSpan(ctx.normalized, s.start, s.end).start}`, s]));
    sentencesByStart.set(ctx, byStart);
  }
  return byStart;
}

const sentencesByStart = new WeakMap<LetterContext, Map<string, SentenceView>>();

/** A letter in which the rules find nothing about NATO (no meeting, no mention of NATO or its topics): not loaded, reported with its path. */
export class NothingFoundError extends Error {
  override name = 'NothingFoundError';
  constructor(readonly path: string) {
    super(`${path}: nothing NATO-related is found in this letter (no NATO meeting, no mention of NATO or a NATO topic); is it a letter about NATO?`);
  }
}

// A letter about NATO that names no meeting (a policy letter, a press release about the Alliance) is still loaded: its claims stand without a meeting.
const TOLD_IN_THE_PAST = /\b(?:kwamen|kwam|spraken|sprak|bespraken|stond|stonden|namen|nam|werd|werden|was|waren|besloten|presenteerde|presenteerden)\b/gi;
const TOLD_AHEAD = /\b(?:zal|zullen|naar\s+verwachting|wordt\s+verwacht|aanstaande|komende)\b/gi;

function newsItemToldOn(text: string, own: { startDate: string; endDate: string }): string | null {
  if (/\bvandaag\b/i.test(text)) return own.startDate;
  const past = text.match(TOLD_IN_THE_PAST)?.length ?? 0;
  const ahead = text.match(TOLD_AHEAD)?.length ?? 0;
  if (past > ahead) return own.endDate;
  // "Minister Veldkamp neemt donderdag 3 en vrijdag 4 april deel aan ...": an item that announces its meeting is told the day before.
  return ahead > past ? dayBefore(own.startDate) : null;
}

function dayBefore(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function speaksOfNato(ctx: LetterContext): boolean {
  return ctx.sentences.some((s) => s.mentions.some((m) => m.id === 'org:nato' || m.kind === 'topic'));
}

/**
 * Stages 2 to 5 for one letter: normalize, segment, extract with the rules,
 * resolve names and offices. Pure: the same letter and reference data give
 * the same graph.
 */
export function extractLetter(letter: RawLetter, names: NameIndex, reference: ReferenceData): LetterGraph {
  const normalized = normalize(letter.text);
  const segmented = segment(normalized);
  const metadata = readMetadata(letter.text, normalized.text);
  const documentId = documentIdOf(letter, metadata.kamerstukKey);
  const documentSlug = documentId.slice('document:'.length);

  // Dates without a year are placed by the letter's own date, else by the latest full date it gives, else by the catalogue
  // meeting its days name, else by the summit it names held while the ministers it names were in office.
  const explicit = findDates(normalized.text, { onlyDays: true }).filter((d) => !d.yearInferred && d.precision === 'day');
  const referenceDate =
    metadata.statedDate ??
    explicit.map((d) => d.startDate).sort().pop() ??
    (() => {
      // Read only for a letter without a date of its own: the names of the whole text, once.
      const textMentions = names.findMentions(normalized.text);
      return dateFromCatalogue(normalized.text, reference, textMentions) ?? dateFromOfficeHolders(normalized.text, textMentions, reference);
    })();

  const passageIds = segmented.passages.map((p) => `${documentId}/p${p.index}`);
  const sentences: SentenceView[] = segmented.sentences.map((s, index) => ({
    index,
    passageIndex: s.passageIndex,
    passageId: passageIds[s.passageIndex],
    heading: segmented.passages[s.passageIndex]?.heading ?? null,
    text: s.text,
    start: s.start,
    end: s.end,
    mentions: withoutNamesInsideOffices(names.findMentions(s.text)),
    dates: findDates(s.text, referenceDate ? { referenceDate } : {}),
  }));

  const headings: SentenceView[] = segmented.sections.flatMap((section) => {
    const passage = section.heading === null ? undefined : segmented.passages.find((p) => p.start >= section.start);
    if (!passage || section.heading === null) return [];
    const first = sentences.find((s) => s.passageIndex === passage.index);
    return [
      {
        index: first?.index ?? 0,
        passageIndex: passage.index,
        passageId: passageIds[passage.index],
        heading: section.heading,
        text: section.heading,
        start: section.start,
        end: section.start + section.heading.length,
        mentions: withoutNamesInsideOffices(names.findMentions(section.heading)),
        dates: findDates(section.heading, referenceDate ? { referenceDate } : {}),
      },
    ];
  });

  const ctx: LetterContext = { documentId, documentSlug, normalized, segmented, sentences, headings, names, reference, statedDate: metadata.statedDate, referenceDate };
  const { meetings, mentions, own } = collectMeetings(ctx);
  if (meetings.length === 0 && !speaksOfNato(ctx)) throw new NothingFoundError(letter.path);

  // A news item copied without its date is told from its meeting's first day when it has the meeting "vandaag", from its last
  // when it tells more in the past tense than of what is to come ("De top stond in het teken van ..."), and the day before
  // when it tells more of what is to come: it announces.
  const toldOn = !metadata.statedDate && metadata.kind === 'PRESS_RELEASE' && own ? newsItemToldOn(normalized.text, own) : null;
  const claimCtx: LetterContext = toldOn ? { ...ctx, statedDate: toldOn } : ctx;

  const sessions = findSessions(ctx, own);
  const { attendances, unresolved, people } = resolveAttendances(findAttendances(claimCtx, mentions, own?.id ?? null, metadata.kind), meetings, names, reference, documentSlug);

  let date = metadata.statedDate;
  if (!date && own) {
    const before = explicit.map((d) => d.startDate).filter((d) => d < own.startDate).sort();
    date = tellsAfter(metadata.kind) ? own.endDate : before.pop() ?? own.startDate;
  }

  const sentencesOfPassage = segmented.passages.map((): SentenceView[] => []);
  for (const s of sentences) sentencesOfPassage[s.passageIndex]?.push(s);
  const passages: PassageRecord[] = segmented.passages.map((p, i) => {
    const mentioned = new Map<string, string>();
    for (const s of sentencesOfPassage[i]) {
      for (const m of s.mentions) if (m.kind !== 'office') mentioned.set(m.id, m.id);
    }
    const ids = [...mentioned.keys()];
    return {
      id: passageIds[i],
      index: p.index,
      heading: p.heading,
      kind: p.kind,
      text: p.text,
      start: p.originalStart,
      end: p.originalEnd,
      mentions: ids,
      mentionNames: ids.flatMap((id) => {
        const entity = names.lookup(id);
        return entity ? [entity.name, 'nameNl' in entity ? entity.nameNl : ''].filter(Boolean) : [];
      }).join(' | '),
    };
  });

  return {
    document: {
      id: documentId,
      fileName: letter.fileName,
      sha256: letter.sha256,
      kind: metadata.kind,
      date: date ?? null,
      dateInferred: metadata.statedDate === null,
      kamerstuk: metadata.kamerstuk,
      title: metadata.title,
      text: letter.text,
      signatories: findSignatories(ctx),
      cites: findCitations(ctx, metadata.kamerstukKey),
    },
    passages,
    meetings,
    sessions,
    attendances: attendancesAtSessions(ctx, sessions, attendances),
    decisions: withTopicCountries(ctx, withAnaphoricSubjects(ctx, findDecisions(claimCtx, mentions, own, metadata.kind)), (d) => d.decidedBy),
    commitments: withTopicCountries(ctx, withAnaphoricSubjects(ctx, findCommitments(claimCtx, mentions, own, metadata.kind)), (c) => [c.actorId]),
    stances: withTopicCountries(ctx, withAnaphoricSubjects(ctx, findStances(claimCtx, mentions, own, metadata.kind)), (s) => [s.actorId]),
    unresolved,
    people,
  };
}
