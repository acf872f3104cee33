/**
 * What the pipeline makes of one letter: plain data, ready for the load stage.
 * Every claim carries the evidence that supports it. Ids follow
 * docs/ids-and-model.md.
 */

export type DocumentKind = 'AGENDA' | 'REPORT' | 'PRESS_RELEASE' | 'POSITION' | 'OTHER';

/** Whether a letter of this kind tells of its meeting as it happens or after it (a report, a press release), rather than ahead of it. */
export function tellsAfter(kind: DocumentKind): boolean {
  return kind === 'REPORT' || kind === 'PRESS_RELEASE';
}
export type MeetingKind = 'SUMMIT' | 'LEADERS_MEETING' | 'FOREIGN_MINISTERS_MEETING' | 'DEFENCE_MINISTERS_MEETING' | 'OTHER';
export type AttendanceStatus = 'ATTENDED' | 'PLANNED' | 'INVITED' | 'REPRESENTED';
export type DecisionKind = 'DECISION' | 'ADOPTION' | 'ENDORSEMENT' | 'REAFFIRMATION' | 'TASKING' | 'AGREEMENT';
export type ClaimStatus = 'TAKEN' | 'EXPECTED';

/** Where a claim stands in the letter, and which rule found it. */
export interface Evidence {
  /** The supporting sentence as it reads with line breaks, hyphenation and markup folded away. */
  quote: string;
  /** Offsets into the letter's original text (JavaScript string indexes, end exclusive). */
  start: number;
  end: number;
  passageId: string;
  /** The id of the extraction rule that produced the claim, e.g. `attendance/planned`. */
  rule: string;
  confidence: number;
}

export interface DocumentRecord {
  /** `document:kst-<dossier>-<number>`, or `document:<file name slug>-<content hash>` (see src/ingest/document-id.ts). */
  id: string;
  fileName: string;
  /**
   * The absolute path the letter was read from, set by the pipeline (`letterGraph`, `ingest`).
   * A letter without a Kamerstuk number is known by it across versions: a new
   * version read from the same path replaces the document of the old one.
   */
  sourcePath?: string;
  sha256: string;
  kind: DocumentKind;
  date: string | null;
  /** True when the date is not stated in the letter but inferred from it. */
  dateInferred: boolean;
  kamerstuk: string | null;
  title: string | null;
  /** The letter's original text, kept so that every evidence offset can be checked against it. */
  text: string;
  signatories: Array<{ personId: string; office: string | null; evidence: Evidence }>;
  /** Other Kamerstukken the letter cites, as document ids. */
  cites: Array<{ documentId: string; kamerstuk: string; evidence: Evidence }>;
}

export interface PassageRecord {
  id: string;
  index: number;
  heading: string | null;
  kind: string;
  text: string;
  start: number;
  end: number;
  /** Ids of the reference entities (actors, topics) the passage mentions. */
  mentions: string[];
  /** Their names in English and Dutch, so a full-text search in either language finds the passage. */
  mentionNames: string;
}

export interface MeetingRecord {
  id: string;
  kind: MeetingKind;
  name: string;
  nameNl: string | null;
  startDate: string;
  endDate: string;
  city: string | null;
  countryId: string | null;
  /** True when a date of the meeting had no year in the letter and the year was inferred. */
  datesInferred: boolean;
  /** True for the meeting(s) the letter is about (agenda for, or report of). */
  about: boolean;
  /** Ids of meetings the letter says prepared this one. */
  preparedBy: string[];
  evidence: Evidence;
}

export interface SessionRecord {
  id: string;
  meetingId: string;
  index: number;
  /** The session's name as the letter gives it. */
  name: string;
  /** The body that met in the session (the North Atlantic Council, the NATO-Ukraine Commission), when known. */
  organizationId: string | null;
  evidence: Evidence;
}

export interface AttendanceRecord {
  id: string;
  meetingId: string;
  sessionId: string | null;
  actorId: string;
  status: AttendanceStatus;
  /** The office in which the actor came, as a title ("Minister of Foreign Affairs"). */
  office: string | null;
  officeId: string | null;
  /** For REPRESENTED: the office of whoever represented the actor. */
  representedBy: string | null;
  evidence: Evidence;
}

export interface DecisionRecord {
  /** `decision:<document slug>/<index>`, or for a decision recalled from an earlier meeting `decision:<meeting slug>/<what it concerns>`. */
  id: string;
  /** Recalled from an earlier meeting: one node shared by every letter that recalls it, each adding its evidence. */
  recalled: boolean;
  meetingId: string | null;
  kind: DecisionKind;
  status: ClaimStatus;
  date: string | null;
  /** What the claim says, in the letter's words: the clause its verb governs, with what an anaphor points at spelled out. */
  what: string | null;
  summary: string;
  decidedBy: string[];
  topics: string[];
  subjects: string[];
  /** Meeting whose decisions this one reaffirms or builds on. */
  reaffirmsMeetingId: string | null;
  evidence: Evidence;
}

export interface CommitmentRecord {
  id: string;
  actorId: string;
  meetingId: string | null;
  date: string | null;
  status: ClaimStatus;
  /** What the claim says, in the letter's words: the clause its verb governs, with what an anaphor points at spelled out. */
  what: string | null;
  summary: string;
  amount: number | null;
  unit: string | null;
  years: number[];
  topics: string[];
  subjects: string[];
  evidence: Evidence;
}

export interface StanceRecord {
  id: string;
  actorId: string;
  meetingId: string | null;
  date: string | null;
  /** EXPECTED when the letter says the position will be taken at a meeting to come, else TAKEN. */
  status: ClaimStatus;
  /** What the claim says, in the letter's words: the clause its verb governs, with what an anaphor points at spelled out. */
  what: string | null;
  summary: string;
  topics: string[];
  subjects: string[];
  evidence: Evidence;
}

/**
 * A person the letter names whom the reference data does not know: `person:<surname slug>`,
 * with the country and office as the letter gives them.
 */
export interface LetterPersonRecord {
  id: string;
  name: string;
  countryId: string | null;
  /** The office as written ("minister van Buitenlandse Zaken"), or null. */
  office: string | null;
}

/** A name the letter uses that the reference data does not know, and where it stands. */
export interface UnresolvedName {
  name: string;
  passageId: string;
  start: number;
}

export interface LetterGraph {
  document: DocumentRecord;
  passages: PassageRecord[];
  meetings: MeetingRecord[];
  sessions: SessionRecord[];
  attendances: AttendanceRecord[];
  decisions: DecisionRecord[];
  commitments: CommitmentRecord[];
  stances: StanceRecord[];
  unresolved: UnresolvedName[];
  /** People the letter names whom the reference data does not know (see `LetterPersonRecord`). */
  people: LetterPersonRecord[];
}
