import { inProcessApi } from '../support/in-process-api';
import { journeys } from '../support/service';

/**
 * How many statements each operation sends to Neo4j. Sibling resolvers are
 * batched per request, so the count depends on how deep the operation
 * reaches, never on how many items a list holds.
 */
const api = inProcessApi();

async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const { result, statements } = await api.run(query, variables);
  expect(result.errors).toBeUndefined();
  return statements;
}

const operations = journeys();

it.each([
  { name: 'SummitAttendance', variables: {}, most: 2 },
  { name: 'MinisterTrail', variables: { name: 'Rutte' }, most: 3 },
  { name: 'OpenDoorEvolution', variables: {}, most: 1 },
  { name: 'DecisionsAtMeeting', variables: { meeting: 'meeting:2021-06-14-brussels' }, most: 2 },
  { name: 'DecisionsOnTopic', variables: { topic: 'topic:nato-2030' }, most: 1 },
  { name: 'Search', variables: { text: 'Oekraïne' }, most: 1 },
])('$name takes at most $most statements', async ({ name, variables, most }) => {
  expect(await statementsFor(operations[name], variables)).toBeLessThanOrEqual(most);
});

it('a list of 50 meetings with their attendances takes two statements, whatever the number of meetings', async () => {
  const query = `{ meetings(first: 50) { totalCount nodes { id attendances { status person { id name } office evidence { quote document { id } } } } } }`;
  expect(await statementsFor(query)).toBe(2);
});
