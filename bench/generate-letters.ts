/**
 * A deterministic generator of synthetic letters in the style of the seeds:
 * annotated agendas and reports of NATO summits (from the reference catalogue,
 * by their real dates and Dutch city names) and of meetings of foreign and
 * defence ministers (on generated dates), signed by the Dutch ministers who
 * held the office on the letter's date, with sentences the extraction rules
 * read. Same seed and count, same letters, byte for byte.
 *
 *   node dist/bench/generate-letters.js <folder> [--letters 1000] [--seed 7]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadReferenceData, type Person, type ReferenceData, type SummitEntry } from '../src/reference';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAY_MS = 86_400_000;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function addDays(iso: string, days: number): string {
  return isoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS));
}
function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
/** "3 en 4 april 2024", "30 juni en 1 juli 2024", or "14 juni 2021". */
function dutchRange(start: string, end: string): string {
  if (start === end) return dutchDate(start);
  const [ys, ms, ds] = start.split('-').map(Number) as [number, number, number];
  const [ye, me, de] = end.split('-').map(Number) as [number, number, number];
  const joiner = Date.parse(end) - Date.parse(start) > DAY_MS ? 'tot en met' : 'en';
  if (ys === ye && ms === me) return `${ds} ${joiner} ${de} ${MONTHS[me - 1]} ${ye}`;
  if (ys === ye) return `${ds} ${MONTHS[ms - 1]} ${joiner} ${de} ${MONTHS[me - 1]} ${ye}`;
  return `${dutchDate(start)} ${joiner} ${dutchDate(end)}`;
}

type OfficeKey = 'mp' | 'fa' | 'def';
const OFFICE_ID: Record<OfficeKey, string> = {
  mp: 'office:nld-minister-president',
  fa: 'office:nld-minister-foreign-affairs',
  def: 'office:nld-minister-defence',
};
const OFFICE_NL: Record<OfficeKey, string> = {
  mp: 'Minister-President',
  fa: 'Minister van Buitenlandse Zaken',
  def: 'Minister van Defensie',
};

/** Who held the office on the date (ISO dates compare as strings). */
function holder(reference: ReferenceData, office: OfficeKey, date: string): Person | null {
  return (
    reference.people.find((p) => p.offices.some((t) => t.office === OFFICE_ID[office] && t.from <= date && (t.to === undefined || date < t.to))) ??
    null
  );
}

/** The name as a letter signs it: initials and surname when the reference knows them. */
function signedName(p: Person): string {
  return p.aliases.find((a) => /^(\p{Lu}\.)+\s/u.test(a)) ?? p.name;
}

/** Wraps a paragraph with hard line breaks at about 80 characters, as the plain-text seeds do. */
export function wrap(text: string, width = 80): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(`${line} `);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

interface Meeting {
  kind: 'SUMMIT' | 'FMM' | 'DMM';
  start: string;
  end: string;
  cityNl: string;
  /** "de NAVO-Top in Vilnius", "de bijeenkomst van de NAVO-ministers van Defensie". */
  phrase: string;
  title: string;
  /** How later sentences refer to it. */
  short: string;
}

// Guests: countries that were not (yet) allies, named as the reference names them in Dutch.
const GUESTS = ['Oekraïne', 'Japan', 'Australië', 'Nieuw-Zeeland', 'Zuid-Korea', 'Georgië', 'Moldavië'];

interface Theme {
  heading: string;
  decided: string[];
  expected: string[];
  stances: string[];
  pledges: string[];
}

