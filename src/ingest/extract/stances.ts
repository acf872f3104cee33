import { tellsAfter, type ClaimStatus, type DocumentKind, type MeetingRecord, type StanceRecord } from '../letter-graph';
import { resolveActor } from '../resolve';
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
  namedMeetings,
  nearestMeeting,
  sentenceCase,
  prepareRules,
  subjectOf,
  triggersIn,
  type ActorPhrase,
  type NamedMeeting,
  withFastWordStarts,
} from './claim-parts';
import { amountsIn, pledgeClauses } from './commitments';
import { actorsOf } from './people';
import { sentenceEvidence, type LetterContext, type SentenceView } from './context';
import { LEXICON, verbForms } from './lexicon';
import type { MeetingMention } from './meetings';
import { subjectsOf, takenUpTopics, TAKES_UP_BEFORE, topicsOf } from './topics';
import { governedSpan, governedWords, withAntecedents, type Span } from './claim-content';

/** One way the letters state a position. */
interface StanceRule {
  id: string;
  pattern: RegExp;
  /**
   * Who holds the position: the subject of the verb; the Netherlands, named
   * in the phrase itself ("voor Nederland", "de Nederlandse inzet"); or the
   * people and states named between the parts of a separable verb ("stelden
   * ... Maas en Le Drian voor"); or, for a passive that names no one
   * ("Benadrukt werd dat ..."), those taking part in the meeting: the Allies;
   * or the actor named right after the phrase ("het voorstel van <de SG>").
   */
  holder: 'subject' | 'netherlands' | 'named-in-phrase' | 'participants' | 'named-after';
  /** Extra condition on the match, given the clause it stands in and the whole sentence. */
  accept?: (clauseText: string, match: RegExpMatchArray, sentenceText: string) => boolean;
  /** The position is what a meeting concluded: without the meeting named, there is nothing to place. */
  needsMeeting?: boolean;
  /** Lower-case words of which every match of the pattern contains one (see `mayMatch`). */
  triggers?: readonly string[];
  confidence: number;
}

// "bevestigde de Amerikaanse toewijding aan het bondgenootschap": one's dedication to the Alliance affirmed.
const DEDICATION_AFTER = /^\s+(?:de|zijn|haar|hun)\s+(?:\p{L}+\s+){0,2}?(?:toewijding|betrokkenheid)\s+aan\b/iu;
// The Allies as those who act: "De bondgenoten bevestigden", "Daarin bevestigen de ministers".
const ALLIES_BEFORE = /\b(?:bondgenoten|ministers|regeringsleiders|leiders|ISAF-partners|zij)\s*$|\b(?:bondgenoten|ministers|regeringsleiders|leiders)\b[^.;,]{0,40}$/i;

// Some of the Allies with the Netherlands named among them: "diverse bondgenoten, waaronder Nederland", "betreffende bondgenoten, en ook Nederland".
const AMONG_THEM_NLD = /\b(?:bondgenoten|landen|lidstaten)\s*,?\s*(?:waaronder|onder\s+wie|en\s+ook|ook)\s+(?:ook\s+)?Nederland\b/i;

// Infinitives of arguing for, backing or stressing something: what "Nederland zal ..." does at a meeting when it takes a position there.
const POSITION_INFINITIVE =
  /\b(?:benadrukken|onderstrepen|(?:be)?pleiten|(?:onder)?steunen|aandringen|aansturen|oproepen|vasthouden|aangeven|inzetten|verwijzen|wijzen|vragen|uitdragen|verwelkomen|agenderen|herhalen|uitspreken|voorstellen|bepleiten|aankaarten|opkomen)\b/iu;

// The pledges an actor stands by: "achter deze afspraak", "achter de toezegging van Wales".
const PLEDGE_NOUN_AFTER = /^\s+(?:afspraak|afspraken|toezegging|toezeggingen|norm|pledge)\b/i;
// "wil met kennis en personeel bijdragen aan ...", "wil een bijdrage leveren aan ...".
const OFFERS_A_CONTRIBUTION = /^[^.;:]{0,80}?\b(?:bijdragen|bij\s+te\s+dragen|een\s+bijdrage\s+(?:te\s+)?leveren)\s+aan\b/iu;

