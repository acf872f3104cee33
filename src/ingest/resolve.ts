import type { NameIndex, ReferenceData } from '../reference';
import type { ActorRef, FoundAttendance } from './extract/attendance';
import type { AttendanceRecord, LetterPersonRecord, MeetingRecord, UnresolvedName } from './letter-graph';

/**
 * Stage 5 of the pipeline: turns what the rules found into reference
 * entities. An office becomes the person who held it on the meeting's first
 * day; an office nobody in the reference data held then is reported as an
 * unresolved name, with where it stands, instead of being guessed. A person
 * the reference data does not know, named with their office ("de Georgische
 * minister van Buitenlandse Zaken Zalkaliani"), becomes a person of the
 * letter, and is reported as unresolved too.
 */
export function resolveAttendances(
  found: FoundAttendance[],
  meetings: MeetingRecord[],
  names: NameIndex,
  reference: ReferenceData,
  documentSlug: string,
): { attendances: AttendanceRecord[]; unresolved: UnresolvedName[]; people: LetterPersonRecord[] } {
  const attendances: AttendanceRecord[] = [];
  const unresolved: UnresolvedName[] = [];
  const people: LetterPersonRecord[] = [];
  const officeTitle = (id: string | null) => (id ? reference.offices.find((o) => o.id === id)?.title ?? null : null);

  for (const claim of found) {
    const meeting = meetings.find((m) => m.id === claim.meetingId);
    if (!meeting) continue;
    const actorId = resolveActor(claim.actor, meeting.startDate, names);
    if (!actorId) {
      const officeId = 'officeId' in claim.actor ? claim.actor.officeId : claim.actor.entityId;
      unresolved.push({ name: officeTitle(officeId) ?? officeId, passageId: claim.evidence.passageId, start: claim.evidence.start });
      continue;
    }
    if (attendances.some((a) => a.meetingId === meeting.id && a.actorId === actorId && a.status === claim.status)) continue;
    if (claim.person && !people.some((p) => p.id === claim.person!.id)) {
      people.push({ ...claim.person });
      unresolved.push({ name: claim.person.name, passageId: claim.evidence.passageId, start: claim.evidence.start });
    }
    const person = reference.people.find((p) => p.id === actorId);
    const heldOffice =
      claim.officeId ??
      person?.offices.find((t) => t.from <= meeting.startDate && (t.to === undefined || t.to > meeting.startDate))?.office ??
      null;
    attendances.push({
      id: `attendance:${documentSlug}/${attendances.length + 1}`,
      meetingId: meeting.id,
      sessionId: null,
      actorId,
      status: claim.status,
      office: officeTitle(heldOffice) ?? claim.person?.office ?? null,
      officeId: person ? heldOffice : null,
      representedBy: officeTitle(claim.representedByOfficeId),
      evidence: claim.evidence,
    });
  }
  return { attendances, unresolved, people };
}

/** The entity an actor reference stands for on a day, or null when nobody held the office then. */
export function resolveActor(actor: ActorRef, isoDate: string, names: NameIndex): string | null {
  if ('entityId' in actor) return actor.entityId;
  return names.holderOf(actor.officeId, isoDate)?.id ?? null;
}
