import { foldName, namesOf, type NameIndex } from '../reference';

/**
 * Finding things by the beginning of their names, for `lookup`: the words of
 * a text compared with the words of every name, alias and id, in the folded
 * form names are compared in everywhere (no case, accents or hyphens).
 */

/** A name that matched: the node's id, the name as written, and whether the text was all of it. */
export interface NameHit {
  readonly id: string;
  readonly matched: string;
  readonly exact: boolean;
}

interface NamedEntity {
  readonly id: string;
  readonly names: ReadonlyArray<{ readonly value: string; readonly words: string[] }>;
}

/** The words of a name, folded: "Open-deurbeleid" -> ["open", "deurbeleid"], "country:UKR" -> ["country", "ukr"]. */
export function nameWords(value: string): string[] {
  return foldName(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * How `words` (what was typed) match a name's words: 0 when they are all of
 * it, 1 when they begin it, 2 when each begins a word of it in order, and
 * null when they do not match. The last typed word may be unfinished.
 */
export function matchRank(words: readonly string[], name: readonly string[]): 0 | 1 | 2 | null {
  if (words.length === 0 || words.length > name.length) return null;
  const whole = words.length === name.length && words.every((word, i) => word === name[i]);
  if (whole) return 0;
  const prefix = words.every((word, i) => (i === words.length - 1 ? name[i].startsWith(word) : name[i] === word));
  if (prefix) return 1;
  let at = 0;
  for (const word of words) {
    while (at < name.length && !name[at].startsWith(word)) at++;
    if (at === name.length) return null;
    at++;
  }
  return 2;
}

const entitiesByIndex = new WeakMap<NameIndex, NamedEntity[]>();

function namedEntities(index: NameIndex): NamedEntity[] {
  let entities = entitiesByIndex.get(index);
  if (!entities) {
    const { countries, organizations, groups, offices, people, topics } = index.data;
    entities = [...people, ...countries, ...organizations, ...groups, ...topics, ...offices].map((entity) => ({
      id: entity.id,
      names: [...namesOf(entity).map((n) => n.value), entity.id].map((value) => ({ value, words: nameWords(value) })),
    }));
    entitiesByIndex.set(index, entities);
  }
  return entities;
}

/** The best of `names` for the typed `words`, or null: lower ranks win; among equals, the shorter name. */
function bestOf(words: readonly string[], names: NamedEntity['names']): { matched: string; rank: number } | null {
  let best: { matched: string; rank: number } | null = null;
  for (const name of names) {
    const rank = matchRank(words, name.words);
    if (rank === null) continue;
    if (!best || rank < best.rank || (rank === best.rank && name.value.length < best.matched.length)) best = { matched: name.value, rank };
  }
  return best;
}

/** How `text` matches one node's names (its main name first), or null when it matches none of them. */
export function matchNames(text: string, names: readonly string[]): { matched: string; exact: boolean } | null {
  const best = bestOf(nameWords(text), names.map((value) => ({ value, words: nameWords(value) })));
  return best && { matched: best.matched, exact: best.rank === 0 };
}

/**
 * The reference entities (people, countries, organizations, groups, topics,
 * offices) whose name, alias or id `text` matches, best first: whole names,
 * then names it begins, then names with words it begins; shorter names first.
 */
export function matchReferenceNames(index: NameIndex, text: string, limit: number): NameHit[] {
  const words = nameWords(text);
  const hits: Array<NameHit & { rank: number }> = [];
  for (const entity of namedEntities(index)) {
    const best = bestOf(words, entity.names);
    if (best) hits.push({ id: entity.id, matched: best.matched, exact: best.rank === 0, rank: best.rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.matched.length - b.matched.length || a.id.localeCompare(b.id));
  return hits.slice(0, limit).map(({ id, matched, exact }) => ({ id, matched, exact }));
}

/**
 * A Lucene query for the full-text index of names: every word of the text as
 * a prefix, all required ("brussel 2021" -> `brussel* AND 2021*`). Words are
 * letters and digits only, so nothing needs escaping. Lucene does not analyse
 * a prefix, hence the lowercase; accents are kept, as the index keeps them.
 */
export function namePrefixQuery(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => `${word}*`)
    .join(' AND ');
}