const THEMES: Theme[] = [
  {
    heading: 'Afschrikking en verdediging',
    decided: [
      'De bondgenoten besloten voor de afschrikking aan de oostflank de paraatheid van de snel inzetbare eenheden verder te verhogen.',
      'De bondgenoten besloten tot nieuwe regionale verdedigingsplannen voor de inzet van strijdkrachten in crisissituaties.',
      'De bondgenoten stemden in met een herzien concept voor de afschrikking en verdediging van het bondgenootschappelijk grondgebied.',
    ],
    expected: [
      'De bondgenoten zullen naar verwachting besluiten de voorraden munitie voor de afschrikking en verdediging aan te vullen.',
      'De bondgenoten zullen naar verwachting besluiten de oefeningen voor de regionale verdedigingsplannen uit te breiden.',
    ],
    stances: [
      'Nederland benadrukt dat geloofwaardige afschrikking vraagt om goed getrainde en uitgeruste eenheden.',
      'Nederland benadrukt het belang van een evenwichtige verdeling van lasten tussen de bondgenoten.',
      'Nederland pleit voor meer gezamenlijke oefeningen met de Baltische staten.',
    ],
    pledges: ['voor de versterking van de luchtverdediging aan de oostflank', 'voor de opslag van munitie in Oost-Europa'],
  },
  {
    heading: 'Steun aan Oekraïne',
    decided: [
      'De bondgenoten besloten de steun aan Oekraïne onder het Comprehensive Assistance Package over meerdere jaren te verlengen.',
      'De bondgenoten besloten als steun voor Oekraïne een gezamenlijk trainingsprogramma voor Oekraïense militairen op te zetten.',
    ],
    expected: [
      'De bondgenoten zullen naar verwachting besluiten het Comprehensive Assistance Package voor Oekraïne voort te zetten.',
      'De bondgenoten zullen naar verwachting besluiten de coördinatie van de steun aan Oekraïne te versterken.',
    ],
    stances: [
      'Nederland benadrukt dat de steun aan Oekraïne onverminderd moet doorgaan zolang dat nodig is.',
      'Nederland pleit voor snellere levering van luchtverdedigingsmiddelen aan Oekraïne.',
    ],
    pledges: ['voor de aanschaf van munitie voor Oekraïne', 'voor het trustfonds voor Oekraïne', 'voor de reparatie van Oekraïens materieel'],
  },
  {
    heading: 'Defensie-uitgaven',
    decided: [
      'De bondgenoten besloten dat iedere bondgenoot jaarlijks een plan indient voor het bereiken van de 2%-norm.',
      'De bondgenoten stemden in met nieuwe afspraken over de rapportage onder de Defence Investment Pledge.',
    ],
    expected: ['De bondgenoten zullen naar verwachting besluiten de afspraken van de Defence Investment Pledge aan te scherpen.'],
    stances: [
      'Nederland benadrukt dat het kabinet zich houdt aan de gemaakte afspraken over de defensie-uitgaven.',
      'Nederland benadrukt dat extra uitgaven gepaard moeten gaan met betere samenwerking in de defensie-industrie.',
    ],
    pledges: ['voor gezamenlijke aanschafprojecten van bondgenoten', 'voor het innovatiefonds van het bondgenootschap'],
  },
  {
    heading: 'Cyber en hybride dreigingen',
    decided: [
      'De bondgenoten besloten tegen hybride dreigingen een nieuw centrum op te richten voor de bescherming van kritieke onderzeese infrastructuur.',
      'De bondgenoten besloten de samenwerking bij het afweren van cyberaanvallen en hybride dreigingen te intensiveren.',
    ],
    expected: ['De bondgenoten zullen naar verwachting besluiten een gezamenlijke aanpak van hybride dreigingen vast te leggen.'],
    stances: [
      'Nederland benadrukt het belang van weerbaarheid tegen desinformatie en sabotage.',
      'Nederland pleit voor een snelle uitwisseling van informatie over cyberincidenten.',
    ],
    pledges: ['voor de bescherming van kabels en pijpleidingen in de Noordzee', 'voor het cybercentrum van het bondgenootschap'],
  },
  {
    heading: 'Partnerschappen',
    decided: [
      'De bondgenoten besloten de politieke dialoog met de partnerlanden in de Indo-Pacific te verdiepen.',
      'De bondgenoten besloten de samenwerking met de partnerlanden en de Europese Unie op het gebied van militaire mobiliteit te versterken.',
    ],
    expected: ['De bondgenoten zullen naar verwachting besluiten de samenwerking met partnerlanden in het zuiden uit te breiden.'],
    stances: [
      'Nederland benadrukt dat de samenwerking tussen het bondgenootschap en de Europese Unie elkaar moet versterken.',
      'Nederland pleit voor een nauwere band met de partners in de Indo-Pacific.',
    ],
    pledges: ['voor capaciteitsopbouw bij partnerlanden', 'voor het partnerschapsfonds voor de Westelijke Balkan'],
  },
  {
    heading: 'Klimaat en veiligheid',
    decided: ['De bondgenoten besloten de gevolgen van klimaatverandering voor militaire activiteiten stelselmatig in kaart te brengen.'],
    expected: ['De bondgenoten zullen naar verwachting besluiten een doel te stellen voor klimaat en veiligheid.'],
    stances: ['Nederland benadrukt dat klimaatverandering de veiligheidssituatie in veel regio’s verslechtert.'],
    pledges: ['voor onderzoek naar duurzame brandstoffen voor de krijgsmacht'],
  },
];

