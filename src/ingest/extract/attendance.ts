import { tellsAfter, type AttendanceStatus, type DocumentKind, type Evidence } from '../letter-graph';
import { clauseAt, clausesOf, prepareRules } from './claim-parts';
import { sentenceEvidence, type LetterContext, type SentenceView } from './context';
import { findSignatories } from './document';
import { LEXICON, verbForms, type Verb } from './lexicon';
import type { MeetingMention } from './meetings';
import { actorsOf, type ActorMention, type LetterPerson } from './people';

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
  /** For a person the reference data does not know: who the letter says it is. */
  person?: LetterPerson;
  evidence: Evidence;
}

interface StatusRule {
  id: string;
  status: AttendanceStatus;
  pattern: RegExp;
  /**
   * Which actors the rule takes: people and offices; also countries, groups and organizations (guests);
   * people named by name only; or people and offices after "met" (guests too, for `guests-after-met`).
   */
  takes: 'people' | 'guests' | 'named-people' | 'acting-people' | 'people-after-met' | 'guests-after-met' | 'first-after-cue';
  /**
   * How the status follows from the letter: `as-stated` keeps the rule's; `by-date` is the rule's
   * before the meeting (PLANNED, INVITED) and ATTENDED once it is under way or over.
   */
  tense: 'as-stated' | 'by-date';
}

const present = (...verbs: Verb[]) => verbs.map((v) => verbForms(v, ['present'])).join('|');
const past = (...verbs: Verb[]) => verbs.map((v) => verbForms(v, ['past'])).join('|');
const nonfinite = (...verbs: Verb[]) => verbs.map((v) => verbForms(v, ['nonfinite'])).join('|');

// Offices whose holders lead a country's delegation themselves.
const LEADER_OR_MINISTER = /\b(?:Minister|President|Chancellor|Secretary of State)\b/;
// Past-tense acts a report tells of someone at the meeting: speaking, calling on, stressing, presenting, handing over.
const REPORTED_ACT =
  /\b(?:riep|riepen|gaf\s+aan|gaven\s+aan|benadrukte|benadrukten|onderstreepte|onderstreepten|stelde|stelden|deponeerde|overhandigde|verklaarde|verklaarden|presenteerde|presenteerden|lichtte|pleitte|pleitten|bepleitte|waarschuwde|waarschuwden|sprak|spraken|kondigde|kondigden|wees|schetste|betoogde|meldde|informeerde|herinnerde|zei|noemde|uitte|drong|concludeerde|memoreerde|deelde|opende)\b/i;
// Where a meeting is the place of an act: "op de bijeenkomst", "tijdens de NAVO-top", "bij de ministeriële".
const AT_THE_MEETING = String.raw`\b(?:bij|tijdens|op)\s+(?:de|het)\s+(?:recente\s+|afgelopen\s+)?(?:NAVO-)?(?:bijeenkomst|top|vergadering|ministeri[eë]le)\b`;
// Acts at a meeting told in the present, as a press release does: "Dat kondigt minister Ollongren aan op de bijeenkomst".
const PRESENT_ACT = String.raw`\b(?:kondigt|kondigen|stelt|stellen|presenteert|presenteren|benadrukt|benadrukken|pleit|pleiten|roept|roepen|spreekt|zegt|maakt|maken|overhandigt|tekent|ondertekent|ondertekenen)\b`;
// "is op 19 en 20 mei in Brussel voor de bijeenkomst", "reist naar Vilnius voor de NAVO-top": someone who goes to the meeting's city for it.
const IN_CITY_FOR = (verbs: string) =>
  String.raw`\b(?:${verbs})\s+(?:[^\s.;:]+\s+){0,24}?(?:in|naar)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?\s+(?:voor|om)\s+(?:de|het|een)\s+(?:[\p{L}-]+\s+){0,3}?(?:NAVO-)?(?:bijeenkomst|top|vergadering|ministeri[eë]le|overleg)\b`;
// "is aanwezig", "is daarbij ook aanwezig", "is bij de werksessie op woensdag aanwezig": present at a meeting (a place or force that is present is no "bij").
const PRESENT_AT = (verbs: string) => String.raw`\b(?:${verbs})\s+(?:[\p{L}-]+\s+){0,6}?aanwezig\b|\b(?:${verbs})\s+bij\s+(?:[\p{L}-]+\s+){0,5}?aanwezig\b`;

