import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalize, originalSpan, type NormalizedText } from './normalize';
import { segment } from './segment';

const SEEDS = path.resolve(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(path.join(SEEDS, f), 'utf8') }));

const text = (original: string): string => normalize(original).text;

/** A hard-wrapped paragraph of `lines` lines about 70 characters wide, so the normalizer sees wrapped text. */
function wrapped(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `regel ${i} van een lange alinea met woorden die doorlopen tot aan de kantlijn`).join('\n');
}

describe('normalize: lines and paragraphs', () => {
  it('joins hard line breaks inside a paragraph with one space and keeps paragraph breaks', () => {
    expect(text('De Top vindt plaats in \nBrussel op de gebruikelijke \nplek.  \n\n\n \nEen nieuwe alinea.')).toBe(
      'De Top vindt plaats in Brussel op de gebruikelijke plek.\n\nEen nieuwe alinea.',
    );
  });

  it('folds runs of spaces, tabs and non-breaking spaces, and trims', () => {
    expect(text('  De\t\tNAVO\u00a0 en  de EU  \n')).toBe('De NAVO en de EU');
  });

  it('folds Markdown two-space breaks into one space', () => {
    expect(text('De Minister van Defensie,  \nA.B. Jansen')).toBe('De Minister van Defensie, A.B. Jansen');
  });

  it('reads CRLF, CR and form feeds as line breaks', () => {
    expect(text('eerste regel\r\ntweede regel\rderde regel.\f\fNieuwe pagina.')).toBe('eerste regel tweede regel derde regel.\n\nNieuwe pagina.');
  });

  it('starts headings and list items on their own line even without a blank line', () => {
    expect(text('Dit zijn de punten:\n- het eerste punt;\n- het tweede punt.\nSessie 2: Rusland\nDe tweede sessie gaat over Rusland.')).toBe(
      'Dit zijn de punten:\n- het eerste punt;\n- het tweede punt.\nSessie 2: Rusland\nDe tweede sessie gaat over Rusland.',
    );
  });

  it('keeps a title in capitals wrapped over two lines together, on its own line', () => {
    expect(text('Met vriendelijke groet\n GEANNOTEERDE AGENDA VAN DE BIJEENKOMST VAN \n3 EN 4 DECEMBER 2019\n\nDe tekst.')).toBe(
      'Met vriendelijke groet\nGEANNOTEERDE AGENDA VAN DE BIJEENKOMST VAN 3 EN 4 DECEMBER 2019\n\nDe tekst.',
    );
  });

  it('does not take a dash that continues a sentence for a list item', () => {
    expect(text('Dreigingen kunnen –\n– mede door technologie – overal ontstaan.')).toBe('Dreigingen kunnen – – mede door technologie – overal ontstaan.');
    expect(text('De dreiging kan\n– mede door technologie – overal ontstaan.')).toBe('De dreiging kan – mede door technologie – overal ontstaan.');
  });

  it('in hard-wrapped text, ends a block at a line that stops well short of the margin', () => {
    const input = `${wrapped(9)}\nslot van de alinea.\nNieuwe alinea die weer doorloopt tot aan de kantlijn van de tekst hier\nen verder.`;
    const lines = text(input).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/kantlijn slot van de alinea\.$/);
    expect(lines[1]).toBe('Nieuwe alinea die weer doorloopt tot aan de kantlijn van de tekst hier en verder.');
  });
});