function ministerialMeeting(rng: Rng, kind: 'FMM' | 'DMM'): Meeting {
  // A date between 2008 and 2025, on a weekday, two days long.
  let start = addDays('2008-01-07', int(rng, 0, 18 * 365));
  while ([0, 5, 6].includes(new Date(`${start}T00:00:00Z`).getUTCDay())) start = addDays(start, 1);
  const end = addDays(start, int(rng, 0, 1));
  const who = kind === 'FMM' ? 'Buitenlandse Zaken' : 'Defensie';
  return {
    kind,
    start,
    end,
    cityNl: 'Brussel',
    phrase: `de bijeenkomst van de NAVO-ministers van ${who} op ${dutchRange(start, end)} in Brussel`,
    title: `BIJEENKOMST NAVO-MINISTERS VAN ${who.toUpperCase()} ${dutchRange(start, end).toUpperCase()}`,
    short: 'de bijeenkomst',
  };
}

function summitMeeting(s: SummitEntry): Meeting {
  const city = s.cityNl ?? s.city ?? 'Brussel';
  const range = dutchRange(s.startDate, s.endDate);
  return {
    kind: 'SUMMIT',
    start: s.startDate,
    end: s.endDate,
    cityNl: city,
    phrase: `de NAVO-Top in ${city} van ${range}`,
    title: `NAVO-TOP IN ${city.toUpperCase()} VAN ${range.toUpperCase()}`,
    short: 'de Top',
  };
}

export interface GeneratedLetter {
  fileName: string;
  text: string;
}

