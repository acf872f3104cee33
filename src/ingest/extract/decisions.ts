import { tellsAfter, type DecisionKind, type DecisionRecord, type DocumentKind, type MeetingRecord } from '../letter-graph';
import {
  NATO,
  NORTH_ATLANTIC_COUNCIL,
  actorName,
  actorsBySentence,
  clauseAt,
  clausesOf,
  type Clause,
  isFuture,
  letterDate,
  listOf,
  mayMatch,
  meetingEarlierInPassage,
  ministerialByKind,
  namedMeetings,
  nearestMeeting,
  refersToOwnMeeting,
  summitMeant,
  prepareRules,
  sentenceCase,
  subjectOf,
  triggersIn,
  type ActorKind,
  type NamedMeeting,
  type SentenceActors,
} from './claim-parts';
import { sentenceEvidence, type LetterContext, type SentenceView } from './context';
import type { MeetingMention } from './meetings';
import { subjectsOf, takenUpTopics, topicsOf } from './topics';
import { LEXICON, verbForms, verbTriggers } from './lexicon';
import { governedSpan, governedWords, statusOf, tenseOf, withAntecedents, type Span } from './claim-content';

/** One way the letters say that something was decided, or is to be. */
interface DecisionRule {
  id: string;
  kind: DecisionKind;
  pattern: RegExp;
  /**
   * The decision is named as a thing ("de besluiten genomen op de Top",
   * "de afspraken zoals gemaakt tijdens"): whoever the clause is about did
   * not take it, the meeting's participants did.
   */
  nominal?: boolean;
  /** The verb needs an Allied subject to be a decision ("bevestigen" is also what anyone does to a fact). */
  needsSubject?: boolean;
  /** Actor kinds that are the object of the verb, never its subject (the body tasked). */
  objects?: ReadonlySet<ActorKind>;
  /** Extra condition on the match. */
  accept?: (text: string, match: RegExpMatchArray) => boolean;
  /** The rule finds that nothing was decided ("er werden geen besluiten genomen"): a negation is what it looks for. */
  none?: boolean;
  /** Lower-case words of which every match of the pattern contains one (see `mayMatch`). */
  triggers?: readonly string[];
  confidence: number;
}

// A participle is a decision only as a verb ("is goedgekeurd"), not as an adjective ("de aangenomen verklaring").
const NATIONAL_BUDGET = /\b(?:defensiebudget|defensiebegroting|begroting|rijksbegroting|voorjaarsnota|miljoenennota)\b/i;
const THAT_MEETING = /\b(?:op|tijdens|bij)\s+die\s+(?:NAVO-?)?(?:Top|top|bijeenkomst|vergadering)\b/i;
const PASSIVE_AUXILIARY = /\b(?:wordt|worden|werd|werden)\b/i;
const AUXILIARY = /\b(is|zijn|werd|werden|wordt|worden|zal|zullen|hebben|heeft|had|hadden)\b/i;
const NEGATION = /\b(niet|geen|nooit)\b/i;
// "besluiten" and "besluit" as nouns: after an article or adjective, or before "van"/"genomen".
const NOUN_BEFORE = /\b(de|het|die|deze|een|aantal|cruciale|formele|belangrijke|eerdere|nieuwe|genomen|nemen|namen|laat|laten|liet|lieten)\s+$/i;
// "een besloten sessie", "in besloten kring": besloten as an adjective, closed to others.
const CLOSED_GATHERING_AFTER = /^\s+(?:sessie|sessies|zitting|vergadering|bijeenkomst|deel|overleg|kring|karakter|diner|lunch)\b/i;
// "de agenda van de Top is", "de agenda wordt": a meeting's agenda being set.
const AGENDA_SET_BEFORE = /\bagenda\b(?:\s+van\s+(?:de|het)\s+\S+)?\s+(?:is|wordt|werd|zal\s+worden)\s+$/i;
const TASKED: ReadonlySet<ActorKind> = new Set(['council', 'office', 'person']);

const participleAsVerb = (participle: RegExp) => (text: string, match: RegExpMatchArray) => {
  const word = match[0];
  if (!participle.test(word)) return true;
  return AUXILIARY.test(text.slice(0, match.index)) && !/^\s+(?!en\b|tijdens\b|op\b|in\b|door\b|met\b)\p{Ll}+e\s/u.test(text.slice(match.index! + word.length));
};

// Every form of a verb: present, past, participle, infinitive (with "te").
const ALL_FORMS = ['present', 'past', 'nonfinite'] as const;