describe('normalize: hyphenation', () => {
  it('joins a word hyphenated across a line break', () => {
    expect(text('de geanno-\nteerde agenda')).toBe('de geannoteerde agenda');
  });

  it('keeps the hyphen before a capital or a digit, and after a capital', () => {
    expect(text('de NAVO-\nTop en de trans-\nAtlantische band')).toBe('de NAVO-Top en de trans-Atlantische band');
    expect(text('het NAVO-\nverdragsgebied en de EU-\nlidstaten')).toBe('het NAVO-verdragsgebied en de EU-lidstaten');
    expect(text('het 70-\njarig bestaan, 28-\n30 juni')).toBe('het 70-jarig bestaan, 28-30 juni');
  });

  it('keeps the hyphen between vowels that Dutch separates (informatie-uitwisseling)', () => {
    expect(text('informatie-\nuitwisseling en zee-\negels')).toBe('informatie-uitwisseling en zee-egels');
  });

  it('keeps suspended compounds and detached hyphens', () => {
    expect(text('door cyber- \nen hybride dreigingen')).toBe('door cyber- en hybride dreigingen');
    expect(text('door cyber-\nen hybride dreigingen')).toBe('door cyber- en hybride dreigingen');
    expect(text('staatshoofden en -\nregeringsleiders')).toBe('staatshoofden en -regeringsleiders');
    expect(text('de eerste taak -\nde bescherming - is')).toBe('de eerste taak - de bescherming - is');
  });

  it('follows how the letter itself writes the word elsewhere', () => {
    expect(text('de Wales-afspraken en de Wales-\nafspraken')).toBe('de Wales-afspraken en de Wales-afspraken');
    expect(text(`${wrapped(9)} samenwerking en samen-\nwerking`)).toMatch(/samenwerking en samenwerking$/);
  });

  it('keeps hyphens of prefixes Dutch always hyphenates', () => {
    expect(text('non-\nproliferatie en niet-\nmilitaire middelen')).toBe('non-proliferatie en niet-militaire middelen');
  });

  it('keeps an unexplained hyphen in hard-wrapped text that shows no hyphenation, and drops it where the letter hyphenates', () => {
    expect(text(`${wrapped(9)} constructief-\nkritisch`)).toMatch(/constructief-kritisch$/);
    expect(text('een korte brief over constructief-\nkritisch denken')).toBe('een korte brief over constructiefkritisch denken');
  });

  it('joins at a soft hyphen', () => {
    expect(text('geanno\u00ad\nteerde')).toBe('geannoteerde');
  });
});

describe('normalize: page headers, footers and page breaks', () => {
  it('drops page furniture and joins the sentence a page break split', () => {
    const input = 'het belang van de\n\nkst-28676-439\nISSN 0921 - 7371\n’s-Gravenhage 2023 Tweede Kamer, vergaderjaar 2022–2023, 28 676, nr. 439 1\n\nNAVO als forum.';
    expect(text(input)).toBe('het belang van de NAVO als forum.');
  });

  it('drops running headers with a page number, and mastheads', () => {
    const input = 'Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2022–2023\n\nDe bondgenoten zullen\n\nTweede Kamer, vergaderjaar 2022–2023, 28 676, nr. 439 2\n\nbesluiten nemen.\n\nPagina 3 van 4\n\nSlot.';
    expect(text(input)).toBe('Vergaderjaar 2022–2023\n\nDe bondgenoten zullen besluiten nemen.\n\nSlot.');
  });

  it('continues a paragraph across blank lines only mid-sentence and into a lower-case word', () => {
    expect(text('De Raad zal zich buigen over\n\n\n\nde voorstellen.')).toBe('De Raad zal zich buigen over de voorstellen.');
    expect(text('Dit is af.\n\n\nvervolgens iets anders.')).toBe('Dit is af.\n\nvervolgens iets anders.');
    expect(text('Een alinea zonder punt\n\nNieuwe Alinea.')).toBe('Een alinea zonder punt\n\nNieuwe Alinea.');
  });

  it('joins a hyphenated word across a page break', () => {
    expect(text('om misver-\n\nkst-28676-439\n\nstanden te voorkomen.')).toBe('om misverstanden te voorkomen.');
  });
});

