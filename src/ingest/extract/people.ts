import { slugify } from '../../reference';
import type { LetterContext, SentenceView } from './context';

/**
 * A person the letter names whom the reference data does not know ("de
 * Georgische minister van Buitenlandse Zaken Zalkaliani"): the country and
 * office as the letter gives them, and the id `person:<surname slug>`.
 */
export interface LetterPerson {
  id: string;
  /** The name as written ("Zalkaliani", "Kaja Kallas"). */
  name: string;
  countryId: string | null;
  /** The office as written, without the country ("minister van Buitenlandse Zaken", "president"). */
  office: string | null;
}

/** A name a sentence gives, as the attendance rules read it. */
export interface ActorMention {
  id: string;
  kind: string;
  start: number;
  end: number;
  matched: string;
  /** For a person the reference data does not know: who the letter says it is. */
  person?: LetterPerson;
}

// Words for an office that the reference data does not list on their own: they come with a name ("president Ghani").
const ROLE_WORDS = /\b(president|premier|minister|kanselier|koning|koningin|secretaris-generaal)\s+/giu;
// A name right after an office: a capitalised surname, maybe after a first name ("Kaja Kallas").
const NAME_AFTER = /^(\s*,?\s*)((?:\p{Lu}[\p{Ll}]+\s+)?\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]+)?)(?!\p{L})/u;
// Capitalised words that open a clause, not a name ("president Biden. De ..." never reaches here; "minister van Defensie Op ...").
const NOT_NAMES = new Set(['de', 'het', 'een', 'en', 'in', 'op', 'om', 'bij', 'van', 'voor', 'met', 'dat', 'die', 'dit', 'deze', 'ook', 'tijdens', 'namens', 'zal', 'is', 'was', 'nato', 'navo', 'eu', 'vn']);

/** The last word of a name, folded to ASCII: the slug of its id ("Đukanović" gives "dukanovic"). */
export function personId(name: string): string {
  const surname = name.trim().split(/\s+/).pop() ?? name;
  const ascii = surname.replace(/[Đđ]/g, 'd').replace(/[Łł]/g, 'l').replace(/[Øø]/g, 'o').replace(/ß/g, 'ss');
  return `person:${slugify(ascii)}`;
}

/**
 * The actors a sentence names, for the attendance rules: the reference
 * mentions other than topics, where
 * - an office qualified by a country other than its own ("de Oekraïense
 *   minister van Buitenlandse Zaken", "de minister van Defensie van
 *   Georgië") is that country's office, taking the country in; when the
 *   reference data has no such office, it is a foreign office (kind
 *   `foreign-office`, id the country) and never the Dutch one;
 * - a capitalised name the reference data does not know, right after an
 *   office or a word for one ("president Ghani", "minister van Buitenlandse
 *   Zaken Sybiha"), is a person of the office's country as the letter gives it.
 */
export function actorsOf(ctx: LetterContext, sentence: SentenceView): ActorMention[] {
  const text = sentence.text;
  const base = sentence.mentions.filter((m) => m.kind !== 'topic');
  const consumed = new Set<number>();
  const actors: ActorMention[] = [];
  const known = (start: number) => base.some((m) => m.start <= start && start < m.end && m.kind !== 'office');

  const nameAfter = (end: number, countryId: string | null, office: string | null): ActorMention | null => {
    const match = NAME_AFTER.exec(text.slice(end));
    if (!match) return null;
    const start = end + match[1].length;
    const name = match[2];
    if (known(start) || NOT_NAMES.has(name.split(/\s+/)[0].toLowerCase())) return null;
    const person: LetterPerson = { id: personId(name), name, countryId, office };
    return { id: person.id, kind: 'person', start, end: start + name.length, matched: name, person };
  };

  for (const [i, m] of base.entries()) {
    if (m.kind !== 'office') continue;
    const office = ctx.reference.offices.find((o) => o.id === m.id);
    let start = m.start;
    let end = m.end;
    let countryId: string | null = null;
    const previous = base[i - 1];
    const next = base[i + 1];
    const plural = /\b(ministers|leiders|presidenten|voorzitters)\b/i.test(m.matched);
    if (previous?.kind === 'country' && /^\s*$/.test(text.slice(previous.end, m.start)) && /e$/i.test(previous.matched)) {
      // "de Oekraïense minister": the adjective before the office.
      countryId = previous.id;
      start = previous.start;
      consumed.add(i - 1);
    } else if (
      !plural &&
      next?.kind === 'country' &&
      /^\s+van\s+$/i.test(text.slice(m.end, next.start)) &&
      !(base[i + 2]?.kind === 'country' && /^\s*(,|en)\s*$/i.test(text.slice(next.end, base[i + 2].start)))
    ) {
      // "de minister van Buitenlandse Zaken van Georgië" (a list of countries after a plural is the countries themselves).
      countryId = next.id;
      end = next.end;
      consumed.add(i + 1);
    }
    let id = m.id;
    let kind = 'office';
    if (office && countryId && office.country && countryId !== office.country) {
      const same = ctx.names.officeIn(office.id, countryId);
      if (same) id = same.id;
      else {
        id = countryId;
        kind = 'foreign-office';
      }
    }
    actors.push({ id, kind, start, end, matched: text.slice(start, end) });
    const name = nameAfter(end, countryId ?? (kind === 'office' && id !== m.id ? ctx.reference.offices.find((o) => o.id === id)?.country ?? null : null), m.matched);
    if (name) actors.push(name);
  }

  // "de Afghaanse president Ghani": a word for an office the reference data does not name, with a name.
  for (const match of text.matchAll(ROLE_WORDS)) {
    const at = match.index;
    if (base.some((m) => m.kind === 'office' && m.start <= at && at < m.end)) continue;
    const before = base.findIndex((m) => m.kind === 'country' && /^\s*$/.test(text.slice(m.end, at)) && m.end <= at && /e$/i.test(m.matched));
    const name = nameAfter(at + match[0].length - 1, before >= 0 ? base[before].id : null, match[1].toLowerCase());
    if (!name) continue;
    if (before >= 0) consumed.add(before);
    actors.push(name);
  }

  for (const [i, m] of base.entries()) if (m.kind !== 'office' && !consumed.has(i)) actors.push({ ...m });
  return actors.sort((a, b) => a.start - b.start || b.end - a.end);
}