const RULES: DecisionRule[] = [
  {
    id: 'decision/decisions-named',
    triggers: ['besluit'],
    kind: 'DECISION',
    nominal: true,
    // "besluiten die bondgenoten op de top hebben genomen", "namen zij besluiten over de verdere koers".
    pattern:
      /\bbesluit(?:en)?\s+(?:(?:wordt|worden|werd|werden)\s+)?genomen\b|\bbesluit(?:en)?\s+van\s+de\b|\bbesluiten\b[^.;]{0,160}?\b(?:worden|werden|zijn|hebben|heeft)\s+genomen\b|\b(?:namen|nam)\s+(?:\p{L}+\s+){0,2}?besluit(?:en)?\s+over\b/giu,
    confidence: 0.7,
  },
  {
    id: 'decision/decision-expected',
    triggers: ['verwacht', 'plaats'],
    kind: 'DECISION',
    nominal: true,
    // "Die beslissing wordt op deze bijeenkomst verwacht", "Daar wordt een nieuwe afspraak over ... verwacht",
    // "Besluitvorming over de missie vindt naar verwachting plaats tijdens ...": a decision still to come, named as a thing.
    pattern:
      /\b(?:beslissing|besluit|besluitvorming|afspraak|akkoord)\b[^.;,]{0,60}?\b(?:wordt|worden)\b[^.;,]{0,40}?\bverwacht\b(?!\s+(?:dat|te|om)\b)|\b(?:wordt|worden)\s+(?:\p{L}+\s+){0,5}?(?:beslissing|besluit|afspraak|akkoord|(?:[\p{L}-]+\s+)?(?:Force\s+Model|Concept|model|concept|actieplan|strategie))\b[^.;,]{0,60}?\bverwacht\b(?!\s+(?:dat|te|om)\b)|\bbesluitvorming\b[^.;]{0,80}?\bvindt\b[^.;]{0,30}?\bplaats\b/giu,
    confidence: 0.65,
  },
  {
    id: 'decision/none-taken',
    triggers: ['geen'],
    kind: 'DECISION',
    none: true,
    // "Er werden geen besluiten genomen", "Tijdens deze bijeenkomst vond geen formele besluitvorming plaats".
    pattern: /\bgeen\s+(?:\p{L}+\s+)?(?:besluiten|besluitvorming|besluit)\b[^.;]{0,40}?\b(?:genomen|plaats|nemen|voorzien|gepland)\b/giu,
    confidence: 0.7,
  },
  {
    id: 'decision/agreements-made',
    triggers: ['afspraak', 'afspraken'],
    kind: 'AGREEMENT',
    nominal: true,
    // "afspraken ... gemaakt", "de afspraken over de defensie-uitgaven die tijdens de Top in Wales zijn gemaakt".
    pattern: /\bafspra(?:ak|ken)\s+(?:\p{L}+\s+){0,2}?(?:gemaakt|maakten)\b|\bafspra(?:ak|ken)\b[^.;]{0,80}?\b(?:is|zijn|werd|werden|was|waren|hebben|heeft)\s+gemaakt\b|\b(?:hebben|heeft)\s+(?:\p{L}+\s+){0,4}?afspra(?:ak|ken)\s+gemaakt\b/giu,
    confidence: 0.7,
  },
  {
    id: 'decision/measures-taken',
    triggers: ['besluit', 'maatregelen'],
    kind: 'DECISION',
    // "namen ... diverse maatregelen"; not "deel te nemen aan ... maatregelen".
    pattern: /(?<!\bte\s)\b(?:nemen|namen|neemt|nam)\s+(?:\p{L}+\s+){0,7}?(?:besluit|besluiten|maatregelen)\b/giu,
    confidence: 0.8,
  },
  {
    id: 'decision/reaffirmed',
    triggers: [...verbTriggers(LEXICON.herbevestigen), 'nogmaals', 'herhaald'],
    kind: 'REAFFIRMATION',
    // "werd de committering aan deze afspraken herhaald": a commitment restated.
    pattern: new RegExp(
      String.raw`${verbForms(LEXICON.herbevestigen, ALL_FORMS)}|\bnogmaals\b[^.;]{0,30}\bcommitteren\b|(?<=\b(?:committering|toezegging|toewijding|verplichting)\b[^.;]{0,60}?)\bherhaald\b`,
      'giu',
    ),
    confidence: 0.85,
  },
  {
    id: 'decision/confirmed',
    triggers: ['bevestig'],
    kind: 'REAFFIRMATION',
    needsSubject: true,
    // "bevestigden de garantie" reaffirms a commitment; what the Allies together "bevestigden dat ..." is reaffirmed too (the subject must be the Alliance).
    pattern: /\b(?:bevestigen|bevestigden)\b/gi,
    // "bevestigden dat zij de Afghaanse strijdkrachten blijven trainen": their own pledge restated is the pledge (commitments.ts).
    accept: (text, match) => !/^\s+dat\s+(?:zij|ze|wij|we)\b[^.;]*\b(?:zullen|blijven)\b/i.test(text.slice(match.index! + match[0].length)),
    confidence: 0.7,
  },
  {
    id: 'decision/endorsed',
    triggers: verbTriggers(LEXICON.bekrachtigen, LEXICON.onderschrijven, LEXICON.instemmen),
    kind: 'ENDORSEMENT',
    // "stemmen in met", "ingestemd met": agreeing to something, not a vote on its own.
    pattern: new RegExp(
      String.raw`${verbForms(LEXICON.bekrachtigen, ALL_FORMS)}|${verbForms(LEXICON.onderschrijven, ['past', 'nonfinite'])}|(?:${verbForms(LEXICON.instemmen, ALL_FORMS, 60)})\s+met\b`,
      'giu',
    ),
    accept: participleAsVerb(/^bekrachtigd$/i),
    confidence: 0.85,
  },
  {
    id: 'decision/agreed',
    triggers: [...verbTriggers(LEXICON.overeenkomen, LEXICON.afspreken), 'overeenstemming', 'eens'],
    kind: 'AGREEMENT',
    // "zijn het in principe eens geworden over een uitbreiding van de trainingsmissie".
    pattern: new RegExp(
      String.raw`${verbForms(LEXICON.overeenkomen, ALL_FORMS, 60)}|${verbForms(LEXICON.afspreken, ALL_FORMS, 80)}|\blegde\p{L}*\s+(?:\p{L}+\s+){0,2}?overeenstemming\b|\bovereenstemming\s+(?:\p{L}+\s+){0,2}?(?:bereikt|bereikten|vast)\b|` +
        String.raw`\b(?:zijn|waren|werden|worden|raakten)\s+(?:het\s+)?(?:[\p{L}-]+\s+){0,4}?eens\s+(?:geworden\s+)?over\b`,
      'giu',
    ),
    // "afspraken" is as a rule the noun (agreements), not the joined past of "afspreken".
    accept: (_text, match) => !/^afspraken$/i.test(match[0]),
    confidence: 0.8,
  },
  {
    id: 'decision/tasked',
    triggers: ['opgedragen', 'opdracht', 'mandaat', 'nodigde', 'verzocht', 'droegen', 'uitwerken'],
    // The tasked body is the subject of "kregen ... de opdracht"; the tasking is the Alliance's.
    kind: 'TASKING',
    objects: TASKED,
    // ... and what a NATO body is to work out after the meeting: "De NAR zal DIANA nader uitwerken".
    // "kregen de militaire autoriteiten de opdracht opties uit te werken": the task received.
    pattern:
      /\bopgedragen\b|\bopdracht\s+(?:\p{L}+\s+){0,2}?(?:gegeven|geven|gaven|gaf)\b|\b(?:kreeg|kregen|krijgt|krijgen)\b[^.;]{0,60}?\bopdracht\b|\b(?:geven|gaven|gaf|gegeven)\b[^.;]{0,60}?\bopdracht\b|\bmandaat\s+(?:\p{L}+\s+){0,2}?(?:gegeven|geven|gaven|gaf)\b|\b(?:geven|gaven|gaf|gegeven)\b[^.;]{0,60}?\bmandaat\b|\bnodigden?\b[^.;]{0,80}?\buit\b|\b(?:is|werd|zijn|werden)\s+(?:\p{L}+\s+)?verzocht\b|\bdroegen\b[^.;]{0,40}?\bop\b|\b(?:zal|zullen)\b[^.;]{0,60}?\bnader\s+uitwerken\b/giu,
    confidence: 0.8,
  },
  {
    id: 'decision/adopted',
    triggers: ['\\baannemen', '\\baangenomen', '\\bnam', '\\bneemt', '\\bnemen', '\\bgoed', '\\bvastgesteld', '\\bvaststellen', '\\bstelde'],
    kind: 'ADOPTION',
    pattern:
      /\baannemen\b|\baangenomen\b|\b(?:nam|namen)\b(?:(?!\b(?:deel|besluit|besluiten|maatregelen)\b)[^.;]){0,100}?\baan\b|(?<!\bte\s)\b(?:neemt|nemen)\b(?:(?!\b(?:deel|besluit|besluiten|maatregelen|toe)\b)[^.;,]){0,80}?\baan\b(?=\s*(?:[,.;:]|$)|\s+(?:en|die|dat|waarin|waarmee|tijdens|op)\b)|\bgoedgekeurd\b|\bgoedkeuren\b|\b(?:keurde|keurden|keurt|keuren)\b[^.;]{0,60}?\bgoed\b|\bvastgesteld\b|\bvaststellen\b(?!\s+dat\b)|\b(?:stelden|stelde)\b[^.;]{0,80}?\bvast\b(?!\s+dat)/gi,
    // "zodra de agenda van de Top is vastgesteld": setting a meeting's agenda is procedure, not a decision of substance.
    accept: (text, match) => participleAsVerb(/^(aangenomen|goedgekeurd|vastgesteld)$/i)(text, match) && !AGENDA_SET_BEFORE.test(text.slice(Math.max(0, match.index! - 60), match.index)),
    confidence: 0.8,
  },
  {
    id: 'decision/issued',
    triggers: ['uitgegeven', 'gepubliceerd', 'uitgebracht', 'uitbrengen', 'uitgeven', 'gepresenteerd', 'brengen', 'verklaring', 'communiqu', 'declaration', 'statement'],
    kind: 'ADOPTION',
    // A summit's output: "werd een slotverklaring uitgegeven", "brachten de leiders een communiqué uit".
    pattern: /\b(?:uitgegeven|gepubliceerd|uitgebracht|uitbrengen|uitgeven|gepresenteerd)\b|\buit\s+te\s+(?:brengen|geven)\b|\b(?:gaven|brachten|brengt|brengen|gaat|gaan|geeft|geven)\b[^.;]{0,60}?(?:verklaring|communiqué|declaration|statement)(?![\p{L}])[^.;]{0,20}?\buit\b/giu,
    accept: (text) => /(?:verklaring|communiqué|declaration|statement)(?![\p{L}])/iu.test(text),
    confidence: 0.75,
  },
  {
    id: 'decision/recognised',
    triggers: ['erken'],
    kind: 'DECISION',
    // "erkenden cyberspace als operationeel domein".
    pattern: /\b(?:erkenden|erkennen|erkent|erkende|erkend)\b[^.;]{0,80}?\bals\s+(?:\p{L}+\s+){0,2}?domein\b/giu,
    confidence: 0.8,
  },
  {
    id: 'decision/launched',
    triggers: [...verbTriggers(LEXICON.lanceren, LEXICON.oprichten), 'aanzet', 'start'],
    kind: 'DECISION',
    // "lanceren een initiatief", "werd ... opgericht", "richtten ... op", "gaven de aanzet tot".
    pattern: new RegExp(
      // "De bondgenoten richten een innovatiefonds op": the present of a news item, its particle closing the clause (not "richten zich op").
      String.raw`${verbForms(LEXICON.lanceren, ALL_FORMS)}|${verbForms(LEXICON.oprichten, ['past', 'nonfinite'], 60)}|\b(?:richt|richten)\b(?!\s+zich\b)[^.;]{0,60}?\bop\b(?=\s*[,.;]|\s+(?:en|dat|die|om)\b)|`+
        String.raw`\b(?:gaven|gaf)\b[^.;]{0,20}?\baanzet\b|\baanzet\s+(?:\p{L}+\s+){0,2}?(?:gaven|gaf|gegeven)\b|` +
        // "Tijdens de top zal het NAVO Innovatiefonds van start gaan": what the Alliance starts.
        String.raw`\b(?:gaat|gaan|ging|gingen)\s+(?:[\p{L}-]+\s+){0,6}?van\s+start\b|\bvan\s+start\s+(?:gaan|gegaan)\b`,
      'giu',
    ),
    // "kan echter pas van start gaan wanneer ...": a start on a condition is not decided.
    accept: (text, match) => participleAsVerb(/^(gelanceerd|opgericht)$/i)(text, match) && !(/\bstart\b/i.test(match[0]) && /\b(?:kan|kunnen|pas)\b/i.test(text.slice(0, match.index))),
    confidence: 0.75,
  },
  {
    id: 'decision/signed',
    triggers: ['ondertek'],
    kind: 'AGREEMENT',
    // "ondertekenden de overeenkomst tot oprichting van", "de ondertekening van het toetredingsprotocol": a text the Allies sign.
    pattern: /\b(?:ondertekenden|ondertekende|ondertekenen|ondertekent|ondertekend|ondertekening\s+van)\b(?=[^.;]{0,80}?\b(?:overeenkomst|(?:toetredings)?protocol|verklaring|memorandum|akkoord|verdrag)\b)/gi,
    accept: participleAsVerb(/^ondertekend$/i),
    confidence: 0.75,
  },
  {
    id: 'decision/decided',
    triggers: verbTriggers(LEXICON.besluiten),
    kind: 'DECISION',
    pattern: new RegExp(verbForms(LEXICON.besluiten, ['present', 'past']), 'gi'),
    // Not the noun ("het besluit van", "laat besluiten over ... aan") nor the adjective ("een besloten sessie": closed to others).
    accept: (text, match) =>
      !NOUN_BEFORE.test(text.slice(Math.max(0, match.index! - 20), match.index)) &&
      // "dat besluiten over ... aan een volgend kabinet zijn": a verb-final clause puts no verb right after "dat".
      !(/^besluiten$/i.test(match[0]) && /\bdat\s+$/i.test(text.slice(Math.max(0, match.index! - 6), match.index))) &&
      !/^\s+(van|genomen)\b/i.test(text.slice(match.index! + match[0].length)) &&
      !CLOSED_GATHERING_AFTER.test(text.slice(match.index! + match[0].length)),
    confidence: 0.85,
  },
  {
    id: 'decision/before-the-meeting',
    triggers: ['ligt', 'voorliggen'],
    kind: 'DECISION',
    // "ligt het formele besluit voor", "zal ... voorliggen": on the table of the meeting.
    pattern: /\bligt\b[^.;]{0,80}?\bvoor\b(?=\s*(?:tot|ter|aan|om|[.,;]|$))|\bvoorliggen\b|\bvoorligt\b/gi,
    confidence: 0.7,
  },
];
prepareRules(RULES);
// A verb says who did what; a decision named as a thing ("het besluit van de Top van Boekarest") only when no verb does.
const RULES_IN_ORDER = [...RULES.filter((r) => !r.nominal), ...RULES.filter((r) => r.nominal)];