describe('normalize: Markdown and HTML', () => {
  it('removes emphasis, heading hashes, links, tags and escapes, and keeps the words and quotes', () => {
    const nt = normalize('# VERSLAG\n\n## **Rusland**\n\nDe VS bevestigden hun «*ironclad commitment*» en _iets_ \\*meer\\*.\nZie [de site](https://example.org/a_b) of <https://x.nl>.\nCO<sub>2</sub>-reductie &amp; <span class="x">tekst</span>.');
    expect(nt.text).toBe('VERSLAG\n\nRusland\n\nDe VS bevestigden hun «ironclad commitment» en iets *meer*. Zie de site of https://x.nl. CO2-reductie & tekst.');
    expect(nt.headings).toEqual([
      { start: 0, end: 7, level: 1 },
      { start: 9, end: 16, level: 2 },
    ]);
  });

  it('keeps underscores inside words and URLs', () => {
    expect(text('zie https://www.nato.int/official_texts_210549.htm en snake_case')).toBe('zie https://www.nato.int/official_texts_210549.htm en snake_case');
  });

  it('takes a Markdown footnote out of the sentence it interrupts and puts it after the paragraph', () => {
    const nt = normalize('Een besluit<sup>1</sup> over de\n\n<sup>1</sup> Zie [de brief](https://example.org)\n\nvoorstellen. Nog een zin.\n\nVolgende alinea.');
    expect(nt.text).toBe('Een besluit over de voorstellen. Nog een zin.\n\nZie de brief\n\nVolgende alinea.');
    expect(nt.footnotes).toEqual([{ label: '1', start: 47, end: 59, anchor: 11, markerOffset: 11 }]);
    expect(nt.text.slice(0, nt.footnotes[0].anchor ?? 0)).toBe('Een besluit');
  });

  it('starts a heading on its own line when no blank line separates it', () => {
    expect(text('Tekst.\n## Kop\nMeer tekst.')).toBe('Tekst.\nKop\nMeer tekst.');
  });

  it('keeps a footnote that stands between paragraphs in place', () => {
    const nt = normalize('Eerste alinea.[^2]\n\n[^2]: Een voetnoot.\n\nTweede alinea.');
    expect(nt.text).toBe('Eerste alinea.\n\nEen voetnoot.\n\nTweede alinea.');
    expect(nt.footnotes[0]).toMatchObject({ label: '2', anchor: 14 });
  });
});

describe('normalize: footnotes in PDF text', () => {
  // A page ending mid-sentence, its footnotes, and the next page, whose first line PDF text indents.
  const page = [
    'De Commissie1 stelde voor dat de bondgenoten, zoals in Boekarest in 20082, ook elders over de',
    '',
    '1 Zie de brief van de minister van 3 mei 2021,',
    'Kamerstuk 28 676, nr. 356',
    '2 Bucharest Summit Declaration',
    ' voorstellen zouden spreken.',
    '',
    'Volgende alinea.',
  ].join('\n');

  it('removes the glued markers, moves the bodies after the paragraph and records where they were', () => {
    const nt = normalize(page);
    expect(nt.text).toBe(
      'De Commissie stelde voor dat de bondgenoten, zoals in Boekarest in 2008, ook elders over de voorstellen zouden spreken.\n\n' +
        'Zie de brief van de minister van 3 mei 2021, Kamerstuk 28 676, nr. 356\n\nBucharest Summit Declaration\n\nVolgende alinea.',
    );
    const [one, two] = nt.footnotes;
    expect(nt.text.slice(one.start, one.end)).toMatch(/^Zie de brief .* nr\. 356$/);
    expect(nt.text.slice(0, one.anchor ?? 0)).toBe('De Commissie');
    expect(page.slice(two.markerOffset ?? 0, (two.markerOffset ?? 0) + 2)).toBe('2,');
    expect(nt.text.slice(0, two.anchor ?? 0)).toMatch(/in 2008$/);
  });

  it('does not take a number at the start of a line for a footnote without a marker', () => {
    expect(text('Het ging om\n\n2 Nederlandse schepen.')).toBe('Het ging om\n\n2 Nederlandse schepen.');
    expect(text('De G7 vergaderde.\n\n7 Leden waren er.')).toBe('De G7 vergaderde.\n\n7 Leden waren er.');
  });
});

