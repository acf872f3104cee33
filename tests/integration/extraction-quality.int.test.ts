import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { goldLetters, score, scoreClaims, totalOf, type ClaimKind, type ClaimScore, type Score, type ScoredClaim } from '../support/gold';
import { levelFor } from '../support/quality-targets';
import { testConfig } from '../support/test-env';

/**
 * Precision and recall of what the pipeline put in the graph, against the
 * gold facts written by reading each seed letter (tests/gold/), scored as
 * strictly as tests/unit/claim-extraction.test.ts scores the pipeline's
 * output: what the graph holds must be what the pipeline found. Meetings and
 * attendance per letter at precision 0.9 and recall 0.8; decisions,
 * commitments and stances over the seeds at their level in
 * tests/support/quality-targets.ts.
 */
const PRECISION = 0.9;
const RECALL = 0.8;
const claimScores: Record<ClaimKind, ClaimScore[]> = { decisions: [], commitments: [], stances: [] };

let db: Database;
let executor: Executor;
const report: string[] = [];

beforeAll(async () => {
  db = await connect(testConfig().neo4j);
  executor = new Executor(db.driver, db.database);
});
afterAll(async () => {
  await db.driver.close();
  console.log(`extraction quality against tests/gold:\n${report.join('\n')}`);
});

async function documentOf(fileName: string) {
  const [row] = await executor.read<{ id: string; kind: string; date: string; dateInferred: boolean; kamerstuk: string | null; title: string | null; signatories: string[] }>(
    `MATCH (d:Document {fileName: $fileName})
     RETURN d.id AS id, d.kind AS kind, d.date AS date, d.dateInferred AS dateInferred, d.kamerstuk AS kamerstuk, d.title AS title,
            [(d)-[:SIGNED_BY]->(p) | p.id] AS signatories`,
    { fileName },
  );
  return row;
}

function record(letter: string, kind: string, s: Score) {
  report.push(
    `  ${letter} ${kind.padEnd(12)} precision ${s.precision.toFixed(2)} recall ${s.recall.toFixed(2)} (${s.truePositives} of ${s.extracted} extracted, ${s.expected} expected)` +
      (s.missed.length ? `\n      missed: ${s.missed.join('; ')}` : '') +
      (s.spurious.length ? `\n      spurious: ${s.spurious.join('; ')}` : ''),
  );
}

