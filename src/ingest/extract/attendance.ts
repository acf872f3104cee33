import { tellsAfter, type AttendanceStatus, type DocumentKind, type Evidence } from '../letter-graph';
import { sentenceEvidence, type LetterContext, type SentenceView } from './context';
import { LEXICON, verbForms } from './lexicon';
import type { MeetingMention } from './meetings';

/** Who a claim is about before resolution: a named entity, or an office whose holder on the day is meant. */
export type ActorRef = { entityId: string } | { officeId: string };

/** An attendance as a rule finds it: the actor may still be an office to resolve to its holder. */
export interface FoundAttendance {
  meetingId: string;
  actor: ActorRef;
  status: AttendanceStatus;
  /** The office the sentence names for the actor, if any. */
  officeId: string | null;
  representedByOfficeId: string | null;
  evidence: Evidence;
}

interface StatusRule {
  id: string;
  status: AttendanceStatus;
  pattern: RegExp;
  /**
   * Which actors the rule takes: people and offices; also countries, groups and organizations (guests);
   * people named by name only; or people and offices after "met".
   */
  takes: 'people' | 'guests' | 'named-people' | 'people-after-met';
}

// One rule per way the letters say it; each rule's id goes into the evidence.
const RULES: StatusRule[] = [
  { id: 'attendance/represented', status: 'REPRESENTED', pattern: /\bvertegenwoordigd\s+door\b|\b(?:werd|werden|wordt|worden)\s+(?:\p{L}+\s+){0,4}?vervangen\s+door\b/iu, takes: 'people' },
  { id: 'attendance/intends-to-attend', status: 'PLANNED', pattern: /\bvoornemens\b[^.]*\b(deel\s+te\s+nemen|bij\s+te\s+wonen)\b/i, takes: 'people' },
  { id: 'attendance/will-attend', status: 'PLANNED', pattern: /\b(zal|zullen)\b[^.]*\b(deelnemen|bijwonen|de\s+top\s+openen)\b/i, takes: 'people' },
  { id: 'attendance/took-part', status: 'ATTENDED', pattern: /\b(nam|namen)\b[^.]*\bdeel\b|\bdeelnam(en)?\b|\b(was|waren)\s+(ook\s+)?aanwezig\b|\bwoonde(n)?\b[^.]*\bbij\b/i, takes: 'people' },
  {
    id: 'attendance/guest',
    status: 'INVITED',
    pattern: /\bals\s+genodigden?\b|\bhoedanigheid\s+van\s+genodigden?\b|\baansluiten\b|\bsluiten\b[^.]*\baan\b|\b(is|zijn|werd|werden)\s+(ook\s+)?uitgenodigd\b(?!\s+(te|om)\b)|\bnemen\s+ook\b[^.]*\bdeel\b|\baanwezigheid\s+van\b|\bmet\s+deelname\s+van\b/i,
    takes: 'guests',
  },
  // "spraken de regeringsleiders met de Oekraïense president": whom the leaders met was there.
  {
    // "neemt deel aan de Top", "woont de Top bij", "is aanwezig bij": in a letter before the meeting, planned; after it, attended.
    id: 'attendance/takes-part',
    status: 'ATTENDED',
    pattern: new RegExp(`${verbForms(LEXICON.deelnemen, ['present'])}|${verbForms(LEXICON.bijwonen, ['present'])}|\\b(?:is|zijn)\\s+(?:ook\\s+|digitaal\\s+|virtueel\\s+)?aanwezig\\b`, 'i'),
    takes: 'people',
  },
  { id: 'attendance/met-with', status: 'ATTENDED', pattern: /\b(spraken|sprak|ontmoette|ontmoetten)\b[^.]*\bmet\s+de\b/i, takes: 'people-after-met' },
  // "stelden bij de recente bijeenkomst ... Maas en Le Drian voor": someone who acted at a meeting was there.
  {
    id: 'attendance/acted-at-meeting',
    status: 'ATTENDED',
    pattern: /\b(bij|tijdens|op)\s+(de|het)\s+(recente\s+|afgelopen\s+)?(bijeenkomst|top|vergadering|ministeri[eë]le)\b[^.]*\b(stelden?|spraken?|presenteerden?|kondigden?|bevestigden?|benadrukten?)\b|\b(stelden?|spraken?|presenteerden?|kondigden?|bevestigden?|benadrukten?)\b[^.]*\b(bij|tijdens|op)\s+(de|het)\s+(recente\s+|afgelopen\s+)?(bijeenkomst|top|vergadering)\b/i,
    takes: 'named-people',
  },
  // "spreken regeringsleiders met de Oekraïense president": a guest the leaders meet at the meeting.
  { id: 'attendance/meets-with', status: 'INVITED', pattern: /\b(spreken|spreekt|ontmoeten)\b[^.]*\bmet\s+de\b/i, takes: 'people-after-met' },
];

