import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalize } from './normalize';
import { segment, type Segmented } from './segment';

const run = (original: string): Segmented => segment(normalize(original));
const sentencesOf = (text: string): string[] => run(text).sentences.map((s) => s.text);

describe('segment: sections and headings', () => {
  const letter = [
    'Geachte voorzitter,',
    '',
    'Hierbij ontvangt u de agenda.',
    '',
    'De minister van Defensie',
    '',
    'A.B. Jansen',
    '',
    'GEANNOTEERDE AGENDA VAN DE BIJEENKOMST',
    '',
    'Introductie',
    '',
    'De ministers komen bijeen in Brussel.',
    '',
    'Sessie 1: Oekraïne',
    '',
    'Steun aan Oekraïne',
    '',
    'Nederland zal de steun aan Oekraïne benadrukken.',
    '',
    '- een eerste punt;',
    '- een tweede punt.',
    '',
    '2. Lastenverdeling',
    '',
    'De bondgenoten spreken over de lastenverdeling.',
  ].join('\n');

  it('finds titles in capitals, session, numbered and short headings, and not the letter formulas', () => {
    const { sections } = run(letter);
    expect(sections.map((s) => [s.level, s.heading])).toEqual([
      [0, null],
      [1, 'GEANNOTEERDE AGENDA VAN DE BIJEENKOMST'],
      [3, 'Introductie'],
      [2, 'Sessie 1: Oekraïne'],
      [3, 'Steun aan Oekraïne'],
      [2, '2. Lastenverdeling'],
    ]);
  });

  it('nests sections: each ends where a heading of its level or higher begins', () => {
    const { sections } = run(letter);
    const text = normalize(letter).text;
    const [preamble, title, intro, session, topic, numbered] = sections;
    expect(text.slice(preamble.start, preamble.end)).toMatch(/^Geachte voorzitter,[\s\S]*A\.B\. Jansen\n\n$/);
    expect(title.end).toBe(text.length);
    expect(intro.end).toBe(session.start);
    expect(session.end).toBe(numbered.start);
    expect(topic.end).toBe(numbered.start);
    expect(numbered.end).toBe(text.length);
  });

  it('gives each passage its kind and the nearest heading above it', () => {
    const { passages, sections } = run(letter);
    expect(passages.map((p) => [p.kind, p.heading, p.text])).toEqual([
      ['paragraph', null, 'Geachte voorzitter,'],
      ['paragraph', null, 'Hierbij ontvangt u de agenda.'],
      ['paragraph', null, 'De minister van Defensie'],
      ['paragraph', null, 'A.B. Jansen'],
      ['paragraph', 'Introductie', 'De ministers komen bijeen in Brussel.'],
      ['paragraph', 'Steun aan Oekraïne', 'Nederland zal de steun aan Oekraïne benadrukken.'],
      ['list-item', 'Steun aan Oekraïne', '- een eerste punt;'],
      ['list-item', 'Steun aan Oekraïne', '- een tweede punt.'],
      ['paragraph', '2. Lastenverdeling', 'De bondgenoten spreken over de lastenverdeling.'],
    ]);
    expect(passages.map((p) => p.index)).toEqual(passages.map((_, i) => i));
    for (const p of passages) expect(sections[p.section].heading).toBe(p.heading);
  });

  it('uses the levels of Markdown headings and skips emphasis in them', () => {
    const nt = normalize('# VERSLAG\n\n## Introductie\n\nTekst.\n\n### *Weerbaarheid*\n\nMeer tekst.\n\n## **Rusland**\n\nSlot.');
    const { sections, passages } = segment(nt);
    const rusland = nt.text.indexOf('Rusland');
    expect(sections.map((s) => [s.level, s.heading, s.end])).toEqual([
      [1, 'VERSLAG', nt.text.length],
      [2, 'Introductie', rusland],
      [3, 'Weerbaarheid', rusland],
      [2, 'Rusland', nt.text.length],
    ]);
    expect(passages.map((p) => p.heading)).toEqual(['Introductie', 'Weerbaarheid', 'Rusland']);
  });

  it('makes footnotes passages of their own kind and no heading of them', () => {
    const { passages, sections } = run('Agenda\n\nDe Top<sup>1</sup> begint.\n\n<sup>1</sup> Zie de brief\n\nNog een alinea.');
    expect(sections.map((s) => s.heading)).toEqual(['Agenda']);
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', 'De Top begint.'],
      ['footnote', 'Zie de brief'],
      ['paragraph', 'Nog een alinea.'],
    ]);
  });

  it('does not take a short line for a heading when no paragraph follows it', () => {
    const { sections } = run('Stef Blok\n\n[Ondertekenaar 2]\n\nDEEL TWEE VAN DE BRIEF\n\nTekst die volgt.');
    expect(sections.map((s) => s.heading)).toEqual([null, 'DEEL TWEE VAN DE BRIEF']);
  });

  it('maps passages back to the original', () => {
    const original = '## Kop\n\nDe **NAVO**-\nTop in\nVilnius.';
    const [passage] = run(original).passages;
    expect(passage.text).toBe('De NAVO-Top in Vilnius.');
    expect(original.slice(passage.originalStart, passage.originalEnd)).toBe('De **NAVO**-\nTop in\nVilnius.');
  });
});

