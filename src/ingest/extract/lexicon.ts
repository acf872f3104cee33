/**
 * Dutch verbs by lemma, with every form the letters use built from one
 * entry: present and past (singular and plural), the participle, the
 * infinitive with "te", and for separable verbs ("deelnemen") the finite
 * verb split from its particle across the clause ("neemt ... deel", "nam ...
 * deel") as well as joined in a subordinate clause ("die deelneemt").
 */
export interface Verb {
  /** The infinitive as a dictionary gives it: "deelnemen". */
  lemma: string;
  /** The separable particle, for a separable verb: "deel". */
  particle?: string;
  present: string[];
  past: string[];
  participle: string;
  /** The infinitive without its particle: "nemen". */
  infinitive: string;
}

const verb = (lemma: string, particle: string | undefined, present: string[], past: string[], participle: string, infinitive: string): Verb => ({
  lemma,
  particle,
  present,
  past,
  participle,
  infinitive,
});

/** The verbs claim rules name by lemma. */
export const LEXICON = {
  // "neem" and "woon": the minister who writes ("Ik neem ... deel").
  deelnemen: verb('deelnemen', 'deel', ['neem', 'neemt', 'nemen'], ['nam', 'namen'], 'genomen', 'nemen'),
  bijwonen: verb('bijwonen', 'bij', ['woon', 'woont', 'wonen'], ['woonde', 'woonden'], 'gewoond', 'wonen'),
  aansluiten: verb('aansluiten', 'aan', ['sluit', 'sluiten'], ['sloot', 'sloten'], 'gesloten', 'sluiten'),
  vervangen: verb('vervangen', undefined, ['vervangt', 'vervangen'], ['verving', 'vervingen'], 'vervangen', 'vervangen'),
  vinden: verb('vinden', undefined, ['vindt', 'vinden'], ['vond', 'vonden'], 'gevonden', 'vinden'),
  betreuren: verb('betreuren', undefined, ['betreurt', 'betreuren'], ['betreurde', 'betreurden'], 'betreurd', 'betreuren'),
  hopen: verb('hopen', undefined, ['hoopt', 'hopen'], ['hoopte', 'hoopten'], 'gehoopt', 'hopen'),
  erkennen: verb('erkennen', undefined, ['erkent', 'erkennen'], ['erkende', 'erkenden'], 'erkend', 'erkennen'),
  waarschuwen: verb('waarschuwen', undefined, ['waarschuwt', 'waarschuwen'], ['waarschuwde', 'waarschuwden'], 'gewaarschuwd', 'waarschuwen'),
  betuigen: verb('betuigen', undefined, ['betuigt', 'betuigen'], ['betuigde', 'betuigden'], 'betuigd', 'betuigen'),
  uiten: verb('uiten', undefined, ['uit', 'uiten'], ['uitte', 'uitten'], 'geuit', 'uiten'),
  openstaan: verb('openstaan', 'open', ['staat', 'staan'], ['stond', 'stonden'], 'gestaan', 'staan'),
  aangeven: verb('aangeven', 'aan', ['geeft', 'geven'], ['gaf', 'gaven'], 'gegeven', 'geven'),
  uitspreken: verb('uitspreken', 'uit', ['spreekt', 'spreken'], ['sprak', 'spraken'], 'gesproken', 'spreken'),
  wijzen: verb('wijzen', undefined, ['wijst', 'wijzen'], ['wees', 'wezen'], 'gewezen', 'wijzen'),
  bijdragen: verb('bijdragen', 'bij', ['draagt', 'dragen'], ['droeg', 'droegen'], 'gedragen', 'dragen'),
  inzetten: verb('inzetten', 'in', ['zet', 'zetten'], ['zette', 'zetten'], 'gezet', 'zetten'),
  voorzitten: verb('voorzitten', 'voor', ['zit', 'zitten'], ['zat', 'zaten'], 'voorgezeten', 'zitten'),
  openen: verb('openen', undefined, ['opent', 'openen'], ['opende', 'openden'], 'geopend', 'openen'),
  toespreken: verb('toespreken', 'toe', ['spreekt', 'spreken'], ['sprak', 'spraken'], 'toegesproken', 'spreken'),
  // Past forms left out on purpose: "schoof ... aan" would read the name Schoof as the verb.
  vertegenwoordigen: verb('vertegenwoordigen', undefined, ['vertegenwoordigt', 'vertegenwoordigen'], ['vertegenwoordigde', 'vertegenwoordigden'], 'vertegenwoordigd', 'vertegenwoordigen'),
  aanschuiven: verb('aanschuiven', 'aan', ['schuift', 'schuiven'], [], 'geschoven', 'schuiven'),
  herhalen: verb('herhalen', undefined, ['herhaalt', 'herhalen'], ['herhaalde', 'herhaalden'], 'herhaald', 'herhalen'),
  besluiten: verb('besluiten', undefined, ['besluit', 'besluiten'], ['besloot', 'besloten'], 'besloten', 'besluiten'),
  bekrachtigen: verb('bekrachtigen', undefined, ['bekrachtigt', 'bekrachtigen'], ['bekrachtigde', 'bekrachtigden'], 'bekrachtigd', 'bekrachtigen'),
  onderschrijven: verb('onderschrijven', undefined, ['onderschrijft', 'onderschrijven'], ['onderschreef', 'onderschreven'], 'onderschreven', 'onderschrijven'),
  instemmen: verb('instemmen', 'in', ['stemt', 'stemmen'], ['stemde', 'stemden'], 'gestemd', 'stemmen'),
  herbevestigen: verb('herbevestigen', undefined, ['herbevestigt', 'herbevestigen'], ['herbevestigde', 'herbevestigden'], 'herbevestigd', 'herbevestigen'),
  overeenkomen: verb('overeenkomen', 'overeen', ['komt', 'komen'], ['kwam', 'kwamen'], 'gekomen', 'komen'),
  afspreken: verb('afspreken', 'af', ['spreekt', 'spreken'], ['sprak', 'spraken'], 'gesproken', 'spreken'),
  lanceren: verb('lanceren', undefined, ['lanceert', 'lanceren'], ['lanceerde', 'lanceerden'], 'gelanceerd', 'lanceren'),
  oprichten: verb('oprichten', 'op', ['richt', 'richten'], ['richtte', 'richtten'], 'gericht', 'richten'),
  noemen: verb('noemen', undefined, ['noemt', 'noemen'], ['noemde', 'noemden'], 'genoemd', 'noemen'),
  delen: verb('delen', undefined, ['deelt', 'delen'], ['deelde', 'deelden'], 'gedeeld', 'delen'),
} satisfies Record<string, Verb>;

