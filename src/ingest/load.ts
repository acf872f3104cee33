import { requireStatements } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { pipelineFingerprint } from './fingerprint';
import type { Evidence, LetterGraph } from './letter-graph';

const STATEMENTS = requireStatements({
  findDocument: 'ingest/find-loaded-document',
  deleteDocumentContent: 'ingest/delete-document-content',
  upsertDocument: 'ingest/upsert-document',
  upsertCitations: 'ingest/upsert-citations',
  createPassages: 'ingest/create-passages',
  upsertMeetings: 'ingest/upsert-meetings',
  createSessions: 'ingest/create-sessions',
  createAttendances: 'ingest/create-attendances',
  createDecisions: 'ingest/create-decisions',
  createCommitments: 'ingest/create-commitments',
  createStances: 'ingest/create-stances',
  linkDecisions: 'ingest/link-decisions',
  linkReaffirmations: 'ingest/link-reaffirmations',
  deleteOrphanMeetings: 'ingest/delete-orphan-meetings',
});

export type LoadOutcome = 'loaded' | 'replaced' | 'unchanged';

/**
 * Writes one letter's graph in one transaction: the letter is in the graph
 * whole or not at all. A letter already loaded with the same content hash,
 * by the same pipeline (see `pipelineFingerprint`), is left as it is; a
 * changed one has its passages, claims and evidence replaced exactly, so
 * loading twice changes nothing.
 */
export async function loadLetter(executor: Executor, graph: LetterGraph, options: { force?: boolean } = {}): Promise<LoadOutcome> {
  const documentId = graph.document.id;
  const pipeline = pipelineFingerprint();
  const [existing] = await executor.read<{ sha256: string | null; pipeline: string | null }>(STATEMENTS.findDocument, { documentId });
  if (existing?.sha256 === graph.document.sha256 && existing.pipeline === pipeline && !options.force) return 'unchanged';

  const touchedMeetings = [
    ...new Set([
      ...graph.meetings.map((m) => m.id),
      ...graph.decisions.flatMap((d) => (d.reaffirmsMeetingId ? [d.reaffirmsMeetingId] : [])),
    ]),
  ];

  await executor.writeTransaction(async (run) => {
    await run(STATEMENTS.deleteDocumentContent, { documentId });
    await run(STATEMENTS.upsertDocument, { document: documentRow(graph, pipeline) });
    await run(STATEMENTS.upsertCitations, {
      documentId,
      rows: graph.document.cites.map((c) => ({ documentId: c.documentId, kamerstuk: c.kamerstuk, ...span(c.evidence) })),
    });
    await run(STATEMENTS.createPassages, { documentId, rows: graph.passages });
    await run(STATEMENTS.upsertMeetings, {
      documentId,
      rows: graph.meetings.map((m) => ({
        id: m.id,
        about: m.about,
        countryId: m.countryId,
        preparedBy: m.preparedBy,
        evidence: m.evidence,
        props: {
          kind: m.kind,
          name: m.name,
          nameNl: m.nameNl,
          startDate: m.startDate,
          endDate: m.endDate,
          city: m.city,
          datesInferred: m.datesInferred,
          aliasText: [m.name, m.nameNl, m.city].filter(Boolean).join(' | '),
        },
      })),
    });
    await run(STATEMENTS.createSessions, { documentId, rows: graph.sessions });
    await run(STATEMENTS.createAttendances, { documentId, rows: graph.attendances });
    await run(STATEMENTS.createDecisions, { documentId, rows: graph.decisions });
    await run(STATEMENTS.createCommitments, { documentId, rows: graph.commitments });
    await run(STATEMENTS.createStances, { documentId, rows: graph.stances });
    await run(STATEMENTS.linkDecisions, { meetingIds: touchedMeetings });
    await run(STATEMENTS.linkReaffirmations, { meetingIds: touchedMeetings });
    await run(STATEMENTS.deleteOrphanMeetings);
  });
  return existing ? 'replaced' : 'loaded';
}

function documentRow(graph: LetterGraph, pipeline: string) {
  const d = graph.document;
  return {
    id: d.id,
    props: {
      fileName: d.fileName,
      sha256: d.sha256,
      pipeline,
      kind: d.kind,
      date: d.date,
      dateInferred: d.dateInferred,
      kamerstuk: d.kamerstuk,
      title: d.title,
      text: d.text,
      citedDocumentIds: d.cites.map((c) => c.documentId),
      ingestedAt: new Date().toISOString(),
    },
    signatories: d.signatories.map((s) => ({ personId: s.personId, office: s.office, ...span(s.evidence) })),
  };
}

function span(evidence: Evidence) {
  return { quote: evidence.quote, start: evidence.start, end: evidence.end };
}
