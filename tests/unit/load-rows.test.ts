import { loadRows } from '../../src/ingest/load';
import { letterFiles, letterGraph } from '../../src/ingest/pipeline';
import { NameIndex, loadReferenceData } from '../../src/reference';

// What the loaders write, without a database: one row per record, links apart
// from properties, and every field the extraction adds stored as a property.
const reference = loadReferenceData();
const names = new NameIndex(reference);
const graphs = letterFiles([]).slice(0, 2).map((file) => letterGraph(file, names, reference));

it('makes one row per record of every letter, each naming its letter', () => {
  const rows = loadRows(graphs, 'fingerprint');
  const total = (key: 'passages' | 'meetings' | 'sessions' | 'attendances' | 'decisions' | 'commitments' | 'stances') =>
    graphs.reduce((sum, g) => sum + g[key].length, 0);
  expect(rows.documentIds).toEqual(graphs.map((g) => g.document.id));
  expect(rows.passages).toHaveLength(total('passages'));
  expect(rows.meetings).toHaveLength(total('meetings'));
  expect(rows.sessions).toHaveLength(total('sessions'));
  expect(rows.stances).toHaveLength(total('stances'));
  const claims = total('attendances') + total('decisions') + total('commitments') + total('stances');
  expect(rows.evidence).toHaveLength(claims);
  for (const row of [...rows.passages, ...rows.attendances, ...rows.decisions, ...rows.commitments, ...rows.stances]) {
    expect(rows.documentIds).toContain(row.documentId);
  }
  expect(rows.documents[0]).toMatchObject({ id: graphs[0]?.document.id, props: { pipeline: 'fingerprint', sha256: graphs[0]?.document.sha256 } });
});

it('keeps links out of the properties, and stores a field the extraction adds without naming it', () => {
  const graph = structuredClone(graphs[0]!);
  const stance = graph.stances[0]!;
  Object.assign(stance, { status: 'EXPECTED' });
  const row = loadRows([graph]).stances[0]!;
  expect(row).toMatchObject({
    documentId: graph.document.id,
    actorId: stance.actorId,
    topics: stance.topics,
    evidenceId: `${stance.id}/evidence`,
    passageId: stance.evidence.passageId,
  });
  expect(row.props).toEqual({
    id: stance.id,
    date: stance.date,
    summary: stance.summary,
    what: stance.what,
    status: 'EXPECTED',
    documentId: graph.document.id,
    evidenceStart: stance.evidence.start,
  });
  const evidence = loadRows([graph]).evidence.find((e) => (e.props as { id: string }).id === `${stance.id}/evidence`);
  const { passageId: _passage, ...stored } = stance.evidence;
  expect(evidence).toEqual({ props: { ...stored, id: `${stance.id}/evidence`, documentId: graph.document.id } });
});
