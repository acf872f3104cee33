import { buildASTSchema, concatAST, getOperationAST, parse } from 'graphql';
import { operationLimitErrors, type OperationLimits } from './limits';
import { loadTypeDefs } from './schema';

const schema = buildASTSchema(concatAST(loadTypeDefs()));
const LIMITS: OperationLimits = { maxDepth: 10, maxCost: 100_000, maxAliases: 50 };

/** Measures the operation as the service does (after graphql-js's own validation), counting the fragments measured. */
function check(query: string, limits: Partial<OperationLimits> = {}, variables: Record<string, unknown> = {}) {
  const measured: string[] = [];
  const document = parse(query);
  const started = Date.now();
  const errors = operationLimitErrors(schema, document, getOperationAST(document)!, { ...LIMITS, ...limits }, variables, (name) => measured.push(name));
  return { errors, measured, ms: Date.now() - started };
}

/** `fragment f0 { ...f1 ...f1 } fragment f1 { ...f2 ...f2 } ...`: 2^levels spreads of the last fragment, in a few hundred bytes. */
function fragmentBomb(levels: number, type = 'Query', leaf = '__typename'): string {
  let query = `query { ...f0 }`;
  for (let i = 0; i < levels; i++) query += ` fragment f${i} on ${type} { ...f${i + 1} ...f${i + 1} }`;
  return `${query} fragment f${levels} on ${type} { ${leaf} }`;
}

function fragmentChain(length: number): string {
  let query = `query { ...f0 }`;
  for (let i = 0; i < length; i++) query += ` fragment f${i} on Query { ...f${i + 1} }`;
  return `${query} fragment f${length} on Query { __typename }`;
}

describe('operationLimitErrors', () => {
  it('rejects a fragment bomb of 30 levels as too deep at once, measuring each fragment once at most', () => {
    const query = fragmentBomb(30);
    expect(query.length).toBeLessThan(1300);
    const { errors, measured, ms } = check(query);
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(errors[0].message).toMatch(/nests fragments .* more than 10 deep/);
    expect(new Set(measured).size).toBe(measured.length);
    expect(ms).toBeLessThan(1000);
  });

  it('measures a fragment bomb within the depth limit once per fragment, and rejects its astronomical cost without overflowing', () => {
    // 40 levels of doubling, each spread costing a 100-item page: about 2^40 x 100 items.
    const { errors, measured, ms } = check(fragmentBomb(40, 'Query', 'meetings(first: 100) { nodes { id } }'), { maxDepth: 50 });
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].extensions.cost).toBeGreaterThan(2 ** 40);
    expect(Number.isFinite(errors[0].extensions.cost)).toBe(true);
    expect(measured.sort()).toEqual(Array.from({ length: 41 }, (_, i) => `f${i}`).sort());
    expect(ms).toBeLessThan(1000);
  });

  it('rejects a cost past what a double can count as too costly, not as Infinity or NaN', () => {
    const { errors } = check(fragmentBomb(45, 'Query', 'meetings(first: 100) { nodes { decisions(first: 100) { nodes { topics { decisions(first: 100) { nodes { id } } } } } } }'), { maxDepth: 50 });
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].message).toMatch(/more items than can be counted/);
    expect(Number.isSafeInteger(errors[0].extensions.cost)).toBe(true);
  });

  it('rejects a chain of 10,000 fragments as too deep without exhausting the stack', () => {
    const { errors, measured, ms } = check(fragmentChain(10_000));
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(measured.length).toBeLessThanOrEqual(LIMITS.maxDepth + 1);
    expect(ms).toBeLessThan(1000);
  });

  it('rejects a fragment that spreads itself (graphql-js reports the cycle; measuring must still end)', () => {
    const { errors } = check('query { ...a } fragment a on Query { ...a }');
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts fields where fragments are spread, so depth hidden in fragments is found', () => {
    const deep = '{ meetings { nodes { ...D } } } fragment D on Meeting { decisions { nodes { reaffirms { reaffirms { reaffirms { reaffirms { reaffirms { reaffirms { id } } } } } } } } }';
    expect(check(deep).errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(check('{ meetings { nodes { ...M } } } fragment M on Meeting { id decisions { nodes { id } } }').errors).toEqual([]);
  });

  it('estimates cost as before: a connection multiplies by its first, its nodes and edges do not again', () => {
    const costly = '{ meetings(first: 100) { nodes { decisions(first: 100) { nodes { topics { decisions(first: 100) { nodes { id } } } } } } } }';
    expect(check(costly).errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COSTLY']);
    // 1 + 100 x (1 + 1) = 201 for meetings, nodes and id; fragments on the connection count the same.
    const { errors } = check('{ meetings(first: 100) { nodes { id } } }', { maxCost: 200 });
    expect(errors[0].extensions.cost).toBe(201);
    expect(check('{ meetings(first: 100) { ...P } } fragment P on MeetingConnection { nodes { id } }', { maxCost: 200 }).errors[0].extensions.cost).toBe(201);
    expect(check('{ meetings(first: $n) { nodes { id } } }'.replace('{ meetings', 'query($n: Int) { meetings'), { maxCost: 200 }, { n: 50 }).errors).toEqual([]);
  });

  it('rejects more aliased fields than allowed, counting each place a fragment is spread', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: person(id: "x") { id } m${i}: meeting(id: "x") { id }`).join(' ')} }`;
    expect(check(aliases(25)).errors).toEqual([]);
    const { errors } = check(aliases(26));
    expect(errors.map((e) => e.extensions.code)).toEqual(['TOO_MANY_ALIASES']);
    expect(errors[0].message).toMatch(/52 aliased fields .* more than the 50 allowed/);
    const spread = `{ ...A ...B } fragment A on Query { ...B ...B } fragment B on Query { ${Array.from({ length: 10 }, (_, i) => `m${i}: meeting(id: "x") { id }`).join(' ')} }`;
    expect(check(spread, { maxAliases: 20 }).errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', aliases: 30 });
  });

  it('rejects a first out of range with BAD_USER_INPUT naming it, and every rejection carries HTTP 400', () => {
    const { errors } = check('{ meetings(first: 101) { totalCount } }');
    expect(errors[0].message).toMatch(/^first:/);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', http: { status: 400 } });
    expect(check(fragmentBomb(30)).errors[0].extensions.http).toEqual({ status: 400 });
  });

  it('leaves introspection alone', () => {
    expect(check('{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }').errors).toEqual([]);
  });
});