const RULES: StanceRule[] = [
  {
    id: 'stance/emphasizes',
    triggers: ['benadruk', 'onderstre'],
    holder: 'subject',
    pattern: /\bbenadruk(?:t|te|ten|ken)\b|\bonderstre(?:ept|epte|epten|pen)\b/giu,
    confidence: 0.85,
  },
  {
    id: 'stance/supports',
    triggers: ['steun', 'onderschrij', 'achter', 'gesteund', 'vinden'],
    holder: 'subject',
    // "ondersteunt met AWACS-vliegtuigen de strijd": support given with means is an activity; "om ... te steunen" is what something else is for.
    // "staat onverkort achter deze afspraak": standing by an agreement of pledges is keeping the pledge (commitments.ts).
    accept: (_clause, match, text) =>
      !/^\s+met\b/i.test(text.slice(match.index! + match[0].length)) && !/\bte\s+$/i.test(text.slice(0, match.index)) && !(/achter\s+\S+$/i.test(match[0]) && PLEDGE_NOUN_AFTER.test(text.slice(match.index! + match[0].length))),
    // "staat (onverkort) achter dit besluit": standing behind something is backing it.
    pattern:
      /\b(?:steunt|steunde|steunden|steunen|ondersteunt|ondersteunde|ondersteunden|ondersteunen|onderschrijft|onderschrijven)\b|\b(?:heeft|hebben)\s+(?:\p{L}+\s+){0,10}?gesteund\b|\b(?:staat|staan|stond|stonden)\s+(?:\p{L}+\s+){0,2}?achter\s+(?:het|de|dit|deze|dat|die|een|zijn|haar|hun)\b|\b(?:blijft|blijven|bleef|bleven)\s+(?:\p{L}+\s+){0,2}?achter\s+(?:het|de|dit|deze|dat|die|een|zijn|haar|hun)\b[^.;:]{0,80}?\bstaan\b|\b(?:kan|kunnen|kon|konden)\s+zich\s+(?:\p{L}+\s+){0,2}?vinden\s+in\b/giu,
    confidence: 0.85,
  },
  {
    id: 'stance/welcomes',
    triggers: ['verwelkom', 'waarde', 'juich', 'welkom'],
    holder: 'subject',
    // "de Commissie op te waarderen tot een Raad": upgrading, not valuing.
    accept: (_clause, match, text) => !(/^waarderen$/i.test(match[0]) && /\bop\s+te\s+$/i.test(text.slice(Math.max(0, match.index! - 10), match.index))),
    // "juicht dat toe", "heeft Finland welkom geheten als bondgenoot".
    pattern: /\bverwelkom(?:t|de|den|en)\b|\bwaardeert\b|\bwaarderen\b|\b(?:juicht|juichen|juichte|juichten)\b[^.;:]{0,60}?\btoe\b|\btoegejuicht\b|\bwelkom\s+(?:geheten|heten)\b|\b(?:heet|heten|hiet|hieten)\b[^.;:]{0,60}?\bwelkom\b/giu,
    confidence: 0.85,
  },
  {
    id: 'stance/values',
    triggers: ['\\bhecht', '\\bacht', '\\bmeent', '\\bmenen', '\\bonderken', '\\bziet', '\\bzag', '\\bzien'],
    holder: 'subject',
    // "hecht belang aan", "acht ... van groot belang", "meent", "onderkent", "ziet kansen".
    pattern:
      /\bhecht(?:en|te|ten)?\b|\bacht(?:en|te|ten)?\b(?=\s+(?:het|deze|dit|de|een|dat|die|zich)\b|[^.;]{0,100}?\b(?:van\s+(?:\p{L}+\s+)?belang|belangrijk|noodzakelijk|essentieel|cruciaal|wenselijk|onwenselijk)\b)|\bmeent\b|\bmenen\b|\bonderkent\b|\bonderkennen\b|\bziet\b|\bzag\b|\bzagen\b|\bzien\b(?=\s+(?:\p{L}+\s+){0,3}?(?:mogelijkheden|kansen|rol|meerwaarde|noodzaak)\b)/giu,
    confidence: 0.75,
  },
  {
    id: 'stance/wants',
    triggers: ['wil', 'wenst', 'stree', 'voorstander', 'beoog', 'beogen'],
    holder: 'subject',
    pattern: /\bwil\b(?!\s+(?:we|wij)\b)|\bwenst\b|\bstreeft\b|\bstreefde\b|\bbeoogt\b|\bbeogen\b|\bbeoogde\b|\b(?:is|blijft|blijven|zijn)\s+(?:\p{L}+\s+){0,2}?voorstander\b|\bvoorstander\s+te\s+zijn\b/giu,
    // "Nederland wil met kennis en personeel bijdragen aan het centrum" offers a contribution: a pledge, not a position.
    accept: (_clause, match, text) => !/^wil$/i.test(match[0]) || !OFFERS_A_CONTRIBUTION.test(text.slice(match.index! + match[0].length)),
    confidence: 0.8,
  },
  {
    id: 'stance/advocates',
    triggers: ['pleit', 'roep', 'riep', 'aandacht', 'vroeg', 'vraagt', 'vragen', 'stuurt', 'sturen', 'vast', 'dring', 'drong', 'druk'],
    holder: 'subject',
    pattern:
      /\b(?:dringt|dringen|drong|drongen)\b[^.;]{0,60}?\baan\b|\baan(?:dringen|gedrongen)\b|\b(?:pleit|pleiten|pleitte|pleitten|bepleit|bepleiten|bepleitte)\b|\b(?:roept|riep|riepen)\b[^.;]{0,60}?\bop\b|\b(?:oproepen|opriep|opriepen|oproept)\b|\b(?:oefent|oefende|oefenden|oefenen)\b[^.;:]{0,40}?\bdruk\s+uit\b|\b(?:vraagt|vroeg|vroegen)\b[^.;]{0,30}?\baandacht\b|\b(?:vraagt|vragen|vroeg|vroegen)\s+(?:\p{L}+\s+){0,2}?om\s+(?:een|de|het|meer|extra|snellere|nieuwe)\b|\baandacht\s+(?:te\s+)?vragen\b|\baandacht\s+(?:\p{L}+\s+){0,2}?(?:besteden|besteedt|besteedde|besteedden)\s+aan\b|\b(?:besteedt|besteden|besteedde|besteedden)\s+(?:\p{L}+\s+){0,2}?aandacht\s+aan\b|\b(?:stuurt|sturen)\b[^.;]{0,30}?\baan\s+op\b|\baansturen\b|\b(?:houdt|houden)\b[^.;]{0,30}?\bvast\s+aan\b|\bvasthouden\s+aan\b/giu,
    confidence: 0.8,
  },
  {
    id: 'stance/committed-to-goal',
    triggers: ['zet', 'spant', 'gecommitteerd', 'bereid', 'bewust'],
    // "Nederland zet erop in dat bondgenoten ... afspreken".
    holder: 'subject',
    // A commitment to a pledge is a commitment (see commitments.ts); to a goal, a position.
    pattern:
      /\b(?:zet|zetten)\s+zich\b|\b(?:zet|zetten)\s+(?:\p{L}+\s+){0,6}?in\s+(?:voor|op)\b|\b(?:zet|zetten|zette)\s+(?:er|hier|daar)op\s+in\b|\bspant\s+zich\b[^.;]{0,30}?\bin\b|\bgecommitteerd\s+aan\b|\bbereid\s+tot\b|\b(?:is|zijn)\s+zich\s+bewust\b/giu,
    confidence: 0.75,
  },
  {
    id: 'stance/contributes-to-goal',
    triggers: ['draagt', 'dragen', 'droeg'],
    holder: 'subject',
    // "draagt bij aan veiligheid"; "draagt bij aan het NRI" is a pledge and left to commitments.ts.
    pattern: /\b(?:draagt|dragen|droeg|droegen)\s+(?:\p{L}+\s+){0,3}?bij\s+aan\b/giu,
    confidence: 0.65,
  },
  {
    id: 'stance/agrees-or-worries',
    triggers: ['eens', 'zorgen', 'veroorde', 'moedig', 'spoor'],
    holder: 'subject',
    pattern:
      /\b(?:zijn|waren)\s+(?:het\s+)?eensgezind\b|\b(?:waren|zijn)\s+het\s+(?:\p{L}+\s+)?eens\b(?!\s+geworden\b)|\buit(?:en|te|ten)\s+(?:\p{L}+\s+){0,2}?zorgen\b|\bmaak(?:t|ten)?\s+zich\s+(?:\p{L}+\s+)?zorgen\b|\bveroordeel(?:t|de|den)\b|\bveroordelen\b|\bmoedig(?:t|de|den|en)\b[^.;]{0,60}?\baan\b|\bspoor(?:t|de|den|en)\b[^.;]{0,60}?\baan\b/giu,
    confidence: 0.8,
  },
  {
    id: 'stance/affirms',
    triggers: ['bevestig'],
    holder: 'subject',
    // "bevestigt dat ..." states a view; bevestigen without "dat" is a reaffirmation (decisions.ts), unless the Netherlands confirms.
    pattern: /\bbevestig(?:t|de|den|en)\b/giu,
    // What the Allies together confirm is a reaffirmation (decisions.ts), not a view.
    accept: (clause, match, text) =>
      !(/^bevestig(?:en|den)$/i.test(match[0]) && ALLIES_BEFORE.test(text.slice(0, match.index!))) &&
      (/^\s+(?:\p{L}+\s+){0,2}?dat\b/iu.test(text.slice(match.index! + match[0].length)) || /\bNederland\b|\bkabinet\b/.test(clause) || DEDICATION_AFTER.test(text.slice(match.index! + match[0].length))),
    confidence: 0.7,
  },
  {
    id: 'stance/states',
    triggers: ['vast', 'constate', 'vaststellen'],
    holder: 'subject',
    // "stelden vast dat", "constateerden dat": what an actor holds to be the case.
    // "zullen in een verklaring vaststellen dat": the infinitive after an auxiliary.
    pattern: /\b(?:stelt|stelde|stelden|stellen)\s+(?:\p{L}+\s+){0,3}?vast\s+dat\b|\bvaststellen\s+dat\b|\bconstate(?:ert|erde|erden|ren)\b(?=[^.;]{0,40}\bdat\b)/giu,
    confidence: 0.7,
  },
  {
    id: 'stance/expects-of-us',
    triggers: ['verwacht'],
    holder: 'subject',
    pattern: /\bverwacht(?:en)?\s+(?:\p{L}+\s+){0,2}?van\s+(?:ons|Nederland)\b/giu,
    confidence: 0.7,
  },
  {
    id: 'stance/proposed',
    triggers: ['stelde', 'stelt'],
    holder: 'named-in-phrase',
    // "stelde voor om ...", "stelde voor dat ...", "stelde voor een groep van deskundigen in te stellen", "stelt voor ... uit te breiden".
    pattern: /\b(?:stelde(?:n)?|stelt)\b[^.;]{0,250}?\bvoor\b(?=\s+om\b|\s+dat\b|\s*[.,]|\s+(?:[\p{L}-]+\s+){1,12}?te\s+\p{L}+)/giu,
    confidence: 0.7,
  },
  {
    id: 'stance/has-called-for',
    triggers: ['heb', 'heeft', 'hebben', 'schetste'],
    holder: 'subject',
    // The perfect of calling for or proposing: "Ik heb in mijn interventie opgeroepen tot ...", "De SG heeft voorgesteld dat ...".
    // "De SG heeft de bondgenoten gevraagd de tekorten aan te vullen": asking others to do something.
    pattern:
      /\b(?:heb|heeft|hebben)\b[^.;:]{0,120}?\b(?:opgeroepen|gepleit|bepleit|aangedrongen|voorgesteld|geschetst)\b|\b(?:schetste|schetsten)\b|\b(?:heb|heeft|hebben)\s+(?:\p{L}+\s+){0,4}?gevraagd\b(?=\s+(?:om\s+)?(?:\p{L}+\s+){0,8}?te\s+\p{L}+)/giu,
    confidence: 0.7,
  },
  {
    id: 'stance/asks-allies',
    triggers: ['vroeg', 'vraagt', 'vragen', 'lichtte', 'dankte', 'bedankt', 'toelichting', 'noodzaak', 'belang'],
    holder: 'subject',
    // "Koeleba vroeg de bondgenoten om snellere levering", "Çavuşoğlu lichtte de Turkse veiligheidszorgen toe": a request to the
    // Allies, a concern set out at the meeting.
    // "bedankte andere bondgenoten voor hun hulp", "gaven de aanwezige ministers een toelichting op", "spraken over de noodzaak van".
    pattern: /\b(?:vraagt|vroeg|vroegen)\s+(?:de\s+|alle\s+)?(?:bondgenoten|NAVO|ministers|leiders|regeringsleiders)\s+(?:om|te)\b|\b(?:bedankte|bedankten|dankte|dankten)\b[^.;]{0,60}?\bvoor\b|\b(?:gaf|gaven)\b[^.;]{0,60}?\btoelichting\s+op\b|\b(?:spraken|sprak|spreken|spreekt)\s+over\s+(?:de\s+noodzaak|het\s+belang)\b|\b(?:lichtte|lichtten)\s+(?:de\s+|zijn\s+|haar\s+|hun\s+)?(?:[\p{L}-]+\s+){0,3}?(?:zorgen|veiligheidszorgen|standpunt|positie|besluit|bezwaren|plannen|voorstel)\s+toe\b/giu,
    confidence: 0.7,
  },
  {
    id: 'stance/proposal-of',
    triggers: ['voorstel'],
    holder: 'named-after',
    // "steunt het voorstel van SG NAVO om ...": whoever the proposal is of holds what it says, when the sentence says what it is.
    pattern: /\bvoorstel\s+van\b(?=\s+(?:de\s+|het\s+)?[^.;:]{0,60}?\b(?:om|dat)\b)/giu,
    confidence: 0.65,
  },
  {
    id: 'stance/concluded',
    triggers: ['concludeerd'],
    holder: 'subject',
    needsMeeting: true,
    pattern: /\bgeconcludeerd\b|\bconcludeerde(?:n)?\b/giu,
    confidence: 0.65,
  },
  {
    id: 'stance/holds-view',
    triggers: [
      'vind', 'vond', 'betreur', 'hoop', 'hope', 'erken', 'waarschuw', 'betuig', 'uit', 'open', 'aan', 'wijs', 'wijz', 'wees', 'wezen', 'zich', 'positief', 'noem', 'deel', 'bezwaar', 'bezwar',
      'voorbehoud', 'tevreden', 'blij', 'verheugd', 'content', 'ingenomen', 'teleurgesteld', 'bezorgd', 'oordeel', 'mening', 'opvatting', 'overtuiging', 'solidair', 'stel',
      'herhaal', 'uiteen', 'betoogd', 'weten', 'afgewezen',
    ],
    holder: 'subject',
    // "vindt dat", "betreurt", "hoopt", "erkent", "waarschuwden", "betuigden hun solidariteit", "uitten hun zorg", "spraken hun steun uit",
    // "staat open voor", "gaf aan dat", "wees op het belang", "zet zich in voor", "maakte zich sterk", "staat positief tegenover",
    // "noemden dit een hybride actie", "deelt deze analyse", "heeft bezwaren geuit".
    pattern: new RegExp(
      [
        // Not "vindt ... plaats" (takes place).
        verbForms(LEXICON.vinden, ['present', 'past']) + String.raw`(?=\s+(?:dat|het|deze|dit|de|een)\b)(?![^.;:]*\bplaats\b)`,
        verbForms(LEXICON.betreuren, ['present', 'past']),
        verbForms(LEXICON.hopen, ['present', 'past']) + String.raw`(?=\s+(?:dat|op)\b)`,
        // "erkent dat ...", not the formal recognition "erkenden cyberspace als operationeel domein" (a decision).
        verbForms(LEXICON.erkennen, ['present', 'past']) + String.raw`(?=\s+(?:dat|het|de)\b)(?![^.;:]*\bals\b)`,
        verbForms(LEXICON.waarschuwen, ['present', 'past']),
        String.raw`(?:${verbForms(LEXICON.betuigen, ['present', 'past'])}|${verbForms(LEXICON.uiten, ['present', 'past'])})[^.;:]{0,40}?\b(?:solidariteit|zorg|zorgen|steun|bezorgdheid)\b`,
        String.raw`\b(?:${[...LEXICON.uitspreken.present, ...LEXICON.uitspreken.past].join('|')})\b[^.;:]{0,40}?\b(?:zorg|zorgen|steun|solidariteit|waardering|hoop|verwachting|teleurstelling|bezorgdheid|dank|afkeuring)\b[^.;:]{0,30}?\buit\b(?!-)`,
        verbForms(LEXICON.openstaan, ['present', 'past'], 30) + String.raw`(?=\s+voor\b)`,
        // Not "gaf aan het einde van de dag een persconferentie".
        verbForms(LEXICON.aangeven, ['present', 'past'], 30) + String.raw`(?!\s+(?:het|de)\s+(?:einde|eind|begin|start|slot)\b)(?=\s+(?:dat|te|niet)\b|[^.;:,]{0,80}?\bte\s+(?:achten|vinden|willen|steunen|zijn)\b)|\baangegeven\s+(?:dat|te|niet)\b`,
        // "wijst erop dat", "wezen erop dat": pointing something out, with "op" apart or in "erop".
        verbForms(LEXICON.wijzen, ['present', 'past']) + String.raw`(?=\s+(?:\p{L}+\s+){0,6}?(?:er)?op\b)`,
        // "herhaalde dat", "heeft uiteengezet dat": a view restated or set out.
        verbForms(LEXICON.herhalen, ['present', 'past']) + String.raw`(?=\s+(?:\p{L}+\s+){0,3}?dat\b)`,
        String.raw`\b(?:heeft|hebben|had|hadden)\s+(?:\p{L}+\s+){0,3}?(?:uiteengezet|herhaald|betoogd)\s+dat\b|\b(?:zette|zetten)\b[^.;:]{0,40}?\buiteen\s+dat\b`,
        String.raw`\bzich\s+(?:\p{L}+\s+){0,3}?(?:inzetten|inzet)\s+voor\b|\bzich\s+(?:\p{L}+\s+){0,2}?er(?:voor|op)\s+(?:\p{L}+\s+){0,2}?inzetten\b|\b(?:zet|zette|zetten)\s+zich\b[^.;:]{0,60}?\bin\s+voor\b|\bzich\s+(?:\p{L}+\s+){0,2}?sterk\s+(?:maken|gemaakt)\b|\b(?:maakt|maakte|maakten)\s+zich\s+(?:\p{L}+\s+){0,2}?sterk\b` +
          // "heeft zich tijdens de onderhandelingen ingezet voor", "heeft zich in aanloop naar de Top sterk gemaakt".
          String.raw`|\b(?:heeft|hebben)\s+zich\b[^.;:]{0,100}?\b(?:ingezet|sterk\s+gemaakt)\b`,
        String.raw`\b(?:staat|staan|stond|stonden)\s+(?:\p{L}+\s+){0,3}?positief\s+tegenover\b|\b(?:is|zijn|was|waren)\s+(?:\p{L}+\s+)?positief\s+over\b`,
        // "Zij noemden dit een hybride actie": calling something what it is, not naming it ("De verklaring noemt hybride dreigingen").
        // "Rutte noemt die afspraak inmiddels achterhaald": what it is called, a word that closes the clause.
        verbForms(LEXICON.noemen, ['present', 'past']) +
          String.raw`(?=\s+(?:dit|dat|deze|die|het)\s+(?:\p{L}+\s+){0,3}?["“„'‘]?(?:een|de)\b|\s+(?:dit|dat|deze|die)\s+(?:\p{L}+\s+){1,3}?\p{L}+\s*[.;])`,
        // "Het kabinet deelt deze analyse", "deelt de zorgen": sharing a view, not presenting one ("deelde de Amerikaanse analyse").
        verbForms(LEXICON.delen, ['present', 'past']) +
          String.raw`(?=\s+(?:(?:deze|die|dit|dat)\s+(?:\p{L}+\s+)?(?:analyse|opvatting|mening|standpunt|visie|inschatting|conclusie|zorg|zorgen)|(?:de|het)\s+(?:\p{L}+\s+)?(?:opvatting|mening|standpunt)|(?:de\s+)?(?:zorg|zorgen|bezorgdheid))\b)`,
        // "zullen hun steun uitspreken voor", "Turkije heeft bezwaren geuit tegen".
        String.raw`\b(?:steun|zorg|zorgen|solidariteit|waardering)\s+(?:\p{L}+\s+){0,2}?uit(?:spreken|\s+te\s+spreken)\b`,
        // "Turkije heeft nog bezwaren", "liet weten dat ...".
        String.raw`\b(?:heeft|hebben|had|hadden)\s+(?:(?:nog|steeds|ernstige|grote|principiële)\s+){0,3}?bezwaren\b|\b(?:liet|lieten|laat|laten)\s+(?:\p{L}+\s+){0,3}?weten\s+dat\b|` +
          String.raw`\b(?:bezwaren?|voorbehoud)\s+(?:\p{L}+\s+){0,5}?(?:geuit|gemaakt|uiten|maken)\b|\b(?:uit|uiten|uitte|uitten|maakt|maken|maakte|maakten)\s+(?:\p{L}+\s+){0,2}?(?:bezwaren?|voorbehoud)\b`,
        // "is tevreden met het nieuwe concept", "is blij dat", "was teleurgesteld over": how an actor regards something.
        String.raw`\b(?:is|zijn|was|waren|blijft|blijven)\s+(?:(?:zeer|erg|bijzonder|uiterst|dan\s+ook|ook|niet|daarom)\s+)?(?:tevreden|blij|verheugd|content|ingenomen|teleurgesteld|bezorgd)\s+(?:met|over|dat)\b`,
        // "is van oordeel dat", "zijn van mening dat": a view held.
        String.raw`\b(?:is|zijn|was|waren|blijft|blijven)\s+(?:\p{L}+\s+)?van\s+(?:het\s+)?(?:oordeel|mening|opvatting|overtuiging)\s+dat\b`,
        // "heeft zich solidair verklaard met", "verklaarden zich solidair met".
        String.raw`\bzich\s+(?:\p{L}+\s+){0,2}?solidair\s+(?:verklaard|verklaren|verklaart|verklaarde|verklaarden)\b|\b(?:verklaart|verklaarde|verklaarden|verklaren)\s+zich\s+(?:\p{L}+\s+)?solidair\b`,
        // "wees de aangeboden samenwerking af": rejecting something is a position on it.
        String.raw`\b(?:wijst|wijzen|wees|wezen)\s+(?!(?:er)?op\b)(?:[\p{L}-]+\s+){1,8}?af\b|\bafgewezen\b`,
        // "De SG stelde dat ...": what an actor holds to be so.
        String.raw`\b(?:stelt|stelde|stelden)\s+(?:\p{L}+\s+)?dat\b`,
      ].join('|'),
      'giu',
    ),
    confidence: 0.7,
  },
  {
    id: 'stance/according-to',
    triggers: ['volgens'],
    holder: 'named-after',
    // "Volgens secretaris-generaal Stoltenberg zijn de doelen de meest ambitieuze ...": what a person holds, opening the sentence.
    pattern: /^\s*Volgens\b(?=\s+(?:de\s+)?(?:[\p{L}-]+\s+){0,3}?\p{Lu})/gu,
    confidence: 0.65,
  },
  {
    id: 'stance/for-the-netherlands',
    triggers: ['nederland', 'kabinet'],
    holder: 'netherlands',
    // "Voor Nederland is ...", "cruciaal voor de veiligheid van Nederland"; not "Voor Nederland betekent ...", a consequence.
    pattern: /\bvoor\s+(?:de\s+\p{L}+\s+van\s+)?(?:Nederland|het\s+kabinet)\b/giu,
    accept: (clause) => !/\bbetek(?:ent|ende|enen)\b/i.test(clause),
    confidence: 0.75,
  },
  {
    id: 'stance/dutch-position',
    triggers: ['nederlandse'],
    holder: 'netherlands',
    // As the subject of its clause ("De Nederlandse inzet is gericht op"), not as what a letter informs about.
    pattern: /\b[Dd]e\s+Nederlandse\s+(?:inzet|inbreng|positie|opstelling)\s+(?:is|blijft|was|bleef|richt|zal|betreft)\b|\b(?:speerpunt|hoeksteen|prioriteit)\s+van\s+het\s+Nederlandse\b|\bNederlandse\s+prioriteit\b/gu,
    confidence: 0.75,
  },
  {
    id: 'stance/pressed-by-the-netherlands',
    // Rarer than "nederland", which every match holds too.
    triggers: ['aandringen', 'aanjagen', 'initiatief'],
    holder: 'netherlands',
    pattern: /\b(?:op\s+aandringen|door\s+(?:het\s+)?aanjagen|op\s+initiatief)\s+van\s+Nederland\b/giu,
    confidence: 0.75,
  },
  {
    id: 'stance/emphasized-at-meeting',
    triggers: ['benadrukt', 'onderstreept'],
    holder: 'participants',
    // "Benadrukt werd dat ...", "Er werd onderstreept dat ...": what the meeting stressed, without saying who.
    pattern: /\b(?:benadrukt|onderstreept)\s+(?:werd|werden)\b|\b(?:werd|werden)\s+(?:er\s+)?(?:\p{L}+\s+){0,2}?(?:benadrukt|onderstreept)\b(?=\s+dat\b)/giu,
    accept: (clause) => !/\bdoor\b/i.test(clause),
    confidence: 0.7,
  },
  {
    id: 'stance/will-argue',
    triggers: ['zal'],
    holder: 'netherlands',
    // In an agenda, what the Netherlands "zal" do at the meeting is its position there.
    pattern: /\b(?:Nederland|[Hh]et\s+kabinet)\s+zal\b|\bzal\s+(?:\p{L}+\s+)?(?:Nederland|het\s+kabinet)\b/gu,
    // Only where what it will do is to argue or back something; "zal uw Kamer informeren", "zal bijdragen aan", "zal aan de norm voldoen" are no positions.
    accept: (clause) => POSITION_INFINITIVE.test(clause),
    confidence: 0.7,
  },
];
prepareRules(RULES);

