import { slugify } from '../../reference';
import type { MeetingRecord, SessionRecord } from '../letter-graph';
import { sentenceEvidence, type LetterContext, type SentenceView } from './context';

const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, een: 1, één: 1, twee: 2, drie: 3, vier: 4 };

/**
 * The sessions of the letter's own meeting, where the letter names them:
 * headings such as "Sessie 2: Rusland", a working session of the foreign or
 * defence ministers, a session in the format of a body (the North Atlantic
 * Council, the NATO-Ukraine Commission), or the one working session a
 * meeting consists of ("De Top bestaat uit één werksessie").
 */
export function findSessions(ctx: LetterContext, own: MeetingRecord | null): SessionRecord[] {
  if (!own) return [];
  const sessions: SessionRecord[] = [];
  const add = (name: string, sentence: SentenceView, rule: string, index: number | null, organizationId: string | null = null) => {
    const id = `${own.id}/${slugify(name)}`;
    if (sessions.some((s) => s.id === id)) return;
    sessions.push({ id, meetingId: own.id, index: index ?? sessions.length + 1, name, organizationId, evidence: sentenceEvidence(ctx, sentence, rule, 0.8) });
  };

  for (const section of ctx.segmented.sections) {
    const heading = section.heading ? /^sessie\s+(\d+)\s*:\s*(.+)$/i.exec(section.heading.trim()) : null;
    if (!heading) continue;
    const first = ctx.sentences.find((s) => s.start >= section.start);
    if (first) add(`Sessie ${heading[1]}: ${heading[2].trim()}`, first, 'session/heading', Number(heading[1]));
  }

  for (const sentence of ctx.sentences) {
    // "een vergadering van de Noord-Atlantische Raad", "in het format van de NATO-Ukraine Commission".
    for (const match of sentence.text.matchAll(/\b(vergadering|format|bijeenkomst)\s+van\s+de\s+/gi)) {
      const at = match.index + match[0].length;
      const body = sentence.mentions.find((m) => m.kind === 'organization' && m.start === at && m.id !== 'org:nato' && m.id !== 'org:eu');
      if (body) add(body.matched, sentence, 'session/body', null, body.id);
    }

    const ministers = /\bwerksessie\s+van\s+de\s+ministers\s+van\s+(buitenlandse\s+zaken|defensie)\b/i.exec(sentence.text);
    if (ministers) add(`Werksessie van de ministers van ${/defensie/i.test(ministers[1]) ? 'Defensie' : 'Buitenlandse Zaken'}`, sentence, 'session/ministers', null);

    const single = /\b(bestaat\s+uit|is)\s+(één|een)\s+werksessie\b|\been\s+werksessie\s+voorzien\b/i.exec(sentence.text);
    if (single && sessions.length === 0) add('Werksessie', sentence, 'session/single', 1);

    const count = /\b(verdeeld\s+in|bestaat\s+uit)\s+(twee|drie|vier)\s+sessies\b/i.exec(sentence.text);
    if (count && !ctx.segmented.sections.some((s) => /^sessie\s+\d+/i.test(s.heading ?? ''))) {
      for (let i = 1; i <= ORDINALS[count[2].toLowerCase()]; i += 1) add(`Sessie ${i}`, sentence, 'session/count', i);
    }
  }
  return sessions;
}