/** Makes one letter; `index` and the PRNG state decide everything about it. */
function makeLetter(rng: Rng, reference: ReferenceData, summits: readonly SummitEntry[], index: number): GeneratedLetter {
  const r = rng();
  const meeting = r < 0.4 ? summitMeeting(pick(rng, summits)) : ministerialMeeting(rng, r < 0.7 ? 'FMM' : 'DMM');
  const report = rng() < 0.5;
  const date = report ? addDays(meeting.end, int(rng, 3, 21)) : addDays(meeting.start, -int(rng, 5, 14));

  // Who signs: the ministers of Foreign Affairs and Defence (summits), or the one whose meeting it is.
  const signers: OfficeKey[] = meeting.kind === 'SUMMIT' ? ['fa', 'def'] : meeting.kind === 'FMM' ? ['fa'] : ['def'];
  const signatures = signers
    .map((o) => {
      const p = holder(reference, o, date);
      return p ? `De ${OFFICE_NL[o].replace('Minister', 'minister')},\n${signedName(p)}` : null;
    })
    .filter((s): s is string => s !== null);
  const we = signatures.length > 1;

  const paragraphs: string[] = [];
  paragraphs.push(`Den Haag, ${dutchDate(date)}`);
  paragraphs.push('Geachte voorzitter,');
  const docWord = report ? 'het verslag' : 'de geannoteerde agenda';
  const along = meeting.kind === 'SUMMIT' ? ', mede namens de Minister-President,' : '';
  paragraphs.push(wrap(`Met deze brief ontvangt uw Kamer${along} ${docWord} van ${meeting.phrase}.`));
  paragraphs.push(signatures.join('\n\n\n'));
  paragraphs.push('');
  paragraphs.push(`${report ? 'VERSLAG' : 'GEANNOTEERDE AGENDA'} ${meeting.title}`);

  // Opening: where and when, who goes, who is invited.
  const range = dutchRange(meeting.start, meeting.end);
  const opening: string[] = [];
  const gathering =
    meeting.kind === 'SUMMIT' ? 'de staatshoofden en regeringsleiders van de NAVO' : meeting.kind === 'FMM' ? 'de NAVO-ministers van Buitenlandse Zaken' : 'de NAVO-ministers van Defensie';
  opening.push(report ? `Op ${range} kwamen ${gathering} in ${meeting.cityNl} bijeen.` : `Op ${range} komen ${gathering} bijeen in ${meeting.cityNl}.`);
  const attendees: OfficeKey[] = meeting.kind === 'SUMMIT' ? ['mp', 'fa', 'def'] : signers;
  const present = meeting.kind === 'SUMMIT' && rng() < 0.3 ? attendees.slice(0, 1) : attendees;
  const names = present.map((o) => `de ${OFFICE_NL[o]}`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}` : (names[0] as string);
  const subject = list.charAt(0).toUpperCase() + list.slice(1);
  const plural = names.length > 1;
  if (report) opening.push(`${subject} ${plural ? 'namen' : 'nam'} deel aan ${meeting.short}.`);
  else opening.push(`${subject} ${plural ? 'zijn' : 'is'} voornemens ${meeting.short === 'de Top' ? 'deze Top' : 'deze bijeenkomst'} bij te wonen.`);
  const guest = pick(rng, GUESTS);
  opening.push(report ? `${guest} nam deel als genodigde.` : `${guest} neemt deel als genodigde.`);
  if (rng() < 0.5) {
    const second = pick(rng, GUESTS.filter((g) => g !== guest));
    opening.push(`Ook ${second} is uitgenodigd voor een van de sessies.`);
  }
  paragraphs.push('Inleiding');
  paragraphs.push(wrap(opening.join(' ')));

  // Two to four themes, each a decision, a stance and sometimes a pledge.
  const themes = [...THEMES];
  const count = int(rng, 2, 4);
  for (let i = 0; i < count; i++) {
    const theme = themes.splice(Math.floor(rng() * themes.length), 1)[0] as Theme;
    const body: string[] = [];
    body.push(report ? pick(rng, theme.decided) : pick(rng, theme.expected));
    body.push(pick(rng, theme.stances));
    if (rng() < 0.6) {
      const amount = pick(rng, [5, 10, 15, 25, 40, 50, 75, 100, 150, 250]);
      body.push(`Nederland ${report ? 'stelde' : 'stelt'} EUR ${amount} miljoen beschikbaar ${pick(rng, theme.pledges)}.`);
    }
    if (rng() < 0.5) body.push(`Het kabinet zal uw Kamer over de uitwerking hiervan ${pick(rng, ['nader', 'na de zomer', 'voor het einde van het jaar'])} informeren.`);
    paragraphs.push(theme.heading);
    paragraphs.push(wrap(body.join(' ')));
  }
  paragraphs.push(wrap(`${we ? 'Wij' : 'Ik'} ${report ? 'vertrouw' + (we ? 'en' : '') + ' erop uw Kamer hiermee voldoende te hebben geïnformeerd' : 'zie' + (we ? 'n' : '') + ' uit naar het commissiedebat over ' + meeting.short}.`));

  const kindSlug = meeting.kind === 'SUMMIT' ? 'summit' : meeting.kind === 'FMM' ? 'foreign-ministers' : 'defence-ministers';
  const fileName = `${String(index).padStart(6, '0')}_${kindSlug}-${meeting.start}-${report ? 'report' : 'agenda'}.txt`;
  return { fileName, text: `${paragraphs.join('\n\n')}\n` };
}

/** Generates `count` letters deterministically from `seed`. */
export function generateLetters(count: number, seed = 7, reference: ReferenceData = loadReferenceData()): GeneratedLetter[] {
  const rng = prng(seed);
  // Summits in person, from 2008 (the first year the reference knows every minister).
  const summits = reference.summits.filter((s) => !s.virtual && s.startDate >= '2008-01-01' && s.startDate <= '2025-12-31');
  const letters: GeneratedLetter[] = [];
  for (let i = 0; i < count; i++) letters.push(makeLetter(rng, reference, summits, i));
  return letters;
}

/** Writes the letters into `dir` (created if need be); returns their paths. */
export function writeLetters(dir: string, count: number, seed = 7, reference?: ReferenceData): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return generateLetters(count, seed, reference).map((l) => {
    const file = path.join(dir, l.fileName);
    fs.writeFileSync(file, l.text);
    return file;
  });
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]?.startsWith('--')));
  if (!dir) {
    process.stderr.write('usage: node dist/bench/generate-letters.js <folder> [--letters N] [--seed S]\n');
    process.exit(2);
  }
  const files = writeLetters(dir, Number(flag(args, '--letters') ?? 1000), Number(flag(args, '--seed') ?? 7));
  process.stdout.write(`wrote ${files.length} letters to ${dir}\n`);
}