/**
 * A judgement the letter states without saying whose it is ("X is cruciaal",
 * "is van groot belang", "is bijzonder zorgelijk", "De NAVO moet ...",
 * "Beide landen zullen op hun eigen merites beoordeeld worden"): in a letter
 * of the government, the government's position; in a report of a meeting,
 * what the Allies held there.
 */
const EVALUATION_RULE: StanceRule = { id: 'stance/evaluates', pattern: /$^/g, holder: 'netherlands', confidence: 0.6 };
const QUOTED_RULE: StanceRule = { id: 'stance/quoted', pattern: /$^/g, holder: 'named-after', confidence: 0.55 };
// The words inside the quotation marks that open a sentence.
// The quoted words: after the opening mark at the start of the sentence, after "Naam: ‘", or, where the sentence closes a quotation opened before, from its start.
const QUOTED_WORDS = /(?<=^\s*["“„'‘]|:\s*["“„'‘])[^"“”„'’]{12,}|^(?=[^"“„‘']{12,}["”’'])[^"“”„'’]{12,}/u;
const EVALUATIVE = withFastWordStarts(new RegExp(
  String.raw`\b(?:is|zijn|blijft|blijven|was|waren|wordt|worden|lijkt|vormt|vormen|acht|achten|betekent|betekenen)\b[^.;:]{0,130}?\b(?:` +
    String.raw`cruciaal|cruciale|essentieel|essentiële|onmisbaar|onmisbare|noodzakelijk|noodzakelijke|(?<!\b(?:waar|indien|zo|als|zoals)\s)nodig|belangrijk|belangrijke|belangrijkste|` +
    String.raw`van\s+(?:\p{L}+\s+)?belang|zorgelijk|zorgelijke|verontrustend|onaanvaardbaar|onacceptabel|` +
    String.raw`(?:niet\s+)?geloofwaardig|wenselijk|onwenselijk|constructief-?\s*kritisch|op\s+(?:hun|zijn|haar)\s+eigen\s+merites|` +
    String.raw`hoeksteen|uitdaging|dreiging|bedreiging|prioriteit|randvoorwaarde|uitgangspunt|geschikt|geschikte|zorgwekkend|zorgwekkende|` +
    String.raw`(?:weinig|niet|zeer|hoogst)\s+waarschijnlijk|onvoldoende|succes|successen|achterhaald|onlosmakelijk|verweven|` +
    // "is pas aan de orde wanneer ...", "is een investering in onze eigen veiligheid".
    String.raw`(?:pas|niet|nog\s+niet)\s+aan\s+de\s+orde|investering\s+in\s+(?:onze|de|hun)\s+(?:eigen\s+|gezamenlijke\s+)?veiligheid)\b` +
    // A shared responsibility, the platform or forum something is: "is ... een gezamenlijke verantwoordelijkheid", "De NAVO blijft een platform voor politiek overleg".
    String.raw`|\b(?:is|zijn|blijft|blijven)\b[^.;:]{0,80}?\b(?:gezamenlijke|gedeelde|collectieve)\s+verantwoordelijkheid\b|\b(?:is|blijft|vormt)\s+(?:een|het|de)\s+(?:\p{L}+\s+)?(?:platform|forum)\s+(?:voor|om)\b` +
    // "De toekomst van beide partnerlanden ligt in de Euro-Atlantische gemeenschap": where a future lies.
    String.raw`|\btoekomst\b[^.;:]{0,60}?\b(?:ligt|liggen)\s+(?:\p{L}+\s+)?(?:in|bij)\b` +
    // A role judged ("kan een belangrijke rol spelen"), a case judged on its merits, an effect judged ("heeft invloed op de kerntaken").
    String.raw`|\b(?:belangrijke|cruciale|essentiële|grote|centrale|nuttige|waardevolle)\s+rol\s+(?:te\s+)?spelen\b|\bop\s+(?:hun|zijn|haar)\s+eigen\s+merites\b` +
    String.raw`|\b(?:heeft|hebben)\s+(?:\p{L}+\s+){0,2}?(?:invloed|impact|veiligheidsimpact)\s+op\b` +
    // "valt technisch vrijwel niet te verifiëren"; "Het gaat niet alleen om de hoogte van de uitgaven, maar ook om ...".
    String.raw`|\bvalt\b[^.;:]{0,60}?\b(?:niet|moeilijk|nauwelijks|lastig)\s+te\s+\p{L}+` +
    String.raw`|\b[Hh]et\s+gaat\s+(?:\p{L}+\s+){0,2}?niet\s+(?:alleen|enkel|slechts|zozeer)\s+om\b` +
    // The judgement put first: "Bijzonder zorgelijk voor veiligheid en stabiliteit in Europa is de ontwikkeling van ...".
    String.raw`|^(?:\p{L}+\s+)?(?:zorgelijk|zorgwekkend|verontrustend|cruciaal|essentieel|belangrijk|van\s+(?:groot\s+)?belang)\s[^.;:]{0,80}?\b(?:is|zijn)\b` +
    // What a situation demands: "De oorlog in Oekraïne vraagt bovendien om een forse opschaling van de productie".
    String.raw`|\b(?:vraagt|vragen|vroeg)\s+(?:\p{L}+\s+){0,2}?om\s+(?:een|meer|extra)\b` +
    // "we zijn er nog niet", "daarmee is Nederland er nog niet": not there yet.
    String.raw`|\b(?:is|zijn)\s+(?:\p{L}+\s+){0,2}?er\s+nog\s+niet\b` +
    // Where the blame lies: "De verantwoordelijkheid voor de huidige situatie ligt volledig bij Rusland".
    String.raw`|\bverantwoordelijkheid\b[^.;:]{0,60}?\b(?:ligt|lag)\s+(?:\p{L}+\s+)?bij\b` +
    // A norm ("De NAVO moet ...", "dient ... te"), not a plan described in the passive ("moet ... worden ingezet") nor "in te dienen".
    String.raw`|\b[Hh]et\s+is\s+(?:\p{L}+\s+)?(?:goed|zaak|nodig|essentieel|belangrijk)\s+(?:dat|om)\b` +
    // What something offers or where chances lie: "biedt kansen en ook uitdagingen", "biedt een cruciaal forum", "Er liggen kansen".
    String.raw`|\b(?:biedt|bieden|bood|boden)\b[^.;:]{0,60}?\b(?:kans|kansen|uitdaging|uitdagingen|cruciaal|cruciale|belangrijk|belangrijke|essentieel|essentiële|geschikt|geschikte)\b|\b(?:ligt|liggen)\s+(?:er\s+)?(?:\p{L}+\s+)?kansen\b` +
    String.raw`|(?<!\bte\s|\bzou\s|\bzouden\s)\b(?:moet|moeten|(?:dient|dienen)(?=[^.;:]*?\bte\s+\p{L}))\b(?![^.;:]*\b(?:worden|kunnen\s+worden)\s+\p{L}+\s*[.;:]?$)|\bspeelt\b[^.;:]{0,60}?\brol\b|\bspelen\b[^.;:]{0,60}?\brol\b`,
  'iu',
));
// Who a judgement is quoted from: "Volgens minister Hennis", "aldus Bijleveld", "zegt de minister".
const QUOTED_BY_BEFORE = /\b(?:volgens|aldus|zegt|zei|zeggen|stelt|stelde|erkent|erkende|benadrukt|benadrukte|vervolgt|vervolgde|voegt|voegde|waarschuwt|waarschuwde|concludeert|concludeerde)\s+(?:de\s+|minister\s+|minister-president\s+|premier\s+)?$/i;
// Words that make the sentence a report of what happens, a question or a condition, not a judgement.
// "Als NAVO moeten we ..." ("as") is no condition; "Als ..., dan ..." is.
// Questions and conditions judge nothing; nor does naming what a meeting was about ("een van de belangrijkste onderwerpen").
const NOT_A_JUDGEMENT = /^\s*(?:hoe|welke|indien|wanneer)\b|^\s*als\b(?=[^,]*,)|\?\s*$|\bbelangrijk(?:e|ste)?\s+(?:onderwerp(?:en)?|punt(?:en)?|agendapunt(?:en)?|thema(?:'s)?)\b/i;

/** Where the sentence states judgements, one per main clause that states one ("er moet ..., en er moet ..."). */
function evaluationsIn(text: string): Array<{ at: number; end: number }> {
  if (NOT_A_JUDGEMENT.test(text)) return [];
  const found: Array<{ at: number; end: number }> = [];
  // Each main clause is searched from its own start: a match that starts in the subordinate clause before it
  // ("Hoewel ... een nationale bevoegdheid is, is het ... belangrijk") must not hide the judgement it holds.
  for (const clause of clausesOf(text)) {
    if (clause.subordinate || clause.hypothetical) continue;
    const pattern = new RegExp(EVALUATIVE_ALL.source, 'giu');
    pattern.lastIndex = clause.start;
    for (let m = pattern.exec(text); m && m.index < clause.end; m = pattern.exec(text)) {
      if (judgesInItsClause(text, m[0], m.index, clause.end)) {
        found.push({ at: m.index, end: m.index + m[0].length });
        break;
      }
      pattern.lastIndex = m.index + 1;
    }
  }
  // "is het belangrijk dat": the verb before its subject marks a main clause, even where the clause before it runs on
  // without a comma ("In een wereld waarin ... belangrijker worden is het belangrijk dat ...").
  if (found.length === 0) {
    const m = INVERTED_JUDGEMENT.exec(text);
    if (m) return [{ at: m.index, end: m.index + m[0].length }];
  }
  // A sentence that judges nothing else may still judge how a state behaves.
  if (found.length === 0) {
    for (const clause of clausesOf(text)) {
      if (clause.subordinate || clause.hypothetical) continue;
      const m = BEHAVIOUR_JUDGED.exec(text.slice(clause.start, clause.end));
      if (m) return [{ at: clause.start + m.index, end: clause.start + m.index + m[0].length }];
    }
  }
  return found;
}

const INVERTED_JUDGEMENT = /\b(?:is|blijft)\s+het\s+(?:\p{L}+\s+){0,2}?(?:belangrijk|cruciaal|essentieel|noodzakelijk|zaak|goed|wenselijk|van\s+(?:\p{L}+\s+)?belang)\s+(?:dat|om)\b/iu;
// Judging how a state behaves: "China stelt zich in toenemende mate assertief op", "Rusland kiest voor een agressieve houding".
const BEHAVIOUR_JUDGED = /\b(?:assertie(?:f|ve|ver|vere)|assertiviteit|agressiever|agressieve\s+(?:houding|gedrag|handelen|retoriek|opstelling))\b/iu;

const EVALUATIVE_ALL = new RegExp(EVALUATIVE.source, 'giu');

// A judgement the sentence places in a text of the Alliance ("In het nieuwe Concept wordt Rusland aangemerkt als ...")
// or calls the Alliance's own ("de hoogste prioriteit van het bondgenootschap").
const IN_ALLIANCE_TEXT = /\b[Ii]n\s+(?:het|de)\s+(?:nieuwe\s+)?(?:Strategisch(?:e)?\s+)?(?:Concept|verklaring|slotverklaring|communiqué|topverklaring)\b/u;
const OF_THE_ALLIANCE = /\b(?:prioriteit|hoeksteen|kerntaak)\s+van\s+(?:de\s+NAVO|het\s+bondgenootschap)\b/iu;
// The writer's own voice in a report: the impersonal "Het is van belang dat", "is het cruciaal voor onze veiligheid dat".
const WRITERS_VOICE = /(?:^|[,;:]\s*|\b\p{L}+\s+)(?:[Hh]et\s+is|is\s+het)\s+(?:\p{L}+\s+){0,2}?(?:van\s+(?:\p{L}+\s+)?belang|cruciaal|essentieel|belangrijk|noodzakelijk|nodig|zaak|goed|wenselijk)\b|\b(?:onze|wij|we)\b/u;

/**
 * Whose a judgement without a named holder is: the Netherlands where the
 * clause names it; the Alliance where the sentence places the judgement in
 * a text of the Alliance or calls it the Alliance's own; in a report, what
 * the Allies held at the meeting unless the writer speaks in their own
 * voice; in any other letter, the government's.
 */
function judgementHolder(text: string, clauseText: string, dutch: boolean, letterKind: DocumentKind): string {
  if (dutch) return NLD;
  if (IN_ALLIANCE_TEXT.test(text) || OF_THE_ALLIANCE.test(clauseText)) return NATO;
  if (tellsAfter(letterKind)) return WRITERS_VOICE.test(text) ? NLD : NATO;
  return NLD;
}

// "”, zegt Bijleveld", "aldus Hennis": who speaks the quotation.
function speakerQuoted(sentence: SentenceView, phrasesOf: (s: SentenceView) => ActorPhrase[]): ActorRef | null {
  const text = sentence.text;
  // "..., zegt Ollongren", or "Minister Brekelmans: ‘...’".
  const speaker = phrasesOf(sentence).find(
    (p) => (p.kind === 'person' || p.kind === 'office') && p.ref && (QUOTED_BY_BEFORE.test(text.slice(Math.max(0, p.start - 25), p.start)) || QUOTE_AFTER_COLON.test(text.slice(p.end, p.end + 4))),
  );
  return speaker?.ref ?? null;
}
const QUOTE_AFTER_COLON = /^\s*:\s*["“„'‘]/u;

const WHOLLY_QUOTED = /^\s*["“„'‘][^"“”„]*["”'’]?\s*$/u;
// A sentence that closes a quotation opened in the sentence before: "... sneller worden en meer samen doen.’"
const CLOSES_QUOTATION = /^[^"“”„‘']*["”’']\s*$/u;
// A sentence that opens a quotation the next one goes on with: "'Poetin wilde minder NAVO aan zijn grens ..."
const OPENS_QUOTATION = /^\s*["“„'‘][^"”’]*$/u;
const inQuotation = (s: SentenceView) => WHOLLY_QUOTED.test(s.text) || CLOSES_QUOTATION.test(s.text) || OPENS_QUOTATION.test(s.text);
const QUOTE_MARK = /["“”„‘'’]/u;
const STARTS_QUOTED = /^\s*["“„'‘]/u;
/**
 * Whether a sentence with no quotation marks stands inside a quotation that
 * runs over several sentences: one of the two before it opens one, and one
 * of the two after it closes it, with no marks in between ("'Wij gaan alleen
 * verder als Irak ons daarom vraagt. En het moet stap voor stap. De
 * veiligheid van onze mensen staat voorop.'").
 */
function insideQuotation(ctx: LetterContext, sentence: SentenceView): boolean {
  if (QUOTE_MARK.test(sentence.text)) return false;
  const same = (s: SentenceView | undefined): s is SentenceView => s !== undefined && s.passageIndex === sentence.passageIndex;
  let opened = false;
  for (let i = sentence.index - 1; i >= sentence.index - 2; i--) {
    const s = ctx.sentences[i];
    if (!same(s)) break;
    if (QUOTE_MARK.test(s.text)) {
      opened = OPENS_QUOTATION.test(s.text);
      break;
    }
  }
  if (!opened) return false;
  for (let i = sentence.index + 1; i <= sentence.index + 2; i++) {
    const s = ctx.sentences[i];
    if (!same(s)) break;
    if (QUOTE_MARK.test(s.text)) return CLOSES_QUOTATION.test(s.text);
  }
  return false;
}

/**
 * A sentence in quotation marks (wholly, or opening or closing a quotation
 * that runs over several sentences, or inside one) goes on with the words of
 * the speaker named for the quotation before it in the passage, up to four
 * sentences back; after a sentence a person opens ("Hoekstra riep Turkije
 * op ... 'Zweden hoort bij deze tafel.'"), with that person's.
 */
function speakerQuotedBefore(ctx: LetterContext, sentence: SentenceView, phrasesOf: (s: SentenceView) => ActorPhrase[]): ActorRef | null {
  if (!inQuotation(sentence) && !insideQuotation(ctx, sentence)) return null;
  // Whether the walk back has reached the sentence that opens the quotation: the one before that is who speaks.
  let reachedOpening = STARTS_QUOTED.test(sentence.text);
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 4); i--) {
    const before = ctx.sentences[i];
    if (before.passageIndex !== sentence.passageIndex) return null;
    if (!QUOTE_MARK.test(before.text)) {
      // A sentence with no marks inside the quotation: go on back to its opening.
      if (!reachedOpening) continue;
      const opener = phrasesOf(before)[0];
      const person = opener && (opener.kind === 'person' || opener.kind === 'office') && opener.ref && /^\W*(?:(?:de|het)\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.test(before.text.slice(0, opener.start));
      return person ? opener.ref : null;
    }
    const speaker = speakerQuoted(before, phrasesOf);
    if (speaker) return speaker;
    if (!inQuotation(before)) return null;
    reachedOpening = STARTS_QUOTED.test(before.text);
  }
  return null;
}

// A word that opens a clause of its own: "een waardengemeenschap die een belangrijke bijdrage levert", "steunen, zolang als nodig is"
// ("dat" is left out: what "dat" opens is the content of the judgement, "Het is zaak dat ...").
const OPENS_A_CLAUSE = /\b(?:die|waarin|waarbij|waarmee|waardoor|waarvan|zolang|omdat|zodat|wanneer|indien)\b/i;
// A judging noun as what a preposition governs ("ingegeven door de dreiging van terrorisme") is no predicate.
const NOUN_AFTER_PREPOSITION = /\b(?:door|van|tegen|aan|op|met|over|tot|uit|in|om)\s+(?:de|het|een|deze|die)\s+(?:\p{L}+\s+)?\p{L}+$/iu;
const JUDGING_NOUN = /(?:dreiging|uitdaging|prioriteit|hoeksteen|randvoorwaarde)$/i;
// A clause that ends in a participle ("zijn ... belangrijke stappen gezet") reports what was done; "geworden", "gebleken" still judge.
// The auxiliary that makes a final participle a perfect or passive ("zijn ... gezet"), not a noun like "gebied".
const PERFECT_OR_PASSIVE_AUXILIARY = /\b(?:is|zijn|was|waren|werd|werden|wordt|worden|heeft|hebben|had|hadden)\b/i;
const ENDS_IN_PARTICIPLE = /\bge(?!worden\b|bleven\b|bleken\b|\p{L}*heid\b)\p{L}{2,}(?:d|t|en)\s*[.!]?\s*$/iu;

/**
 * Whether a match of the judgement pattern judges in the clause it starts
 * in: the judging word is not inside a clause of its own, a judging noun is
 * the predicate and not what a preposition governs, and the clause does not
 * end in a participle that makes it a report of something done.
 */
function judgesInItsClause(text: string, matched: string, at: number, clauseEnd: number): boolean {
  if (OPENS_A_CLAUSE.test(matched)) return false;
  if (JUDGING_NOUN.test(matched) && NOUN_AFTER_PREPOSITION.test(matched)) return false;
  const rest = text.slice(at, clauseEnd);
  // "Over die norm moeten de regeringsleiders in juni besluiten": who is to decide is procedure (a decision to come), no judgement.
  if (/^(?:moet|moeten)\b/i.test(matched) && DECIDING_LAST.test(rest)) return false;
  return !(ENDS_IN_PARTICIPLE.test(rest) && PERFECT_OR_PASSIVE_AUXILIARY.test(rest));
}
const DECIDING_LAST = /\b(?:besluiten|beslissen|vaststellen|goedkeuren|aannemen|instemmen)\s*[.;:]?\s*$/i;

// "Met deze Roadmap zet de NAVO in op ...": what is done with an instrument, not a position.
const INSTRUMENT = /^\s*(?:met\s+(?:deze|dit|die|dat)\b|hiermee\b|daarmee\b)/i;
// "Het wil ...": "het" for the country the sentence before spoke of.
const IT_WANTS = /^Het\s+(?:wil|ziet|steunt|acht|meent|hecht|pleit|verwelkomt|onderstreept|benadrukt)\b/u;
// Where a main clause goes on with a second finite verb of the same subject: "verwelkomt de aanvragen ... en zal zich ervoor
// inzetten", "acht het zorgelijk dat ..., en zal hun vrijlating blijven bepleiten", "zal pleiten voor ... en verwelkomt Nederland ...".
const SECOND_VERB = /,?\s+(?:en|maar)\s+(?=(?:ook\s+)?(?:zal|zullen|wil|willen|acht|achten|verwelkomt|verwelkomen|steunt|steunen|hecht|hechten|blijft|blijven|roept|riepen|benadrukt|benadrukte|onderstreept|onderstreepte|pleit|pleitte|vindt|vond|meent|maakt|maakte|uitte|uitten|zet|zette|is|was)\b)/giu;

// "..., betreurenswaardig en blijft zich inzetten voor ...": a verb coordinated with the sentence's first one.
const COORDINATED_BEFORE = /\b(?:en|maar)\s+(?:(?:blijft|blijven|zal|zullen|wil|willen|ook)\s+)?(?:zich\s+)?$/iu;

/** The subject of a verb coordinated with the sentence's first verb, where its own clause names none: the subject of the first clause. */
function sharedSubject(text: string, phrases: ActorPhrase[], at: number): ActorPhrase | null {
  if (!COORDINATED_BEFORE.test(text.slice(0, at))) return null;
  const first = clausesOf(text)[0];
  if (!first || first.subordinate || at < first.end) return null;
  return subjectOf(text, phrases, first, first.end);
}

// "Zij roept ... op": "zij" with a verb in the singular is a woman named before, not the Allies.
const SINGULAR_VERB = /^\p{L}+t\b/u;

/** The last person named in the sentence before, in the same passage: whom a singular "zij" stands for. */
function personBefore(ctx: LetterContext, sentence: SentenceView): ActorRef | null {
  const before = ctx.sentences[sentence.index - 1];
  if (!before || before.passageIndex !== sentence.passageIndex) return null;
  const people = before.mentions.filter((m) => m.kind === 'person');
  return people.length > 0 ? { entityId: people[people.length - 1].id } : null;
}

/** The part of the main clause [start, end) that holds `at`: the whole clause, or the stretch of one of its coordinated verbs. */
function coordinatedPartAt(text: string, start: number, end: number, at: number): { start: number; end: number } {
  let partStart = start;
  let partEnd = end;
  for (const m of text.slice(start, end).matchAll(SECOND_VERB)) {
    const cut = start + m.index + m[0].length;
    if (cut <= at) partStart = cut;
    else {
      partEnd = start + m.index;
      break;
    }
  }
  return { start: partStart, end: partEnd };
}

// A meeting named as where something happens: "in Vilnius", "op de Top in Den Haag".
const AT_PLACE_BEFORE = /\b(?:in|op|tijdens|bij)\s+(?:de\s+)?(?:NAVO-?\s?)?(?:[Tt]op\s+(?:in|van|te)\s+)?$/u;
// "Nederland onderstreept op de aankomende Top dat ...": a position placed at a meeting still to come.
const AT_MEETING_TO_COME = /\b(?:op|tijdens|bij)\s+de\s+(?:aankomende|komende|aanstaande)\s+(?:NAVO-?\s?)?(?:Top|top|bijeenkomst|vergadering|ministeriële)\b/u;
const AUXILIARY_OF_INFINITIVE = /\b(zal|zullen|blijft|blijven|wil|willen|kan|kunnen|moet|moeten|gaat|gaan)\b/i;
const PAST_FORM = /^(?:\p{L}+(?:te|ten|de|den)|waren|was|zag|zagen|riep|riepen|vond|vonden|wees|wezen|gaf|gaven|stond|stonden|sprak|spraken|geconcludeerd|concludeerde|concludeerden)$/iu;

/**
 * Finds the positions actors state: the Netherlands (benadrukt, steunt,
 * verwelkomt, hecht belang aan, zet zich in voor, "Voor Nederland is ...
 * van belang", "Nederland zal ... onderstrepen"), the Alliance (bondgenoten
 * benadrukten, uitten hun zorgen, moedigden aan; the Bucharest declaration
 * "verwelkomde"), people (the Minister-President, resolved to who held the
 * office at the meeting) and other states. One stance per actor and
 * sentence; only main clauses count (what a "dat"-clause reports is the
 * content of a position, not another one), and a verb that is part of a
 * pledge is left to the commitment rules. A stance belongs to the letter's
 * own meeting, unless the sentence reports, in the past tense, a position
 * taken at another meeting it names. A position the letter says will be
 * taken at a meeting still to come ("Nederland zal ... benadrukken" in an
 * agenda) is EXPECTED; every other one is TAKEN: it is held as the letter
 * states it.
 */
export function findStances(ctx: LetterContext, mentions: MeetingMention[], own: MeetingRecord | null, letterKind: DocumentKind): StanceRecord[] {
  const { phrasesOf, antecedentOf } = actorsBySentence(ctx);
  const date = letterDate(ctx);
  const stances: StanceRecord[] = [];

  for (const sentence of ctx.sentences) {
    const text = sentence.text;
    // Clauses, pledges and named meetings are worked out (once, see clausesOf and pledgeClauses) only where a rule matches.
    const held = new Set<string>();
    // `inQuotation`: the candidate is words of a quotation that goes on from the sentence before (its topics go on too).
    const candidates: Array<{ rule: StanceRule; refs: ActorRef[]; at: number; end: number; subjectEnd: number | null; past: boolean; future: boolean; inQuotation?: boolean }> = [];

    const itWants = IT_WANTS.exec(text);
    const itWantsAntecedent = itWants ? antecedentOf(sentence) : null;
    if (itWants && itWantsAntecedent) candidates.push({ rule: RULES.find((r) => r.id === 'stance/wants')!, refs: [itWantsAntecedent], at: 0, end: itWants[0].length, subjectEnd: 0, past: false, future: false });

    const present = triggersIn(text);
    for (const rule of RULES) {
      if (!mayMatch(rule.triggers, present)) continue;
      for (const match of text.matchAll(rule.pattern)) {
        const at = match.index;
        const end = at + match[0].length;
        const clause = clauseAt(clausesOf(text), at);
        // "namen een verklaring aan, waarin zij de agressie veroordelen": what a text says that its authors adopted is their position.
        const inTheirText = clause.subordinate && IN_THEIR_TEXT.test(text.slice(clause.start, at));
        if ((clause.subordinate && !inTheirText) || clause.hypothetical || pledgeClauses(ctx, sentence).some((p) => p.start === clause.start && p.end === clause.end)) continue;
        const clauseText = text.slice(clause.start, clause.end);
        if (INSTRUMENT.test(clauseText)) continue;
        // "Bondgenoten herhaalden dat zij Oekraïne ... zullen blijven steunen": restating one's own pledge is the pledge (commitments.ts).
        if (pledgeClauses(ctx, sentence).some((p) => p.start >= end && /^\s*dat\s+(?:zij|ze|wij|we)\b/i.test(text.slice(p.start, p.end)) && /^[\s,]*$/.test(text.slice(end, p.start)))) continue;
        if (rule.accept && !rule.accept(clauseText, match, text)) continue;

        let refs: ActorRef[] = [];
        let subjectEnd: number | null = null;
        // "De Permanent Vertegenwoordiger benadrukte namens Nederland dat ...": said on behalf of the Netherlands.
        if (rule.holder === 'netherlands' || ON_BEHALF_OF_NLD.test(clauseText)) refs = [{ entityId: NLD }];
        else if (rule.holder === 'participants') refs = [{ entityId: NATO }];
        else if (rule.holder === 'named-after') {
          const named = phrasesOf(sentence).find((p) => p.ref && p.start >= end && /^\s*(?:de\s+|het\s+)?$/i.test(text.slice(end, p.start)));
          if (named?.ref) refs = [named.ref];
          // "Volgens de SG <zijn de doelen ...>": what the one named holds follows the name.
          if (named && rule.id === 'stance/according-to') subjectEnd = named.end;
        }
        // "stelden ... Maas en Le Drian voor": those named inside the phrase; "Maas stelde voor ...": else its subject, as below.
        else if (rule.holder === 'named-in-phrase' && nationalActorsIn(ctx, phrasesOf(sentence), at, end).length > 0) refs = nationalActorsIn(ctx, phrasesOf(sentence), at, end);
        else {
          const phrases = phrasesOf(sentence);
          // "..., maar riep de Europese bondgenoten op": a verb coordinated with the first shares its subject, whatever follows it.
          const coordinated = /^[\s,]*(?:en|maar)\s+$/i.test(text.slice(clause.start, at)) ? sharedSubject(text, phrases, at) : null;
          // "Hij stelde dat ...", "Ook wees hij op ...": the person or officer named in the sentence before.
          const he = HE_BEFORE_VERB.test(text.slice(clause.start, at)) || HE_AFTER_VERB.test(text.slice(at)) ? personOrOfficeBefore(ctx, sentence) : null;
          if (he) {
            candidates.push({ rule, refs: [he], at, end, subjectEnd: null, past: PAST_FORM.test(match[0].split(/\s+/)[0]), future: isFuture(text.slice(clause.start, end)) });
            continue;
          }
          const subject = inTheirText
            ? subjectOf(text, phrases, clausesOf(text)[0], clause.start)
            : coordinated ?? titleOpening(text, sentence, phrases, clause, at) ?? subjectOf(text, phrases, clause, at) ?? sharedSubject(text, phrases, at);
          // "Het merendeel van de bondgenoten, waaronder Nederland, sprak teleurstelling uit": the Netherlands among them holds it.
          if (subject?.kind === 'some-allies' && AMONG_THEM_NLD.test(text.slice(clause.start, Math.max(at, subject.end + 40)))) {
            candidates.push({ rule, refs: [{ entityId: NLD }], at, end, subjectEnd: subject.end, past: PAST_FORM.test(match[0].split(/\s+/)[0]), future: isFuture(text.slice(clause.start, end)) });
            continue;
          }
          if (!subject || subject.kind === 'some-allies') continue;
          subjectEnd = subject.end;
          const ref = subject.kind === 'pronoun' ? (SINGULAR_VERB.test(match[0]) ? personBefore(ctx, sentence) : null) ?? antecedentOf(sentence) : subject.ref;
          if (ref) refs = holdersNamed(ctx, sentence, phrases, subject, ref);
        }
        if (refs.length === 0) continue;
        // "pleiten" in "blijft Nederland pleiten" looks like a past tense but is an infinitive.
        // "hebben Rusland ... al opgeroepen": a perfect tells of what was done, as a past tense does.
        const perfect = /^(?:heb|heeft|hebben|had|hadden)$/i.test(match[0].split(/\s+/)[0]) && /\b(?:ge\p{L}+[dt]|opgeroepen|aangedrongen|voorgesteld|bepleit|ingezet)\b/iu.test(match[0]);
        const past = (perfect || PAST_FORM.test(match[0].split(/\s+/)[0])) && !AUXILIARY_OF_INFINITIVE.test(clauseText) && !/\bte\s+$/i.test(text.slice(0, at));
        // "Nederland zal ... benadrukken" will be said; "Nederland maakt zich zorgen ... en zal ..." is held now.
        // Of two coordinated verbs ("verwelkomt ... en zal zich inzetten"), each has its own tense.
        const part = coordinatedPartAt(text, clause.start, clause.end, at);
        const future = isFuture(text.slice(part.start, end)) || AT_MEETING_TO_COME.test(text.slice(part.start, part.end));
        candidates.push({ rule, refs, at, end, subjectEnd, past, future });
      }
    }

    if (candidates.length === 0) {
      for (const evaluation of evaluationsIn(text)) {
        // "Nederland acht deze ontwikkelingen bijzonder zorgelijk": the judgement of whoever the clause names as the Netherlands.
        const clause = clauseAt(clausesOf(text), evaluation.at);
        // "vanaf 2020 moeten 30 gemechaniseerde bataljons ... inzetbaar zijn": what a pledge binds its makers to is the pledge (commitments.ts).
        if (pledgeClauses(ctx, sentence).some((p) => p.start <= evaluation.at && evaluation.at < p.end)) continue;
        if (amountsIn(text.slice(clause.start, clause.end), false).forces.length > 0) continue;
        const dutch = phrasesOf(sentence).some((p) => p.kind === 'netherlands' && !p.prepositional && p.start >= clause.start && p.end <= evaluation.at);
        // "Volgens Hennis moet de NAVO ...", "..., zegt Bijleveld": the judgement of whoever the sentence quotes.
        const quotedBefore = speakerQuotedBefore(ctx, sentence, phrasesOf);
        const quoted = speakerQuoted(sentence, phrasesOf) ?? quotedBefore;
        const clauseText = text.slice(clause.start, clause.end);
        const holder: ActorRef = quoted ?? { entityId: judgementHolder(text, clauseText, dutch, letterKind) };
        candidates.push({ rule: EVALUATION_RULE, refs: [holder], ...evaluation, subjectEnd: null, past: false, future: isFuture(text.slice(0, evaluation.end)), inQuotation: quotedBefore !== null });
      }
    }
    // "'Rusland heeft de veiligheidssituatie fundamenteel veranderd', zegt Ollongren": what a minister is quoted saying is a position held.
    // A quoted pledge ("'Nederland zal het protocol ... voorleggen,' zei Koenders") is the pledge (commitments.ts).
    // A sentence inside a quotation that runs over several sentences is quoted whole.
    const inside = candidates.length === 0 && !QUOTE_MARK.test(text) && insideQuotation(ctx, sentence);
    if (candidates.length === 0 && (QUOTE_MARK.test(text) || inside) && pledgeClauses(ctx, sentence).length === 0) {
      const speaker = speakerQuoted(sentence, phrasesOf) ?? speakerQuotedBefore(ctx, sentence, phrasesOf);
      const words = inside ? { index: 0 } : QUOTED_WORDS.exec(text);
      if (speaker && words) candidates.push({ rule: QUOTED_RULE, refs: [speaker], at: Math.max(0, words.index - 1), end: words.index, subjectEnd: null, past: false, future: false, inQuotation: true });
    }


    for (const candidate of candidates.sort((a, b) => a.at - b.at)) {
      // A past-tense position the sentence places at another meeting it names belongs there.
      const nearest = nearestMeeting(namedMeetings(sentence, mentions), candidate.at, candidate.end);
      const there = nearest?.meeting ?? null;
      const elsewhere = there && there.id !== own?.id && (candidate.past || candidate.rule.needsMeeting) && (!date || there.endDate <= date);
      if (candidate.rule.needsMeeting && !elsewhere) continue;
      // "Nederland zal in Vilnius ook pleiten voor ...": a position to be taken at another meeting still to come, named as where.
      const aheadThere =
        !elsewhere && nearest !== null && there !== null && there.id !== own?.id && candidate.future && date !== null && there.startDate > date && AT_PLACE_BEFORE.test(text.slice(Math.max(0, nearest.start - 30), nearest.start));
      const meeting: NamedMeeting | null = elsewhere || aheadThere ? there : own;
      const on = meeting?.startDate ?? date;
      // Whether the meeting is still to come: by the date the letter states; a letter that states none (its latest date may be
      // the meeting's own) is before its own meeting when it is an agenda or position, after it when it is a report.
      const toCome = !meeting || (ctx.statedDate ? meeting.endDate > ctx.statedDate : meeting.id === own?.id ? !tellsAfter(letterKind) : !date || meeting.endDate > date);
      // A position is held as the letter states it, unless it is to be taken at a meeting still to come.
      // A report's own meeting is over; a meeting it names as where a position will be taken is not.
      // So is the meeting of a letter told before it (a news item that announces it).
      const toldBefore = ctx.statedDate !== null && meeting !== null && meeting.startDate > ctx.statedDate;
      const status: ClaimStatus = candidate.future && (!tellsAfter(letterKind) || aheadThere || toldBefore) && toCome ? 'EXPECTED' : 'TAKEN';
      for (const ref of candidate.refs) {
        // An office whose holder is not known speaks for the state it is an office of.
        const actorId = (on ? resolveActor(ref, on, ctx.names) : 'entityId' in ref ? ref.entityId : null) ?? officeState(ctx, ref);
        // One stance per actor and sentence, except judgements, one per main clause that states one.
        if (!actorId) continue;
        // One stance per actor and main clause (each of two coordinated verbs has its own), and judgements one per main clause that states one.
        const clause = clauseAt(clausesOf(text), candidate.at);
        const key = candidate.rule === EVALUATION_RULE ? `${actorId}@${candidate.at}` : `${actorId}@${coordinatedPartAt(text, clause.start, clause.end, candidate.at).start}`;
        if (held.has(key)) continue;
        held.add(key);
        const topics = stanceTopics(sentence, ctx, actorId, candidate.inQuotation === true);
        const governed = governedSpan(text, candidate.at, candidate.end, candidate.subjectEnd);
        // A quotation's words end where its quotation marks close, before ", zegt Ollongren".
        const closing = candidate.rule === QUOTED_RULE ? text.slice(candidate.end).search(/["”'’](?=[\s,.]|$)/u) : -1;
        const span = governed && closing >= 0 ? { ...governed, end: Math.min(governed.end, candidate.end + closing) } : governed;
        const subjects = stanceSubjects(sentence, ctx, actorId, span);
        // What others expect "van ons" is about the Netherlands.
        if (candidate.rule.id === 'stance/expects-of-us' && actorId !== NLD && !subjects.includes(NLD)) subjects.push(NLD);
        const what = withAntecedents(ctx, governedWords(text, span), subjects);
        // A stance that says neither what nor on what tells a reader nothing.
        if (!what && topics.length === 0) continue;
        stances.push({
          id: `stance:${ctx.documentSlug}/${stances.length + 1}`,
          actorId,
          meetingId: meeting?.id ?? null,
          date: on,
          status,
          what,
          summary: stanceSummary(ctx, actorId, candidate.rule.id, candidate.past, status, what, topics, subjects, meeting),
          topics,
          subjects,
          evidence: sentenceEvidence(ctx, sentence, candidate.rule.id, candidate.rule.confidence),
        });
      }
    }
  }
  return stances;
}

/**
 * The topics of a stance: those of its sentence and of what it takes up from
 * the sentences before it ("Het kabinet steunt dit actieplan"); a quotation
 * goes on about what the sentence before it in the passage spoke of
 * ("Bijleveld vroeg aandacht voor militaire mobiliteit. 'Troepen en materieel
 * moeten snel door Europa kunnen.'").
 */
function stanceTopics(sentence: SentenceView, ctx: LetterContext, actorId: string, quoted = false): string[] {
  const own = [...new Set([...topicsOf(sentence, ctx), ...statesOfPeopleNamed(sentence, ctx, actorId).flatMap((id) => ctx.names.topicsSignalledBy(id).map((t) => t.id))])];
  const before = ctx.sentences[sentence.index - 1];
  const spokenOfBefore = quoted && before && before.passageIndex === sentence.passageIndex ? topicsOf(before, ctx) : [];
  return [...new Set([...own, ...takenUpTopics(sentence, ctx), ...spokenOfBefore])];
}

/**
 * The states of the foreign leaders a sentence names, other than the
 * holder: "Zij riepen president Poetin op ..." is about Russia.
 */
function statesOfPeopleNamed(sentence: SentenceView, ctx: LetterContext, actorId: string): string[] {
  const states: string[] = [];
  for (const mention of sentence.mentions) {
    if (mention.kind !== 'person' || mention.id === actorId) continue;
    const person = ctx.names.get(mention.id);
    const country = person?.kind === 'person' ? person.country : null;
    if (country && country !== NLD && country !== actorId && !states.includes(country)) states.push(country);
  }
  return states;
}

/**
 * The subjects of a stance: those its sentence names and, where it names
 * none but takes up what the sentence before named ("Nederland steunt dit
 * pakket", "samenwerking met deze partners"), those of that sentence.
 */
function stanceSubjects(sentence: SentenceView, ctx: LetterContext, actorId: string, span: Span | null): string[] {
  const own = [...subjectsOf(sentence, ctx, [actorId], span)];
  for (const id of statesOfPeopleNamed(sentence, ctx, actorId)) if (!own.includes(id)) own.push(id);
  // Subjects the passage heading gives ("Partnerschappen en China") do not stand for what "deze samenwerking" takes up.
  const namesSome = sentence.mentions.some((m) => ['country', 'group', 'organization'].includes(m.kind) && m.id !== actorId && own.includes(m.id));
  if (namesSome) return own;
  if (!TAKES_UP_BEFORE.test(sentence.text)) return own;
  // What "deze bondgenoten" takes up may have been named two sentences back ("Litouwen en Polen vroegen ... Beide bondgenoten noemden ...").
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
    const before = ctx.sentences[i];
    if (before.passageIndex !== sentence.passageIndex) break;
    const named = subjectsOf(before, ctx, [actorId]);
    if (named.length > 0) return [...new Set([...own, ...named])];
  }
  return own;
}

// "De Amerikaanse minister van Defensie Austin", "De Secretaris-Generaal": a title after an article, maybe with the adjective of a country.
const ARTICLE_AND_ADJECTIVE = /^[\s,]*(?:[Dd]e|[Hh]et)\s+(?:\p{Lu}\p{Ll}+e\s+)?$/u;

/**
 * The person or office that opens the clause after only an article (and the
 * adjective of a country): "De Secretaris-Generaal riep de bondgenoten op"
 * is said by the Secretary General, not by the Allies after the verb.
 */
function titleOpening(text: string, sentence: SentenceView, phrases: ActorPhrase[], clause: { start: number; end: number }, at: number): ActorPhrase | null {
  const first = phrases.find((p) => p.start >= clause.start && p.end <= at && !p.prepositional && !p.parenthetical);
  if (!first || (first.kind !== 'person' && first.kind !== 'office')) return null;
  const opening = text.slice(clause.start, first.start);
  if (!ARTICLE_AND_ADJECTIVE.test(opening)) return null;
  // The adjective must be a country's ("Amerikaanse"), not any word ("De vorige minister").
  const adjective = /(\p{Lu}\p{Ll}+e)\s+$/u.exec(opening);
  if (adjective && !sentence.mentions.some((m) => m.kind === 'country' && m.start === clause.start + adjective.index)) return null;
  return first;
}

// "..., waarin zij de Russische agressie veroordelen": a text its authors adopted, and what it says.
const IN_THEIR_TEXT = /^[\s,]*waarin\s+(?:zij|ze|de\s+bondgenoten|de\s+leiders)\s+(?:[\p{L}-]+\s+){0,14}?$/iu;
const ON_BEHALF_OF_NLD = /\bnamens\s+(?:Nederland|het\s+kabinet|de\s+Nederlandse\s+regering)\b/u;
// "Hij stelde", "Ook wees hij op": a singular "hij" as the subject.
const HE_BEFORE_VERB = /^[\s,]*(?:(?:ook|daarnaast|verder|tevens|tot\s+slot)\s+)?[Hh]ij\s+$/u;
const HE_AFTER_VERB = /^\p{L}+\s+hij\b/u;

/** The last person or officer named in the sentence before, in the same passage: whom "hij" stands for. */
function personOrOfficeBefore(ctx: LetterContext, sentence: SentenceView): ActorRef | null {
  const before = ctx.sentences[sentence.index - 1];
  if (!before || before.passageIndex !== sentence.passageIndex) return null;
  const { phrasesOf } = actorsBySentence(ctx);
  const named = phrasesOf(before).filter((p) => (p.kind === 'person' || p.kind === 'office') && p.ref);
  return named.length > 0 ? named[named.length - 1].ref : null;
}

/** The state an office belongs to ("de Permanent Vertegenwoordiger" is the Netherlands'), where its holder is not known. */
function officeState(ctx: LetterContext, ref: ActorRef): string | null {
  if (!('officeId' in ref)) return null;
  return ctx.reference.offices.find((o) => o.id === ref.officeId)?.country ?? null;
}

// "Beide bondgenoten", "deze landen": states the sentence before named.
const THESE_STATES = /(?:^|\s)(?:[Bb]eide|[Dd]eze|[Dd]ie|[Dd]e\s+twee)\s+$/u;

/**
 * Who holds a stance, given the phrase that is its subject:
 * - an office that the letter qualifies by a country other than its own and
 *   follows with a name ("De Amerikaanse minister van Defensie Austin"): that
 *   person, not the Dutch holder of the office;
 * - "beide bondgenoten", "deze landen": each state the sentence before
 *   named as its subject ("Litouwen en Polen vroegen ...");
 * - states coordinated ("Litouwen en Polen vroegen"): each of them.
 */
function holdersNamed(ctx: LetterContext, sentence: SentenceView, phrases: ActorPhrase[], subject: ActorPhrase, ref: ActorRef): ActorRef[] {
  const text = sentence.text;
  if (subject.kind === 'office') {
    const named = actorsOf(ctx, sentence).find((a) => a.person && a.start >= subject.end && /^[\s,]*$/.test(text.slice(subject.end, a.start)));
    if (named) return [{ entityId: named.id }];
    const foreign = actorsOf(ctx, sentence).find((a) => a.kind === 'foreign-office' && a.start <= subject.start && subject.end <= a.end);
    if (foreign) return [{ entityId: foreign.id }];
  }
  if (subject.kind === 'alliance' && /^bondgenoten$/i.test(text.slice(subject.start, subject.end)) && THESE_STATES.test(text.slice(Math.max(0, subject.start - 12), subject.start))) {
    const before = ctx.sentences[sentence.index - 1];
    if (before && before.passageIndex === sentence.passageIndex) {
      const { phrasesOf } = actorsBySentence(ctx);
      const states = coordinatedStates(before.text, phrasesOf(before), phrasesOf(before).find((p) => p.kind === 'country' && !p.prepositional && !p.parenthetical) ?? null);
      if (states.length >= 2) return states;
    }
  }
  // "Een groeiend aantal bondgenoten, waaronder Polen en de Baltische staten, gaf aan ...": those named as among them.
  const among = /\bwaaronder\s+$/iu;
  const listed = phrases.filter((p) => p.end <= subject.end && (p.kind === 'country' || p.kind === 'organization') && p.ref);
  const first = listed.find((p) => among.test(text.slice(Math.max(0, p.start - 15), p.start).replace(/\b(?:de|het)\s+$/i, '')));
  if (first && first.start <= subject.start) {
    const named = listed.filter((p) => p.start >= first.start);
    const joined = named.every((p, i) => i === 0 || /^\s*(?:,|en)\s*(?:de\s+|het\s+)?$/i.test(text.slice(named[i - 1].end, p.start)));
    if (joined && named.length >= 2) return named.map((p) => p.ref!);
  }
  if (subject.kind === 'country') {
    const states = coordinatedStates(text, phrases, subject);
    if (states.length >= 2) return states;
  }
  return [ref];
}

/** A state named as a subject and the states coordinated with it ("Litouwen en Polen", "Finland, Zweden en Noorwegen"). */
function coordinatedStates(text: string, phrases: ActorPhrase[], first: ActorPhrase | null): ActorRef[] {
  if (!first?.ref) return [];
  const refs: ActorRef[] = [first.ref];
  let last = first;
  for (const phrase of phrases.filter((p) => p.start >= first.end).sort((a, b) => a.start - b.start)) {
    if (!/^\s*(?:,|en)\s*$/.test(text.slice(last.end, phrase.start))) break;
    if ((phrase.kind !== 'country' && phrase.kind !== 'netherlands') || !phrase.ref) break;
    refs.push(phrase.ref);
    last = phrase;
  }
  return refs;
}

/** The people and states named inside a phrase ("zowel de Duitse Minister ... Maas, als ... Le Drian"), never NATO's own officials. */
function nationalActorsIn(ctx: LetterContext, phrases: ActorPhrase[], start: number, end: number): ActorRef[] {
  const refs: ActorRef[] = [];
  for (const phrase of phrases) {
    if (phrase.start < start || phrase.end > end || !phrase.ref) continue;
    if (phrase.kind === 'person') {
      const person = ctx.names.get('entityId' in phrase.ref ? phrase.ref.entityId : '');
      if (person?.kind === 'person' && person.country) refs.push(phrase.ref);
    } else if (phrase.kind === 'office' && 'officeId' in phrase.ref) {
      const officeId = phrase.ref.officeId;
      if (ctx.reference.offices.find((o) => o.id === officeId)?.country) refs.push(phrase.ref);
    } else if (phrase.kind === 'country' || phrase.kind === 'netherlands') {
      refs.push(phrase.ref);
    }
  }
  return refs;
}

// What each rule's verb says, in English: [present, past, to come].
const STANCE_VERBS: Record<string, [string, string, string]> = {
  'stance/emphasizes': ['emphasizes', 'emphasized', 'will emphasize'],
  'stance/supports': ['supports', 'supported', 'will support'],
  'stance/welcomes': ['welcomes', 'welcomed', 'will welcome'],
  'stance/values': ['considers important', 'considered important', 'will stress the importance of'],
  'stance/wants': ['wants', 'wanted', 'will seek'],
  'stance/advocates': ['calls for', 'called for', 'will call for'],
  'stance/committed-to-goal': ['is committed to', 'was committed to', 'will commit to'],
  'stance/contributes-to-goal': ['contributes to', 'contributed to', 'will contribute to'],
  'stance/agrees-or-worries': ['holds', 'held', 'will hold'],
  'stance/affirms': ['affirms', 'affirmed', 'will affirm'],
  'stance/states': ['states', 'stated', 'will state'],
  'stance/expects-of-us': ['expects', 'expected', 'will expect'],
  'stance/proposed': ['proposes', 'proposed', 'will propose'],
  'stance/has-called-for': ['calls for', 'called for', 'will call for'],
  'stance/proposal-of': ['proposes', 'proposed', 'will propose'],
  'stance/concluded': ['concludes', 'concluded', 'will conclude'],
  'stance/for-the-netherlands': ['holds', 'held', 'will hold'],
  'stance/dutch-position': ['holds', 'held', 'will hold'],
  'stance/pressed-by-the-netherlands': ['presses for', 'pressed for', 'will press for'],
  'stance/will-argue': ['argues', 'argued', 'will argue'],
  'stance/emphasized-at-meeting': ['emphasizes', 'emphasized', 'will emphasize'],
  'stance/evaluates': ['holds', 'held', 'will hold'],
  'stance/holds-view': ['holds', 'held', 'will hold'],
};

/** Who, what, where: "The Netherlands emphasizes «de territoriale integriteit van Oekraïne» (Open door) for the Brussels Summit 2021." */
function stanceSummary(
  ctx: LetterContext,
  actorId: string,
  ruleId: string,
  past: boolean,
  status: ClaimStatus,
  what: string | null,
  topics: string[],
  subjects: string[],
  meeting: NamedMeeting | null,
): string {
  const who = actorName(ctx, actorId);
  const [present, pastForm, toCome] = STANCE_VERBS[ruleId] ?? ['holds', 'held', 'will hold'];
  const verb = status === 'EXPECTED' ? toCome : past ? pastForm : present;
  const on = topics.length > 0 ? listOf(topics.map((id) => actorName(ctx, id))) : '';
  const regarding = subjects.length > 0 ? ` regarding ${listOf(subjects.map((id) => actorName(ctx, id)))}` : '';
  const where = meeting ? ` ${past ? 'at' : 'for'} the ${meeting.name}` : '';
  if (!what) return sentenceCase(`${who} ${status === 'EXPECTED' ? 'will take' : past ? 'took' : 'takes'} a position on ${on}${regarding}${where}.`);
  return sentenceCase(`${who} ${verb} «${what}»${on ? ` (${on})` : ''}${where}.`);
}