describe('originalSpan', () => {
  it('maps a normalized span back to the original, end just after its last character', () => {
    const original = '## Titel\n\nDe **geanno-\nteerde** agenda &amp; meer';
    const nt = normalize(original);
    expect(nt.text).toBe('Titel\n\nDe geannoteerde agenda & meer');
    const word = nt.text.indexOf('geannoteerde');
    const span = originalSpan(nt, word, word + 'geannoteerde'.length);
    expect(original.slice(span.start, span.end)).toBe('geanno-\nteerde');
    const amp = nt.text.indexOf('&');
    expect(original.slice(originalSpan(nt, amp, amp + 1).start, originalSpan(nt, amp, amp + 1).end)).toBe('&amp;');
    expect(originalSpan(nt, 3, 3)).toEqual({ start: nt.toOriginal[3], end: nt.toOriginal[3] });
    expect(nt.toOriginal[nt.text.length]).toBe(original.length);
  });

  it('rejects spans outside the text', () => {
    const nt = normalize('kort');
    expect(() => originalSpan(nt, 2, 9)).toThrow(RangeError);
    expect(() => originalSpan(nt, 3, 1)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------
// The five seed letters

/**
 * What a reader compares: the text without whitespace, hyphens and square
 * brackets. Only the whole letter tells a line-end hyphen from a real one, and
 * a span that ends inside Markdown link text ("via [www.x.nl") has a bracket
 * of markup in its original slice.
 */
const key = (s: string): string => s.replace(/[\s\-[\]]/g, '');

/**
 * The original text of a normalized span with what normalize moved out of it
 * removed: footnote bodies (with their labels) and plain-text footnote
 * markers, which only the whole letter can tell apart from ordinary text.
 */
function sourceOf(nt: NormalizedText, start: number, end: number): string {
  const span = originalSpan(nt, start, end);
  const cuts: Array<[number, number]> = [];
  for (const f of nt.footnotes) {
    if (f.start < end && start < f.end) continue;
    // The footnote's lines, from its label to the end of its last line.
    const body = originalSpan(nt, f.start, f.end);
    const from = nt.original.lastIndexOf('\n', body.start - 1) + 1;
    const lineEnd = nt.original.indexOf('\n', body.end - 1);
    cuts.push([from, lineEnd < 0 ? nt.original.length : lineEnd]);
    if (f.markerOffset !== null && /\d/.test(nt.original[f.markerOffset])) cuts.push([f.markerOffset, f.markerOffset + f.label.length]);
  }
  let source = '';
  let at = span.start;
  for (const [from, to] of cuts.sort((a, b) => a[0] - b[0])) {
    if (to <= at || from >= span.end) continue;
    source += nt.original.slice(at, Math.max(at, from));
    at = Math.max(at, to);
  }
  return source + nt.original.slice(at, Math.max(at, span.end));
}

/** A small deterministic generator, so a failing random span can be found again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe.each(seeds)('normalize: seed $name', ({ text: original }) => {
  const nt = normalize(original);
  const { sentences, passages } = segment(nt);

  it('maps every character to the original character it was read from', () => {
    expect(nt.toOriginal).toHaveLength(nt.text.length + 1);
    const wrong: string[] = [];
    for (let i = 0; i < nt.text.length; i++) {
      const c = nt.text[i];
      const o = nt.original[nt.toOriginal[i]];
      // Inserted spaces and line breaks stand for whitespace; decoded entities for their "&".
      const ok = c === ' ' || c === '\n' ? /\s/.test(o) : o === c || o === '&';
      if (!ok) wrong.push(`${i}: ${JSON.stringify(c)} -> ${JSON.stringify(o)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the text tidy: no double spaces, no space at a line break, at most one blank line', () => {
    expect(nt.text).not.toMatch(/ {2}|\n | \n|\n{3}|^\s|\s$/);
  });

  it('maps each passage in increasing order (footnotes are passages of their own)', () => {
    const backwards = passages.filter((p) => nt.toOriginal.subarray(p.start, p.end).some((o, k, all) => k > 0 && o <= all[k - 1]));
    expect(backwards).toEqual([]);
  });

  it('drops only page furniture, markup, footnote labels and markers: every word of the original is kept', () => {
    const mapped = new Set(nt.toOriginal);
    const markup = [...original.matchAll(/\]\([^)]*\)|<sup>[^<]*<\/sup>|<[^>]*>/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    const furniture = /^(?:kst-\d|ISSN |’s-Gravenhage |Tweede Kamer der Staten-Generaal \d$)/;
    const lost: string[] = [];
    for (const match of original.matchAll(/[\p{L}\p{N}]+/gu)) {
      const at = match.index ?? 0;
      if ([...match[0]].some((_, k) => mapped.has(at + k))) continue;
      if (markup.some(([from, to]) => from <= at && at < to)) continue;
      const line = original.slice(original.lastIndexOf('\n', at - 1) + 1).split('\n')[0].trim();
      if (furniture.test(line)) continue;
      if (nt.footnotes.some((f) => f.label === match[0] && (f.markerOffset === at || line.startsWith(f.label)))) continue;
      lost.push(`${match[0]} in: ${line}`);
    }
    expect(lost).toEqual([]);
  });

  it('finds every sentence again at its offsets in the original (the evidence quotes)', () => {
    for (const s of sentences) {
      expect(key(normalize(sourceOf(nt, s.start, s.end)).text)).toBe(key(s.text));
    }
  });

  it('finds random word spans again at their offsets in the original', () => {
    const next = random(original.length);
    for (let n = 0; n < 300; n++) {
      const s = sentences[Math.floor(next() * sentences.length)];
      const bounds = [0, ...[...s.text.matchAll(/ /g)].map((m) => (m.index ?? 0) + 1), s.text.length + 1];
      const a = bounds[Math.floor(next() * (bounds.length - 1))];
      const b = bounds[Math.min(bounds.length - 1, bounds.indexOf(a) + 1 + Math.floor(next() * 8))] - 1;
      const span = s.text.slice(a, b);
      expect([span, key(normalize(sourceOf(nt, s.start + a, s.start + b)).text)]).toEqual([span, key(span)]);
    }
  });
});

describe('normalize: the seed letters read as a person would read them', () => {
  const read = (prefix: string): string => normalize(seeds.find((s) => s.name.startsWith(prefix))?.text ?? '').text;

  it('joins the hyphenated words of the typeset letter and keeps the real hyphens of the others', () => {
    expect(read('003')).toContain('de geannoteerde agenda');
    expect(read('003')).toContain('staatshoofden en regeringsleiders, met');
    expect(read('003')).toContain('informatie-uitwisseling');
    expect(read('004')).toContain('constructief-kritisch');
    expect(read('004')).toContain('het 70-jarig bestaan');
    expect(read('002')).toContain('door cyber- en hybride');
    expect(read('001')).toContain('om misverstanden te voorkomen');
  });

  it('drops the page furniture of the typeset letter', () => {
    expect(read('003')).not.toMatch(/kst-28676|ISSN|’s-Gravenhage|Staten-Generaal 2/);
  });

  it('removes the footnote markers glued to words and years', () => {
    expect(read('002')).toContain('van 26 februari 2021)');
    expect(read('002')).toContain('Boekarest in 2008,');
    expect(read('000')).toContain('in plaats van confrontatie.');
    expect(read('003')).toContain('Vraagstukken (AIV).');
  });
});
