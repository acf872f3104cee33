import { ApolloServer } from '@apollo/server';
import { apolloOptions, createRequestContext, type RequestContext } from '../../src/api/graphql';
import { connect, type Database } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import { testConfig } from './test-env';

/**
 * The API run in process against the tests' Neo4j (Apollo's
 * `executeOperation`), for tests where HTTP is not what is tested. Starts in
 * the calling file's beforeAll and stops in its afterAll. `run` answers an
 * operation with its result and the number of statements it sent to Neo4j.
 */
export function inProcessApi() {
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
  return {
    async run(query: string, variables: Record<string, unknown> = {}) {
      const context = createRequestContext(config, new Executor(db.driver, db.database));
      const response = await server.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { result: response.body.singleResult, statements: context.sent.length };
    },
  };
}