// Things adopted rather than decided, when they lie before a meeting.
const ADOPTED_TEXT = /\b(actieplan|verklaring|strategie|concept|agenda|roadmap|beleid)\b/i;
// Words that go on about what the passage just named ("Destijds", "daar", "toen").
const ANAPHORIC_TIME = /^(?:\S+\s+){0,2}?(destijds|toen|daar|daarbij|hierbij)\b/i;
const PAST = /\b(werd|werden|was|waren|hebben|heeft|had|hadden|is\s+\p{L}+d|besloten|namen|nam|spraken|kwamen|stemden|bekrachtigden|herbevestigden|bevestigden|onderschreven|keurden|gaven|gaf|droegen|nodigden|legde|legden|afgesproken|opgedragen|goedgekeurd)\b/iu;
// "voor de NAVO-Top", "richting de Top", "ter voorbereiding op de Top": the meeting a piece of work is for.
const FOR_MEETING_BEFORE = /\b(?:voor|richting|ter\s+voorbereiding\s+(?:op|van))\s+(?:(?:de|het)\s+)?(?:NAVO[- ]?)?$/i;
// A meeting named as where something happens: "tijdens de Top", "op de bijeenkomst", "in Madrid".
const AT_PLACE_BEFORE = /\b(?:tijdens|op|bij|in|te)\s+(?:de\s+|het\s+)?(?:NAVO[- ]?)?(?:[Tt]op\s+(?:van|in|te)\s+)?$/i;
// Objects of an earlier meeting: "de conclusies van de Boekarest Top", "conform de afspraken van Wales".
const OBJECT_OF_BEFORE = /\b(van|aan|uit|conform)\s+(?:de\s+)?(?:NAVO[- ]?)?$/i;
// "de besluiten van de Top in Boekarest", "zoals vastgelegd in Washington": what an earlier meeting decided, named as such.
const DECIDED_THERE_BEFORE =
  /\b(?:besluit|besluiten|afspraken|afspraak|verklaring|conclusies|toezeggingen|toezegging)\s+(?:\p{L}+\s+){0,2}?(?:van|uit|in|op|tijdens)\s+(?:de\s+)?(?:NAVO-?\s?)?(?:Top\s+(?:van|in|te)\s+)?$|\b(?:zoals|als)\s+(?:\p{L}+\s+){0,3}?(?:vastgelegd|afgesproken|besloten|overeengekomen|gemaakt)\s+(?:in|op|tijdens|te)\s+(?:de\s+)?(?:NAVO-?\s?)?(?:Top\s+(?:van|in|te)\s+)?$/iu;

