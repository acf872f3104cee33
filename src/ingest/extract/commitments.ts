import { tellsAfter, type CommitmentRecord, type DocumentKind, type MeetingRecord } from '../letter-graph';
import type { ActorRef } from './attendance';
import {
  NATO,
  NLD,
  actorName,
  actorsBySentence,
  clauseAt,
  clausesOf,
  isFuture,
  letterDate,
  listOf,
  mayMatch,
  meetingEarlierInPassage,
  namedMeetings,
  nearestMeeting,
  prepareRules,
  refersToOwnMeeting,
  registerTriggers,
  sentenceCase,
  subjectOf,
  triggersIn,
  type Clause,
  type ActorPhrase,
  type NamedMeeting,
  type SentenceActors,
} from './claim-parts';
import type { LetterContext, SentenceView } from './context';
import { sentenceEvidence } from './context';
import type { MeetingMention } from './meetings';
import { subjectsOf, takenUpTopics, topicsOf } from './topics';
import { LEXICON, verbForms } from './lexicon';
import { governedSpan, governedWords, statusOf, tenseOf, withAntecedents } from './claim-content';

/** One way the letters say that an actor pledges or undertakes something. */
interface CommitmentRule {
  id: string;
  pattern: RegExp;
  /** Extra condition on the match, given the clause it stands in. */
  accept?: (clauseText: string, match: RegExpMatchArray, sentence: SentenceView) => boolean;
  /** Who commits when the verb has no subject of its own ("willen we": the government writing). */
  fixedActor?: string;
  /** The pledge is only a pledge with an amount (a share of GDP, euros). */
  needsAmount?: boolean;
  /** The states pledging are those listed right after the match ("onder leiding van Duitsland"), not a subject. */
  actorsAfter?: boolean;
  /** Not a pledge of its own as an infinitive with "te": another verb governs it (still a pledge clause for the stance rules). */
  notAfterTe?: boolean;
  /** Whoever announces, the pledge is held by a state that the clause "dat ..." after the verb opens with ("kondigde aan dat de Verenigde Staten ..."). */
  announcesFor?: boolean;
  /** The pledge keeps up the figure of the actor's pledge before it ("en zal dit niveau in 2025 handhaven"): a pledge of its own, with that figure. */
  keepsFigure?: boolean;
  /** Lower-case words of which every match of the pattern contains one (see `mayMatch`). */
  triggers?: readonly string[];
  confidence: number;
}

// What one commits to when one commits to a pledge (as opposed to a goal, which is a stance).
const PLEDGE_OBJECT = /^[^.;]{0,60}\b(afspraken|afspraak|pledge|norm|toezegging\p{L}*|doelstelling\p{L}*|procent|%|bbp|bijdrage\p{L}*|\p{L}*bedrag|EUR|euro|miljoen|miljard)/iu;
// What is announced when a pledge is: contributions, packages, money.
// What is supplied when a state pledges means: weapons, aircraft, troops, equipment.
const MATERIEL = String.raw`goederen|F-16|F-35|gevechtsvliegtuig|vliegtuig|tank|Leopard|Patriot|luchtverdediging|munitie|militairen|troepen|schepen|schip|fregat|helikopter|drones?|materieel|uitrusting|eenheid|eenheden|bataljon|stafofficier|bijdrage|houwitser|pantserhouwitser|radar|mijnenjager|onderzeeboot|marineschip|hulpgoederen`;
// A norm named right after "voldoet aan": "voldoet Nederland aan de NAVO-norm".
const NORM_AFTER = /^\s+(?:de|deze|die|dit|dat)\s+(?:[\p{L}%-]+\s+)?(?:norm|\p{L}+-norm|afspraak|afspraken)\b/iu;
// The forces a lead nation leads.
const FORCE_WORD = /\b(?:bataljons?|battlegroups?|gevechtsgroep(?:en)?|brigades?|eenheid|eenheden|speerpuntmacht|missie)\b/iu;
// Means delivered, named before the participle "geleverd": materiel, weapons, missiles.
const DELIVERED_MEANS = new RegExp(String.raw`(?:${MATERIEL}|\p{L}*wapens|\p{L}*raketten)`, 'iu');
// ... and forces: "maakt bekend dat het een brigade aanwijst".
const ANNOUNCED_OBJECT = new RegExp(String.raw`\b(?:bijdrage\p{L}*|maatregel\p{L}*|pakket|steun|middelen|EUR|euro|miljoen|miljard|investering\p{L}*|brigades?|${MATERIEL})(?![\p{L}])`, 'iu');
// The clause a verb of announcing governs: "kondigde aan dat ...".
const THAT_AFTER = /^\s*,?\s*dat\b/i;
/** The words of a sentence after a rule's match. */
function afterMatch(text: string, match: RegExpMatchArray): string {
  return text.slice((match.index ?? 0) + match[0].length);
}
// NATO activities one contributes to concretely (a mission, a force, an initiative), by topic.
const CONCRETE_TOPICS = new Set([
  'topic:readiness-initiative',
  'topic:response-forces',
  'topic:afghanistan',
  'topic:iraq',
  'topic:forward-presence',
  'topic:ukraine-support',
  'topic:defence-innovation',
  'topic:force-model',
  'topic:air-missile-defence',
  'topic:common-funding',
]);
// A clause that reports what should happen rather than pledging it.
// "dat zij ..." after a verb of restating: the speakers themselves are who will go on.
const OWN_PLEDGE_RESTATED = /^\s*dat\s+(?:zij|ze|wij|we)\b/i;
const SAID_OR_NEEDED = /^\s*(?:dat|om|zodat)\b|\b(?:moet|moeten|kan|kunnen|zou|zouden)\s*$/i;
const DUTCH = /\b(?:Nederland|Nederlandse|Nederlands|kabinet|ons\s+land)\b/u;
const SPENDING = /\b(?:defensie-?\s?uitgaven|uitgaven|defensiebudget|budget|defensiebegroting|begroting|bbp)\b/iu;
// A national spending decision: money and investment, not an Allied decision.
const NATIONAL_MEANS = /\b(middelen|investeren|investering\p{L}*|begroting|defensiebegroting|budget|defensiebudget|\p{L}*uitgaven|bbp|miljard|miljoen|euro|EUR)\b|%/iu;

// What a state joins by taking part in it: a fund, a coalition, a programme (a compound ends in it: "innovatiefonds").
// Not "het volledige programma" of a meeting, which one takes part in without joining anything.
const JOINED = String.raw`[\p{L}-]*(?:fonds|coalitie|initiatief|project)\b`;

