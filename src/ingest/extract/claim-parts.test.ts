import { mayMatch, registerTriggers, triggersIn, withFastWordStarts } from './claim-parts';

describe('triggersIn', () => {
  registerTriggers(['verwacht', 'acht', '\\bzien', '§']);

  it('finds every registered word the text holds, also where one lies inside another', () => {
    const found = triggersIn('Het kabinet Verwacht veel.');
    expect(found.has('verwacht')).toBe(true);
    expect(found.has('acht')).toBe(true);
    expect(found.has('\\bzien')).toBe(false);
  });

  it('finds a one-character word', () => {
    expect(triggersIn('Zie § 3.').has('§')).toBe(true);
    expect(triggersIn('Zie paragraaf 3.').has('§')).toBe(false);
  });

  it('finds a word tied to the start of a word only there', () => {
    expect(triggersIn('Wij zien kansen.').has('\\bzien')).toBe(true);
    expect(triggersIn('Zien wij kansen?').has('\\bzien')).toBe(true);
    expect(triggersIn('Daarin voorzien wij.').has('\\bzien')).toBe(false);
    // "ſ" may be no word character to a pattern, so after an "s" the word still counts.
    expect(triggersIn('ſzien').has('\\bzien')).toBe(true);
  });

  it('lets a rule through when the text holds one of its words', () => {
    const found = triggersIn('Wij zien kansen.');
    expect(mayMatch(['acht', '\\bzien'], found)).toBe(true);
    expect(mayMatch(['acht'], found)).toBe(false);
    expect(mayMatch(undefined, found)).toBe(true);
  });
});

describe('withFastWordStarts', () => {
  const texts = ['acht', 'Acht het', 'verwacht', 'zacht ACHT', '_acht', '3acht', 'ſacht', 'Kacht', 'é acht', 'acht\u212Aacht', 'ſ acht'];
  const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

  it('writes a \\b before a literal letter as a lookbehind, in case-insensitive Unicode patterns only', () => {
    expect(withFastWordStarts(/\bacht\b/giu).source).toBe(String.raw`(?<![\w\u017F\u212A])acht\b`);
    expect(withFastWordStarts(/\bacht\b/gi).source).toBe(String.raw`\bacht\b`);
    expect(withFastWordStarts(/\bacht\b/gu).source).toBe(String.raw`\bacht\b`);
  });

  it('leaves a \\b before a quantified group, a group with an alternative that is no letter, an optional letter, an escaped backslash and a class alone', () => {
    const unchanged = [/\b(?:acht|zien)?x/giu, /\b(?:acht|\s)/giu, /\b(?:s?acht|zien)/giu, /\bs?acht/giu, /\\bacht/giu, /[\b]acht/giu];
    for (const pattern of unchanged) expect(withFastWordStarts(pattern)).toBe(pattern);
  });

  it('matches where the pattern it rewrites matches, "ſ" and the Kelvin sign included', () => {
    for (const pattern of [/\bacht\b/giu, /\bacht(?:en|te)?\b|\bzs?acht\b/giu, /\bs\p{L}*/giu, /\bk\p{L}*/giu, /\b(?:acht|s\p{L}*|k(?:a|b))\b/giu]) {
      const rewritten = withFastWordStarts(pattern);
      expect(rewritten.source).not.toBe(pattern.source);
      for (const text of texts) expect(matches(rewritten, text)).toEqual(matches(pattern, text));
    }
  });
});
