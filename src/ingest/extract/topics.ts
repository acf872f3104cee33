import { contextTopics, headingTopics } from './claim-content';
import type { LetterContext, SentenceView } from './context';
import { headingCountries, pointsAtCountries, type Span } from './claim-content';

/**
 * The topics a sentence is about, in the order it names them, each once:
 * every topic it names by one of the vocabulary's words, and every topic
 * signalled by an entity it names (Russia signals relations with Russia).
 * A sentence that names none is about what its context is about: the
 * sentence before when it points back ("hiervoor", "daarbij"), else its
 * passage heading, else the sentences just before it in the passage.
 */
export function topicsOf(sentence: SentenceView, ctx: LetterContext): string[] {
  const named = namedTopics(sentence, ctx);
  // A passage heading ("Lastenverdeling", "Oekraïne") frames every claim beneath it.
  const topics = [...new Set([...named, ...headingTopics(ctx, sentence.heading)])];
  if (topics.length > 0) return topics;
  // "Nederland kondigde hiervoor eerder een bijdrage aan": the topic is the sentence before's.
  const before = ctx.sentences[sentence.index - 1];
  if (POINTS_BACK.test(sentence.text) && before && before.passageIndex === sentence.passageIndex) {
    const pointedAt = namedTopics(before, ctx);
    if (pointedAt.length > 0) return pointedAt;
  }
  return contextTopics(ctx, sentence, (s) => namedTopics(s, ctx));
}

// Pronominal adverbs that point back to what the sentence before named.
const POINTS_BACK = /\b(?:hier|daar)(?:voor|toe|bij|aan|in|mee|over|op|van)\b/i;

function namedTopics(sentence: SentenceView, ctx: LetterContext): string[] {
  const topics: string[] = [];
  for (const mention of sentence.mentions) {
    const ids = mention.kind === 'topic' ? [mention.id] : ctx.names.topicsSignalledBy(mention.id).map((t) => t.id);
    for (const id of ids) if (!topics.includes(id)) topics.push(id);
  }
  return topics;
}

// NATO's own bodies that a claim can concern (tasked, upgraded), other than the Alliance itself.
const NATO_BODY = /^org:(north-atlantic-council|nato-[a-z-]+)$/;
/**
 * What a claim in the sentence is about, as actors: the countries it names
 * as countries (Ukraine and Georgia, not "Russische" in "Russische
 * agressie"), groups, organizations and NATO bodies other than the Alliance.
 * A sentence that names no country but points at some ("deze landen",
 * "beide landen", "partnerlanden"), itself or in its passage heading, is
 * about the countries the passage names for that word ("de partnerlanden
 * Oekraïne en Georgië"), else those of the last sentence before it in the
 * passage that names some. The claim's own actors are left out.
 */
export function subjectsOf(sentence: SentenceView, ctx: LetterContext, exclude: readonly string[] = [], span: Span | null = null): string[] {
  const subjects: string[] = [];
  const add = (id: string) => {
    if (!exclude.includes(id) && !subjects.includes(id)) subjects.push(id);
  };
  const countriesIn = (s: SentenceView) =>
    s.mentions.filter((m) => {
      if (m.kind !== 'country') return false;
      // "de Duitse Minister": the country only qualifies an office.
      if (s.mentions.some((o) => o.kind === 'office' && o.start <= m.start && m.end <= o.end)) return false;
      // "Russische agressie" is about Russia as much as "Rusland" is.
      return ctx.names.get(m.id)?.kind === 'country';
    });

  // The Netherlands named outside the words the claim's verb governs (or where they are not known) is the one
  // speaking, not what is spoken of ("Nederland zal vasthouden aan de afspraken van Boekarest"); other actors
  // count wherever the sentence names them.
  const inScope = (m: { id: string; start: number; end: number }) => m.id !== 'country:NLD' || (span !== null && m.start >= span.start && m.end <= span.end);
  for (const mention of sentence.mentions) {
    if (!inScope(mention)) continue;
    // Groups, NATO's own bodies and other organizations (the EU, the UN); the Alliance itself is who acts, not what is acted on.
    if (mention.kind === 'group' || NATO_BODY.test(mention.id) || (mention.kind === 'organization' && mention.id !== 'org:nato')) add(mention.id);
  }
  for (const mention of countriesIn(sentence)) if (inScope(mention)) add(mention.id);
  // The Netherlands speaking ("Nederland zal ... vasthouden aan ...") does not answer what "partnerlanden" points at.
  const othersNamed = countriesIn(sentence).some((m) => m.id !== 'country:NLD' && !exclude.includes(m.id));
  // A claim under a heading that names countries ("Afghanistan", "Rusland") is about them when it names none itself.
  if (!othersNamed) for (const id of headingCountries(ctx, sentence.heading)) add(id);
  // "de bezwaren van Turkije ..., zodat beide landen ...": the countries a pointer stands for, also where the sentence names others.
  const pointerUnanswered = pointsAtCountries(sentence.text) && appositionCountries(sentence, countriesIn(sentence)).length === 0;
  if ((!othersNamed || pointerUnanswered) && (pointsAtCountries(sentence.text) || pointsAtCountries(sentence.heading ?? ''))) {
    const passage = ctx.sentences.filter((s) => s.passageIndex === sentence.passageIndex);
    const named = passage.map((s) => appositionCountries(s, countriesIn(s))).find((ids) => ids.length > 0);
    if (named) named.forEach(add);
    else {
      const before = passage.filter((s) => s.index < sentence.index).reverse().find((s) => countriesIn(s).length > 0);
      if (before) for (const mention of countriesIn(before)) add(mention.id);
    }
  }
  return subjects;
}