const RULES: CommitmentRule[] = [
  {
    id: 'commitment/pledged',
    triggers: ['zeg'],
    pattern: /\b(?:zegde|zegden|zegt|zeggen)\b[^.;]{0,80}?\btoe\b|\btoegezegd\b/gi,
    // What a minister promised parliament is a promise to the Kamer, not a pledge in NATO.
    accept: (clause) => !/\b(uw|de)\s+Kamer\b/i.test(clause),
    confidence: 0.85,
  },
  {
    id: 'commitment/committed-to-pledge',
    triggers: ['committe'],
    // "zich gecommitteerd om ten minste 2% ... te besteden", "zijn gecommitteerd aan effectieve wapenbeheersing".
    // "blijft zich aan deze afspraak committeren": the verb after what it commits to.
    pattern: /\b(?:gecommitteerd|committeren|committeert|committeerden|committeerde)\s+(?:zich\s+)?(?:(?:volledig|volmondig|opnieuw|ook|nadrukkelijk)\s+)?(?:aan|om)\b|\b(?:is|zijn|blijft|blijven)\s+(?:\p{L}+\s+){0,2}?gecommitteerd\s+aan\b|\bzich\s+aan(?=\s+(?:[\p{L}\d%-]+\s+){1,5}?(?:committeren|committeert|gecommitteerd)\b)/giu,
    // Being committed ("zijn gecommitteerd aan") is a standing pledge; committing oneself "aan" something is one when it names a pledge.
    accept: (clause, match) => /^(?:is|zijn|blijft|blijven)\b/i.test(match[0]) || PLEDGE_OBJECT.test(clause.slice(clause.indexOf(match[0]) + match[0].length)),
    confidence: 0.85,
  },
  {
    id: 'commitment/announced',
    triggers: ['kondig', 'bekend'],
    // "maakte bekend dat Nederland ... levert", "heb bekendgemaakt dat Nederland EUR 100 miljoen bijdraagt": announcing is pledging.
    // "maakte tijdens de bijeenkomst een aanvullende bijdrage van 10 miljoen euro ... bekend": what is announced between the parts.
    pattern: /\b(?:kondigde|kondigden|kondigt)\b[^.;]{0,100}?\baan\b|\baangekondigd\b|\baankondigen\b|\b(?:maakte|maakten|maakt)\s+(?:\p{L}+\s+){0,9}?bekend(?=\s+dat\b)|\bbekendgemaakt(?=\s+dat\b)|\b(?:maakte|maakten|maakt)\s+(?:[\p{L}\d.,-]+\s+){2,16}?bekend(?=\s*[.;]|\s+en\b)/giu,
    // "kondigde aan dat de Verenigde Staten hun militaire aanwezigheid ... uitbreiden": what is announced may stand in the clause after it.
    accept: (clause, match, sentence) => ANNOUNCED_OBJECT.test(clause) || (THAT_AFTER.test(afterMatch(sentence.text, match)) && ANNOUNCED_OBJECT.test(afterMatch(sentence.text, match))),
    announcesFor: true,
    confidence: 0.8,
  },
  {
    id: 'commitment/intends',
    triggers: ['intentie', 'voornemen', 'plan', 'willen', 'bereid', 'gereed', 'klaar'],
    pattern:
      /\b(?:sprak|spraken|spreekt)\s+(?:\p{L}+\s+){0,2}?intentie\b|\bintentie\s+om\b|\b(?:is|zijn|was|waren)\s+voornemens\b(?!(?:(?!\b(?:fonds|fondsen|initiatief|missie|operatie|programma|coalitie)\b)[^.;])*\b(?:deel\s+te\s+nemen|bij\s+te\s+wonen)\b)|\b(?:heeft|hebben)\s+het\s+voornemen\b|\bvan\s+plan\b|\bte\s+willen\b|\b(?:bereid|gereed|klaar)\s+(?:om\s+)?(?:[\p{L}\d-]+\s+){0,8}?te\s+\p{L}+/giu,
    confidence: 0.75,
  },
  {
    id: 'commitment/we-intend',
    triggers: ['willen', 'zullen'],
    // Not in a relative clause: "wat we willen bereiken" names a goal, it pledges nothing.
    pattern: /\b(?:willen|zullen)\s+(?:we|wij)\b|(?<!\b(?:wat|wie|die|dat|hoe|waar|zoals)\s)\b(?:we|wij)\s+(?:willen|zullen)\b/gi,
    fixedActor: NLD,
    confidence: 0.6,
  },
  {
    id: 'commitment/contributes',
    triggers: ['bijdrage', 'draagt', 'dragen', 'droeg'],
    pattern:
      /\b(?:levert|leveren|leverde|leverden)\s+(?:\p{L}+\s+){0,5}?bijdrage\b|\bbijdrage\s+(?:\p{L}+\s+){0,4}?(?:levert|leveren)\b|\bwerkt\b[^.;]{0,80}?\baan\s+een\b[^.;]{0,60}?\bbijdrage\b|\b(?:draagt|dragen|droeg|droegen)\s+(?:[\p{L}\d]+\s+){0,4}?bij\s+aan\b|\b(?:draagt|dragen|droeg|droegen)\s+(?:hier|daar)aan\s+bij\s+met\b|\b(?:draagt|dragen|droeg|droegen)\s+(?:[\p{L}\d.,-]+\s+){1,9}?bij\b|\b(?:wil|willen|zal|zullen)\b[^.;]{0,60}?\b(?:hier|daar)aan\s+(?:[\p{L}\d]+\s+){0,3}?bijdragen\b|\b(?:wil|willen|zal|zullen)\b[^.;]{0,60}?\bbijdragen\s+aan(?=\s+(?:het|de|dit|deze)\s+(?:\p{L}+\s+)?(?:\p{Lu}|centrum|initiatief|fonds|missie|operatie|eenheid|bataljon|battlegroup|gevechtsgroep))/giu,
    accept: (clause, match, sentence) => {
      // "wil met personeel bijdragen aan het nieuwe centrum": a contribution to a named body or activity.
      if (/bijdragen\s+aan$/i.test(match[0])) return true;
      // "draagt jaarlijks USD 15 miljoen bij", "draagt in 2019 bij aan de trustfondsen, met in totaal EUR 1,5 miljoen": contributing money is a pledge.
      if (/^(?:draagt|dragen|droeg|droegen)\b.*\bbij(?:\s+aan)?$/isu.test(match[0]) && isMoney(amountsIn(clause, false).money)) return true;
      // "draagt hieraan bij met de inzet van een Patriot-eenheid": contributing means is a pledge.
      if (/\bbij\s+met$/i.test(match[0])) return true;
      // "draagt ... bij" with no "aan" after it pledges only money.
      if (/\bbij$/i.test(match[0])) return false;
      if (!/\bbij\s+aan$/i.test(match[0])) return true;
      // "draagt bij aan het NRI" pledges forces; "draagt bij aan veiligheid" states a view.
      const after = clause.slice(clause.indexOf(match[0]) + match[0].length);
      if (/^\s+(?:het|de)\s+\p{Lu}/u.test(after)) return true;
      const at = sentence.text.indexOf(match[0]) + match[0].length;
      return sentence.mentions.some((m) => m.start >= at && m.start <= at + 25 && (CONCRETE_TOPICS.has(m.id) || m.kind === 'organization'));
    },
    confidence: 0.8,
  },
  {
    id: 'commitment/supplies',
    triggers: ['lever', 'bijdr', 'draagt', 'dragen', 'bekend', 'plaats', 'statione', 'stuur', 'stur', 'zend', 'zet'],
    // "levert F-16's", "bijdraagt aan de levering van 100 tanks", "bij te dragen aan", "maakte bekend EUR 5 miljoen ... te geven",
    // "zet dit najaar F-35-jachtvliegtuigen in voor de bewaking van het Poolse luchtruim".
    pattern: new RegExp(
      String.raw`(?:\b(?:levert|leveren|leverde|leverden|geleverd|plaatst|plaatsen|plaatste|plaatsten|stationeert|stationeren|stuurt|sturen|stuurde|stuurden|zendt|zenden)\b|${verbForms(LEXICON.bijdragen, ['present', 'past', 'nonfinite'], 60)})(?=(?:(?!\ben\s)[^.;]){0,80}?(?:${MATERIEL}))|\b(?:maakt|maakte|maakten)\s+bekend\b|\b(?:zet|zetten|zette)\b(?=(?:(?!\ben\s)[^.;]){0,60}?(?:${MATERIEL})[\p{L}'’-]*\s+in\b(?!\s+(?:de|het|een)\s+(?!\p{Lu})))`,
      'giu',
    ),
    accept: (clause, match) => !/bekend$/i.test(match[0]) || ANNOUNCED_OBJECT.test(clause),
    confidence: 0.75,
  },
  {
    id: 'commitment/allots',
    triggers: ['uit', 'uitgetrokken', 'over', 'overgemaakt', 'toegevoegd', 'voegt'],
    // "trekt de komende vier jaar EUR 350 miljoen uit voor", "maakt EUR 20 miljoen over aan het trustfonds": money set aside or paid;
    // "heeft structureel 1,5 miljard euro aan de defensiebegroting toegevoegd": money added to a budget.
    pattern: /\b(?:trekt|trekken|trok|trokken)\b[^.;]{0,80}?\buit\s+voor\b|\buitgetrokken\b|\b(?:maakt|maken|maakte|maakten)\b[^.;]{0,60}?\bover\s+aan\b|\bovergemaakt\b|(?<=\baan\s+(?:de|het)\s+(?:\p{L}+-?)?(?:begroting|budget|defensiebegroting|defensiebudget)\s+)toegevoegd\b|\b(?:voegt|voegen|voegde|voegden)\b[^.;]{0,80}?\baan\s+(?:de|het)\s+(?:\p{L}+-?)?(?:begroting|budget)\s+toe\b/giu,
    accept: (clause) => isMoney(amountsIn(clause, false).money),
    confidence: 0.75,
  },
  {
    id: 'commitment/submits-for-approval',
    triggers: ['goedkeuring', 'ratificatie'],
    // "zal het protocol zo snel mogelijk ter goedkeuring aan het parlement voorleggen": the ratification a government undertakes.
    pattern: /\bter\s+(?:goedkeuring|ratificatie)\b[^.;]{0,60}?\b(?:voorleggen|voorlegt|voorgelegd|voor\s+te\s+leggen)\b|\b(?:legt|leggen|legde|legden)\b[^.;]{0,60}?\bter\s+(?:goedkeuring|ratificatie)\b[^.;]{0,40}?\bvoor\b/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/norm-named',
    triggers: ['norm', 'pledge'],
    // "de nieuwe NAVO-norm, om 3,5 procent van het bbp aan defensie uit te geven", "een nieuwe Defence Investment Pledge van 5%":
    // the Allies' new spending pledge named with its figure, whoever the sentence says speaks of it ("de NAVO-norm te halen" is a state's own).
    pattern: /(?<=\bnieuwe\s+)(?:NAVO-norm|uitgavennorm|Defence\s+Investment\s+Pledge)\b(?=[^.;]{0,60}?\d+(?:,\d+)?\s*(?:%|procent\b))/giu,
    fixedActor: NATO,
    needsAmount: true,
    confidence: 0.65,
  },
  {
    id: 'commitment/stands-by',
    triggers: ['achter'],
    // "Nederland staat onverkort achter deze afspraak": standing by an agreement of pledges keeps the pledge.
    pattern: /\b(?:staat|staan|stond|stonden|blijft|blijven)\s+(?:\p{L}+\s+){0,2}?achter(?=\s+(?:deze|de|die|dit|het)\s+(?:[\p{L}-]+\s+)?(?:afspraak|afspraken|toezegging|toezeggingen|norm|pledge)\b)/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/signs-agreement',
    triggers: ['tekende', 'ondertekende'],
    // "tekende Brekelmans met zijn Oekraïense collega een overeenkomst over ...": an agreement a state's minister signs binds that state.
    // What several Allies sign together is an agreement among them (decisions.ts).
    pattern: /\b(?:tekende|ondertekende)\b(?=[^.;]{0,60}?\bmet\s+(?:zijn|haar)\b[^.;]{0,60}?\b(?:overeenkomst|memorandum|intentieverklaring|akkoord)\b)/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/keeps-spending-at',
    triggers: ['houdt', 'houden', 'hield'],
    // "Het kabinet houdt de defensie-uitgaven de komende jaren op ten minste 2 procent van het bbp".
    pattern: /\b(?:houdt|houden|hield|hielden)\b(?=[^.;]{0,60}?\bop\s+(?:ten\s+minste\s+|minimaal\s+)?\d+(?:,\d+)?\s*(?:%|procent\b))/giu,
    accept: (clause) => SPENDING.test(clause),
    confidence: 0.7,
  },
  {
    id: 'commitment/joins',
    triggers: ['toetreden', 'toetreedt', 'trad', 'treedt', 'deel', 'mee'],
    // "Nederland zal als een van de oprichters tot het fonds toetreden": joining a fund, a coalition, an initiative;
    // so is taking part in one ("zal aan het fonds deelnemen", "doet mee aan het fonds"), unlike taking part in a meeting.
    pattern: new RegExp(
      String.raw`\b(?:toetreden|toetreedt|trad|traden|treedt|treden)\b(?=[^.;]{0,60}?\b(?:fonds|coalitie|initiatief|programma)\b|(?<=\btot\s+(?:het|de)\s+(?:[\p{L}-]+\s+){0,3}?(?:fonds|coalitie|initiatief|programma)\s+toetreden))|` +
        String.raw`(?<=\baan\s+(?:het|de|dit|deze)\s+(?:[\p{L}-]+\s+){0,3}?${JOINED}\s+)(?:deelnemen|deel\s+te\s+nemen)\b|\b(?:neemt|nemen|nam|namen|doet|doen|deed|deden)\s+(?:\p{L}+\s+){0,3}?(?:deel|mee)\s+aan(?=\s+(?:het|de|dit|deze)\s+(?:[\p{L}-]+\s+){0,3}?${JOINED})`,
      'giu',
    ),
    // "heeft aangegeven niet aan dit initiatief deel te nemen": a refusal pledges nothing.
    accept: (clause) => !/\b(?:niet|geen)\b/i.test(clause),
    confidence: 0.65,
  },
  {
    id: 'commitment/makes-available',
    triggers: ['beschikbaar', 'vrij', 'reserve'],
    // "stelt EUR 2 miljard beschikbaar", "heeft ... beschikbaar gesteld", "maakt middelen vrij", "heeft EUR 2 miljard gereserveerd".
    // Not the noun "het (daadwerkelijk) beschikbaar stellen van": that names an act, it pledges nothing.
    pattern:
      /(?<!\bhet\s+(?:\p{L}+\s+)?)\bbeschikbaar\s+(?:gesteld|stellen|stelt|stelde|stelden)\b|\b(?:stelt|stelde|stelden|stellen)\b[^.;]{0,80}?\bbeschikbaar\b|\bvrij\s*(?:gemaakt|maken|maakt|maakte|maakten)\b|\b(?:maakt|maakte|maakten)\b[^.;]{0,80}?\bvrij\b|\b(?:gereserveerd|reserveert|reserveerde|reserveren)\b/giu,
    confidence: 0.8,
  },
  {
    id: 'commitment/continues',
    triggers: ['verder', 'blijven', 'blijft', 'lang'],
    // "gaan verder met", "zullen blijven steunen", "blijft Oekraïne onverminderd steunen", "blijft deelnemen aan de battlegroup".
    // "steunt Oekraïne zo lang als dat nodig is": support promised for as long as it takes.
    pattern: /\bgaan\s+(?:\p{L}+\s+){0,2}?verder\s+met\b|\bzullen\b[^.;]{0,80}?\bblijven\s+(?:steunen|leveren|bijdragen|investeren|inzetten)\b|\b(?:blijft|blijven)\b[^.;]{0,60}?\b(?:steunen|leveren|bijdragen|investeren|deelnemen|trainen|adviseren|ondersteunen)\b|\b(?:steunt|steunen)\b[^.;]{0,40}?\bzo\s*lang\s+als\b/giu,
    // What someone says must go on ("dat de NAVO Oekraïne moet blijven steunen") is a view, not a pledge; what they say they
    // themselves will go on doing ("herhaalden dat zij Oekraïne ... zullen blijven steunen") is a pledge restated.
    accept: (clause, match) => {
      const before = clause.slice(0, Math.max(0, clause.indexOf(match[0])));
      return !SAID_OR_NEEDED.test(before) || (OWN_PLEDGE_RESTATED.test(before) && /^(?:zullen|blijft|blijven)\b/i.test(match[0]) && !/\b(?:moet|moeten)\b/i.test(before));
    },
    // "kwamen overeen ... te blijven steunen": the verb that governs the infinitive says what the clause is.
    notAfterTe: true,
    confidence: 0.7,
  },
  {
    id: 'commitment/meets-norm',
    triggers: ['voldoe', 'haalt', 'halen'],
    // "voldoet aan de 2%-norm", "zal aan de nieuwe norm voldoen", "de 2% halen".
    pattern: /\bvoldoet\b[^.;]{0,80}?\baan\b|\bvoldoen\s+aan\b|\baan\s+(?:de|deze)\s+(?:\p{L}+\s+)?(?:norm|afspraak|afspraken)\s+(?:te\s+)?voldoen\b|\bhaalt\b|\bhalen\b/giu,
    // A norm met is a pledge with its figure, or one that names the norm ("aan de nieuwe norm voldoen");
    // "gaf aan de kerndoelstelling niet nodig te achten om ... te halen": a norm denied is not met.
    // The norm is read from the sentence: "haalt die norm" is no relative clause, though "die" may open one.
    accept: (clause, match, sentence) =>
      !/\b(?:niet|geen)\b/i.test(clause) && (amountsIn(clause, false).money !== null || /^aan\b/i.test(match[0]) || NORM_AFTER.test(afterMatch(sentence.text, match))),
    confidence: 0.8,
  },
  {
    id: 'commitment/spending-level',
    triggers: ['komt', 'komen', 'kwam', 'groei', 'stijg', 'steeg', 'daal', 'dalen', 'neemt', 'nemen', 'nam', 'bedra', 'beste', 'verhoog', 'verhoging', 'geeft', 'geven', 'gaf', 'gaven'],
    // "Het Nederlandse defensiebudget komt uit op 1,45% van het bbp in 2021", "groeit naar 2%", "heeft de begroting met EUR 345 miljoen verhoogd",
    // "geeft het kabinet 2,2% bbp uit aan Defensie".
    pattern:
      /\b(?:komt|komen|kwam|kwamen)\b[^.;]{0,80}?\buit\s+op\b|\b(?:neemt|nemen|nam|namen)\b[^.;]{0,40}?\btoe\s+(?=van|naar|tot|met)\b|\b(?:groeit|groeien|groeide|stijgt|stijgen|steeg|daalt|dalen|daalde|bedraagt|bedragen|bedroeg|bedroegen|besteedt|besteden|besteedde)\b|\b(?:geeft|geven|gaf|gaven)\b(?=[^.;]{0,60}?(?:%|procent)[^.;]{0,30}?\buit\s+aan\b)|\bverhoog(?:d|t|de|den|en)\b|\bverhoging\s+van\s+de\s+(?:defensie-?)?(?:begroting|uitgaven|budget)\s+met\b/giu,
    // Spending by whoever the clause names (the Allies, the Netherlands), or the Netherlands' own when it is named as Dutch:
    // with a figure, or a budget raised ("heeft de defensiebegroting structureel verhoogd").
    accept: (clause, match, sentence) =>
      SPENDING.test(sentence.text) &&
      !/\bte\s+$/i.test(clause.slice(0, Math.max(0, clause.indexOf(match[0])))) && // "het voorstel om 2% ... te besteden" proposes, it pledges nothing
      !/\b(?:moet|moeten|zou|zouden)\b/i.test(clause) && // "moeten de defensie-uitgaven met 4 miljard stijgen" says what is needed
      (amountsIn(clause, true).money !== null || (/^verhoog/i.test(match[0]) && SPENDING.test(clause))),
    confidence: 0.7,
  },
  {
    id: 'commitment/agreed-target',
    triggers: ['spraken', 'kwamen', 'afgesproken'],
    pattern: /\bspraken\b[^.;]{0,80}?\baf\b|\bkwamen\b[^.;]{0,60}?\bovereen\b|\bafgesproken\b/gi,
    needsAmount: true,
    confidence: 0.75,
  },
  {
    id: 'commitment/affirmed',
    triggers: ['bevestig', 'herbevestig'],
    pattern: /\b(?:her)?bevestig\p{L}*\b[^.;]{0,60}?\b(?:commitment|toezegging|intentie)\b/giu,
    confidence: 0.75,
  },
  {
    id: 'commitment/binds-itself',
    triggers: ['gebonden', 'verplicht', 'verbind', 'verbond'],
    // "zich aan deze afspraak gebonden achten", "waarmee zij zich verplichten ...", "verbinden bondgenoten zich ertoe".
    pattern:
      /\bzich\s+(?:[\p{L}\d-]+\s+){0,4}?gebonden\s+(?:acht|achten|achtte|achtten)\b|\bzich\s+(?:\p{L}+\s+){0,2}?(?:verplicht|verplichten|verplichtten)\b|\b(?:verplicht|verplichten|verplichtte|verplichtten)\s+(?:\p{L}+\s+){0,2}?zich\b|\b(?:verbindt|verbinden|verbond|verbonden)\s+(?:\p{L}+\s+){0,3}?zich\s+ertoe\b|\bzich\s+ertoe\s+(?:verbindt|verbinden|verbonden)\b/giu,
    confidence: 0.8,
  },
  {
    id: 'commitment/extends-contribution',
    triggers: ['verleng', 'voort'],
    // "heeft zijn bijdrage aan Resolute Support reeds verlengd", "zet zijn bijdrage in 2017 voort".
    pattern: /\b(?:verlengd|verlengt|verlengen|verlengde|verlengden|voortgezet|voortzetten|voortzet)\b|\b(?:zet|zetten|zette)\b[^.;]{0,80}?\bvoort\b|\bvoort\s+te\s+zetten\b/giu,
    accept: (clause) => /\b(?:bijdrage|inzet|deelname)\b/i.test(clause),
    confidence: 0.75,
  },
  {
    id: 'commitment/submits-plan',
    triggers: ['plan'],
    // "De bondgenoten zullen jaarlijks nationale plannen indienen", "Nederland zal de NAVO in december een nationaal plan doen toekomen",
    // "Alle bondgenoten dienen voortaan elk jaar een plan in" (the finite verb with its particle).
    pattern:
      /\b(?:zal|zullen)\b[^.;]{0,60}?\bnationa(?:al|le)\s+plan(?:nen)?\b[^.;]{0,80}?\b(?:indienen|sturen|toesturen|aanbieden|voorleggen|presenteren|toekomen)\b|\b(?:dient|dienen|diende|dienden)\s+(?:[\p{L}\d]+\s+){0,5}?plan(?:nen)?\s+in\b|\b(?:legt|leggen|legde|legden)\s+(?:[\p{L}\d]+\s+){0,4}?plan(?:nen)?\b[^.;]{0,80}?\bvoor\b(?=\s*[.;,]|\s+(?:met|waarin|aan)\b)/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/supplied',
    triggers: ['geleverd'],
    // "Nederland heeft sinds eind februari onder meer pantserafweerwapens ... aan Oekraïne geleverd".
    pattern: /\bgeleverd\b/giu,
    accept: (clause, match) => DELIVERED_MEANS.test(clause.slice(0, clause.indexOf(match[0]))),
    confidence: 0.75,
  },
  {
    id: 'commitment/forms-force',
    triggers: ['vorm'],
    // "vormen Duitsland, Nederland en Noorwegen dit jaar een interim-speerpuntmacht": states that form a force commit troops to it.
    pattern: /\b(?:vormen|vormt|vormden|vormde)\b(?=[^.;]{0,80}?(?:speerpunt|reactie|strijd|interventie)macht\b|[^.;]{0,80}?\b(?:bataljons?|brigades?|gevechtsgroep(?:en)?|battlegroups?|taakgroep(?:en)?)\b)/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/leads-force',
    triggers: ['leiding'],
    // "het bataljon in Litouwen, dat onder leiding van Duitsland staat": the lead nation of a force commits to it.
    pattern: /\bonder\s+leiding\s+van\s+(?:respectievelijk\s+)?/giu,
    accept: (_clause, _match, sentence) => FORCE_WORD.test(sentence.text),
    actorsAfter: true,
    confidence: 0.7,
  },
  {
    id: 'commitment/invests',
    triggers: ['investe', 'geïnvesteerd'],
    // "Nederland investeert EUR 100 miljoen in ...", "zal over een periode van vijftien jaar EUR 1 miljard investeren": investing a sum pledges it.
    pattern: /\b(?:investeert|investeren|investeerde|investeerden|geïnvesteerd)\b/giu,
    accept: (clause, match) => !/\bte\s+$/i.test(clause.slice(0, Math.max(0, clause.indexOf(match[0])))) && !/\b(?:moet|moeten|zou|zouden)\b/i.test(clause) && isMoney(amountsIn(clause, false).money),
    confidence: 0.7,
  },
  {
    id: 'commitment/contribution-amounts',
    triggers: ['bijdrage'],
    // "De Nederlandse bijdrage aan het fonds bedraagt EUR 30 miljoen": a contribution that amounts to a sum.
    pattern: /\bbijdrage\b[^.;]{0,80}?\b(?:bedraagt|bedroeg|beloopt|bedragen|bedroegen)\b/giu,
    needsAmount: true,
    confidence: 0.75,
  },
  {
    id: 'commitment/offers',
    triggers: ['bied', 'bood', 'boden', 'aangeboden'],
    // "Nederland heeft aangeboden hiervoor twee testcentra beschikbaar te stellen", "biedt aan ... te leveren": offering to do something
    // (not "Hierbij bied ik u de agenda aan", which offers no deed).
    pattern: /\b(?:aangeboden|(?:biedt|bieden|bood|boden)\b[^.;]{0,40}?\baan)\s+(?:om\s+)?(?:[\p{L}\d'’-]+\s+){0,8}?te\s+\p{L}+/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/endorses-pledge',
    triggers: ['onderschr'],
    // "Nederland zal in Warschau de Cyber Defence Pledge onderschrijven": endorsing a pledge commits one to it.
    pattern: /\b(?:onderschrijven|onderschrijft|onderschreef|onderschreven)\b/giu,
    accept: (clause) => /\b(?:\p{L}*pledge|toezegging\p{L}*|commitment)\b/iu.test(clause),
    confidence: 0.7,
  },
  {
    id: 'commitment/keeps-level',
    triggers: ['niveau'],
    // "Nederland heeft voor 2024 ruim EUR 2 miljard beschikbaar gesteld ... en zal dit niveau in 2025 handhaven".
    pattern: /\b(?:dit|dat|het|hetzelfde|ditzelfde)\s+niveau\b[^.;]{0,40}?\b(?:handhaven|handhaaft|vasthouden|aanhouden|voortzetten)\b|\b(?:handhaaft|handhaven|handhaafde|handhaafden)\b[^.;]{0,40}?\b(?:dit|dat|het|hetzelfde|ditzelfde)\s+niveau\b/giu,
    keepsFigure: true,
    confidence: 0.7,
  },
  {
    id: 'commitment/leads',
    triggers: ['leid'],
    // "Samen met Denemarken leidt Nederland de coalitie die ...": leading a coalition, mission or force commits to it ("leidt tot" is no leading).
    // "Nederland leidt, samen met Denemarken, de coalitie ...": a phrase set off by commas may stand between.
    pattern: /\b(?:leidt|leiden|leidde|leidden)\s*,?\s+(?!tot\s+(?:de|het|een|meer|minder)\b)(?:[\p{L}\d]+,?\s+){0,4}?(?:de|het|een|deze|dit)\s+(?:[\p{L}-]+\s+)?(?:coalitie|missie|operatie|battlegroup|gevechtsgroep|bataljon|brigade|taakgroep|trainingsmissie)\b/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/framework-nation',
    triggers: ['kaderland', 'kadernatie', 'leidend'],
    // "Het Verenigd Koninkrijk, Canada, Duitsland en de Verenigde Staten treden daarbij op als kaderland", "Nederland is leidend
    // land van het PESCO-project": leading a force or a project commits a state to it.
    pattern: /\b(?:treedt|treden|trad|traden)\s+(?:\p{L}+\s+){0,3}?op(?=\s+als\s+(?:kaderland|kadernatie|leidende\s+natie)\b)|\b(?:is|zijn|was|waren)\s+(?:\p{L}+\s+){0,2}?(?:leidend\s+land|leidende\s+natie|kaderland|kadernatie)\b/giu,
    confidence: 0.7,
  },
  {
    id: 'commitment/grows-towards',
    triggers: ['groei'],
    // "ernaar streven binnen tien jaar naar 2% van het bbp toe te groeien", "zich inzetten om verder te groeien richting de NAVO-norm":
    // spending that is to grow towards a norm.
    pattern: /\b(?:toe\s+te\s+groeien|te\s+groeien)\b(?=[^.;]{0,40}?\b(?:naar|richting)\b)|(?<=\b(?:naar|richting)\s+(?:de\s+)?(?:\p{L}+-)?(?:norm|\d+(?:,\d+)?\s*(?:%|procent))[^.;]{0,40}?)\btoe\s+te\s+groeien\b/giu,
    accept: (clause) => /\b(?:streven|streeft|strevende|inzetten|inzet|zet|zetten|afgesproken|spraken|besloten|committeren|verplicht)\b/i.test(clause) || /\bzich\b/i.test(clause),
    confidence: 0.7,
  },
  {
    id: 'commitment/trains',
    triggers: ['train'],
    // "De NAVO traint Iraakse officieren in Jordanië": training another state's forces is a contribution.
    pattern: /\b(?:traint|trainen|trainde|trainden)\s+(?:\p{L}+\s+){0,2}?(?:officieren|militairen|troepen|strijdkrachten|soldaten|piloten|veiligheidstroepen|eenheden|personeel)\b/giu,
    accept: (clause, match) => !SAID_OR_NEEDED.test(clause.slice(0, Math.max(0, clause.indexOf(match[0])))),
    confidence: 0.7,
  },
  {
    id: 'commitment/supports-with-means',
    triggers: ['steun'],
    // "ondersteunt met AWACS-vliegtuigen de strijd tegen ISIS": support given with means is a contribution of them.
    pattern: new RegExp(String.raw`\b(?:ondersteunt|ondersteunen|ondersteunde|ondersteunden|steunt|steunen|steunde|steunden)\s+(?:\p{L}+\s+){0,3}?met\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]*(?:${MATERIEL})`, 'giu'),
    accept: (clause, match) => !SAID_OR_NEEDED.test(clause.slice(0, Math.max(0, clause.indexOf(match[0])))),
    confidence: 0.7,
  },
  {
    id: 'commitment/decided-nationally',
    triggers: ['besloten'],
    pattern: /\bbesloten\b/gi,
    accept: (clause) => NATIONAL_MEANS.test(clause),
    confidence: 0.7,
  },
];
prepareRules(RULES);

const FORCE_UNITS: Array<[RegExp, string]> = [
  [/^bataljons?$/i, 'battalions'],
  [/^squadrons?$/i, 'squadrons'],
  [/^(?:oorlogs)?schepen$/i, 'ships'],
  [/^brigades?$/i, 'brigades'],
  [/^divisies?$/i, 'divisions'],
  [/^gevechtsvliegtuigen$/i, 'aircraft'],
  [/^(?:militairen|troepen)$/i, 'troops'],
  [/^stafofficieren$/i, 'staff officers'],
  [/^officieren$/i, 'officers'],
  [/^testcentra$/i, 'test centres'],
  [/^F-(?:16|35)/i, 'aircraft'],
  [/^(?:F-(?:16|35)-)?jachtvliegtuigen$/i, 'aircraft'],
  [/^fregat(?:ten)?$/i, 'frigates'],
  [/^(?:pantser)?houwitsers$/i, 'howitzers'],
  [/^(?:tanks|Leopard(?:-\d\p{L}*)?(?:'s|’s|s)?)$/iu, 'tanks'],
  [/^mijnenjagers$/i, 'minehunters'],
  [/^adviseurs$/i, 'advisers'],
  [/^(?:trainers|instructeurs)$/i, 'trainers'],
  [/^\p{L}+-eenheid$/iu, 'units'],
];
const NUMBER_WORDS: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100, duizend: 1000 };
// "zes F-16's": aircraft named by type count as aircraft.
const UNIT_WORD = String.raw`(?:bataljons?|squadrons?|(?:oorlogs)?schepen|brigades?|divisies?|gevechtsvliegtuigen|militairen|troepen|stafofficieren|officieren|testcentra|F-(?:16|35)(?:'s|’s|s)?|(?:F-(?:16|35)-)?jachtvliegtuigen|fregat(?:ten)?|(?:pantser)?houwitsers|tanks|Leopard(?:-\d\p{L}*)?(?:'s|’s|s)?|mijnenjagers|adviseurs|trainers|instructeurs|\p{L}+-eenheid)`;
// "dertig gemechaniseerde bataljons": one adjective may stand between number and unit, but not another unit.
const FORCE_QUANTITY = new RegExp(
  // "een gemechaniseerd bataljon", "een Patriot-eenheid": one unit named with the article.
  // "6 militaire en civiele adviseurs": two adjectives joined by "en" too.
  String.raw`\b(\d[\d.]*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|honderd|duizend)\s+(?:(?!${UNIT_WORD}\b)\p{L}+\s+(?:en\s+(?!${UNIT_WORD}\b)\p{L}+\s+)?)?(${UNIT_WORD})\b`,
  'giu',
);
// Where the first force figure stands (FORCE_QUANTITY without the global flag).
const FORCE_QUANTITY_AT = new RegExp(FORCE_QUANTITY.source, 'iu');
// Euros, and dollars where the letter says so ("USD 53 miljoen", "53 miljoen dollar"): group 1 or 5 is set for dollars.
const EURO = /(?:\b(?:EUR|euro)\s*|€\s*|(\bUSD\s*|\$\s*))(\d+(?:[.,]\d+)?)\s*(miljoen|miljard)?|\b(\d+(?:[.,]\d+)?)\s*(miljoen|miljard)\b(?:\s+(?:euro|(dollar)))?/giu;
// Words of which every match of FORCE_QUANTITY, PERCENT and EURO contains one, in lower case.
const FORCE_TRIGGERS = ['bataljon', 'squadron', 'schepen', 'brigade', 'divisie', 'gevechtsvliegtuigen', 'militairen', 'troepen', 'officieren', 'testcentra', 'f-16', 'f-35', 'jachtvliegtuigen', 'fregat', 'houwitser', 'tanks', 'leopard', 'mijnenjager', '-eenheid', 'adviseurs', 'trainers', 'instructeurs'];
const PERCENT_TRIGGERS = ['%', 'procent'];
const EURO_TRIGGERS = ['eur', '€', 'miljoen', 'miljard', 'usd', '$'];
registerTriggers([...FORCE_TRIGGERS, ...PERCENT_TRIGGERS, ...EURO_TRIGGERS]);
// "nemen toe van bijna 13 miljard ... naar jaarlijks bijna 20 miljard in 2028": a change in spending pledges where it goes, by its year.
const TOWARDS_EURO = /\bvan\b[^.;]{0,80}?\bnaar\s+(?:(?:jaarlijks|structureel|bijna|ruim|circa|ongeveer|ten\s+minste)\s+)*(?:(?:EUR|€)\s*)?(\d+(?:[.,]\d+)?)\s*(miljoen|miljard)\b(?:\s+euro)?(?:\s+(?:in|per|vanaf)\s+((?:19|20)\d{2}))?/iu;
const SHARE_OF_SPENDING_BEFORE = /\b\p{L}*quote\s+van\s+(?:ten\s+minste\s+|minimaal\s+)?$/iu;
// "het Nederlands BBP-percentage ... komt uit op 1,97 procent": the percentages are shares of GDP.
const SHARE_OF_GDP_NAMED = /\bbbp-percentage\b|\bpercentage\s+van\s+het\s+bbp\b/iu;
const PERCENT = /\b(\d+(?:,\d+)?)\s*(?:%|procent)(-norm)?/giu;

/** Whether an amount is money: euros or dollars. */
function isMoney(amount: Amount | null): boolean {
  return amount?.unit === 'EUR' || amount?.unit === 'USD';
}

/** An amount and its unit as data. */
interface Amount {
  amount: number;
  unit: string;
  /** The years named with this figure itself, when a sentence gives several ("1,45% in 2021 ... 1,35% in 2024"). */
  years?: number[];
  /** One unit counted by its article ("een gemechaniseerd bataljon"): a figure only where a verb pledges it. */
  byArticle?: boolean;
}

const OF_GDP_AFTER = /^\s+(?:van\s+(?:het|hun)\s+)?(?:bbp|bruto\s+binnenlands\s+product)\b/i;

/**
 * The amounts a pledge names: forces ("dertig bataljons": 30 battalions),
 * a share of GDP ("2% van het bbp", "de 2%": unit percent_gdp, the unit the
 * gold files use), else euros ("EUR 100 miljoen", "ruim 5 miljard").
 */
export function amountsIn(text: string, gdpContext: boolean): { forces: Amount[]; money: Amount | null } {
  const forces: Amount[] = [];
  // Each amount pattern runs only where the words it needs occur (see `mayMatch`).
  const present = triggersIn(text);
  for (const m of mayMatch(FORCE_TRIGGERS, present) ? text.matchAll(FORCE_QUANTITY) : []) {
    const amount = /^\d/.test(m[1]) ? Number(m[1].replace(/\./g, '')) : NUMBER_WORDS[m[1].toLowerCase()];
    const unit = FORCE_UNITS.find(([pattern]) => pattern.test(m[2]))?.[1];
    if (unit && amount) forces.push(m[1].toLowerCase() === 'een' ? { amount, unit, byArticle: true } : { amount, unit });
  }
  let percent: Amount | null = null;
  for (const m of mayMatch(PERCENT_TRIGGERS, present) ? text.matchAll(PERCENT) : []) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    // "2% van het bbp", "2,2% bbp", "2% van het bruto binnenlands product".
    const ofGdp = OF_GDP_AFTER.test(after) || m[2] !== undefined || /\bde\s+$/i.test(before) || gdpContext || SHARE_OF_GDP_NAMED.test(text);
    if (!ofGdp) continue;
    const value = Number(m[1].replace(',', '.'));
    if (OF_GDP_AFTER.test(after) || !percent) percent = { amount: value, unit: 'percent_gdp' };
    if (OF_GDP_AFTER.test(after)) break;
  }
  if (percent) return { forces, money: percent };
  const towards = mayMatch(EURO_TRIGGERS, present) ? TOWARDS_EURO.exec(text) : null;
  if (towards) {
    const value = Number(towards[1].replace(/\.(?=\d{3}\b)/g, '').replace(',', '.')) * (towards[2].toLowerCase() === 'miljard' ? 1e9 : 1e6);
    return { forces, money: { amount: Math.round(value), unit: 'EUR', years: towards[3] ? [Number(towards[3])] : [] } };
  }
  for (const m of mayMatch(EURO_TRIGGERS, present) ? text.matchAll(EURO) : []) {
    const digits = m[2] ?? m[4];
    const scale = (m[3] ?? m[5] ?? '').toLowerCase();
    const value = Number(digits.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.'));
    const factor = scale === 'miljard' ? 1e9 : scale === 'miljoen' ? 1e6 : 1;
    return { forces, money: { amount: Math.round(value * factor), unit: m[1] || m[6] ? 'USD' : 'EUR' } };
  }
  return { forces, money: null };
}

/**
 * Every share of GDP a sentence gives, each with the years named right after
 * it ("1,45% van het bbp in 2021", "1,35% in 2024", "2% in 2024 en 2025").
 */
export function sharesOfGdp(text: string): Amount[] {
  const shares: Amount[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const years = [...(/^(?:\s+van\s+(?:het|hun)\s+bbp)?\s*(?:in|voor|per|vanaf|tot|uiterlijk\s+in)\s+((?:19|20)\d{2})(?:\s+en\s+((?:19|20)\d{2}))?/i.exec(after) ?? [])].slice(1).filter(Boolean).map(Number);
    // "een investeringsquote van 20 procent": a share of defence spending, not of GDP.
    const unit = SHARE_OF_SPENDING_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ? 'percent' : 'percent_gdp';
    shares.push({ amount: Number(m[1].replace(',', '.')), unit, years });
  }
  return pairedRespectively(text, shares);
}

/**
 * "in 2024 en 2025 ... uit op respectievelijk 1,97 procent en 1,99 procent":
 * the figures after "respectievelijk" go with the years the sentence lists,
 * in order, when they are as many and name no year of their own.
 */
function pairedRespectively(text: string, figures: Amount[]): Amount[] {
  if (figures.length < 2 || !/\brespectievelijk\b/i.test(text) || figures.some((f) => f.years?.length)) return figures;
  const listed = /\b((?:19|20)\d{2})((?:\s*,\s*(?:19|20)\d{2})*)\s+en\s+((?:19|20)\d{2})\b/.exec(text);
  if (!listed) return figures;
  const years = [listed[1], ...(listed[2].match(/(?:19|20)\d{2}/g) ?? []), listed[3]].map(Number);
  if (years.length !== figures.length) return figures;
  return figures.map((f, i) => ({ ...f, years: [years[i]] }));
}

const SPELLED_YEARS: Record<string, number> = { twee: 2, drie: 3, vijf: 5, tien: 10, twintig: 20 };

/**
 * The years a pledge applies to: the years it names, except the year of a
 * meeting the sentence names (that is when it was made, "In 2014 ... in
 * Wales"), and "in tien jaar" counted from that meeting.
 */
export function yearsIn(text: string, meetings: NamedMeeting[]): number[] {
  const meetingYears = new Set(meetings.map((m) => Number(m.startDate.slice(0, 4))));
  const years: number[] = [];
  for (const m of text.matchAll(/(?<![\d.,-])((?:19|20)\d{2})(?![\d%]|[.,]\d|\s*(?:procent|miljoen|miljard))/g)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // "sinds 2014", "sinds oktober 2014", "na 2024", "vóór 2025": a boundary, not a year the pledge is for.
    if (/(?:\b(?:Kamerstuk\p{L}*|nr\.?|sinds|na|dan in|uit)|vóór)\s*(?:(?:begin|eind|medio)\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)?\s*$/iu.test(before)) continue;
    // "de 2014 Defence Investment Pledge": the year names the pledge, it is not a year the pledge applies to.
    if (/\b(de|het)\s+$/i.test(before) && /^\s+\p{Lu}/u.test(text.slice(m.index + 4, m.index + 8))) continue;
    const year = Number(m[1]);
    if (!meetingYears.has(year) && !years.includes(year)) years.push(year);
  }
  const within = /\b(?:binnen|in)\s+(\d+|twee|drie|vijf|tien|twintig)\s+jaar\b/i.exec(text);
  if (within && meetings.length > 0) {
    const span = /^\d+$/.test(within[1]) ? Number(within[1]) : SPELLED_YEARS[within[1].toLowerCase()];
    const year = Number(meetings[0].startDate.slice(0, 4)) + span;
    if (!years.includes(year)) years.push(year);
  }
  return years.sort((a, b) => a - b);
}

/** The letter's year for a pledge "dit jaar" (not "sinds dit jaar", a boundary). */
function thisYear(ctx: LetterContext, text: string): number[] {
  const written = letterDate(ctx);
  return written && /(?<!\bsinds\s)\b(?:voor\s+)?dit\s+jaar\b/i.test(text) ? [Number(written.slice(0, 4))] : [];
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
// "vanaf december", "per 1 januari", "tot eind maart", "in september": a month with no year after it ("sinds" marks a boundary, not when).
const MONTH_WITHOUT_YEAR = new RegExp(String.raw`\b(vanaf|per|tot|in)\s+(?:(?:begin|eind|medio|half)\s+)?(?:\d{1,2}\s+)?(${MONTHS.join('|')})\b(?!\s+(?:19|20)\d{2})`, 'i');

/**
 * The year of a month named without one: the letter's year, or for a month
 * already past when the letter was written the next year, when the words
 * look ahead ("vanaf", "per", "tot").
 */
function monthYear(ctx: LetterContext, text: string): number[] {
  const written = letterDate(ctx);
  const m = MONTH_WITHOUT_YEAR.exec(text);
  if (!written || !m) return [];
  const year = Number(written.slice(0, 4));
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  return [month < Number(written.slice(5, 7)) && m[1].toLowerCase() !== 'in' ? year + 1 : year];
}

/** A commitment cue found in a sentence, before amounts and meetings are added. */
interface FoundPledge {
  rule: CommitmentRule;
  actorId: string;
  /** What the pledge is about when the sentence pairs it off ("respectievelijk"), instead of the sentence's subjects. */
  subjects?: string[];
  at: number;
  end: number;
  clause: Clause;
}

// A sentence that goes on about what the sentence before named ("Dit houdt in dat ...", "Destijds").
const CONTINUES_BEFORE = /^(dit|dat|hiermee|daarmee|destijds|daarbij|hierbij)\b/i;

/**
 * The clauses of a sentence in which a commitment rule finds a pledge, for
 * the stance rules: a verb like "bevestigde" in "bevestigde het kabinet de
 * intentie om te investeren" is part of a pledge there, not a view.
 */
export function pledgeClauses(ctx: LetterContext, sentence: SentenceView): Clause[] {
  let found = pledgeClausesOf.get(sentence);
  if (!found) pledgeClausesOf.set(sentence, (found = findPledgeClauses(ctx, sentence)));
  return found;
}

// Asked for once per stance match: worked out once per sentence.
const pledgeClausesOf = new WeakMap<SentenceView, Clause[]>();

function findPledgeClauses(ctx: LetterContext, sentence: SentenceView): Clause[] {
  const clauses = clausesOf(sentence.text);
  const found: Clause[] = [];
  const present = triggersIn(sentence.text);
  for (const rule of RULES) {
    if (!mayMatch(rule.triggers, present)) continue;
    for (const match of sentence.text.matchAll(rule.pattern)) {
      const clause = clauseAt(clauses, match.index);
      const clauseText = sentence.text.slice(clause.start, clause.end);
      if (rule.accept && !rule.accept(clauseText, match, sentence)) continue;
      // "spraken af dat 2% van het bbp de ondergrens is": the figure may stand in the clause the verb governs.
      if (rule.needsAmount && !amountsIn(sentence.text.slice(clause.start), hasPledgeTopic(ctx, sentence)).money) continue;
      if (!found.includes(clause)) found.push(clause);
    }
  }
  return found;
}

function hasPledgeTopic(ctx: LetterContext, sentence: SentenceView): boolean {
  return topicsOf(sentence, ctx).includes('topic:defence-investment-pledge');
}

/**
 * Finds what an actor pledges or undertakes, sentence by sentence: the
 * Netherlands (Nederland, het kabinet, "willen we"), the Alliance
 * (bondgenoten, staatshoofden en regeringsleiders, de NAVO), and other
 * states (an office stands for its state: a pledge binds the state). One
 * commitment per actor and sentence, except that each force in "dertig
 * bataljons, dertig squadrons en dertig schepen" is its own. Amounts, units
 * and years are data. The meeting is set only where the letter ties the
 * pledge to one: a meeting the sentence names, "de Top", the meeting the
 * sentence before named when this one goes on about it, and in a report the
 * meeting reported on; national pledges in an agenda have none.
 */
export function findCommitments(ctx: LetterContext, mentions: MeetingMention[], own: MeetingRecord | null, letterKind: DocumentKind): CommitmentRecord[] {
  const actors = actorsBySentence(ctx);
  const commitments: CommitmentRecord[] = [];

  const announcesMeeting = letterKind === 'PRESS_RELEASE' && own !== null && (!ctx.statedDate || own.startDate > ctx.statedDate);
  for (const sentence of ctx.sentences) {
    const pledges = pledgesIn(ctx, sentence, actors, mentions);
    const forces = amountsIn(sentence.text, false).forces;
    const countedForces = forces.filter((f) => !f.byArticle);
    // A force pledge needs no verb of its own: "dat de NAVO-landen ... dertig bataljons ... moet kunnen sturen".
    // "De ministers stemmen in met de inzet van vier bataljons" approves a deployment: a decision, not a pledge.
    if (countedForces.length > 0 && !approvesForces(sentence.text) && !pledges.some((p) => p.actorId === NATO || p.actorId === NLD)) {
      const actor = actors.phrasesOf(sentence).find((p) => !p.prepositional && (p.kind === 'alliance' || p.kind === 'netherlands'));
      if (actor?.ref && 'entityId' in actor.ref) {
        const clauses = clausesOf(sentence.text);
        pledges.push({ rule: FORCES_RULE, actorId: actor.ref.entityId, at: actor.start, end: actor.end, clause: clauseAt(clauses, actor.start) });
      }
    }

    // "Daarvan is ten minste 3,5% van het bbp bestemd voor ...": a share of the pledge the sentence before made.
    const previous = commitments[commitments.length - 1];
    if (pledges.length === 0 && previous && PART_OF_BEFORE.test(sentence.text) && sharesOfGdp(sentence.text).length > 0) {
      const before = ctx.sentences[sentence.index - 1];
      if (before && before.passageIndex === sentence.passageIndex && previous.evidence.passageId === sentence.passageId) {
        pledges.push({ rule: SHARE_RULE, actorId: previous.actorId, at: 0, end: 0, clause: clauseAt(clausesOf(sentence.text), 0) });
      }
    }
    // Most sentences pledge nothing.
    if (pledges.length === 0) continue;
    const gdpContext = hasPledgeTopic(ctx, sentence);
    const named = namedMeetings(sentence, mentions);
    // One pledge per actor and sentence, except one made in a main clause of its own joined by "en":
    // "Nederland ... bereid te zijn een bijdrage te leveren en sprak de intentie uit ...", "... en is bereid bij te dragen".
    // So is one whose clause gives a figure of its own: "verhoogt de uitgaven met EUR 5 miljard, waarmee Nederland in 2024 2% van het bbp besteedt".
    const kept: FoundPledge[] = [];
    for (const pledge of pledges) {
      const before = kept.filter((k) => k.actorId === pledge.actorId).at(-1);
      if (before && (pledge.at < before.end || !(pledge.rule.keepsFigure || SECOND_MAIN_CLAUSE.test(sentence.text.slice(before.end, pledge.at)) || ownFigure(sentence.text, before, pledge)))) continue;
      kept.push(pledge);
    }
    for (const pledge of kept) {
      const clauseText = sentence.text.slice(pledge.clause.start, pledge.clause.end);
      // The words of this pledge run from where it is joined to the same actor's pledge before ("... en zal dit niveau
      // in 2025 handhaven") up to where the next one starts: its own clause, or the "en" that joins it.
      const actorPledges = kept.filter((k) => k.actorId === pledge.actorId);
      const at = actorPledges.indexOf(pledge);
      const ownStart = at > 0 ? joinedAt(sentence.text, actorPledges[at - 1], pledge) : pledge.clause.start;
      const ownEnd = at + 1 < actorPledges.length ? joinedAt(sentence.text, pledge, actorPledges[at + 1]) : sentence.text.length;

      let meeting: NamedMeeting | null = nearestMeeting(named, pledge.at, pledge.end)?.meeting ?? null;
      if (!meeting && refersToOwnMeeting(sentence.text)) meeting = own;
      if (!meeting && (pledge.rule === FORCES_RULE || CONTINUES_BEFORE.test(sentence.text))) meeting = meetingEarlierInPassage(sentence, mentions);
      // A news item before its meeting announces the meeting; the government's pledges in it are made now, not there.
      if (!meeting && tellsAfter(letterKind) && !announcesMeeting) meeting = own;
      // "een nieuwe Defence Investment Pledge van 5%": the new pledge is the one the letter's meeting is for.
      if (!meeting && pledge.rule.id === 'commitment/norm-named') meeting = own;
      // "Ook zullen zij het NATO Readiness Initiative aannemen: vanaf 2020 moeten 30 bataljons ...": in a letter before its meeting,
      // what the Alliance is to pledge it pledges there.
      if (!meeting && pledge.actorId === NATO && !tellsAfter(letterKind) && own && isFuture(sentence.text)) meeting = own;

      // Years from the pledge's clause on: "In het plan dat eind 2018 is gestuurd, bevestigde het kabinet" pledges nothing for 2018.
      let years = yearsIn(sentence.text.slice(ownStart, ownEnd), named.map((m) => m.meeting));
      // "Daarvan ...", "Daarnaast ...": part of the pledge before it, by the same date when it names none.
      // "levert vanaf februari circa 250 militairen": a month named without its year is in the letter's year, or the next when it has passed.
      if (years.length === 0) years = monthYear(ctx, sentence.text.slice(ownStart, ownEnd));
      // "Nederland heeft dit jaar voor ruim 1 miljard euro ... geleverd": the year of the letter.
      if (years.length === 0) years = thisYear(ctx, sentence.text.slice(ownStart, ownEnd));
      // "Daarnaast draagt Nederland jaarlijks USD 15 miljoen bij": a yearly figure keeps no date of the pledge before.
      if (years.length === 0 && PART_OF_BEFORE.test(sentence.text) && !YEARLY.test(clauseText) && previous?.evidence.passageId === sentence.passageId) years = previous.years;
      const sentenceForces = pledge.actorId === NATO || pledge.actorId === NLD ? forces : [];
      const keptUp = pledge.rule.keepsFigure ? keptFigure(commitments, pledge.actorId, sentence.passageId) : pledge.rule.id === 'commitment/meets-norm' ? normNamedBefore(ctx, sentence) : null;
      const money = keptUp ?? amountsIn(clauseText, gdpContext).money ?? amountsIn(sentence.text, gdpContext).money;
      // "1,45% van het bbp in 2021 ... naar 1,35% in 2024": each share of GDP with its own year is its own pledge.
      const shares = money?.unit === 'percent_gdp' ? sharesOfGdp(sentence.text) : [];
      const amounts: Array<Amount | null> = sentenceForces.length > 0 ? sentenceForces : shares.length > 1 ? shares : [money];
      for (const amount of amounts) {
        const yearsOfAmount = amount?.years?.length ? amount.years : years;
        const pointedAt = pointedAtBefore(ctx, sentence, clauseText, pledge.actorId);
        const topics = [...new Set([...topicsOf(sentence, ctx), ...pointedAt.topics, ...takenUpTopics(sentence, ctx), ...spendingTopics(pledge.actorId, clauseText, amount, sentence.text.slice(pledge.at))])];
        const subjects = pledge.subjects ?? [...new Set([...subjectsOf(sentence, ctx, [pledge.actorId]), ...pointedAt.subjects, ...toTheAlliance(sentence.text, pledge)])];
        if (subjects.includes(NATO) && NORTH_AMERICAN_ALLIES.has(pledge.actorId)) topics.push('topic:transatlantic-bond');
        if (!topics.includes(FORWARD_PRESENCE) && troopsToTheEasternFlank(ctx, sentence.text.slice(ownStart, ownEnd), subjects)) topics.push(FORWARD_PRESENCE);
        const status = forecastStatus(
          ctx,
          clauseText,
          yearsOfAmount,
          amount,
          pledgeStatus(sentence.text, pledge, statusOf(tenseOf(sentence.text, pledge.at, pledge.end), meeting, own, letterKind, ctx), meeting),
        );
        const what = withAntecedents(ctx, governedWords(sentence.text, governedSpan(sentence.text, pledge.at, pledge.end, null)), subjects);
        commitments.push({
          id: `commitment:${ctx.documentSlug}/${commitments.length + 1}`,
          actorId: pledge.actorId,
          meetingId: meeting?.id ?? null,
          date: meeting?.startDate ?? letterDate(ctx),
          status,
          what,
          summary: commitmentSummary(ctx, pledge.actorId, amount, yearsOfAmount, what, topics, subjects, meeting, status),
          amount: amount?.amount ?? null,
          unit: amount?.unit ?? null,
          years: yearsOfAmount,
          topics,
          subjects,
          evidence: sentenceEvidence(ctx, sentence, pledge.rule.id, pledge.rule.confidence),
        });
      }
    }
  }
  return commitments;
}

/** Where the later of two pledges of one actor begins: its own clause, or the last "en" before it in a shared one. */
function joinedAt(text: string, first: FoundPledge, later: FoundPledge): number {
  if (later.clause.start > first.clause.start) return later.clause.start;
  const between = text.slice(first.end, later.at);
  const and = [...between.matchAll(/\ben\b/gi)].at(-1);
  return and ? first.end + and.index : later.at;
}

/** Whether a later pledge of the same actor stands in a clause of its own that gives another figure than the first one's. */
function ownFigure(text: string, first: FoundPledge, later: FoundPledge): boolean {
  if (later.clause.start <= first.clause.start) return false;
  const figure = amountsIn(text.slice(later.clause.start, later.clause.end), false).money;
  const firstFigure = amountsIn(text.slice(first.clause.start, first.clause.end), false).money;
  return figure !== null && firstFigure !== null && (figure.unit !== firstFigure.unit || figure.amount !== firstFigure.amount);
}

// "en" opening a main clause that shares the subject, or a copula before the pledge's words ("en is bereid bij te dragen").
const SECOND_MAIN_CLAUSE = /\ben\s+(?:(?:is|zijn|was|waren)\s+(?:\p{L}+\s+)?)?$/iu;
/** "Nederland haalt die norm": the share of GDP of the norm the sentence before named ("de NAVO-norm van 2% van het bbp"). */
function normNamedBefore(ctx: LetterContext, sentence: SentenceView): Amount | null {
  if (amountsIn(sentence.text, false).money || !/\b(?:die|deze|dat|dit)\s+(?:\p{L}+-)?norm\b/iu.test(sentence.text)) return null;
  const before = ctx.sentences[sentence.index - 1];
  if (!before || before.passageIndex !== sentence.passageIndex) return null;
  const figure = amountsIn(before.text, true).money;
  return figure?.unit === 'percent_gdp' ? { amount: figure.amount, unit: figure.unit } : null;
}

/** The figure of the actor's last pledge in the passage, which "dit niveau" keeps up. */
function keptFigure(commitments: CommitmentRecord[], actorId: string, passageId: string): Amount | null {
  const before = commitments.filter((c) => c.actorId === actorId && c.evidence.passageId === passageId).at(-1);
  return before?.amount != null && before.unit ? { amount: before.amount, unit: before.unit } : null;
}

const DUTCH_CONTRIBUTION = /\bNederlandse\s+(?:bijdrage|inzet|deelname)\b/u;
// A clause that opens with "we" or "wij" as its subject, before the verb.
const WE_OPEN = /^[\s,"“]*(?:(?:ook|daarom|zo)\s+)?(?:we|wij)\s+$/i;
// What a pledge is to, named in the sentence before: "draagt hieraan bij", "stelt hiervoor ... beschikbaar",
// "Met dit initiatief", "gecommitteerd aan deze afspraken".
const POINTS_BACK = /\b(?:hier|daar)(?:aan|voor|toe|mee)\b|\b(?:dit|deze)\s+(?:afspraak|afspraken|initiatief|initiatieven|fonds|fondsen|missie|missies|norm|pledge|doelstelling|doelstellingen|pakket|inzet|eenheid|eenheden|bataljon|battlegroup)\b/i;

// A body or activity named with the definite article, as the sentences before named it: "de bijdrage aan het fonds".
const DEFINITE_BACK = /\b(?:het|de)\s+(fonds|centrum|missie|coalitie)\b/i;
// The English names such bodies carry in Dutch letters: "het NATO Innovation Fund", "het Centre of Excellence".
const ENGLISH_NOUN: Record<string, string[]> = { fonds: ['fund'], centrum: ['centre', 'center'], missie: ['mission'], coalitie: ['coalition'] };

/**
 * The topics and subjects of the sentence before, when the pledge's clause
 * points back at what it named: a pledge to "dit initiatief" is about the
 * initiative the sentence before named, and about the countries it named.
 */
function pointedAtBefore(ctx: LetterContext, sentence: SentenceView, clauseText: string, actorId: string): { topics: string[]; subjects: string[] } {
  const topics: string[] = [];
  const subjects: string[] = [];
  // "Ook de Resolute Support-missie in Afghanistan komt aan de orde. (...) Nederland levert 100 militairen aan deze missie":
  // "deze missie" is the mission the nearest sentence naming one names.
  // So is "het fonds" when the sentence names no fund itself: the fund named last ("het NATO Innovation Fund").
  const definite = DEFINITE_BACK.exec(clauseText);
  const noun = /\b(?:dit|deze)\s+(\p{L}+)$/iu.exec(POINTS_BACK.exec(clauseText)?.[0] ?? '')?.[1] ?? definite?.[1];
  if (noun) {
    const stem = noun.replace(/(?:en|s)$/i, '').toLowerCase();
    const named = new RegExp(String.raw`(?<!\b(?:het|de|dit|deze)\s+)(?:\b|-)(?:${[stem, ...(ENGLISH_NOUN[noun.toLowerCase()] ?? [])].join('|')})`, 'iu');
    for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 3); i--) {
      const before = ctx.sentences[i];
      if (before.passageIndex !== sentence.passageIndex) break;
      if (!named.test(before.text) || POINTS_BACK.test(before.text)) continue;
      return { topics: topicsOf(before, ctx), subjects: subjectsOf(before, ctx, [actorId]) };
    }
  }
  // "X aangenomen. Met dit initiatief ... Nederland zal bijdragen aan dit initiatief": back as far as the sentences keep pointing back.
  let pointing = POINTS_BACK.test(clauseText);
  for (let i = sentence.index - 1; pointing && i >= Math.max(0, sentence.index - 3); i--) {
    const before = ctx.sentences[i];
    if (before.passageIndex !== sentence.passageIndex) break;
    topics.push(...topicsOf(before, ctx));
    subjects.push(...subjectsOf(before, ctx, [actorId]));
    pointing = POINTS_BACK.test(before.text);
  }
  return { topics, subjects };
}

/** NATO as what a state's pledge is about when the pledge is made to it: "de «ironclad commitment» van de VS aan de NAVO". */
function toTheAlliance(text: string, pledge: FoundPledge): string[] {
  if (pledge.actorId === NATO) return [];
  return /\baan\s+de\s+(?:NAVO|NATO)\b/.test(text.slice(pledge.end, pledge.clause.end)) ? [NATO] : [];
}

const FORWARD_PRESENCE = 'topic:forward-presence';
// Troops and land units, not aircraft or ships: what a battlegroup is made of.
const TROOPS = /\b(?:militairen|troepen|soldaten|eenheid|eenheden|bataljons?|brigades?|compagnie(?:s|ën)?|gevechtsgroep(?:en)?|battlegroups?)\b/iu;

/** Troops pledged to an Ally that hosts one of NATO's battlegroups (the reference group of such hosts): forward presence on the eastern flank. */
function troopsToTheEasternFlank(ctx: LetterContext, pledgeWords: string, subjects: readonly string[]): boolean {
  if (!TROOPS.test(pledgeWords)) return false;
  const hosts = ctx.reference.groups.find((g) => g.id === 'group:eastern-flank')?.members ?? [];
  return subjects.some((id) => hosts.includes(id) || id === 'group:baltic-states');
}

// Allies across the Atlantic: their pledge to the Alliance is the transatlantic bond itself.
const NORTH_AMERICAN_ALLIES = new Set(['country:USA', 'country:CAN']);

// The norm of NATO spending, named without its figure: "de nieuwe norm", "de norm van 2%", "de NAVO-norm".
const SPENDING_NORM = /\b(?:de|deze|die|hun|onze)\s+(?:nieuwe\s+|afgesproken\s+)?(?:\p{L}+-)?norm\b/iu;
const SPENDING_GROWTH = /\b(?:groei|stijging|verhoging)\s+van\s+de\s+(?:defensie-?)?(?:uitgaven|begroting|budget)\b/iu;
// Money or means a state sets aside "voor Defensie": its own defence budget.
const FOR_DEFENCE = /\bvoor\s+(?:de\s+)?Defensie\b/u;

/** A share of GDP, and a state's money for its own armed forces, are spending under the Defence Investment Pledge. */
function spendingTopics(actorId: string, clauseText: string, amount: Amount | null, pledged: string): string[] {
  // A share of GDP spent is what the Defence Investment Pledge measures, and the growth of spending what it asks;
  // the norm a state meets or plans to reach ("aan de nieuwe norm voldoen") is that share.
  if (amount?.unit === 'percent_gdp' || SPENDING_GROWTH.test(clauseText) || SPENDING_NORM.test(pledged)) return ['topic:defence-investment-pledge'];
  // The pledge's share of spending on major equipment ("investeringsquote") buys the capabilities NATO asks for.
  if (amount?.unit === 'percent' && /\binvesterings\p{L}*quote\b/iu.test(clauseText)) return ['topic:defence-investment-pledge', 'topic:capability-targets'];
  if (actorId === NATO) return [];
  const money = amount?.unit === 'EUR' || /\bmiddelen\b/i.test(clauseText);
  return money && FOR_DEFENCE.test(clauseText) ? ['topic:defence-investment-pledge'] : [];
}

const FORCES_RULE: CommitmentRule = { id: 'commitment/forces', pattern: /$^/g, confidence: 0.7 };
const SHARE_RULE: CommitmentRule = { id: 'commitment/share-of-pledge', pattern: /$^/g, confidence: 0.65 };
// Words that open a sentence about part of what the sentence before pledged.
const APPROVES = /\b(?:stemt|stemmen|stemde|stemden)\b[^.;]{0,40}?\bin\s+met\b|\bingestemd\s+met\b/i;
const YEARLY = /\b(?:jaarlijks|per\s+jaar|elk\s+jaar|ieder\s+jaar)\b/i;
/**
 * "De ministers stemmen in met de inzet van vier bataljons": approving a deployment is a decision, not a pledge of forces.
 * Forces named in a clause of their own ("stemden in met een nieuw Force Model, waarin 300.000 militairen ... worden gebracht")
 * are what the approved plan pledges.
 */
function approvesForces(text: string): boolean {
  const approval = APPROVES.exec(text);
  if (!approval) return false;
  const clause = clauseAt(clausesOf(text), approval.index);
  const forces = FORCE_QUANTITY_AT.exec(text);
  return !forces || clauseAt(clausesOf(text), forces.index) === clause || !clauseAt(clausesOf(text), forces.index).subordinate;
}
// ... or "Ten minste 3,5% van het bbp gaat naar ...": a share that opens the sentence after the pledge it divides.
const PART_OF_BEFORE = /^\s*(?:daarvan|hiervan|daarbinnen|waarvan|daarnaast|tevens)\b|^\s*(?:ten\s+minste|minimaal|maximaal|tot)\s+\d+(?:,\d+)?\s*(?:%|procent)\s+(?:van\s+het\s+bbp\s+)?(?:gaat|is|wordt)\s+(?:bestemd\s+)?(?:naar|voor)\b/i;

// "zal", "zullen": what the government says it will do is a promise it makes in the letter.
const WILL = /\b(?:zal|zullen)\b/i;
// "is voornemens", "is bereid", "van plan": an intention to pledge later, not yet a pledge.
const INTENDS = /\b(?:voornemens|bereid|van\s+plan)\b/i;
const READY_NOW = /\b(?:is|zijn)\s+(?:\p{L}+\s+)?bereid\b/iu;

/**
 * The status of a pledge, refined for the government's own: "Nederland zal
 * voldoen aan de norm" is a promise made now (TAKEN) unless a meeting still
 * to come is named; "Nederland is bereid een bijdrage te leveren" offers a
 * pledge still to be made (EXPECTED).
 */
function pledgeStatus(text: string, pledge: FoundPledge, status: CommitmentRecord['status'], meeting: NamedMeeting | null): CommitmentRecord['status'] {
  if (pledge.actorId !== NLD) return status;
  const upToVerb = text.slice(pledge.clause.start, pledge.end);
  // Ready to pledge is a pledge still to be made, at whatever meeting it is said.
  if (status === 'TAKEN' && READY_NOW.test(upToVerb)) return 'EXPECTED';
  if (meeting) return status;
  if (status === 'EXPECTED' && WILL.test(upToVerb) && !INTENDS.test(upToVerb)) return 'TAKEN';
  if (status === 'TAKEN' && READY_NOW.test(upToVerb)) return 'EXPECTED';
  return status;
}

// A figure the letter forecasts rather than states: "naar verwachting", "een verwachte 2,05%".
// ("Als gevolg van recente bbp-ramingen komt het percentage uit op ..." states a figure worked out, not a forecast.)
const FORECAST = /\bnaar\s+verwachting\b|\bverwacht(?:e|en|te)?\b/i;

/**
 * A forecast figure for a year after the letter's is still to come; one for a
 * year before it is reached. For the letter's own year the words decide: a
 * clause the adverb "naar verwachting" makes a forecast is still to come
 * ("besteedt in 2017 naar verwachting 1,17%"), except the level a forecast
 * change starts from ("dalen naar verwachting van 1,45% in 2021 naar ..."),
 * while "een verwachte 2,05%" only qualifies the figure of a claim stated as fact.
 */
function forecastStatus(ctx: LetterContext, clauseText: string, years: number[], amount: Amount | null, status: CommitmentRecord['status']): CommitmentRecord['status'] {
  const written = letterDate(ctx);
  if (!written || years.length === 0 || !FORECAST.test(clauseText)) return status;
  const letterYear = Number(written.slice(0, 4));
  if (years.every((year) => year > letterYear)) return 'EXPECTED';
  if (years.every((year) => year === letterYear) && FORECAST_ADVERB.test(clauseText) && !startsChange(clauseText, amount)) return 'EXPECTED';
  return 'TAKEN';
}

const FORECAST_ADVERB = /\bnaar\s+verwachting\b|\bwordt\s+verwacht\b/i;

/** Whether a share of GDP is where a change starts: "van 1,45% van het bbp in 2021 naar 1,35%". */
function startsChange(clauseText: string, amount: Amount | null): boolean {
  if (amount?.unit !== 'percent_gdp') return false;
  const figure = String(amount.amount).replace('.', ',');
  return new RegExp(String.raw`\bvan\s+(?:\p{L}+\s+)?${figure.replace(/[.,]/g, '[.,]')}\s*(?:%|procent)`, 'iu').test(clauseText);
}

/** The pledges the rules find in one sentence, each with the actor who makes it. */
function pledgesIn(
  ctx: LetterContext,
  sentence: SentenceView,
  actors: SentenceActors,
  mentions: MeetingMention[],
): FoundPledge[] {
  const text = sentence.text;
  const found: FoundPledge[] = [];
  const present = triggersIn(text);
  for (const rule of RULES) {
    if (!mayMatch(rule.triggers, present)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const at = match.index;
      const end = at + match[0].length;
      const clause = clauseAt(clausesOf(text), at);
      if (clause.hypothetical) continue;
      const clauseText = text.slice(clause.start, clause.end);
      if (rule.accept && !rule.accept(clauseText, match, sentence)) continue;
      if (rule.needsAmount && !amountsIn(sentence.text.slice(clause.start), hasPledgeTopic(ctx, sentence)).money) continue;
      if (rule.notAfterTe && /\bte\s+$/i.test(text.slice(clause.start, at))) continue;

      let actorId: string | null = rule.fixedActor ?? null;
      let partners: ActorPhrase[] = [];
      if (rule.actorsAfter) {
        const leaders = statesListedAt(text, actors.phrasesOf(sentence), end);
        const served = respectively(ctx, sentence, match[0], leaders.length);
        leaders.forEach((leader, i) => {
          const leaderId = stateOf(ctx, leader.ref);
          if (leaderId) found.push({ rule, actorId: leaderId, at, end, clause, subjects: served ? [served[i]] : undefined });
        });
        continue;
      }
      // "Wij blijven Oekraïne steunen": the government writing speaks for the Netherlands.
      if (!actorId && WE_OPEN.test(text.slice(clause.start, at))) actorId = NLD;
      if (!actorId && rule.announcesFor) {
        // "Biden kondigde aan dat de Verenigde Staten ... uitbreiden": the United States pledge, not the one who announces it.
        const state = actors.phrasesOf(sentence).find((p) => p.start >= end && /^\s*,?\s*dat\s+(?:de\s+|het\s+)?$/i.test(text.slice(end, p.start)));
        if (state && (state.kind === 'country' || state.kind === 'netherlands' || state.kind === 'alliance')) actorId = stateOf(ctx, state.ref);
      }
      // "Bondgenoten herhaalden dat zij ... zullen blijven steunen": "zij" are those who restate it.
      if (!actorId && OWN_PLEDGE_RESTATED.test(text.slice(clause.start, at))) actorId = stateOf(ctx, mainSubjectBefore(actors.phrasesOf(sentence), clause) ?? actors.antecedentOf(sentence));
      if (!actorId) {
        const subject = subjectOf(text, actors.phrasesOf(sentence), clause, at);
        if (subject) {
          if (subject.kind === 'some-allies') continue;
          actorId = stateOf(ctx, subject.kind === 'pronoun' ? (mainSubjectBefore(actors.phrasesOf(sentence), clause) ?? actors.antecedentOf(sentence)) : subject.ref);
          partners = coordinatedWith(text, actors.phrasesOf(sentence), subject);
          // "Nederland leidt, samen met Denemarken, de coalitie": who leads with it leads too.
          // "Het Verenigd Koninkrijk, Canada, Duitsland en de Verenigde Staten treden op als kaderland": every state listed.
          if (rule.id === 'commitment/framework-nation') {
            const listed = actors.phrasesOf(sentence).filter((p) => (p.kind === 'country' || p.kind === 'netherlands') && !p.prepositional && p.start >= clause.start && p.end <= at);
            if (listed.length > 1) {
              actorId = stateOf(ctx, listed[0].ref);
              partners = listed.slice(1);
            }
          }
          // "maakte in Washington samen met Denemarken en de Verenigde Staten bekend dat ...": who announces with it pledges too.
          if (rule.id === 'commitment/leads' || rule.id === 'commitment/announced') partners = [...partners, ...togetherWith(text, actors.phrasesOf(sentence), at, end)];
        } else if (rule.id === 'commitment/spending-level' && (DUTCH.test(text) || !namesOtherSpenders(actors.phrasesOf(sentence)))) {
          // "Het Nederlandse defensiebudget komt uit op ...": the Netherlands' own spending; so are "de defensie-uitgaven"
          // a Dutch letter names without saying whose.
          actorId = NLD;
        } else if (definiteBody(ctx, sentence, text.slice(clause.start, at))) {
          // "Het fonds zal ... EUR 1 miljard investeren": the fund the sentences before named.
          actorId = definiteBody(ctx, sentence, text.slice(clause.start, at));
        } else if (DUTCH_CONTRIBUTION.test(clauseText)) {
          // "De Nederlandse bijdrage aan Resolute Support ... is verlengd": the contribution names whose it is.
          actorId = NLD;
        } else if (rule.id === 'commitment/decided-nationally' && namedMeetings(sentence, mentions).length === 0 && !refersToOwnMeeting(text)) {
          // "Zo is besloten de beschikbare middelen te investeren": an agentless decision about national means.
          actorId = NLD;
        }
      }
      if (!actorId) continue;
      // The Alliance decides on its own means in decisions, not in national spending pledges.
      if (rule.id === 'commitment/decided-nationally' && actorId !== NLD) continue;
      found.push({ rule, actorId, at, end, clause });
      // "Frankrijk, Duitsland en Italië hebben toegezegd ...": each state the subject lists pledges.
      for (const partner of partners) {
        const partnerId = stateOf(ctx, partner.ref);
        if (partnerId) found.push({ rule, actorId: partnerId, at, end, clause });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * What "zij" in a subordinate clause stands for when the main clause before
 * it names its subject: "leggen de staatshoofden en regeringsleiders vast dat
 * zij ... besteden".
 */
function mainSubjectBefore(phrases: ActorPhrase[], clause: Clause): ActorRef | null {
  if (!clause.subordinate) return null;
  const subject = phrases.find((p) => p.end <= clause.start && !p.prepositional && !p.parenthetical && (p.kind === 'alliance' || p.kind === 'netherlands' || p.kind === 'country'));
  return subject?.ref ?? null;
}

/**
 * The organization a clause opening with "Het fonds", "Het centrum" stands
 * for: the one of that kind the sentences just before named ("het NATO
 * Innovation Fund").
 */
function definiteBody(ctx: LetterContext, sentence: SentenceView, opening: string): string | null {
  const m = /^[\s,]*(?:het|de)\s+(fonds|centrum)\b/iu.exec(opening);
  if (!m) return null;
  const names = [m[1].toLowerCase(), ...(ENGLISH_NOUN[m[1].toLowerCase()] ?? [])];
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 3); i--) {
    const before = ctx.sentences[i];
    if (before.passageIndex !== sentence.passageIndex) break;
    const body = before.mentions.find((x) => x.kind === 'organization' && names.some((n) => x.matched.toLowerCase().includes(n)));
    if (body) return body.id;
  }
  return null;
}

/** The states listed from `at` on: "het Verenigd Koninkrijk, Canada, Duitsland en de Verenigde Staten". */
function statesListedAt(text: string, phrases: ActorPhrase[], at: number): ActorPhrase[] {
  const first = phrases.find((p) => p.start >= at && /^\s*(?:het\s+|de\s+)?$/i.test(text.slice(at, p.start)));
  if (!first || (first.kind !== 'country' && first.kind !== 'netherlands')) return [];
  return [first, ...coordinatedWith(text, phrases, first)];
}

/**
 * "in elk van deze landen ..., onder leiding van respectievelijk A, B, C en D":
 * the countries the sentence before lists, one for each actor, in order;
 * null unless the words say "respectievelijk" and the counts agree.
 */
function respectively(ctx: LetterContext, sentence: SentenceView, words: string, count: number): string[] | null {
  const before = ctx.sentences[sentence.index - 1];
  if (!/respectievelijk/i.test(words) || !before || before.passageIndex !== sentence.passageIndex) return null;
  const countries = [...new Set(before.mentions.filter((m) => m.kind === 'country' && ctx.names.get(m.id)?.kind === 'country').map((m) => m.id))];
  return countries.length === count ? countries : null;
}

/** The states listed with a subject ("Frankrijk, Duitsland, Italië en het Verenigd Koninkrijk"), after it. */
function coordinatedWith(text: string, phrases: ActorPhrase[], subject: ActorPhrase): ActorPhrase[] {
  if (subject.kind !== 'country' && subject.kind !== 'netherlands') return [];
  const listed: ActorPhrase[] = [];
  let last = subject;
  for (const phrase of phrases.filter((p) => p.start >= subject.end)) {
    if (phrase.kind !== 'country' && phrase.kind !== 'netherlands') break;
    if (!/^\s*(?:,|en)\s*(?:het\s+|de\s+)?$/i.test(text.slice(last.end, phrase.start))) break;
    listed.push(phrase);
    last = phrase;
  }
  return listed;
}

/** The states named after "samen met" inside a rule's match: "leidt, samen met Denemarken, de coalitie". */
function togetherWith(text: string, phrases: ActorPhrase[], start: number, end: number): ActorPhrase[] {
  const together = /\bsamen\s+met\s+/i.exec(text.slice(start, end));
  if (!together) return [];
  const from = start + together.index + together[0].length;
  const first = phrases.find((p) => p.start === from && p.kind === 'country');
  return first ? [first, ...coordinatedWith(text, phrases, first)] : [];
}

/** Whether a sentence names anyone whose spending it could be: the Allies, a country, an organization. */
function namesOtherSpenders(phrases: ActorPhrase[]): boolean {
  return phrases.some((p) => p.kind !== 'netherlands' && p.kind !== 'person');
}

/** The actor who is bound by a pledge: an office binds its state or organization, a person their country. */
function stateOf(ctx: LetterContext, ref: ActorRef | null): string | null {
  if (!ref) return null;
  if ('officeId' in ref) {
    const office = ctx.reference.offices.find((o) => o.id === ref.officeId);
    return office?.country ?? office?.organization ?? null;
  }
  const entity = ctx.names.get(ref.entityId);
  // The Dutch ministers pledge for the Netherlands; a foreign minister the letter names holds what they announced.
  if (entity?.kind === 'person') {
    if (!entity.country) return null;
    return entity.country === NLD ? NLD : entity.id;
  }
  return ref.entityId;
}

const UNIT_NAMES: Record<string, string> = { percent_gdp: '% of GDP' };

/** "The Netherlands committed EUR 100 million on Support for Ukraine." */
function commitmentSummary(
  ctx: LetterContext,
  actorId: string,
  amount: Amount | null,
  years: number[],
  what: string | null,
  topics: string[],
  subjects: string[],
  meeting: NamedMeeting | null,
  status: string,
): string {
  const who = actorName(ctx, actorId);
  const figure = amount ? ` (${amount.unit === 'EUR' || amount.unit === 'USD' ? `${amount.unit} ${formatMoney(amount.amount)}` : amount.unit === 'percent_gdp' ? `${amount.amount}${UNIT_NAMES[amount.unit]}` : `${amount.amount} ${amount.unit}`}${years.length > 0 ? ` for ${listOf(years.map(String))}` : ''})` : '';
  if (what) {
    const verb = status === 'TAKEN' ? 'committed to' : 'is expected to commit to';
    return sentenceCase(`${who} ${verb} «${what}»${figure}${meeting ? ` at the ${meeting.name}` : ''}.`);
  }
  let pledged = status === 'TAKEN' ? 'made a commitment' : 'is expected to make a commitment';
  const committed = status === 'TAKEN' ? 'committed' : 'is expected to commit';
  if (amount?.unit === 'EUR' || amount?.unit === 'USD') pledged = `${committed} ${amount.unit} ${formatMoney(amount.amount)}`;
  else if (amount?.unit === 'percent_gdp') pledged = `${committed} to ${amount.amount}${UNIT_NAMES[amount.unit]}`;
  else if (amount) pledged = `${committed} ${amount.amount} ${amount.unit}`;
  const on = topics.length > 0 ? ` on ${listOf(topics.map((id) => actorName(ctx, id)))}` : '';
  const regarding = subjects.length > 0 ? ` regarding ${listOf(subjects.map((id) => actorName(ctx, id)))}` : '';
  const when = years.length > 0 ? ` for ${listOf(years.map(String))}` : '';
  const where = meeting ? ` at the ${meeting.name}` : '';
  return sentenceCase(`${who} ${pledged}${on}${regarding}${when}${where}.`);
}

function formatMoney(amount: number): string {
  if (amount >= 1e9) return `${trim(amount / 1e9)} billion`;
  if (amount >= 1e6) return `${trim(amount / 1e6)} million`;
  return String(amount);
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}
