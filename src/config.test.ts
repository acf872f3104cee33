import { ConfigError, loadConfig } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs its own local Neo4j when NEO4J_URI is not set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({ mode: 'local', uri: 'bolt://127.0.0.1:7687', username: 'neo4j', database: 'neo4j', boltPort: 7687, httpPort: 7474 });
    expect(config.server).toEqual({ host: '127.0.0.1', port: 4000 });
  });

  it('uses the database NEO4J_URI names, with the credentials Neo4j tools use', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'reader', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ mode: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', username: 'reader', password: 'pw', database: 'graph', connectTimeoutMs: 2000 });
  });

  it.each(['bolt://localhost:7687', 'neo4j://db:7687', 'bolt+ssc://10.0.0.1', 'neo4j+s://x.io'])('accepts the URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw' }).neo4j.uri).toBe(uri);
  });

  it('names the variable, what it expects and what it got', () => {
    expect(problemsOf({ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'pw' })).toEqual([
      "NEO4J_URI: expected bolt://, neo4j:// or their +s/+ssc forms, got 'localhost:7687'",
    ]);
    expect(problemsOf({ PORT: 'eighty' })).toEqual(["PORT: expected a whole number from 0 to 65535, got 'eighty'"]);
  });

  it('reports every problem at once, one line each', () => {
    const problems = problemsOf({ NEO4J_URI: 'http://x', PORT: '70000', SUMMITGRAPH_MAX_DEPTH: '1' });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/NEO4J_PASSWORD: required when NEO4J_URI is set/);
    const error = (() => {
      try {
        loadConfig({ PORT: '0.5' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/^summitgraph cannot start, the configuration has a problem:\n  PORT:/);
  });

  it('rejects settings that contradict each other', () => {
    expect(problemsOf({ NEO4J_PASSWORD: 'pw' })).toEqual([
      'NEO4J_PASSWORD: set without NEO4J_URI; set NEO4J_URI too, or unset NEO4J_PASSWORD to use the local Neo4j',
    ]);
    expect(problemsOf({ NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: 'pw', SUMMITGRAPH_BOLT_PORT: '7688' })).toEqual([
      'SUMMITGRAPH_BOLT_PORT: only applies to the local Neo4j; unset it, or unset NEO4J_URI',
    ]);
    expect(problemsOf({ SUMMITGRAPH_BOLT_PORT: '7000', SUMMITGRAPH_HTTP_PORT: '7000' })).toEqual([
      'SUMMITGRAPH_HTTP_PORT: must differ from SUMMITGRAPH_BOLT_PORT, both are 7000',
    ]);
    expect(problemsOf({ SUMMITGRAPH_NEO4J_HEAP: 'lots' })).toEqual(["SUMMITGRAPH_NEO4J_HEAP: expected a size such as 512m or 2g, got 'lots'"]);
  });

  it.each(['1e3', '0x10', ' ', ' 80', '80 ', '+80', '80.0', '-1', '65536', '99999999999'])('accepts only decimal digits from 0 to 65535 as PORT, not %p', (port) => {
    expect(problemsOf({ PORT: port })).toEqual([`PORT: expected a whole number from 0 to 65535, got '${port}'`]);
  });

  it('takes PORT as decimal digits, and unset or empty as the default', () => {
    expect(loadConfig({ PORT: '8080' }).server.port).toBe(8080);
    expect(loadConfig({ PORT: '0' }).server.port).toBe(0);
    expect(loadConfig({ PORT: '' }).server.port).toBe(4000);
  });

  it('reads the limits and the connection timeout, with defaults', () => {
    expect(loadConfig({}).limits).toEqual({ maxDepth: 10, maxCost: 100_000, maxAliases: 50, maxTokens: 2000, queryTimeoutMs: 10_000 });
    expect(loadConfig({}).neo4j.connectTimeoutMs).toBe(2000);
    const config = loadConfig({ SUMMITGRAPH_MAX_ALIASES: '5', SUMMITGRAPH_MAX_TOKENS: '500', SUMMITGRAPH_CONNECT_TIMEOUT_MS: '750' });
    expect(config.limits).toMatchObject({ maxAliases: 5, maxTokens: 500 });
    expect(config.neo4j.connectTimeoutMs).toBe(750);
    expect(problemsOf({ SUMMITGRAPH_MAX_ALIASES: '0', SUMMITGRAPH_MAX_TOKENS: '100000', SUMMITGRAPH_CONNECT_TIMEOUT_MS: '2s' })).toEqual([
      "SUMMITGRAPH_MAX_ALIASES: expected a whole number from 1 to 10000, got '0'",
      "SUMMITGRAPH_MAX_TOKENS: expected a whole number from 100 to 10000, got '100000'",
      "SUMMITGRAPH_CONNECT_TIMEOUT_MS: expected a whole number from 100 to 600000, got '2s'",
    ]);
  });

  it('turns on Cypher logging with DEBUG=summitgraph:cypher', () => {
    expect(loadConfig({ DEBUG: 'summitgraph:cypher' }).logCypher).toBe(true);
    expect(loadConfig({ DEBUG: 'other' }).logCypher).toBe(false);
  });
});