const GUEST_KINDS = new Set(['country', 'group', 'organization']);
// Organizations that are where a meeting happens, not who comes to it.
const HOSTS = new Set(['org:nato', 'org:north-atlantic-council']);

/**
 * What "neemt deel aan" means for a meeting: planned when the meeting starts
 * after the letter's date, attended when it is under way or over; with no
 * date to go by, the letter's kind decides.
 */
function presentTenseStatus(ctx: LetterContext, mentions: MeetingMention[], meetingId: string, letterKind: DocumentKind): AttendanceStatus {
  const meeting = mentions.find((m) => m.meeting.id === meetingId)?.meeting;
  const date = ctx.statedDate;
  if (meeting && date) return meeting.startDate > date ? 'PLANNED' : 'ATTENDED';
  return tellsAfter(letterKind) ? 'ATTENDED' : 'PLANNED';
}

/**
 * Finds who attended, plans to attend, is invited to or was represented at
 * a meeting, sentence by sentence. The meeting is the one the sentence
 * names, else the letter's own. Countries, groups and organizations count
 * only as guests ("Zweden neemt deel als genodigde"); people and offices
 * count for every status.
 */
export function findAttendances(ctx: LetterContext, mentions: MeetingMention[], ownMeetingId: string | null, letterKind: DocumentKind): FoundAttendance[] {
  const found: FoundAttendance[] = [];
  for (const sentence of ctx.sentences) {
    const rule = RULES.find((r) => r.pattern.test(sentence.text));
    if (!rule) continue;
    // Topics are named in their own layer; who comes is read from the actors and offices alone.
    const actors = sentence.mentions.filter((m) => m.kind !== 'topic');
    const meetingId = meetingOfSentence(sentence, mentions, ownMeetingId);
    if (!meetingId) continue;
    const presentStatus = rule.id === 'attendance/takes-part' ? presentTenseStatus(ctx, mentions, meetingId, letterKind) : rule.status;

    const add = (actor: ActorRef, officeId: string | null, representedByOfficeId: string | null = null, status = presentStatus) => {
      const key = 'entityId' in actor ? actor.entityId : actor.officeId;
      if (found.some((f) => f.meetingId === meetingId && ('entityId' in f.actor ? f.actor.entityId : f.actor.officeId) === key)) return;
      found.push({ meetingId, actor, status, officeId, representedByOfficeId, evidence: sentenceEvidence(ctx, sentence, rule.id, 0.8) });
    };

    if (rule.status === 'REPRESENTED') {
      const cue = sentence.text.search(/\bvertegenwoordigd\s+door\b/i);
      const represented = actors.filter((m) => m.kind === 'country' && m.start < cue).pop();
      const by = actors.find((m) => m.kind === 'office' && m.start > cue);
      if (represented) add({ entityId: represented.id }, null, by?.id ?? null);
      continue;
    }

    // "de Hoge Vertegenwoordiger van de EU": the EU qualifies its own office, whose holder comes.
    // "de ministers van Buitenlandse Zaken van Finland en Zweden": the countries come, in that office.
    const qualifiers = new Set<number>();
    const foreignOffice = new Set<number>();
    for (const [i, mention] of actors.entries()) {
      if (mention.kind !== 'office') continue;
      const office = ctx.reference.offices.find((o) => o.id === mention.id);
      const owns = (id: string) => id === office?.country || id === office?.organization;
      // "de EU Hoge Vertegenwoordiger": the owner right before its office.
      const previous = actors[i - 1];
      if (previous && owns(previous.id) && /^\s*$/.test(sentence.text.slice(previous.end, mention.start))) qualifiers.add(i - 1);
      let j = i + 1;
      while (j < actors.length && /^\s*(van(\s+de)?|,|en)\s*$/i.test(sentence.text.slice(actors[j - 1].end, actors[j].start))) {
        const next = actors[j];
        if (next.kind !== 'country' && next.kind !== 'organization') break;
        if (owns(next.id)) qualifiers.add(j);
        else foreignOffice.add(i);
        j += 1;
        if (!foreignOffice.has(i)) break;
      }
    }

    const afterMet = rule.takes === 'people-after-met' ? sentence.text.search(/\bmet\s+de\b/i) : 0;
    // "uitgenodigd voor een sessie over de samenwerking met partners in de Indo-Pacific": what is spoken about does not come.
    const about = rule.takes === 'guests' ? sentence.text.search(/\b(sessie|gesprek|discussie|bijeenkomst)\s+over\b/i) : -1;
    for (const [i, mention] of actors.entries()) {
      if (qualifiers.has(i) || mention.start < afterMet || (about >= 0 && mention.start > about)) continue;
      if (rule.takes === 'named-people' && mention.kind !== 'person') continue;
      const next = actors[i + 1];
      const previous = actors[i - 1];
      const officeBefore = previous && previous.kind === 'office' && mention.start - previous.end <= 20 ? previous.id : null;
      if (mention.kind === 'office') {
        // "Minister van Defensie Bijleveld": the office with its holder's name right after it.
        if (next && next.kind === 'person' && next.start - mention.end <= 2) continue;
        if (foreignOffice.has(i)) continue;
        add({ officeId: mention.id }, mention.id);
      } else if (mention.kind === 'person') {
        add({ entityId: mention.id }, officeBefore);
      } else if (rule.takes === 'guests' && GUEST_KINDS.has(mention.kind) && !HOSTS.has(mention.id)) {
        const head = headOf(ctx, sentence.text, actors, i);
        if (head) add({ officeId: head }, head);
        else add({ entityId: mention.id }, officeBefore);
      }
    }
  }
  return found;
}