/**
 * The named meetings that are the object of the sentence, not where it
 * happens: "de conclusies van de Boekarest Top", and each meeting joined to
 * such a one ("de verklaringen van Boekarest (2008) en Vilnius (2023)").
 */
function objectReferences(text: string, named: MeetingMention[]): Set<MeetingMention> {
  const objects = new Set<MeetingMention>();
  const ordered = [...named].sort((a, b) => a.start - b.start);
  for (const [i, m] of ordered.entries()) {
    const previous = ordered[i - 1];
    const joined = previous && objects.has(previous) && /^[\s\d()]*(?:,|en|of)\s+(?:de\s+|het\s+)?$/i.test(text.slice(previous.end, m.start));
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (joined || OBJECT_OF_BEFORE.test(before.slice(-30)) || DECIDED_THERE_BEFORE.test(before)) objects.add(m);
  }
  return objects;
}

/**
 * Finds the decisions a letter reports or announces, one per sentence at
 * most: who decided (the Alliance unless the sentence names a NATO body as
 * the decider; "meerdere bondgenoten", the Netherlands and other single
 * actors do not take NATO decisions), at which meeting (the one the sentence
 * names, else a ministerial it names by kind, else the letter's own when it
 * says "de Top", else the one an earlier sentence of the passage named when
 * the sentence goes on about it), its kind, TAKEN or EXPECTED, its topics and
 * subjects, and for a reaffirmation the earlier meeting it reaffirms.
 * Conditions ("indien besluiten moeten worden genomen"), indirect questions
 * and negations are not decisions.
 */