describe('segment: sentences', () => {
  it('splits on . ! ? before a capital, a digit or a quote, and at the end', () => {
    expect(sentencesOf('Dit is een. Is dit twee? Ja! 2023 wordt een jaar. ‘Citaat’ hier. «Ook» dit')).toEqual([
      'Dit is een.',
      'Is dit twee?',
      'Ja!',
      '2023 wordt een jaar.',
      '‘Citaat’ hier.',
      '«Ook» dit',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(sentencesOf('Het kabinet heeft op 15 mei jl. de notitie verstuurd. Daarna volgde meer.')).toEqual([
      'Het kabinet heeft op 15 mei jl. de notitie verstuurd.',
      'Daarna volgde meer.',
    ]);
  });

  it('does not split on Dutch abbreviations', () => {
    const text =
      'Dit gaat o.a. over Rusland, m.b.t. China, i.v.m. de Top, d.w.z. alles, bijv. Oekraïne en Nr. 5 en nr. 6, e.d. Dingen. ' +
      'Het is incl. Zweden, resp. Finland, t.a.v. Georgië, z.g. Partners, ca. 30 landen, mr. Jansen, dhr. De Vries en mw. Bakker. ' +
      'Zie St. Petersburg vs. Moskou, e.g. Kyiv, i.e. Oekraïne, etc. Daarna. Zie art. 5 van het verdrag.';
    expect(sentencesOf(text)).toEqual([
      'Dit gaat o.a. over Rusland, m.b.t. China, i.v.m. de Top, d.w.z. alles, bijv. Oekraïne en Nr. 5 en nr. 6, e.d. Dingen.',
      'Het is incl. Zweden, resp. Finland, t.a.v. Georgië, z.g. Partners, ca. 30 landen, mr. Jansen, dhr. De Vries en mw. Bakker.',
      'Zie St. Petersburg vs. Moskou, e.g. Kyiv, i.e. Oekraïne, etc. Daarna.',
      'Zie art. 5 van het verdrag.',
    ]);
  });

  it('splits after an abbreviation that ends the sentence when a new one clearly begins', () => {
    expect(sentencesOf('De Top is op 3 en 4 december a.s. De bijeenkomst is in Londen.')).toEqual([
      'De Top is op 3 en 4 december a.s.',
      'De bijeenkomst is in Londen.',
    ]);
  });

  it('does not split on initials, numbers or the number of a list item', () => {
    expect(sentencesOf('Getekend door S.A.M. Kaag en A.Th.B. Bijleveld-Schouten en W. Hoekstra. Er waren 1.000 mensen en 2.5 procent.')).toEqual([
      'Getekend door S.A.M. Kaag en A.Th.B. Bijleveld-Schouten en W. Hoekstra.',
      'Er waren 1.000 mensen en 2.5 procent.',
    ]);
    expect(sentencesOf('1. De bondgenoten komen bijeen. 2. Zij besluiten.')).toEqual(['1. De bondgenoten komen bijeen.', '2. Zij besluiten.']);
  });

  it('does not mistake the United States (VS) at the end of a sentence for "vs."', () => {
    expect(sentencesOf('Dit geldt ook voor de VS. De EU volgt.')).toEqual(['Dit geldt ook voor de VS.', 'De EU volgt.']);
  });

  it('gives sentences offsets in the normalized text, within their passage', () => {
    const nt = normalize('Titel\n\nEerste zin. Tweede\nzin.');
    const { sentences, passages } = segment(nt);
    expect(sentences).toEqual([
      { passageIndex: 0, text: 'Eerste zin.', start: 7, end: 18 },
      { passageIndex: 0, text: 'Tweede zin.', start: 19, end: 30 },
    ]);
    expect(nt.text.slice(passages[0].start, passages[0].end)).toBe('Eerste zin. Tweede zin.');
  });
});

describe('segment: the seed letters', () => {
  const SEEDS = path.resolve(__dirname, '../../seeds');
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, original: readFileSync(path.join(SEEDS, f), 'utf8') }));
  const headingsOf = (prefix: string): Array<string | null> =>
    run(seeds.find((s) => s.name.startsWith(prefix))?.original ?? '').sections.map((s) => s.heading);

  it('finds the headings a reader sees', () => {
    expect(headingsOf('002')).toEqual([
      null,
      'GEANNOTEERDE AGENDA NAVO MINISTERIËLE 23 EN 24 MAART2021',
      'Introductie',
      'Sessie 1: NAVO 2030 en voorbereiding NAVO Top',
      'Follow up Defense Ministers’ Meeting',
      'China',
      'Klimaatverandering',
      'Sessie 2: Rusland, Arms Control, Disarmament and Non-Proliferation (ADN) en regionale veiligheid',
      'Rusland; hybride- en cyberdreigingen, ADN',
      'Russische dreigingen ten aanzien van partnerlanden',
      'Sessie 3: stabiliteit Euro-Atlantische regio',
      'Rol NAVO in de regio',
      'Sahel',
      'Afghanistan',
      'Irak',
    ]);
    expect(headingsOf('004')).toEqual([
      null,
      '1. Agenda',
      '2. Lastenverdeling',
      '3. Deterrence & Defence – het NATO Readiness Initiative',
      '4. Rusland (inclusief wapenbeheersing)',
      '5. China',
      '6. Nieuwe technologieën',
      '7. De ruimte',
    ]);
    expect(headingsOf('001')).toContain('Partnerschappen (w.o. NAVO-EU)');
    expect(headingsOf('000')).toEqual([
      null,
      'GEANNOTEERDE AGENDA NAVO-TOP VAN STAATSHOOFDEN EN REGERINGSLEIDERS VAN 14 JUNI 2021',
      'NAVO2030',
      'Politieke consultatie, besluitvorming en partnerschappen',
      'Afschrikking en verdediging, weerbaarheid en behoud technologische voorsprong',
      'Strategisch Concept',
    ]);
    expect(headingsOf('003')).toContain('Samenwerking NAVO-Oekraïne');
  });

  describe.each(seeds)('$name', ({ original }) => {
    const nt = normalize(original);
    const { sections, passages, sentences } = segment(nt);

    it('makes every block a heading or exactly one passage', () => {
      const blocks = nt.text.split(/\n+/);
      const headings = sections.filter((s) => s.heading !== null);
      expect(headings.length + passages.length).toBe(blocks.length);
      for (const p of passages) {
        expect(nt.text.slice(p.start, p.end)).toBe(p.text);
        expect(p.text).not.toContain('\n');
      }
    });

    it('keeps passages and sentences in order, inside their passage, and readable', () => {
      for (let i = 1; i < passages.length; i++) expect(passages[i].start).toBeGreaterThan(passages[i - 1].end);
      const wrong = sentences.filter((s, i) => {
        const p = passages[s.passageIndex];
        const inside = p.start <= s.start && s.end <= p.end && nt.text.slice(s.start, s.end) === s.text;
        const ordered = i === 0 || s.start > sentences[i - 1].end || s.passageIndex > sentences[i - 1].passageIndex;
        return !inside || !ordered || /^\p{Ll}/u.test(s.text) || s.text !== s.text.trim();
      });
      expect(wrong).toEqual([]);
    });

    it('maps every passage back to original text that starts with its first character and holds its last word', () => {
      for (const p of passages) {
        const slice = original.slice(p.originalStart, p.originalEnd);
        const words = p.text.match(/[\p{L}\p{N}]+/gu) ?? [''];
        expect(slice[0]).toBe(p.text[0]);
        expect(slice).toContain(words[words.length - 1]);
      }
    });
  });
});
