import { ApolloServer } from '@apollo/server';
import { apolloOptions, createRequestContext, type RequestContext } from '../../src/api/graphql';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { journeys } from '../support/service';
import { testConfig } from '../support/test-env';

/**
 * How many statements each operation sends to Neo4j. Sibling resolvers are
 * batched per request, so the count depends on how deep the operation
 * reaches, never on how many items a list holds.
 */
const config = testConfig();
let db: Database;
let server: ApolloServer<RequestContext>;

beforeAll(async () => {
  db = await connect(config.neo4j);
  server = new ApolloServer<RequestContext>(apolloOptions(config));
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await db.driver.close();
});

async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const context = createRequestContext(config, new Executor(db.driver, db.database));
  const response = await server.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return context.sent.length;
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