export function findDecisions(ctx: LetterContext, mentions: MeetingMention[], own: MeetingRecord | null, letterKind: DocumentKind): DecisionRecord[] {
  const actors = actorsBySentence(ctx);
  const decisions: DecisionRecord[] = [];

  for (const sentence of ctx.sentences) {
    const found = decisionIn(ctx, sentence, actors, mentions, own, letterKind);
    if (!found) continue;
    const { rule, meeting, decidedBy, reaffirms, kind, at, end, subjectEnd, ownSpan } = found;
    const status = statusOf(tenseOf(sentence.text, at, end), meeting, own, letterKind, ctx);
    // "De regeringsleiders zullen dit besluit naar verwachting verwelkomen": also about what the sentences before decided.
    const topics = [...new Set([...topicsOf(sentence, ctx), ...takenUpTopics(sentence, ctx)])];
    const span = ownSpan ?? (rule.none ? { start: at, end } : rule.nominal ? nominalContent(sentence.text, end) : governedSpan(sentence.text, at, end, subjectEnd));
    const subjects = subjectsOf(sentence, ctx, decidedBy, span);
    const what = withAntecedents(ctx, governedWords(sentence.text, span), subjects);
    // A decision that says neither what nor on what tells a reader nothing; that none was taken says something.
    if (!what && topics.length === 0 && !rule.none) continue;
    const recalledId = status === 'TAKEN' ? recalledDecisionId(ctx, meeting, own, subjects, topics) : null;
    if (recalledId && decisions.some((d) => d.id === recalledId)) continue;
    decisions.push({
      id: recalledId ?? `decision:${ctx.documentSlug}/${decisions.length + 1}`,
      recalled: recalledId !== null,
      meetingId: meeting?.id ?? null,
      kind,
      status,
      date: meeting?.startDate ?? letterDate(ctx),
      what,
      summary: rule.none ? noDecisionSummary(ctx, decidedBy, status, meeting) : decisionSummary(ctx, kind, status, decidedBy, what, topics, meeting, reaffirms),
      decidedBy,
      topics,
      subjects,
      reaffirmsMeetingId: reaffirms?.id ?? null,
      evidence: sentenceEvidence(ctx, sentence, rule.id, meeting ? rule.confidence : rule.confidence - 0.2),
    });
  }
  return decisions;
}

