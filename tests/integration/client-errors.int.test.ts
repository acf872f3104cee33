import { startTestService, type TestService } from '../support/service';

// Every request here is answered over HTTP by the real service. What the
// client must change is a 400 with a code that says what; a hostile document
// is refused at once, never after seconds of work.

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service?.stop());

async function timed(query: string, variables: Record<string, unknown> = {}) {
  const started = Date.now();
  const response = await service.post(query, variables);
  return { ...response, ms: Date.now() - started };
}

/** `fragment f0 on Query { ...f1 ...f1 } fragment f1 on Query { ...f2 ...f2 } ...`: 2^levels spreads in a few hundred bytes. */
function fragmentBomb(levels: number): string {
  let query = 'query{...f0}';
  for (let i = 0; i < levels; i++) query += ` fragment f${i} on Query{...f${i + 1} ...f${i + 1}}`;
  return `${query} fragment f${levels} on Query{__typename}`;
}

function fragmentChain(length: number): string {
  let query = 'query{...f0}';
  for (let i = 0; i < length; i++) query += ` fragment f${i} on Query{...f${i + 1}}`;
  return `${query} fragment f${length} on Query{__typename}`;
}

const cursor = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('hostile documents', () => {
  it.each([23, 32, 40])('answers a fragment bomb of %i levels with QUERY_TOO_DEEP and HTTP 400, at once', async (levels) => {
    const { status, body, ms } = await timed(fragmentBomb(levels));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors[0].message).toMatch(/nests fragments/);
    expect(ms).toBeLessThan(1000);
  });

  it('answers a chain of 10,000 fragments with a syntax error naming the token limit and HTTP 400, at once', async () => {
    const { status, body, ms } = await timed(fragmentChain(10_000));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    // graphql-js's own words: "Document contains more that 2000 tokens. Parsing aborted."
    expect(body.errors[0].message).toMatch(/Document contains .* 2000 tokens/);
    expect(ms).toBeLessThan(1000);
  });

  it('answers more aliased fields than allowed with TOO_MANY_ALIASES and HTTP 400', async () => {
    const aliases = Array.from({ length: 51 }, (_, i) => `m${i}: meeting(id: "meeting:2021-06-14-brussels") { id }`).join(' ');
    const { status, body } = await timed(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', maxAliases: 50 });
    // The status travels in extensions.http, which Apollo Server keeps out of the answer.
    expect(body.errors[0].extensions.http).toBeUndefined();
  });

  it('keeps /health answering while it refuses a bomb', async () => {
    const bomb = timed(fragmentBomb(40));
    const started = Date.now();
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await bomb).status).toBe(400);
  });
});

describe('client errors are HTTP 400', () => {
  it.each([
    ['too deep', '{ meetings { nodes { decisions { nodes { reaffirms { reaffirms { reaffirms { reaffirms { reaffirms { reaffirms { id } } } } } } } } } } }', 'QUERY_TOO_DEEP'],
    ['too costly', '{ meetings(first: 100) { nodes { decisions(first: 100) { nodes { topics { decisions(first: 100) { nodes { id } } } } } } } }', 'QUERY_TOO_COSTLY'],
    ['first over 100', '{ meetings(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
    ['first below 0', '{ meetings(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
  ])('%s', async (_, query, code) => {
    const { status, body } = await timed(query);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe(code);
  });

  it.each([
    ['a position past any list', cursor('offset:1000000000000')],
    ['a negative position', cursor('offset:-5')],
    ['a position with a fraction', cursor('offset:1.5')],
    ['not base64 of a cursor', 'not a cursor!'],
    ['base64 of something else', cursor('{"id":1}')],
  ])('rejects a cursor that is %s with BAD_USER_INPUT naming after', async (_, after) => {
    const { status, body } = await timed('query($after: String) { meetings(first: 2, after: $after) { nodes { id } } }', { after });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(body.errors[0].message).toMatch(/^after: .* is not a cursor this API gave out/);
  });

  it('accepts the cursors it gives out', async () => {
    const first = await timed('{ meetings(first: 2) { pageInfo { endCursor } } }');
    const { status, body } = await timed('query($after: String) { meetings(first: 2, after: $after) { nodes { id } } }', { after: first.body.data.meetings.pageInfo.endCursor });
    expect(status).toBe(200);
    expect(body.data.meetings.nodes).toHaveLength(2);
  });

  it.each(['mutation', 'subscription'])('answers a %s, which the API does not have, as a validation error', async (type) => {
    const { status, body } = await timed(`${type} { meetings { totalCount } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(new RegExp(`answers queries only and has no ${type} type`));
  });

  it('caps the search text, naming the limit and echoing none of it', async () => {
    const text = 'navo '.repeat(2000);
    const { status, body } = await timed('query($text: String!) { search(text: $text) { totalCount } }', { text });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    expect(body.errors[0].message).toBe('text: is 10000 characters long, more than the 500 a search may have; search for fewer words');
  });

  it('quotes no more than the start of a malformed search', async () => {
    const text = `"${'oekraine '.repeat(50)}`;
    const { status, body } = await timed('query($text: String!) { search(text: $text) { totalCount } }', { text });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message.length).toBeLessThan(200);
    expect(body.errors[0].message).toMatch(/^text: '"oekraine .*…' \(451 characters\) is not a valid search/);
  });

  it('still answers a good query with HTTP 200', async () => {
    const { status, body } = await timed('{ meetings(first: 1) { totalCount nodes { id } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