export type Tense = 'present' | 'past' | 'nonfinite';

/**
 * A pattern source matching the verb in the given tenses: for a separable
 * verb the finite form with its particle later in the clause (at most
 * `gap` characters on, no sentence or clause end between), and the joined
 * forms; "nonfinite" is the infinitive, the infinitive with "te" and the
 * participle.
 */
export function verbForms(v: Verb, tenses: readonly Tense[], gap = 100): string {
  const alternatives: string[] = [];
  const finite = [...(tenses.includes('present') ? v.present : []), ...(tenses.includes('past') ? v.past : [])];
  if (finite.length > 0) {
    const words = finite.join('|');
    if (v.particle) alternatives.push(String.raw`\b(?:${words})\b[^.;:]{0,${gap}}?\b${v.particle}\b(?!-)`, String.raw`\b${v.particle}(?:${words})\b`);
    else alternatives.push(String.raw`\b(?:${words})\b`);
  }
  if (tenses.includes('nonfinite')) {
    const particle = v.particle ?? '';
    alternatives.push(String.raw`\b${particle}${v.infinitive}\b`, String.raw`\b${particle}${v.participle}\b`);
    alternatives.push(v.particle ? String.raw`\b${v.particle}\s+te\s+${v.infinitive}\b` : String.raw`\bte\s+${v.infinitive}\b`);
  }
  return alternatives.join('|');
}

/**
 * Trigger words for rules whose patterns are built with `verbForms` from
 * these verbs (see `mayMatch`): every match contains a finite form, the
 * infinitive or the participle.
 */
export function verbTriggers(...verbs: Verb[]): string[] {
  return [...new Set(verbs.flatMap((v) => [...v.present, ...v.past, v.infinitive, v.participle].map((w) => w.toLowerCase())))];
}
