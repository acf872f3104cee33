import { requireStatements } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { sameDocumentMessage } from './document-id';
import { pipelineFingerprint } from './fingerprint';
import type { Evidence, LetterGraph } from './letter-graph';

const STATEMENTS = requireStatements({
  findDocuments: 'ingest/find-loaded-documents',
  findReplacedSharedNodes: 'ingest/find-replaced-shared-nodes',
  deleteDocumentContent: 'ingest/delete-document-content',
  deletePassages: 'ingest/delete-document-passages',
  deleteClaims: 'ingest/delete-document-claims',
  deleteEvidence: 'ingest/delete-document-evidence',
  releaseRecalledDecisions: 'ingest/release-recalled-decisions',
  deleteDocuments: 'ingest/delete-documents',
  upsertDocuments: 'ingest/upsert-documents',
  createPassages: 'ingest/create-passages',
  connectPassages: 'ingest/connect-passages',
  upsertMeetings: 'ingest/upsert-meetings',
  linkPreparedMeetings: 'ingest/link-prepared-meetings',
  upsertSessions: 'ingest/upsert-sessions',
  upsertLetterPeople: 'ingest/upsert-letter-people',
  createAttendances: 'ingest/create-attendances',
  createDecisions: 'ingest/create-decisions',
  mergeRecalledDecisions: 'ingest/merge-recalled-decisions',
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
  deleteOrphanSessions: 'ingest/delete-orphan-sessions',
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
  /** Decisions recalled from an earlier meeting, shared by every letter that recalls them. */
  recalledDecisions: Row[];
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
  { kind: 'recalledDecisions', cypher: STATEMENTS.mergeRecalledDecisions },
  { kind: 'commitments', cypher: STATEMENTS.createCommitments },
  { kind: 'stances', cypher: STATEMENTS.createStances },
  { kind: 'evidence', cypher: STATEMENTS.createEvidence },
  { kind: 'attendances', cypher: STATEMENTS.connectAttendances },
  { kind: 'decisions', cypher: STATEMENTS.connectDecisions },
  { kind: 'recalledDecisions', cypher: STATEMENTS.connectDecisions },
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
    evidenceId: evidenceId(claim, documentId),
    passageId: claim.evidence.passageId,
  };
}

function evidenceRow(documentId: string, claim: Claim): Row {
  const { passageId: _passage, ...evidence } = claim.evidence;
  return { props: { ...evidence, id: evidenceId(claim, documentId), documentId } };
}

// A decision several letters recall has evidence from each: its evidence ids name the letter.
const evidenceId = (claim: Claim, documentId: string) =>
  'recalled' in claim && claim.recalled ? `${claim.id}/evidence/${documentId.slice('document:'.length)}` : `${claim.id}/evidence`;

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
    recalledDecisions: [],
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
      props: { ...document.props, sourcePath: d.sourcePath ?? null, pipeline, citedDocumentIds: d.cites.map((c) => c.documentId), ingestedAt },
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
    for (const s of graph.sessions) rows.sessions.push({ ...nodeRow(s, ['id', 'meetingId', 'organizationId', 'evidence']), documentId, ...span(s.evidence) });
    for (const p of graph.people) {
      const surname = p.name.split(/\s+/).pop() ?? p.name;
      const props = { name: p.name, aliases: [...new Set([p.name, surname])], aliasText: [p.name, surname].join(' | '), office: p.office };
      if (!rows.people.some((r) => r.id === p.id)) rows.people.push({ id: p.id, countryId: p.countryId, props });
    }
    for (const a of graph.attendances) rows.attendances.push(claimRow(documentId, a, ['meetingId', 'sessionId', 'actorId', 'officeId']));
    for (const c of graph.decisions) {
      (c.recalled ? rows.recalledDecisions : rows.decisions).push(claimRow(documentId, c, ['meetingId', 'decidedBy', 'topics', 'subjects', 'reaffirmsMeetingId']));
    }
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
  decisionMeetingIds: readonly string[];
  /** The shared nodes the replaced letters pointed at, which may have no letter left once they are written anew. */
  meetingIds: readonly string[];
  sessionIds: readonly string[];
}

