import { requireStatements } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { pipelineFingerprint } from './fingerprint';
import type { Evidence, LetterGraph } from './letter-graph';

const STATEMENTS = requireStatements({
  findDocuments: 'ingest/find-loaded-documents',
  findReplacedMeetings: 'ingest/find-replaced-meetings',
  deleteDocumentContent: 'ingest/delete-document-content',
  deletePassages: 'ingest/delete-document-passages',
  deleteClaims: 'ingest/delete-document-claims',
  deleteEvidence: 'ingest/delete-document-evidence',
  deleteSessions: 'ingest/delete-document-sessions',
  upsertDocuments: 'ingest/upsert-documents',
  createPassages: 'ingest/create-passages',
  connectPassages: 'ingest/connect-passages',
  upsertMeetings: 'ingest/upsert-meetings',
  linkPreparedMeetings: 'ingest/link-prepared-meetings',
  upsertSessions: 'ingest/upsert-sessions',
  upsertLetterPeople: 'ingest/upsert-letter-people',
  createAttendances: 'ingest/create-attendances',
  createDecisions: 'ingest/create-decisions',
  createCommitments: 'ingest/create-commitments',
  createStances: 'ingest/create-stances',
  createEvidence: 'ingest/create-evidence',
  connectAttendances: 'ingest/connect-attendances',
  connectDecisions: 'ingest/connect-decisions',
  connectActorClaims: 'ingest/connect-actor-claims',
  upsertCitations: 'ingest/upsert-citations',
  linkCitingDocuments: 'ingest/link-citing-documents',
  linkDecisions: 'ingest/link-decisions',
  linkReaffirmations: 'ingest/link-reaffirmations',
  deleteOrphanMeetings: 'ingest/delete-orphan-meetings',
});

/** One map of a statement's `$rows`. */
export type Row = Record<string, unknown>;

/** What a set of letters writes: the rows of each statement, and what the link maintenance after them needs. */
export interface LoadRows {
  documents: Row[];
  passages: Row[];
  meetings: Row[];
  preparedMeetings: Row[];
  sessions: Row[];
  /** People the letters name whom the reference data does not know. */
  people: Row[];
  attendances: Row[];
  decisions: Row[];
  commitments: Row[];
  stances: Row[];
  evidence: Row[];
  citations: Row[];
  /** The letters' document ids, whose decisions and citations the link maintenance starts from. */
  documentIds: string[];
}

type RowKind = Exclude<keyof LoadRows, 'documentIds'>;

/**
 * The row statements in the order a load runs them: each refers only to
 * nodes written by the ones before it or by the reference graph. Every one
 * UNWINDs `$rows`, so a batch runs it once over all its letters' rows and the
 * row-by-row comparison runs it once per row, with the same rows. Passages
 * and claims are created (with all their properties) and connected in two
 * statements over the same rows, so neither plan needs an Eager operator.
 */
export const ROW_STATEMENTS: ReadonlyArray<{ kind: RowKind; cypher: string }> = [
  { kind: 'documents', cypher: STATEMENTS.upsertDocuments },
  { kind: 'passages', cypher: STATEMENTS.createPassages },
  { kind: 'passages', cypher: STATEMENTS.connectPassages },
  { kind: 'meetings', cypher: STATEMENTS.upsertMeetings },
  { kind: 'preparedMeetings', cypher: STATEMENTS.linkPreparedMeetings },
  { kind: 'sessions', cypher: STATEMENTS.upsertSessions },
  { kind: 'people', cypher: STATEMENTS.upsertLetterPeople },
  { kind: 'attendances', cypher: STATEMENTS.createAttendances },
  { kind: 'decisions', cypher: STATEMENTS.createDecisions },
  { kind: 'commitments', cypher: STATEMENTS.createCommitments },
  { kind: 'stances', cypher: STATEMENTS.createStances },
  { kind: 'evidence', cypher: STATEMENTS.createEvidence },
  { kind: 'attendances', cypher: STATEMENTS.connectAttendances },
  { kind: 'decisions', cypher: STATEMENTS.connectDecisions },
  { kind: 'commitments', cypher: STATEMENTS.connectActorClaims },
  { kind: 'stances', cypher: STATEMENTS.connectActorClaims },
  { kind: 'citations', cypher: STATEMENTS.upsertCitations },
];

/** Runs one statement inside a write transaction (see `Executor.writeTransaction`). */
export type Run = (cypher: string, parameters?: Record<string, unknown>) => Promise<unknown>;

/**
 * Splits a record into the fields the statement follows as links (`links`)
 * and the node's own properties (`props`: every other field), so a field the
 * extraction adds to a record is stored without a change here.
 */
function nodeRow<T extends object>(record: T, links: readonly (keyof T)[]): Row & { props: Row } {
  const props: Row = { ...(record as Row) };
  const row: Row = {};
  for (const key of links) {
    row[key as string] = record[key];
    delete props[key as string];
  }
  return { ...row, props };
}

type Claim = { id: string; evidence: Evidence };

