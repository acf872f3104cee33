import { slugify } from '../../reference';
import { originalSpan } from '../normalize';
import type { AttendanceRecord, MeetingRecord, SessionRecord } from '../letter-graph';
import { sentenceEvidence, type LetterContext, type SentenceView } from './context';

const BODY_SESSION = /\b(vergadering|format|bijeenkomst)\s+van\s+de\s+/i;
// The same, for every occurrence in a sentence (matchAll needs the g flag).
const BODY_SESSIONS = new RegExp(BODY_SESSION.source, 'gi');
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
    for (const match of sentence.text.matchAll(BODY_SESSIONS)) {
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

/**
 * Places each attendance at a session of its meeting: the session named in
 * the attendance's own sentence ("Tijdens de bijeenkomst van de NAVO-Oekraïne
 * Raad spraken ... met de Oekraïense president"), else the numbered session
 * under whose heading the sentence stands. Others stay at the meeting.
 */
export function attendancesAtSessions(ctx: LetterContext, sessions: SessionRecord[], attendances: AttendanceRecord[]): AttendanceRecord[] {
  if (sessions.length === 0) return attendances;
  const headed = ctx.segmented.sections.flatMap((section) => {
    const heading = section.heading ? /^sessie\s+(\d+)\s*:/i.exec(section.heading.trim()) : null;
    const session = heading && sessions.find((s) => s.evidence.rule === 'session/heading' && s.index === Number(heading[1]));
    return session ? [{ session, span: originalSpan(ctx.normalized, section.start, section.end) }] : [];
  });
  const sentenceAt = new Map(ctx.sentences.map((sentence) => [originalSpan(ctx.normalized, sentence.start, sentence.end).start, sentence]));
  return attendances.map((attendance) => {
    const ofMeeting = (s: SessionRecord) => s.meetingId === attendance.meetingId;
    const sentence = sentenceAt.get(attendance.evidence.start);
    const named = sessions.find(
      (s) =>
        ofMeeting(s) &&
        s.evidence.rule !== 'session/heading' &&
        (s.evidence.start === attendance.evidence.start ||
          // A body's session named again: "Eerst een vergadering van de Noord-Atlantische Raad ..., met deelname van ...".
          (s.organizationId !== null && sentence !== undefined && BODY_SESSION.test(sentence.text) && sentence.mentions.some((m) => m.id === s.organizationId))),
    );
    const under = headed.find((h) => ofMeeting(h.session) && h.span.start <= attendance.evidence.start && attendance.evidence.end <= h.span.end);
    const session = named ?? under?.session;
    return session ? { ...attendance, sessionId: session.id } : attendance;
  });
}