/**
 * What a decision named as a thing says: the clause that spells it out after
 * its name and meeting ("het besluit van de Top van Boekarest <dat Oekraïne
 * en Georgië lid zullen worden>"); null when the sentence only names it.
 */
function nominalContent(text: string, nameEnd: number): Span | null {
  const rest = text.slice(nameEnd);
  const opener = /^[^.;:]*?\b(?:dat|om|over|tot|waarbij|waarin|inzake)\b/i.exec(rest);
  if (!opener) return null;
  const start = nameEnd + opener[0].length - (/\b(?:dat|om)$/i.test(opener[0]) ? 0 : opener[0].split(/\s+/).pop()!.length);
  const end = text.slice(start).search(/[.;]|$/);
  return { start, end: start + end };
}

interface FoundDecision {
  rule: DecisionRule;
  kind: DecisionKind;
  meeting: NamedMeeting | null;
  decidedBy: string[];
  reaffirms: NamedMeeting | null;
  /** Where the verb stands in the sentence, and where its subject ends (null when unnamed). */
  at: number;
  end: number;
  subjectEnd: number | null;
  /** What the claim says when it is the whole clause ("De NAR zal DIANA nader uitwerken"), not the words the verb governs. */
  ownSpan: Span | null;
}

/** The first rule, in order, that finds a decision in the sentence. */
function decisionIn(
  ctx: LetterContext,
  sentence: SentenceView,
  actors: SentenceActors,
  mentions: MeetingMention[],
  own: MeetingRecord | null,
  letterKind: DocumentKind,
): FoundDecision | null {
  const text = sentence.text;

  const present = triggersIn(text);
  for (const rule of RULES_IN_ORDER) {
    if (!mayMatch(rule.triggers, present)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const at = match.index;
      const end = at + match[0].length;
      if (rule.accept && !rule.accept(text, match)) continue;
      const clause = clauseAt(clausesOf(text), at);
      if (clause.hypothetical) continue;
      if (!rule.none && NEGATION.test(text.slice(clause.start, end))) continue;
      const clauseText = text.slice(clause.start, clause.end);
      const future = isFuture(clauseText) || isFuture(text.slice(0, at));

      let decidedBy = [NATO];
      let agentless = true;
      let subjectEnd: number | null = null;
      // "De NAR zal DIANA nader uitwerken": the body named is the one tasked; the tasking is the meeting's, the Alliance's.
      const bodyWorksOut = rule.kind === 'TASKING' && /\buitwerken$/i.test(match[0]);
      // "zal de NAVO-Oekraïne Raad worden opgericht": in a passive the phrase before the participle is what is decided on, not who decides.
      // "zal het NAVO-innovatiefonds van start gaan": what starts is what is decided on, not who decides.
      const passive =
        (/^\p{L}+$/u.test(match[0]) && PASSIVE_AUXILIARY.test(text.slice(clause.start, at)) && !/\bdoor\b/i.test(text.slice(end, clause.end))) || /\bvan\s+start\b/i.test(match[0]);
      if (!rule.nominal && !bodyWorksOut && !passive) {
        const subject = subjectOf(text, actors.phrasesOf(sentence), clause, at, { skip: rule.objects });
        if (subject) {
          subjectEnd = subject.end;
          const ref = subject.kind === 'pronoun' ? actors.antecedentOf(sentence) : subject.ref;
          const id = ref && 'entityId' in ref ? ref.entityId : null;
          if (subject.kind === 'council') decidedBy = [NORTH_ATLANTIC_COUNCIL];
          else if (id !== NATO) continue; // the Netherlands, single allies, people: not a decision of the Alliance
          agentless = false;
        } else if (rule.needsSubject) {
          continue;
        }
      }
      // "Het heeft in de begroting besloten het defensiebudget te verhogen": a decision on a national budget with no NATO subject is no NATO decision.
      if (agentless && rule.id === 'decision/decided' && NATIONAL_BUDGET.test(clauseText)) continue;

      // Where: named here, a ministerial named by kind, "de Top", or what the passage named before.
      const reaffirming = rule.kind === 'REAFFIRMATION';
      const named = namedMeetings(sentence, mentions);
      const objects = objectReferences(text, named);
      // What is reaffirmed was decided elsewhere: a reaffirmation takes place only at a meeting named as a place ("tijdens de Top in Madrid").
      // "het besluit van de Top van Boekarest" names what an earlier meeting decided, not where this one is taken.
      // A meeting named after the verb as what the work is for ("voorstellen uit te werken voor de Top in 2021") is not where it is decided.
      const places = (reaffirming ? named.filter((m) => !objects.has(m) && AT_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) : named.filter((m) => !objects.has(m) || AT_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))).filter(
        (m) => !(m.start > end && FOR_MEETING_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) && !inLaterSubordinate(text, end, m.start),
      );
      let meeting: NamedMeeting | null = nearestMeeting(places, at, end)?.meeting ?? null;
      if (!meeting) {
        const byKind = ministerialByKind(sentence, mentions, own);
        const past = PAST.test(clauseText) && !future;
        // "Op die Top kwamen de bondgenoten overeen": "die" points back at a summit named before, not at the letter's own.
        const thatMeeting = THAT_MEETING.test(text) ? meetingEarlierInPassage(sentence, mentions) : null;
        // A ministerial the letter's meetings do not include leaves the decision unplaced (null), not misplaced.
        const summit = summitMeant(ctx, text, mentions, own);
        if (byKind !== undefined) meeting = byKind;
        else if (thatMeeting) meeting = thatMeeting;
        else if (summit) meeting = summit;
        else if (refersToOwnMeeting(text) && own) meeting = own;
        else if (rule.nominal || ANAPHORIC_TIME.test(text) || (past && !tellsAfter(letterKind) && !agentless)) {
          meeting = meetingEarlierInPassage(sentence, mentions);
          // "Ook wordt een nieuw NATO Force Model verwacht": in a letter before its meeting, what is expected is expected there.
          if (!meeting && rule.id === 'decision/decision-expected' && !tellsAfter(letterKind)) meeting = own;
          if (!meeting) continue;
        } else if (tellsAfter(letterKind) || !past) meeting = own;
        else continue; // a past decision the letter does not place: nothing to attribute it to
      }

      const older = named.filter((m) => m.meeting.id !== meeting?.id && (!meeting || m.meeting.startDate < meeting.startDate));
      const reaffirms = nearestMeeting(older.filter((m) => reaffirming || objects.has(m)), at, end)?.meeting ?? null;
      const kind = rule.id === 'decision/before-the-meeting' && ADOPTED_TEXT.test(clauseText) ? 'ADOPTION' : rule.kind;
      return { rule, kind, meeting, decidedBy, reaffirms, at, end, subjectEnd, ownSpan: bodyWorksOut ? { start: clause.start, end: endOfContent(text, clause) } : null };
    }
  }
  return null;
}