/** A claim, carrying the letter's `documentId` (which replacing the letter deletes by), and where its evidence is. */
function claimRow<T extends Claim>(documentId: string, claim: T, links: readonly (keyof T)[]): Row {
  const row = nodeRow(claim, [...links, 'evidence']);
  return {
    ...row,
    documentId,
    props: { ...row.props, documentId, evidenceStart: claim.evidence.start },
    evidenceId: evidenceId(claim),
    passageId: claim.evidence.passageId,
  };
}

function evidenceRow(documentId: string, claim: Claim): Row {
  const { passageId: _passage, ...evidence } = claim.evidence;
  return { props: { ...evidence, id: evidenceId(claim), documentId } };
}

const evidenceId = (claim: Claim) => `${claim.id}/evidence`;

/** Turns letters' graphs into the rows of each load statement ("what to write"; the writers below decide how). */
export function loadRows(graphs: readonly LetterGraph[], pipeline: string = pipelineFingerprint()): LoadRows {
  const rows: LoadRows = {
    documents: [],
    passages: [],
    meetings: [],
    preparedMeetings: [],
    sessions: [],
    people: [],
    attendances: [],
    decisions: [],
    commitments: [],
    stances: [],
    evidence: [],
    citations: [],
    documentIds: [],
  };
  const ingestedAt = new Date().toISOString();
  for (const graph of graphs) {
    const d = graph.document;
    const documentId = d.id;
    rows.documentIds.push(documentId);
    const document = nodeRow(d, ['id', 'signatories', 'cites']);
    rows.documents.push({
      id: documentId,
      props: { ...document.props, pipeline, citedDocumentIds: d.cites.map((c) => c.documentId), ingestedAt },
      signatories: d.signatories.map((s) => ({ personId: s.personId, office: s.office, ...span(s.evidence) })),
    });
    for (const c of d.cites) rows.citations.push({ documentId, citedId: c.documentId, ...span(c.evidence) });
    for (const p of graph.passages) {
      const row = nodeRow(p, ['mentions']);
      rows.passages.push({ ...row, documentId, props: { ...row.props, documentId } });
    }
    for (const m of graph.meetings) {
      const row = nodeRow(m, ['id', 'about', 'countryId', 'preparedBy', 'evidence']);
      row.props.aliasText = [m.name, m.nameNl, m.city].filter(Boolean).join(' | ');
      rows.meetings.push({ ...row, documentId });
      for (const preparedById of m.preparedBy) rows.preparedMeetings.push({ meetingId: m.id, preparedById });
    }
    for (const s of graph.sessions) rows.sessions.push({ ...nodeRow(s, ['id', 'meetingId', 'organizationId', 'evidence']), documentId });
    for (const p of graph.people) {
      const surname = p.name.split(/\s+/).pop() ?? p.name;
      const props = { name: p.name, aliases: [...new Set([p.name, surname])], aliasText: [p.name, surname].join(' | '), office: p.office };
      if (!rows.people.some((r) => r.id === p.id)) rows.people.push({ id: p.id, countryId: p.countryId, props });
    }
    for (const a of graph.attendances) rows.attendances.push(claimRow(documentId, a, ['meetingId', 'sessionId', 'actorId', 'officeId']));
    for (const c of graph.decisions) rows.decisions.push(claimRow(documentId, c, ['meetingId', 'decidedBy', 'topics', 'subjects', 'reaffirmsMeetingId']));
    for (const c of graph.commitments) rows.commitments.push(claimRow(documentId, c, ['actorId', 'meetingId', 'topics', 'subjects']));
    for (const s of graph.stances) rows.stances.push(claimRow(documentId, s, ['actorId', 'meetingId', 'topics', 'subjects']));
    for (const claim of [...graph.attendances, ...graph.decisions, ...graph.commitments, ...graph.stances]) rows.evidence.push(evidenceRow(documentId, claim));
  }
  return rows;
}

function span(evidence: Evidence) {
  return { quote: evidence.quote, start: evidence.start, end: evidence.end };
}

/** What replacing letters removed, for the link maintenance after the new versions are written. */
export interface Replaced {
  documentIds: readonly string[];
  /** The meetings the replaced letters' decisions were at: expected decisions there may have lost their link. */
  meetingIds: readonly string[];
}

const NOTHING_REPLACED: Replaced = { documentIds: [], meetingIds: [] };

/** Removes what earlier loads of these letters wrote (passages, claims, evidence, sessions, the document's links). */
export async function deleteContent(run: Run, documentIds: readonly string[]): Promise<Replaced> {
  if (documentIds.length === 0) return NOTHING_REPLACED;
  const [found] = (await run(STATEMENTS.findReplacedMeetings, { documentIds })) as { meetingIds: string[] }[];
  for (const cypher of [STATEMENTS.deleteDocumentContent, STATEMENTS.deletePassages, STATEMENTS.deleteClaims, STATEMENTS.deleteEvidence, STATEMENTS.deleteSessions]) {
    await run(cypher, { documentIds });
  }
  return { documentIds, meetingIds: found?.meetingIds ?? [] };
}

