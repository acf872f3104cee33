/**
 * The query benchmark's peer: @neo4j/graphql 7 over the same Neo4j, serving
 * the graph through the API it generates from bench/peer/type-defs.graphql,
 * with Apollo Server at POST /graphql.
 *
 *   node dist/bench/peer/server.js      (Neo4j from the environment, as for the service; PORT, HOST)
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { connect } from '../../src/db/connect';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await connect(config.neo4j);
  const typeDefs = fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'peer', 'type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver: db.driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: config.server.port, host: config.server.host },
    context: async () => ({ sessionConfig: { database: db.database } }),
  });
  console.log(`peer listening at ${url.replace('localhost', config.server.host)}`);
  const stop = () => void apollo.stop().then(() => db.driver.close());
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