/**
 * The countries a sentence names right after a word that stands for them:
 * "de partnerlanden Oekraïne en Georgië", "beide landen, Finland en Zweden".
 */
function appositionCountries(sentence: SentenceView, countries: SentenceView['mentions']): string[] {
  const ids: string[] = [];
  for (const pointer of sentence.text.matchAll(COUNTRY_WORD)) {
    let at = pointer.index + pointer[0].length;
    for (const m of countries.filter((c) => c.start >= at).sort((a, b) => a.start - b.start)) {
      if (!/^[\s,:(]*(?:en\s+|of\s+)?$/.test(sentence.text.slice(at, m.start))) break;
      ids.push(m.id);
      at = m.end;
    }
  }
  return [...new Set(ids)];
}

const COUNTRY_WORD = /\b(?:partnerlanden|landen|aspirant-?lidstaten|kandidaat-?lidstaten)\b/gi;

// "dit actieplan", "deze partners", "hiermee", "daarom", "Die beslissing": words that take up what the sentence before named.
// "Het kabinet verwelkomt dit.", "Nederland steunt dit, op voorwaarde dat ...": "dit" alone takes up what the sentence before said.
export const TAKES_UP_BEFORE =
  /\b(?:deze|dit|beide)\s+(?!(?:jaar|week|maand|moment|brief|Top|top|bijeenkomst|vergadering)\b)\p{L}{3,}|\b(?:hier|daar)(?:mee|door|om|toe|in|op|aan|bij|over)\b|^\s*(?:Die|Dat)\s+(?:beslissing|besluit|voorstel|initiatief|plan|model|proces)\b|\bdit(?=\s*[,.;:]|\s+(?:van\s+harte|volledig|nadrukkelijk|ook|niet)\b)/iu;

/**
 * The topics of what a sentence takes up from the ones before it in its
 * passage: "Het kabinet steunt dit besluit" is about what the sentence
 * before decided, and where that sentence itself took up "dit besluit" from
 * the one before it, about that too (two sentences back at most).
 */
export function takenUpTopics(sentence: SentenceView, ctx: LetterContext): string[] {
  const topics: string[] = [];
  let current = sentence;
  for (let step = 0; step < 2; step++) {
    const before = ctx.sentences[current.index - 1];
    if (!before || before.passageIndex !== sentence.passageIndex) break;
    if (!(TAKES_UP_BEFORE.test(current.text) || repeatsANounBefore(current.text, before.text))) {
      // "... meer eenheden nodig binnen het NATO Force Model. Nederland levert hieraan ... De minister onderstreepte dat
      // bondgenoten de toegezegde eenheden ...": a noun taken up from two sentences back.
      const twoBack = ctx.sentences[current.index - 2];
      if (step === 0 && twoBack && twoBack.passageIndex === sentence.passageIndex && repeatsANounBefore(current.text, twoBack.text)) {
        for (const id of topicsOf(twoBack, ctx)) if (!topics.includes(id)) topics.push(id);
      }
      break;
    }
    for (const id of topicsOf(before, ctx)) if (!topics.includes(id)) topics.push(id);
    current = before;
  }
  return topics;
}

// "de strategie", "de maatregelen", "een nieuwe afspraak": a noun phrase, the noun of which may repeat one named before.
const NOUN_PHRASE = /\b(?:de|het|die|deze|dit|een)\s+(?:\p{Ll}+(?:e|en)\s+)?(\p{Ll}{5,})\b/gu;
// Nouns every passage uses of its meeting and its actors: they take up nothing.
const EVERYWHERE = new Set(['bondgenoten', 'ministers', 'bijeenkomst', 'vergadering', 'leiders', 'lidstaten', 'landen', 'regering', 'sessie', 'sessies', 'kamer', 'brief', 'afgelopen', 'komende']);

/**
 * Whether a sentence takes up a noun the sentence before named: "Nederland
 * verwelkomt dat de strategie ..." after "De ministers namen een
 * EDT-strategie aan" speaks of the same strategy, as a compound ending in
 * the noun ("EDT-strategie", "innovatiestrategie") counts too.
 */
function repeatsANounBefore(text: string, before: string): boolean {
  const lowered = before.toLowerCase();
  for (const m of text.matchAll(NOUN_PHRASE)) {
    const noun = m[1];
    if (EVERYWHERE.has(noun)) continue;
    // The noun as a word end in the sentence before, in any case (a string search: this runs for every claim).
    const wanted = noun.toLowerCase();
    for (let at = lowered.indexOf(wanted); at >= 0; at = lowered.indexOf(wanted, at + 1)) {
      if (!/\p{L}/u.test(lowered[at + wanted.length] ?? '')) return true;
    }
  }
  return false;
}