const NOTHING_REPLACED: Replaced = { documentIds: [], decisionMeetingIds: [], meetingIds: [], sessionIds: [] };

/**
 * Removes what earlier loads of these letters wrote: their passages, claims,
 * evidence and the links from their documents. Shared nodes (meetings,
 * sessions, actors, topics, cited documents) stay: other letters point at
 * them too. `earlierVersions` are documents replaced by a letter with another
 * id, whose document nodes go as well.
 */
export async function deleteContent(run: Run, documentIds: readonly string[], earlierVersions: readonly string[] = []): Promise<Replaced> {
  const all = [...documentIds, ...earlierVersions];
  if (all.length === 0) return NOTHING_REPLACED;
  const [found] = (await run(STATEMENTS.findReplacedSharedNodes, { documentIds: all })) as Omit<Replaced, 'documentIds'>[];
  for (const cypher of [STATEMENTS.deleteDocumentContent, STATEMENTS.deletePassages, STATEMENTS.deleteClaims, STATEMENTS.deleteEvidence, STATEMENTS.releaseRecalledDecisions]) {
    await run(cypher, { documentIds: all });
  }
  if (earlierVersions.length > 0) await run(STATEMENTS.deleteDocuments, { documentIds: earlierVersions });
  return {
    documentIds: all,
    decisionMeetingIds: found?.decisionMeetingIds ?? [],
    meetingIds: found?.meetingIds ?? [],
    sessionIds: found?.sessionIds ?? [],
  };
}

/**
 * What depends on more than one letter, run once after the letters' rows and
 * in proportion to them, not to the graph: citations from letters loaded
 * earlier, the expected-to-taken and reaffirmation links of the letters'
 * decisions, and the sessions and meetings that only a replaced letter named
 * (a shared node goes only when no letter and no claim points at it any more).
 */
export async function maintainLinks(run: Run, documentIds: readonly string[], replaced: Replaced = NOTHING_REPLACED): Promise<void> {
  await run(STATEMENTS.linkCitingDocuments, { documentIds });
  await run(STATEMENTS.linkDecisions, { documentIds, relinkMeetingIds: replaced.decisionMeetingIds });
  await run(STATEMENTS.linkReaffirmations, { documentIds });
  if (replaced.sessionIds.length > 0) await run(STATEMENTS.deleteOrphanSessions, { sessionIds: replaced.sessionIds });
  if (replaced.meetingIds.length > 0) await run(STATEMENTS.deleteOrphanMeetings, { meetingIds: replaced.meetingIds });
}

/**
 * The batched writer: removes what earlier loads of the letters wrote
 * (`replacedDocumentIds`: the same ids; `earlierVersions`: other ids, see
 * `loadLetters`), then one statement per kind over all the rows, then the
 * link maintenance once.
 */
export async function writeBatched(run: Run, rows: LoadRows, replacedDocumentIds: readonly string[], earlierVersions: readonly string[] = []): Promise<void> {
  const replaced = await deleteContent(run, replacedDocumentIds, earlierVersions);
  for (const { kind, cypher } of ROW_STATEMENTS) {
    if (rows[kind].length > 0) await run(cypher, { rows: rows[kind] });
  }
  await maintainLinks(run, rows.documentIds, replaced);
}

/**
 * Takes letters out of the graph: their documents, passages, claims and
 * evidence, and the sessions and meetings no other letter points at; the
 * other letters' links are repaired as after a replacement. In one transaction.
 */
export async function removeLetters(executor: Executor, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  await executor.writeTransaction(async (run) => {
    const removed = await deleteContent(run, [], documentIds);
    await maintainLinks(run, [], removed);
  });
}

export type LoadOutcome = 'loaded' | 'replaced' | 'unchanged';
export type LetterLoad = { outcome: LoadOutcome } | { outcome: 'failed'; error: string };