/**
 * What depends on more than one letter, run once after the letters' rows and
 * in proportion to them, not to the graph: citations from letters loaded
 * earlier, the expected-to-taken and reaffirmation links of the letters'
 * decisions, and meetings that only a replaced letter named.
 */
export async function maintainLinks(run: Run, documentIds: readonly string[], replaced: Replaced = NOTHING_REPLACED): Promise<void> {
  await run(STATEMENTS.linkCitingDocuments, { documentIds });
  await run(STATEMENTS.linkDecisions, { documentIds, relinkMeetingIds: replaced.meetingIds });
  await run(STATEMENTS.linkReaffirmations, { documentIds });
  if (replaced.documentIds.length > 0) await run(STATEMENTS.deleteOrphanMeetings);
}

/** The batched writer: one statement per kind over all the rows, then the link maintenance once. */
export async function writeBatched(run: Run, rows: LoadRows, replacedDocumentIds: readonly string[]): Promise<void> {
  const replaced = await deleteContent(run, replacedDocumentIds);
  for (const { kind, cypher } of ROW_STATEMENTS) {
    if (rows[kind].length > 0) await run(cypher, { rows: rows[kind] });
  }
  await maintainLinks(run, rows.documentIds, replaced);
}

export type LoadOutcome = 'loaded' | 'replaced' | 'unchanged';
export type LetterLoad = { outcome: LoadOutcome } | { outcome: 'failed'; error: string };

/**
 * Writes letters' graphs, many per transaction. A letter already loaded with
 * the same content hash, by the same pipeline (see `pipelineFingerprint`), is
 * left as it is; a changed one has its passages, claims and evidence replaced
 * exactly, so loading twice changes nothing. A letter is in the graph whole
 * or not at all: when a batch's transaction fails, its letters are loaded
 * again one by one, so the good ones land and the bad one is reported.
 * Returns one result per graph, in order.
 */
export async function loadLetters(executor: Executor, graphs: readonly LetterGraph[], options: { force?: boolean } = {}): Promise<LetterLoad[]> {
  const results: LetterLoad[] = [];
  for (const batch of withoutRepeatedDocuments(graphs)) results.push(...(await loadBatch(executor, batch, options)));
  return results;
}

/** Loads one letter; throws, naming the letter and the cause, when it fails. */
export async function loadLetter(executor: Executor, graph: LetterGraph, options: { force?: boolean } = {}): Promise<LoadOutcome> {
  const [result] = await loadLetters(executor, [graph], options);
  if (!result || result.outcome === 'failed') throw new Error(result?.error ?? `${graph.document.id} was not loaded`);
  return result.outcome;
}

/** Splits the graphs into runs in which no document id repeats: a letter given twice is replaced by its second copy. */
function withoutRepeatedDocuments(graphs: readonly LetterGraph[]): LetterGraph[][] {
  const batches: LetterGraph[][] = [];
  let current: LetterGraph[] = [];
  let ids = new Set<string>();
  for (const graph of graphs) {
    if (ids.has(graph.document.id)) {
      batches.push(current);
      current = [];
      ids = new Set();
    }
    current.push(graph);
    ids.add(graph.document.id);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

async function loadBatch(executor: Executor, graphs: readonly LetterGraph[], options: { force?: boolean }): Promise<LetterLoad[]> {
  const pipeline = pipelineFingerprint();
  const loaded = await executor.read<{ id: string; sha256: string | null; pipeline: string | null }>(STATEMENTS.findDocuments, {
    documentIds: graphs.map((g) => g.document.id),
  });
  const existing = new Map(loaded.map((d) => [d.id, d]));
  const unchanged = (g: LetterGraph) => {
    const before = existing.get(g.document.id);
    return !options.force && before?.sha256 === g.document.sha256 && before.pipeline === pipeline;
  };
  const toWrite = graphs.filter((g) => !unchanged(g));
  const write = (letters: readonly LetterGraph[]) =>
    executor.writeTransaction((run) =>
      writeBatched(
        run,
        loadRows(letters, pipeline),
        letters.map((g) => g.document.id).filter((id) => existing.has(id)),
      ),
    );

  const failures = new Map<LetterGraph, string>();
  if (toWrite.length > 0) {
    try {
      await write(toWrite);
    } catch (batchError) {
      if (toWrite.length === 1) failures.set(toWrite[0] as LetterGraph, causeOf(batchError));
      // Which letter broke the batch is not known: each is tried alone, in its own transaction.
      else {
        for (const graph of toWrite) {
          try {
            await write([graph]);
          } catch (error) {
            failures.set(graph, causeOf(error));
          }
        }
      }
    }
  }
  return graphs.map((g): LetterLoad => {
    const failure = failures.get(g);
    if (failure !== undefined) return { outcome: 'failed', error: `${g.document.id} (${g.document.fileName}) was not loaded, and nothing of it is in the graph: ${failure}` };
    if (unchanged(g)) return { outcome: 'unchanged' };
    return { outcome: existing.has(g.document.id) ? 'replaced' : 'loaded' };
  });
}

function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