// One rule per way the letters say it; each rule's id goes into the evidence. Every rule a sentence matches is read, in this order.
const RULES: StatusRule[] = [
  {
    // "neemt als genodigde deel", "zijn in hoedanigheid van genodigde aanwezig": invited before the meeting, there once it runs.
    id: 'attendance/guest',
    status: 'INVITED',
    pattern: /\bals\s+[«"“']?(genodigden?|waarnemers?)\b|\bhoedanigheid\s+van\s+(genodigden?|waarnemers?)\b|\baansluiten\b(?!\s+(bij|op)\b)|\bsluiten\b[^.]*\baan\b(?!\s+(bij|op)\b)|\b(is|zijn|werd|werden)\s+(?:[^\s.]+\s+){0,14}?uitgenodigd\b(?!\s+(te|om)\b)|\buitgenodigd\s+voor\b|\bnemen\s+ook\b[^.]*\bdeel\b|\baanwezigheid\s+van\b|\bmet\s+deelname\s+van\b/i,
    takes: 'guests',
    tense: 'by-date',
  },
  { id: 'attendance/represented', status: 'REPRESENTED', pattern: new RegExp(`\\bvertegenwoordigd\\s+door\\b|(?:${verbForms(LEXICON.vervangen, ['nonfinite'])})\\s+door\\b`, 'iu'), takes: 'people', tense: 'as-stated' },
  { id: 'attendance/intends-to-attend', status: 'PLANNED', pattern: /\bvoornemens\b[^.]*\b(deel\s+te\s+nemen|bij\s+te\s+wonen)\b/i, takes: 'people', tense: 'as-stated' },
  {
    id: 'attendance/will-attend',
    status: 'PLANNED',
    // "zullen Nederland in Lissabon vertegenwoordigen": those who will represent their country come themselves.
    pattern: new RegExp(`\\b(zal|zullen)\\b[^.]*(\\b(deelnemen|bijwonen|de\\s+top\\s+openen|aanwezig\\s+zijn|\\p{Lu}[\\p{L}-]+\\s+(?:[\\p{L}-]+\\s+){0,3}?vertegenwoordigen)\\b|${nonfinite(LEXICON.voorzitten, LEXICON.toespreken, LEXICON.aanschuiven)})`, 'iu'),
    takes: 'people',
    tense: 'as-stated',
  },
  {
    // "nam deel", "was daarbij aanwezig", "werd voorgezeten door", "sprak de bondgenoten toe".
    id: 'attendance/took-part',
    status: 'ATTENDED',
    pattern: new RegExp(
      `\\b(nam|namen)\\b[^.]*\\bdeel\\b|\\b(trad|traden)\\s+op\\s+als\\s+gastheer\\b|\\b(was|waren)\\s+gastheer\\b|\\bdeelnam(en)?\\b|${PRESENT_AT('was|waren')}|\\bwoonde(n)?\\b[^.]*\\bbij\\b|` +
        `${past(LEXICON.voorzitten, LEXICON.openen, LEXICON.toespreken)}|${IN_CITY_FOR('was|waren|reisde|reisden|ging|gingen')}|\\b(?:vertegenwoordigde|vertegenwoordigden)\\s+Nederland\\b|` +
        // "Ik heb namens Nederland aan de bijeenkomst deelgenomen"; "Ook Koeleba was in Brussel."
        String.raw`\b(?:heb|heeft|hebben)\b[^.]*\b(?:deelgenomen|bijgewoond)\b|\b(?:was|waren)\s+(?:ook\s+|eveneens\s+)?in\s+\p{Lu}[\p{L}-]+\s*[.,;]`,
      'iu',
    ),
    takes: 'people',
    tense: 'as-stated',
  },
  // "spraken de regeringsleiders met de Oekraïense president": whom the leaders met was there.
  {
    // "neemt deel aan de Top", "woont de Top bij", "is aanwezig bij", "zit de Top voor": in a letter before the meeting, planned; after it, attended.
    id: 'attendance/takes-part',
    status: 'PLANNED',
    pattern: new RegExp(
      `${present(LEXICON.deelnemen, LEXICON.bijwonen, LEXICON.voorzitten, LEXICON.toespreken, LEXICON.aanschuiven)}|${PRESENT_AT('is|zijn')}|\\b(treedt|treden)\\s+op\\s+als\\s+gastheer\\b|\\b(is|zijn)\\s+gastheer\\b|` +
        `${IN_CITY_FOR('is|zijn|reist|reizen|gaat|gaan')}|\\b(?:vertegenwoordigt|vertegenwoordigen)\\s+Nederland\\b|\\b(?:zijn|haar|hun)\\s+(?:deelname|komst|aanwezigheid)\\s+(?:heeft\\s+|hebben\\s+)?(?:bevestigd|toegezegd)\\b`,
      'iu',
    ),
    takes: 'people',
    tense: 'by-date',
  },
  // "Ook de Amerikaanse minister van Buitenlandse Zaken wordt in Brussel verwacht": expected to come; not "wordt verwacht dat/te".
  {
    id: 'attendance/expected',
    status: 'PLANNED',
    pattern: /\b(wordt|worden)\s+(?:(?!dat\b|te\b|om\b)[\p{L}-]+\s+){0,4}?verwacht\b(?!\s+(?:dat|te|om)\b)(?=\s*[.,;]|\s+(?:op|bij|in|tijdens)\b)/iu,
    takes: 'named-people',
    tense: 'by-date',
  },
  { id: 'attendance/met-with', status: 'ATTENDED', pattern: /\b(spraken|sprak|ontmoette|ontmoetten)\b[^.]*\bmet\s+(de|hun|president|premier|minister|koning)\b/i, takes: 'people-after-met', tense: 'as-stated' },
  // "stelden bij de recente bijeenkomst ... Maas en Le Drian voor": someone who acted at a meeting was there.
  {
    id: 'attendance/acted-at-meeting',
    status: 'ATTENDED',
    pattern: new RegExp(`${AT_THE_MEETING}[^.]*\\b(stelden?|spraken?|presenteerden?|kondigden?|bevestigden?|benadrukten?)\\b|\\b(stelden?|spraken?|presenteerden?|kondigden?|bevestigden?|benadrukten?)\\b[^.]*${AT_THE_MEETING}`, 'i'),
    takes: 'named-people',
    tense: 'as-stated',
  },
  // "Dat kondigt minister Ollongren aan op de bijeenkomst": in a letter before the meeting, planned; after it, there.
  {
    id: 'attendance/acts-at-meeting',
    status: 'PLANNED',
    pattern: new RegExp(`${AT_THE_MEETING}[^.]*${PRESENT_ACT}|${PRESENT_ACT}[^.]*${AT_THE_MEETING}`, 'i'),
    takes: 'named-people',
    tense: 'by-date',
  },
  // In a report of the meeting: an allied minister or official who did something there ("Blinken riep de bondgenoten op",
  // "deponeerde de Finse minister Haavisto de akte") was there. Only in a report, only at its own meeting, only allies (see `readRule`).
  {
    id: 'attendance/acted-in-report',
    status: 'ATTENDED',
    pattern: REPORTED_ACT,
    takes: 'acting-people',
    tense: 'as-stated',
  },
  // "komen de ministers bijeen met de ministers van Defensie van Finland en Zweden": whom the ministers meet is a guest.
  // "Vrijdag komen de ministers bijeen met ...": guests to come; "De NAVO-Oekraïne Raad kwam bijeen ..., met de Oekraïense minister Sybiha": guests who came.
  { id: 'attendance/meets-together', status: 'INVITED', pattern: /\b(komen|komt)\b[^.]*\bbijeen\s+met\b/i, takes: 'guests-after-met', tense: 'as-stated' },
  { id: 'attendance/met-together', status: 'ATTENDED', pattern: /\b(kwam|kwamen)\b[^.]*\bbijeen\b[^.]*?\bmet\s+(?:de|het|hun)\b/i, takes: 'guests-after-met', tense: 'as-stated' },
  // "onder voorzitterschap van Secretaris-Generaal Rutte", "de werksessie ... onder leiding van" (not a process led by someone), "werd geopend door de Secretaris-Generaal": the one who chairs.
  {
    id: 'attendance/chaired-by',
    status: 'PLANNED',
    pattern: /\bonder\s+(het\s+)?voorzitterschap\s+van\b|\b(sessie|werksessie|bijeenkomst|vergadering|top|overleg|diner|vergaderde|vergaderden|vergadert|vergaderen)\b[^.]{0,40}\bonder\s+(de\s+)?leiding\s+van\b|\b(werd|wordt)\s+(geopend|voorgezeten)\s+door\b/i,
    takes: 'first-after-cue',
    tense: 'by-date',
  },
  // "Aansluitend ontvangt de Britse premier Johnson de regeringsleiders": the host who receives them is there.
  {
    id: 'attendance/receives',
    status: 'PLANNED',
    pattern: /\b(?:ontvangt|ontvangen|ontving|ontvingen)\b(?=[^.]*\b(?:regeringsleiders|ministers|bondgenoten|deelnemers|delegaties)\b)/i,
    takes: 'named-people',
    tense: 'by-date',
  },
  // "de laatste NAVO-ministeriële van de Amerikaanse minister van Buitenlandse Zaken Pompeo": whose first or last meeting it is comes to it.
  {
    id: 'attendance/first-or-last',
    status: 'PLANNED',
    pattern: /\b(eerste|laatste)\s+(navo-)?(ministeri[eë]le|top|bijeenkomst|navo-bijeenkomst|vergadering)\s+van\s+(de\s+|het\s+)?/i,
    takes: 'first-after-cue',
    tense: 'by-date',
  },
  // "In een sessie met de ministers van Buitenlandse Zaken van Bosnië-Herzegovina, ...", "overleg met de Hoge Vertegenwoordiger": who the session is with.
  // "vond een overleg plaats met de Hoge Vertegenwoordiger", "een bijeenkomst van de NAVO-bondgenoten met Oekraïne".
  {
    id: 'attendance/session-with',
    status: 'INVITED',
    pattern: /\b(?:[Ss]essie|[Bb]ijeenkomst|[Vv]ergadering|[Oo]ntmoeting|[Oo]verleg|[Gg]esprek(?:ken)?)(?:\s+plaats|\s+van\s+de\s+[\p{L}-]+)?\s+met\s+(?:de\b|hun\b|zijn\b|haar\b|(?=\p{Lu}))/u,
    takes: 'guests-after-met',
    tense: 'by-date',
  },
  // "spreken regeringsleiders met de Oekraïense president": a guest the leaders meet at the meeting.
  { id: 'attendance/meets-with', status: 'INVITED', pattern: /\b(spreken|spreekt|ontmoeten)\b[^.]*\bmet\s+de\b/i, takes: 'guests-after-met', tense: 'as-stated' },
];

prepareRules(RULES);

const GUEST_KINDS = new Set(['country', 'group', 'organization']);
const NATO_ORG = 'org:nato';
// Where a meeting happens, not who comes to it: the Alliance and its own bodies and formats (the NATO-Ukraine Council).
const isHost = (id: string) => id === 'org:nato' || id === 'org:north-atlantic-council' || id.startsWith('org:nato-');
// The word before a country that makes it what is spoken of, not who comes ("steun aan Oekraïne", "in Warschau, Polen").
const PREPOSITION_BEFORE = /\b(aan|van|over|in|met|tegen|voor|naar|uit|op|bij|tot|door|tussen|richting|jegens|zoals)\s+(de\s+)?$/i;

/**
 * What a rule's status is for a meeting: as stated, or by the letter's date:
 * before the meeting the rule's own status, once it runs or is over,
 * attended; with no date to go by, a report's is attended.
 */
function statusFor(rule: StatusRule, ctx: LetterContext, mentions: MeetingMention[], meetingId: string, letterKind: DocumentKind): AttendanceStatus {
  if (rule.tense === 'as-stated') return rule.status;
  const meeting = mentions.find((m) => m.meeting.id === meetingId)?.meeting;
  const date = ctx.statedDate;
  if (meeting && date) return meeting.startDate > date ? rule.status : 'ATTENDED';
  // Without a date, a report tells what happened; a press release is read as written: "neemt deel" announces.
  return letterKind === 'REPORT' ? 'ATTENDED' : rule.status;
}

/**
 * Finds who attended, plans to attend, is invited to or was represented at
 * a meeting, sentence by sentence. The meeting is the one the sentence
 * names, else the letter's own. Countries, groups and organizations count
 * as guests ("Zweden neemt deel als genodigde"), as the countries of an
 * office ("de ministers van Buitenlandse Zaken van Finland en Zweden") and
 * as the subject of taking part ("Montenegro nam deel"); people and offices
 * count for every status. "Ik" is the letter's one signatory.
 */
export function findAttendances(ctx: LetterContext, mentions: MeetingMention[], ownMeetingId: string | null, letterKind: DocumentKind): FoundAttendance[] {
  const found: FoundAttendance[] = [];
  const signatories = findSignatories(ctx);
  const signatory = signatories.length === 1 ? signatories[0] : null;
  const signatoryOffice = signatory ? ctx.reference.offices.find((o) => o.title === signatory.office)?.id ?? null : null;
  for (const sentence of ctx.sentences) {
    const rules = RULES.filter((r) => r.pattern.test(sentence.text));
    if (rules.length === 0) continue;
    // Topics are named in their own layer; who comes is read from the actors and offices alone.
    const actors = actorsOf(ctx, sentence);
    const meetingId = meetingOfSentence(sentence, mentions, ownMeetingId);
    if (!meetingId) continue;
    const seen = new Set<string>();
    for (const rule of rules) readRule(rule, sentence, actors, meetingId, seen);
  }
  return found;

  function readRule(rule: StatusRule, sentence: SentenceView, allActors: ActorMention[], meetingId: string, seen: Set<string>) {
    if (rule.takes === 'acting-people' && (!tellsAfter(letterKind) || meetingId !== ownMeetingId)) return;
    const status = statusFor(rule, ctx, mentions, meetingId!, letterKind);
    // A member of the Alliance on the meeting's first day is never its guest.
    const meetingStart = mentions.find((m) => m.meeting.id === meetingId)?.meeting.startDate ?? ctx.statedDate ?? '9999-12-31';
    const isMember = (id: string) => {
      const accession = ctx.reference.countries.find((c) => c.id === id)?.natoAccession;
      return accession !== undefined && accession <= meetingStart;
    };
    const text = sentence.text;
    // Who comes from outside the Alliance (a partner state, the EU, the UN) to a meeting still to come is its guest: invited, not planning to come.
    const isGuest = (actor: ActorRef, officeId: string | null): boolean => {
      const officeIds = officeId ? [officeId] : 'officeId' in actor ? [actor.officeId] : [];
      const person = 'entityId' in actor ? ctx.reference.people.find((p) => p.id === actor.entityId) : undefined;
      if ('entityId' in actor && ctx.reference.countries.some((c) => c.id === actor.entityId)) return !isMember(actor.entityId);
      for (const term of person?.offices ?? []) if (term.from <= meetingStart && (!term.to || meetingStart < term.to)) officeIds.push(term.office);
      const offices = officeIds.map((id) => ctx.reference.offices.find((o) => o.id === id)).filter((o) => o !== undefined);
      if (offices.length > 0) return offices.every((o) => (o.organization !== undefined && o.organization !== NATO_ORG) || (o.country !== undefined && !isMember(o.country)));
      return person?.country !== undefined && !isMember(person.country);
    };
    const add = (actor: ActorRef, officeId: string | null, representedByOfficeId: string | null = null, person?: LetterPerson, given: AttendanceStatus = status) => {
      const as: AttendanceStatus = given === 'PLANNED' && isGuest(actor, officeId) ? 'INVITED' : given;
      const key = 'entityId' in actor ? actor.entityId : actor.officeId;
      // One status per actor, meeting and sentence (the first rule's); another sentence may give another ("nam deel", "werd vervangen").
      if (seen.has(key)) return;
      seen.add(key);
      if (found.some((f) => f.meetingId === meetingId && f.status === as && ('entityId' in f.actor ? f.actor.entityId : f.actor.officeId) === key)) return;
      const evidence = sentenceEvidence(ctx, sentence, rule.id, 0.8);
      found.push({ meetingId, actor, status: as, officeId, representedByOfficeId, person, evidence });
    };
    const cue = text.search(rule.pattern);
    // "..., en van de samenwerking met de EU, waarvoor Mogherini is uitgenodigd": a guest rule takes the guests of its own clause.
    const cueClause = rule.takes === 'guests' ? mainClauseAt(text, cue, cue + (rule.pattern.exec(text)?.[0].length ?? 0)) : null;
    const actors = cueClause ? allActors.filter((m) => m.start >= cueClause.start && m.end <= cueClause.end) : allActors;
    // "Ik nam deel", "werd ik vervangen door", "Ondergetekende nam deel": the one who signed the letter.
    const me = /\b(?:ik|ondergetekende)\b/i.exec(text);
    const meCounts = me && signatory && rule.takes !== 'people-after-met' && rule.takes !== 'guests-after-met' && rule.takes !== 'named-people' && !/\bgenodigden?\b/i.test(text);

    if (rule.status === 'REPRESENTED') {
      const at = text.search(/\bvertegenwoordigd\s+door\b|\bvervangen\s+door\b/i);
      const represented = actors.filter((m) => m.kind === 'country' && m.start < at).pop();
      const by = actors.find((m) => m.kind === 'office' && m.start > at);
      // "Nederland was vertegenwoordigd door de Minister-President en de Minister van Defensie": its leaders and ministers, who came;
      // "door de Permanent Vertegenwoordiger" stands in for them (REPRESENTED).
      const delegation = actors.filter((m) => {
        const office = m.kind === 'office' && m.start > at ? ctx.reference.offices.find((o) => o.id === m.id) : undefined;
        return office !== undefined && office.country === represented?.id && LEADER_OR_MINISTER.test(office.title);
      });
      if (represented && delegation.length > 0) {
        const came = statusFor({ ...rule, status: 'PLANNED', tense: 'by-date' }, ctx, mentions, meetingId, letterKind);
        for (const office of delegation) add({ officeId: office.id }, office.id, null, undefined, came);
        return;
      }
      if (represented) add({ entityId: represented.id }, null, by?.id ?? null);
      else if (meCounts && me.index < at) add({ entityId: signatory.personId }, signatoryOffice, by?.id ?? null);
      return;
    }
    if (meCounts) add({ entityId: signatory.personId }, signatoryOffice);

    // "de Hoge Vertegenwoordiger van de EU": the EU qualifies its own office, whose holder comes.
    // "de ministers van Buitenlandse Zaken van Finland en Zweden": the countries come, in that office.
    const qualifiers = new Set<number>();
    const foreignOffice = new Set<number>();
    const listed = new Set<number>();
    for (const [i, mention] of actors.entries()) {
      if (mention.kind !== 'office') continue;
      const office = ctx.reference.offices.find((o) => o.id === mention.id);
      const owns = (id: string) => id === office?.country || id === office?.organization;
      // "de EU Hoge Vertegenwoordiger": the owner right before its office.
      const previous = actors[i - 1];
      if (previous && owns(previous.id) && /^\s*$/.test(text.slice(previous.end, mention.start))) qualifiers.add(i - 1);
      let j = i + 1;
      while (j < actors.length && /^\s*(van(\s+de)?|,|en)\s*$/i.test(text.slice(actors[j - 1].end, actors[j].start))) {
        const next = actors[j];
        if (next.kind !== 'country' && next.kind !== 'organization') break;
        if (owns(next.id)) qualifiers.add(j);
        else {
          foreignOffice.add(i);
          if (next.kind === 'country') listed.add(j);
        }
        j += 1;
        if (!foreignOffice.has(i)) break;
      }
    }

    const afterMet = rule.takes === 'people-after-met' || rule.takes === 'guests-after-met' ? text.search(/\b[Mm]et\s+(?:de\b|hun\b|zijn\b|haar\b|(?=\p{Lu}|(?:president|premier|minister|koning)\b))/u) : 0;
    // "uitgenodigd voor een sessie over de samenwerking met partners in de Indo-Pacific": what is spoken about does not come.
    const aboutAt = rule.takes === 'guests' ? text.search(/\b(sessie|gesprek|discussie|bijeenkomst)\s+over\b/i) : -1;
    const takesGuests = rule.takes === 'guests' || rule.takes === 'guests-after-met';
    const verbAfterAbout = aboutAt >= 0 ? text.slice(aboutAt).search(/\b(nemen|neemt|namen|nam|is|zijn|was|waren|werd|werden|zal|zullen)\b/i) : -1;
    const aboutEnd = aboutAt < 0 ? -1 : verbAfterAbout < 0 ? text.length : aboutAt + verbAfterAbout;
    // "onder voorzitterschap van Secretaris-Generaal Rutte": the one actor right after the cue.
    const cueEnd = rule.takes === 'first-after-cue' ? cue + (rule.pattern.exec(text)?.[0].length ?? 0) : -1;
    const near = cueEnd >= 0 ? actors.filter((m) => m.start >= cueEnd && m.start - cueEnd <= 60 && (m.kind === 'person' || m.kind === 'office')) : [];
    const first = near.find((m) => m.kind === 'person') ?? near[0];
    // "Beide landen zijn in hoedanigheid van genodigde aanwezig": the countries of the sentence before.
    if (takesGuests && /^(beide|deze)\s+landen\b/i.test(text)) {
      const previous = ctx.sentences[sentence.index - 1];
      for (const m of previous?.passageIndex === sentence.passageIndex ? previous.mentions : []) {
        if (m.kind === 'country' && !isMember(m.id)) add({ entityId: m.id }, null);
      }
    }
    for (const [i, mention] of actors.entries()) {
      if (qualifiers.has(i) || mention.start < afterMet || (aboutAt >= 0 && mention.start > aboutAt && mention.start < aboutEnd)) continue;
      if (rule.takes === 'named-people' && mention.kind !== 'person') continue;
      if (rule.takes === 'acting-people' && !actsHere(ctx, text, mention, cue, isMember)) continue;
      if (rule.takes === 'first-after-cue' && mention !== first) continue;
      // "Schoof verwelkomde dat Japan als genodigde deelnam": who speaks of the attendance is not the one attending.
      if (mention.start < cue && speaksOf(text.slice(mention.end, cue))) continue;
      const next = actors[i + 1];
      const previous = actors[i - 1];
      const officeBefore = previous && previous.kind === 'office' && mention.start - previous.end <= 20 ? previous.id : null;
      if (mention.kind === 'office') {
        // "Minister van Defensie Bijleveld": the office with its holder's name right after it.
        if (next && next.kind === 'person' && next.start - mention.end <= 2) continue;
        if (foreignOffice.has(i)) continue;
        add({ officeId: mention.id }, mention.id);
      } else if (mention.kind === 'person') {
        add({ entityId: mention.id }, officeBefore, null, mention.person);
      } else if (listed.has(i)) {
        add({ entityId: mention.id }, officeBefore);
      } else if (
        mention.kind === 'country' &&
        isAdjective(ctx, text, mention) &&
        ((!isMember(mention.id) && THEIR_MINISTERS_AFTER.test(text.slice(mention.end))) || THEIR_COUNTERPARTS_AFTER.test(text.slice(mention.end)))
      ) {
        // "de Finse en Zweedse ministers van Defensie": the ministers of states that are not (yet) allies come for them.
        add({ entityId: mention.id }, null);
      } else if (GUEST_KINDS.has(mention.kind) && !isHost(mention.id) && !isAdjective(ctx, text, mention)) {
        const head = headOf(ctx, text, actors, i);
        if (head) add({ officeId: head }, head);
        // "partners aansluiten, zoals Australië en Japan": the guests the sentence lists, not what is spoken of.
        else if (
          (takesGuests || (rule.takes === 'people-after-met' && COUNTERPARTS_FROM.test(listHead(text, actors, i)))) &&
          !(mention.kind === 'country' && isMember(mention.id)) &&
          (!SPOKEN_OF.test(listHead(text, actors, i)) || GUESTS_LISTED.test(listHead(text, actors, i)) || COUNTERPARTS_FROM.test(listHead(text, actors, i)))
        )
          add({ entityId: mention.id }, officeBefore);
        else if (rule.takes === 'people' && mention.kind === 'country' && takesPartItself(text, actors, i, cue)) add({ entityId: mention.id }, null);
      }
    }
  }
}

/**
 * Whether a person is the one who acts at the cue: named right before the
 * verb ("Blinken riep ...") or right after it ("deponeerde de Finse minister
 * ... Haavisto"), and of an allied state (or with no state: an official of
 * NATO or the EU), so that a foreign leader spoken of is not counted.
 */
function actsHere(ctx: LetterContext, text: string, mention: ActorMention, cue: number, isMember: (id: string) => boolean): boolean {
  if (mention.kind !== 'person') return false;
  const before = mention.end <= cue && /^[\s,]*$/.test(text.slice(mention.end, cue));
  const after = mention.start > cue && /^\S+\s+(?:(?:de|het)\s+)?(?:[\p{L}-]+\s+){0,6}$/u.test(text.slice(cue, mention.start));
  if (!before && !after) return false;
  const entity = ctx.names.get(mention.id);
  const country = mention.person?.countryId ?? (entity && 'country' in entity ? entity.country : undefined) ?? null;
  if (country === null || isMember(country)) return true;
  // A partner's foreign or defence minister who acts in the report of a ministerial ("De Oekraïense minister van Defensie
  // Reznikov schetste de situatie aan het front") sat at its table; a partner's head of state spoken of did not.
  const person = ctx.reference.people.find((p) => p.id === mention.id);
  return (person?.offices ?? []).some((t) => /^Minister of (?:Foreign Affairs|Defence)\b/.test(ctx.reference.offices.find((o) => o.id === t.office)?.title ?? ''));
}

/**
 * The clause a cue stands in, with the relative clauses inside it and the
 * words they hang from: "Montenegro, dat ... lid wordt, neemt als genodigde
 * deel" is one clause for the guest rule.
 */
function mainClauseAt(text: string, at: number, cueEnd: number): { start: number; end: number } {
  const clauses = clausesOf(text);
  const here = clauseAt(clauses, at);
  // A cue that spans clauses ("nemen ook X, en Y deel") keeps all it spans, and the guests it lists after "zoals".
  let end = Math.max(here.end, clauseAt(clauses, Math.max(at, cueEnd - 1)).end);
  const listed = clauses.find((c) => c.start >= end && /^\s*,?\s*zoals\b/i.test(text.slice(end, c.end)));
  if (listed && /^[\s,]*$/.test(text.slice(end, listed.start))) end = text.length;
  let i = clauses.indexOf(here);
  let interrupted = false;
  while (i > 0 && clauses[i - 1].subordinate) {
    i -= 1;
    interrupted = true;
  }
  if (interrupted && i > 0) i -= 1;
  return { start: clauses[i].start, end };
}

/**
 * Whether the words between a name and the attendance cue put the
 * attendance in a clause of its own ("verwelkomde dat Japan ... deelnam"),
 * not counting a relative clause about the name ("Montenegro, dat ... lid
 * wordt, neemt deel").
 */
function speaksOf(between: string): boolean {
  const own = between.replace(/^\s*,\s*(dat|die|wat)\b[^,]*,/i, '');
  return /\b(dat|omdat)\b/i.test(own);
}

// The word before a name that makes it what is spoken of at the meeting ("spraken over China").
const SPOKEN_OF = /\b(over|aan|in|tegen|naar|uit|tot|tussen|richting|jegens|zoals|(?:samenwerking|dialoog|relatie|relaties|partnerschap|betrekkingen)\s+met)\s+(de\s+|het\s+)?$/i;

// The ministers or leaders of the states named by adjective right before: "Finse en Zweedse ministers".
const THEIR_MINISTERS_AFTER = /^(?:\s*(?:,|en)\s+\p{Lu}\p{L}+)*\s+(?:ministers|regeringsleiders|delegaties|collega['’]?s)\b/u;
// "gesprekken met zijn Duitse, Poolse en Noorse ambtgenoten": counterparts met at the meeting, allies too.
const THEIR_COUNTERPARTS_AFTER = /^(?:\s*(?:,|en)\s+\p{Lu}\p{L}+)*\s+(?:ambtgeno(?:ot|ten)|collega['’]?s?)\b/u;
// "met hun collega's uit Australië, Japan ...": the states their counterparts come from.
const COUNTERPARTS_FROM = /\b(?:collega['’]?s|ambtgenoten)\s+uit\s+$/i;
// Guests listed after the word for them: "partners van de NAVO aansluiten, zoals".
const GUESTS_LISTED = /\b(?:partners|partnerlanden|landen|genodigden|gasten)\b[^.;]{0,60}\bzoals\s+$/i;

// Where taking part is in a meeting ("waaraan", "aan de Top"), not in a fund or a mission.
const IN_A_MEETING = /\b(waaraan|daaraan|top|bijeenkomst|vergadering|(werk)?sessies?|ministeri[eë]le|overleg)\b|\bals\s+(?:volwaardig\s+)?(?:lid|bondgenoot)\b/i;

/**
 * A country in a sentence about taking part that takes part itself: its
 * ministers or leaders ("de ministers van Buitenlandse Zaken van Australië,
 * Japan ..."), the subject before the verb ("Montenegro nam deel", "waaraan
 * Zweden deelneemt"), or added to those who took part ("evenals Finland").
 */
function takesPartItself(text: string, actors: ActorMention[], index: number, cue: number): boolean {
  if (!IN_A_MEETING.test(text)) return false;
  const head = listHead(text, actors, index);
  if (/\b(ministers|regeringsleiders|staatshoofden|leiders|premiers|presidenten)\s+(van\s+(buitenlandse\s+zaken|defensie)\s+)?van\s+$/i.test(head)) return true;
  if (PREPOSITION_BEFORE.test(head)) return false;
  // "Nederland verwelkomt dat Montenegro ... deelneemt": only the subject of the clause that takes part.
  const subject = actors[index].start < cue && !speaksOf(text.slice(actors[index].end, cue));
  return subject || /\b(evenals|alsook)\s+$/i.test(head);
}

/** "de Oekraïense krijgsmacht": a country named by its adjective before a noun is what is spoken of, not who comes. */
function isAdjective(ctx: LetterContext, text: string, mention: ActorMention): boolean {
  if (mention.kind !== 'country' || !/^\s+\p{Ll}/u.test(text.slice(mention.end))) return false;
  const country = ctx.reference.countries.find((c) => c.id === mention.id);
  return country !== undefined && /e$/.test(mention.matched) && mention.matched !== country.nameNl && mention.matched !== country.name;
}

/** The text before the list a mention stands in ("Finland, Zweden en ..."), for the word that governs the list. */
function listHead(text: string, actors: ActorMention[], index: number): string {
  let i = index;
  while (i > 0 && /^\s*(,|en|evenals)?\s*$/i.test(text.slice(actors[i - 1].end, actors[i].start))) i -= 1;
  return text.slice(0, actors[i].start);
}

/**
 * The meeting a sentence speaks of: one it names; else, for "deze laatste
 * bijeenkomst", the meeting named last before it; else the letter's own.
 */
function meetingOfSentence(sentence: SentenceView, mentions: MeetingMention[], ownMeetingId: string | null): string | null {
  // "de eerste Top sinds de Leaders' Meeting in Londen": a meeting named as a point in time is not the one spoken of.
  // "Zweden, dat tijdens de NAVO-top in Madrid was uitgenodigd lid te worden, nam als genodigde deel": a meeting inside a relative
  // clause set off by commas is what that clause tells of, not where the sentence's guest takes part.
  const inRelativeClause = (m: MeetingMention) => /,\s*(?:dat|die)\b[^,;]*$/i.test(sentence.text.slice(0, m.start)) && /^[^,;.]*,/.test(sentence.text.slice(m.end));
  // "stond in het teken van de voorbereiding van de NAVO-Top in Vilnius": the meeting prepared for is not where this one's people are.
  const preparedFor = (m: MeetingMention) => /\b(?:voorbereiding\s+(?:van|op)|in\s+aanloop\s+naar)\s+(?:de\s+)?(?:NAVO-)?(?:[Tt]op\s+(?:in|van|te)\s+)?$/i.test(sentence.text.slice(Math.max(0, m.start - 50), m.start));
  const named = mentions.filter(
    (m) => m.sentence === sentence && !/\bsinds\b[^,.;]{0,50}$/i.test(sentence.text.slice(Math.max(0, m.start - 60), m.start)) && !inRelativeClause(m) && !preparedFor(m),
  );
  // "deze laatste" points at the meeting named last; "deze laatste sessie" at the last session of the one listed.
  if (/\b(deze|die)\s+laatste\b(?!\s+(?:sessie|werksessie|bespreking|agendapunt|onderwerp|thema)\b)|\blaatstgenoemde\b/i.test(sentence.text)) {
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
function headOf(ctx: LetterContext, text: string, actors: ActorMention[], index: number): string | null {
  let i = index;
  // Walk back over a list of organizations ("de Europese Raad, de Europese Commissie en ...").
  while (i > 0 && actors[i - 1].kind === 'organization' && /^\s*(,|en)?\s*(de\s+)?$/i.test(text.slice(actors[i - 1].end, actors[i].start))) i -= 1;
  const lead = text.slice(Math.max(0, actors[i].start - 30), actors[i].start);
  if (!/\b(voorzitters?|presidenten?)\s+van\s+(de\s+)?$/i.test(lead)) return null;
  const organizationId = actors[index].id;
  return ctx.reference.offices.find((o) => o.organization === organizationId && /president/i.test(o.title))?.id ?? null;
}