const VERBS: Record<DecisionKind, [taken: string, expected: string]> = {
  DECISION: ['decided', 'is expected to decide'],
  ADOPTION: ['adopted', 'is expected to adopt'],
  ENDORSEMENT: ['endorsed', 'is expected to endorse'],
  REAFFIRMATION: ['reaffirmed', 'is expected to reaffirm'],
  TASKING: ['tasked', 'is expected to task'],
  AGREEMENT: ['agreed', 'is expected to agree'],
};

/**
 * The id of a decision the letter recalls from an earlier meeting, the same
 * in every letter that recalls it, so that it is one node with the evidence
 * of each: the meeting and what it concerns (its first topic, else its
 * subjects), e.g. `decision:2008-04-02-bucharest/open-door`. Null for a decision of
 * the letter's own meeting or of one not yet over, and for one that names
 * neither topics nor subjects.
 */
function recalledDecisionId(ctx: LetterContext, meeting: NamedMeeting | null, own: MeetingRecord | null, subjects: string[], topics: string[]): string | null {
  if (!meeting || meeting.id === own?.id) return null;
  const before = ctx.statedDate ?? own?.startDate ?? ctx.referenceDate;
  if (!before || meeting.endDate >= before) return null;
  // The first topic the sentence names is what letters agree on most (subjects drawn from context vary from letter to letter).
  const key = topics[0]?.slice('topic:'.length) ?? (subjects.length > 0 ? subjects.map((id) => id.slice(id.indexOf(':') + 1).toLowerCase()).sort().join('-') : null);
  return key ? `decision:${meeting.id.slice('meeting:'.length)}/${key}` : null;
}