/**
 * Writes letters' graphs, many per transaction. A letter already loaded with
 * the same content hash, by the same pipeline (see `pipelineFingerprint`),
 * from the same path, is left as it is; a changed one has its passages,
 * claims and evidence replaced exactly, so loading twice changes nothing, and
 * the shared nodes other letters point at stay. A letter without a Kamerstuk
 * number whose text changed has a new id: it replaces the document read
 * earlier from the same path (`DocumentRecord.sourcePath`). Two graphs with
 * one document id are never both loaded: the later one fails, naming both
 * files. A letter is in the graph whole or not at all: when a batch's
 * transaction fails, its letters are loaded again one by one, so the good
 * ones land and the bad one is reported. Returns one result per graph, in order.
 */
export async function loadLetters(executor: Executor, graphs: readonly LetterGraph[], options: { force?: boolean } = {}): Promise<LetterLoad[]> {
  const first = new Map<string, LetterGraph>();
  const repeated = new Map<LetterGraph, string>();
  for (const graph of graphs) {
    const earlier = first.get(graph.document.id);
    if (earlier) repeated.set(graph, sameDocumentMessage(graph.document.id, whereFrom(earlier), whereFrom(graph)));
    else first.set(graph.document.id, graph);
  }
  const loaded = await loadBatch(executor, [...first.values()], options);
  const results = new Map([...first.values()].map((g, i) => [g, loaded[i] as LetterLoad]));
  return graphs.map((g): LetterLoad => {
    const message = repeated.get(g);
    return message === undefined ? (results.get(g) as LetterLoad) : { outcome: 'failed', error: message };
  });
}

/** Loads one letter; throws, naming the letter and the cause, when it fails. */
export async function loadLetter(executor: Executor, graph: LetterGraph, options: { force?: boolean } = {}): Promise<LoadOutcome> {
  const [result] = await loadLetters(executor, [graph], options);
  if (!result || result.outcome === 'failed') throw new Error(result?.error ?? `${graph.document.id} was not loaded`);
  return result.outcome;
}

/** The file a letter was read from, for messages. */
export function whereFrom(graph: LetterGraph): string {
  return graph.document.sourcePath ?? graph.document.fileName;
}

type LoadedDocument = { id: string; sha256: string | null; pipeline: string | null; sourcePath: string | null; replacedBy: string | null };

async function loadBatch(executor: Executor, graphs: readonly LetterGraph[], options: { force?: boolean }): Promise<LetterLoad[]> {
  if (graphs.length === 0) return [];
  const pipeline = pipelineFingerprint();
  const loaded = await executor.read<LoadedDocument>(STATEMENTS.findDocuments, {
    documentIds: graphs.map((g) => g.document.id),
    sources: graphs.flatMap((g) => (g.document.sourcePath ? [{ path: g.document.sourcePath, fileName: g.document.fileName, documentId: g.document.id }] : [])),
  });
  const existing = new Map(loaded.filter((d) => d.replacedBy === null).map((d) => [d.id, d]));
  // The documents of earlier versions of each letter, under other ids.
  const earlierVersions = new Map<string, string[]>();
  for (const d of loaded) {
    if (d.replacedBy !== null) earlierVersions.set(d.replacedBy, [...(earlierVersions.get(d.replacedBy) ?? []), d.id]);
  }
  const unchanged = (g: LetterGraph) => {
    const before = existing.get(g.document.id);
    return (
      !options.force &&
      before?.sha256 === g.document.sha256 &&
      before.pipeline === pipeline &&
      (g.document.sourcePath === undefined || before.sourcePath === g.document.sourcePath) &&
      !earlierVersions.has(g.document.id)
    );
  };
  const toWrite = graphs.filter((g) => !unchanged(g));
  const write = (letters: readonly LetterGraph[]) =>
    executor.writeTransaction((run) =>
      writeBatched(
        run,
        loadRows(letters, pipeline),
        letters.map((g) => g.document.id).filter((id) => existing.has(id)),
        [...new Set(letters.flatMap((g) => earlierVersions.get(g.document.id) ?? []))],
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
    return { outcome: existing.has(g.document.id) || earlierVersions.has(g.document.id) ? 'replaced' : 'loaded' };
  });
}

function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
