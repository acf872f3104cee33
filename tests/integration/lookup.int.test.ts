import { inProcessApi } from '../support/in-process-api';

/**
 * `lookup`: what a user types in the graph view's box, in Dutch or English,
 * whole or begun, found among the people, countries, topics and meetings of
 * the ingested seed letters; several lookups in one request cost one statement.
 */
const api = inProcessApi();

const LOOKUP = 'query ($text: String!, $first: Int) { lookup(text: $text, first: $first) { name matched exact node { __typename id } } }';

const run = (query: string, variables: Record<string, unknown>) => api.run(query, variables);

it.each([
  ['Mark Rutte', 'person:rutte', 'Mark Rutte', true],
  ['rutte', 'person:rutte', 'Rutte', true],
  ['Oekraïne', 'country:UKR', 'Oekraïne', true],
  ['oekr', 'country:UKR', 'Oekraïne', false],
  ['open-deurb', 'topic:open-door', 'Open-deurbeleid', false],
  ['Vilnius', 'meeting:2023-07-11-vilnius', 'Vilnius', true],
  ['meeting:2021-06-14-brussels', 'meeting:2021-06-14-brussels', 'meeting:2021-06-14-brussels', true],
])('finds "%s" as %s first, by the name "%s"', async (text, id, matched, exact) => {
  const { result } = await run(LOOKUP, { text });
  expect(result.errors).toBeUndefined();
  const [first] = (result.data as any).lookup;
  expect(first).toMatchObject({ matched, exact, node: { id } });
});

it('gives at most `first` matches, and an empty list for a name nothing has', async () => {
  const many = await run(LOOKUP, { text: 'n', first: 3 });
  expect((many.result.data as any).lookup).toHaveLength(3);
  const none = await run(LOOKUP, { text: 'qqqzzzx' });
  expect(none.result.errors).toBeUndefined();
  expect((none.result.data as any).lookup).toEqual([]);
});

it('rejects a text with no letter or digit, naming the argument', async () => {
  const { result } = await run(LOOKUP, { text: ' -* ' });
  expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'text' } });
});

it('answers several lookups in one request with one statement', async () => {
  const { result, statements } = await run('{ a: lookup(text: "Oekraïne") { node { id } } b: lookup(text: "Vilnius") { node { id } } c: lookup(text: "rutte") { node { id } } }', {});
  expect(result.errors).toBeUndefined();
  expect(statements).toBe(1);
});