/**
 * The meeting a sentence speaks of: one it names; else, for "deze laatste
 * bijeenkomst", the meeting named last before it; else the letter's own.
 */
function meetingOfSentence(sentence: SentenceView, mentions: MeetingMention[], ownMeetingId: string | null): string | null {
  const named = mentions.filter((m) => m.sentence === sentence);
  if (/\b(deze|die)\s+laatste\b|\blaatstgenoemde\b/i.test(sentence.text)) {
    const earlier = mentions.filter((m) => m.sentence.index < sentence.index).pop();
    if (earlier) return earlier.meeting.id;
  }
  if (/\bdeze\s+(top|vergadering|bijeenkomst)\b/i.test(sentence.text)) return ownMeetingId;
  return named[0]?.meeting.id ?? ownMeetingId;
}

/**
 * "de voorzitters van de Europese Raad en de Europese Commissie": the
 * organization is named for its head, so the head's office is meant.
 */
function headOf(ctx: LetterContext, text: string, actors: SentenceView['mentions'], index: number): string | null {
  let i = index;
  // Walk back over a list of organizations ("de Europese Raad, de Europese Commissie en ...").
  while (i > 0 && actors[i - 1].kind === 'organization' && /^\s*(,|en)?\s*(de\s+)?$/i.test(text.slice(actors[i - 1].end, actors[i].start))) i -= 1;
  const lead = text.slice(Math.max(0, actors[i].start - 30), actors[i].start);
  if (!/\b(voorzitters?|presidenten?)\s+van\s+(de\s+)?$/i.test(lead)) return null;
  const organizationId = actors[index].id;
  return ctx.reference.offices.find((o) => o.organization === organizationId && /president/i.test(o.title))?.id ?? null;
}