/** "NATO took no decisions at the NATO Foreign Ministers' Meeting 2021." */
function noDecisionSummary(ctx: LetterContext, decidedBy: string[], status: string, meeting: NamedMeeting | null): string {
  const who = listOf(decidedBy.map((id) => actorName(ctx, id)));
  const where = meeting ? ` at the ${meeting.name}` : '';
  return sentenceCase(`${who} ${status === 'TAKEN' ? 'took' : 'is expected to take'} no decisions${where}.`);
}

/**
 * Who, what, where: "NATO adopted «de Washington Summit Declaration» at the
 * Washington Summit 2024." The letter's own words stand between guillemets;
 * without them, the topics say what it was on.
 */
function decisionSummary(
  ctx: LetterContext,
  kind: DecisionKind,
  status: string,
  decidedBy: string[],
  what: string | null,
  topics: string[],
  meeting: NamedMeeting | null,
  reaffirms: NamedMeeting | null,
): string {
  const who = listOf(decidedBy.map((id) => actorName(ctx, id)));
  const [taken, expected] = VERBS[kind];
  const verb = status === 'TAKEN' ? taken : expected;
  const on = topics.length > 0 ? ` (${listOf(topics.map((id) => actorName(ctx, id)))})` : '';
  const content = what ? ` «${what}»${on}` : ` on ${listOf(topics.map((id) => actorName(ctx, id)))}`;
  const where = meeting ? ` at the ${meeting.name}` : '';
  const earlier = reaffirms ? `, recalling the ${reaffirms.name}` : '';
  return sentenceCase(`${who} ${verb}${content}${where}${earlier}.`);
}

/** Where a clause's content ends: at the next main clause, running on through the subordinate ones ("zal nader uitwerken <hoe ...>"). */
function endOfContent(text: string, clause: Clause): number {
  const next = clausesOf(text).find((c) => c.start > clause.start && !c.subordinate && !c.hypothetical);
  return next ? next.start : text.length;
}

/** "Zij gaven de SG opdracht ..., dat op de Top in Vilnius zou moeten worden aangenomen": a meeting in a later subordinate clause is where that clause happens. */
function inLaterSubordinate(text: string, matchEnd: number, at: number): boolean {
  const other = clauseAt(clausesOf(text), at);
  return other.subordinate && other.start >= matchEnd;
}