describe.each(goldLetters().map((g) => [g.letter, g] as const))('extraction from %s', (letter, gold) => {
  it('reads the letter’s kind, date, Kamerstuk number, title and signatories', async () => {
    const doc = await documentOf(letter);
    expect(doc).toBeDefined();
    expect(doc.kind).toBe(gold.document.kind);
    expect(doc.kamerstuk).toBe(gold.document.kamerstuk);
    if (gold.document.date) {
      expect(doc.date).toBe(gold.document.date);
      expect(doc.dateInferred).toBe(false);
    } else {
      expect(doc.dateInferred).toBe(true);
    }
    expect(doc.title).toBe(gold.document.title);
    expect(new Set(doc.signatories)).toEqual(new Set(gold.document.signatories.map((s) => s.person)));
  });

  it('finds the meetings it names, and the one it is about', async () => {
    const doc = await documentOf(letter);
    const rows = await executor.read<{ id: string; about: boolean }>(
      `MATCH (d:Document {id: $id})-[r:ABOUT|MENTIONS_MEETING]->(m:Meeting) RETURN m.id AS id, type(r) = 'ABOUT' AS about`,
      { id: doc.id },
    );
    const s = score(rows.map((r) => r.id), gold.meetings.map((m) => m.id));
    record(letter, 'meetings', s);
    expect(rows.filter((r) => r.about).map((r) => r.id)).toEqual(gold.meetings.filter((m) => m.about).map((m) => m.id));
    expect(s.precision).toBeGreaterThanOrEqual(PRECISION);
    expect(s.recall).toBeGreaterThanOrEqual(RECALL);
  });

  it('finds who attended, planned to, was invited or represented, at the right meeting', async () => {
    const doc = await documentOf(letter);
    const rows = await executor.read<{ key: string }>(
      `MATCH (a:Attendance {documentId: $id})-[:AT]->(m:Meeting), (a)-[:BY]->(actor)
       RETURN m.id + ' ' + actor.id + ' ' + a.status AS key`,
      { id: doc.id },
    );
    const s = score(rows.map((r) => r.key), gold.attendances.map((a) => `${a.meeting} ${a.actor} ${a.status}`));
    record(letter, 'attendances', s);
    expect(s.precision).toBeGreaterThanOrEqual(PRECISION);
    expect(s.recall).toBeGreaterThanOrEqual(RECALL);
  });

  it.each(['decisions', 'commitments', 'stances'] as ClaimKind[])('holds its %s in the graph, as the reader reads them', async (kind) => {
    const doc = await documentOf(letter);
    const rows = await executor.read<ScoredClaim & { label: string; quote: string; rule: string }>(
      `MATCH (:Document {id: $id})<-[:IN_DOCUMENT]-(e:Evidence)<-[:SUPPORTED_BY]-(c:Claim)
       WHERE NOT c:Attendance
       RETURN head([l IN labels(c) WHERE l IN ['Decision', 'Commitment', 'Stance']]) AS label, e.quote AS quote, e.rule AS rule,
              head([(c)-[:AT]->(m) | m.id]) AS meetingId, [(c)-[:DECIDED_BY|BY]->(a) | a.id] AS holders,
              c.status AS status, c.kind AS kind, [(c)-[:ON_TOPIC]->(t) | t.id] AS topics, [(c)-[:CONCERNS]->(x) | x.id] AS subjects,
              c.amount AS amount, c.unit AS unit, coalesce(c.years, []) AS years`,
      { id: doc.id },
    );
    const claims: { [K in ClaimKind]: ScoredClaim[] } = { decisions: [], commitments: [], stances: [] };
    for (const row of rows) {
      const claim = { ...row, evidence: { quote: row.quote, rule: row.rule }, years: (row.years ?? []).map(Number) };
      claims[row.label === 'Decision' ? 'decisions' : row.label === 'Commitment' ? 'commitments' : 'stances'].push(claim);
    }
    const s = scoreClaims(kind, gold, claims);
    record(letter, kind, s);
    claimScores[kind].push(s);
  });
});

describe('claims over all seed letters', () => {
  it.each(['decisions', 'commitments', 'stances'] as ClaimKind[])('%s reach their level', (kind) => {
    const total = totalOf(claimScores[kind]);
    record('ALL seeds', kind, total);
    expect(total.expected).toBeGreaterThan(0);
    const level = levelFor('seeds', kind);
    expect({ precision: total.precision >= level.precision, recall: total.recall >= level.recall }).toEqual({ precision: true, recall: true });
  });
});

describe('links from agenda to report', () => {
  it('link each EXPECTED decision to at most one TAKEN decision of its own meeting, sharing a topic with it', async () => {
    const rows = await executor.read<{ expected: string; takenCount: number; sameMeeting: boolean; sharesTopic: boolean; takenStatus: string }>(
      `MATCH (e:Decision {status: 'EXPECTED'})-[:TAKEN_AS]->(t:Decision)
       WITH e, collect(t) AS taken
       UNWIND taken AS t
       RETURN e.id AS expected, size(taken) AS takenCount, t.status AS takenStatus,
              EXISTS { (e)-[:AT]->(m)<-[:AT]-(t) } AS sameMeeting,
              EXISTS { (e)-[:ON_TOPIC]->()<-[:ON_TOPIC]-(t) } AS sharesTopic`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ takenCount: 1, takenStatus: 'TAKEN', sameMeeting: true, sharesTopic: true });
  });
});
