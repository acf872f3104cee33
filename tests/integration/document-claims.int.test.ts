import { inProcessApi } from '../support/in-process-api';

/**
 * `Document.claims`: everything a letter was read to say, which the letter
 * reader highlights. Checked against the claim lists filtered by letter and
 * against the letter's own text, on the ingested seed letters.
 */
const api = inProcessApi();

async function run(query: string, variables: Record<string, unknown> = {}): Promise<{ data: any; statements: number }> {
  const { result, statements } = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements };
}

const LETTER = `query ($id: ID!) {
  document(id: $id) {
    text
    claims {
      __typename id summary
      evidence { start end quote document { id } }
      ... on Attendance { attendanceStatus: status actor { id name } }
      ... on Decision { status decidedBy { id name } }
      ... on Commitment { status committedBy { id name } }
      ... on Stance { status heldBy { id name } }
    }
  }
  decisions(where: { document: $id }, first: 100) { totalCount nodes { id } }
  commitments(where: { document: $id }, first: 100) { totalCount nodes { id } }
  stances(where: { document: $id }, first: 100) { totalCount nodes { id } }
}`;

it('gives every claim of each seed letter, in the order of its first quote, with quotes in that letter', async () => {
  const { data } = await run(`{ documents(first: 100) { nodes { id fileName } } }`);
  const letters = data.documents.nodes.filter((d: { fileName: string | null }) => d.fileName !== null);
  expect(letters.length).toBeGreaterThanOrEqual(5);
  for (const { id } of letters) {
    const { data: letter } = await run(LETTER, { id });
    const claims = letter.document.claims as Array<{ __typename: string; id: string; evidence: Array<{ start: number; end: number; document: { id: string } }> }>;
    // Decisions, commitments and stances are exactly those the filtered lists give; attendances come besides.
    const listed = [...letter.decisions.nodes, ...letter.commitments.nodes, ...letter.stances.nodes].map((c: { id: string }) => c.id).sort();
    expect(claims.filter((c) => c.__typename !== 'Attendance').map((c) => c.id).sort()).toEqual(listed);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    // A decision several letters recall has evidence in each of them; its quotes in this letter place it here.
    const inThisLetter = (c: (typeof claims)[number]) => c.evidence.filter((e) => e.document.id === id);
    const firstQuotes = claims.map((c) => Math.min(...inThisLetter(c).map((e) => e.start)));
    expect(firstQuotes).toEqual([...firstQuotes].sort((a, b) => a - b));
    for (const claim of claims) {
      expect(inThisLetter(claim).length).toBeGreaterThan(0);
      if (!claim.id.match(/^decision:\d{4}-\d{2}-\d{2}-/)) expect(inThisLetter(claim)).toHaveLength(claim.evidence.length);
      for (const e of inThisLetter(claim)) expect(0 <= e.start && e.start < e.end && e.end <= letter.document.text.length).toBe(true);
    }
  }
});

it('costs the same few statements whatever the number of claims in the letter', async () => {
  const { data } = await run(`{ documents(first: 100) { nodes { id fileName } } }`);
  const counts: number[] = [];
  for (const { id } of data.documents.nodes.filter((d: { fileName: string | null }) => d.fileName !== null)) {
    const { statements } = await run(`query ($id: ID!) { document(id: $id) { text claims {
      __typename id summary evidence { start end }
      ... on Attendance { actor { name } } ... on Decision { decidedBy { name } } ... on Stance { heldBy { name } } } } }`, { id });
    counts.push(statements);
  }
  // The letter, its text, its claims, their actors and quotes, the attendances' own fields.
  expect(Math.max(...counts)).toBeLessThanOrEqual(5);
});
