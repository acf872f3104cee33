import path from 'node:path';

/** Where the project lives: schema/, cypher/, seeds/ and .neo4j/ are found from here. */
export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

/** How summitgraph reaches Neo4j: its own local server, or one the user points at. */
export type Neo4jTarget =
  | {
      mode: 'local';
      uri: string;
      username: 'neo4j';
      database: 'neo4j';
      /** The folder that holds the local Neo4j's jars, configuration, data, logs and password. */
      home: string;
      boltPort: number;
      httpPort: number;
      heap: string;
      /** JAVA_HOME, when set: the Java that runs the local Neo4j. */
      javaHome: string | undefined;
      connectTimeoutMs: number;
    }
  | {
      mode: 'external';
      uri: string;
      username: string;
      password: string;
      database: string;
      /** How long to wait for a connection to Neo4j, and how long a request retries one that fails. */
      connectTimeoutMs: number;
    };

export interface Config {
  neo4j: Neo4jTarget;
  server: { host: string; port: number };
  limits: {
    /** Deepest selection set a GraphQL operation may have. */
    maxDepth: number;
    /** Largest estimated cost (items a response may hold) an operation may have. */
    maxCost: number;
    /** Most aliased fields an operation may run. */
    maxAliases: number;
    /** Most tokens (names, punctuation, values) a GraphQL document may have; parsing stops beyond. */
    maxTokens: number;
    /** Neo4j transaction timeout for one API request, in milliseconds. */
    queryTimeoutMs: number;
  };
  /** Log each Cypher statement and its parameters to stderr. */
  logCypher: boolean;
}

/** Thrown when the environment is not usable; `problems` holds one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`summitgraph cannot start, the configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const URI_PATTERN = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/;
const HEAP_PATTERN = /^\d+[mMgG]$/;

/**
 * Reads and validates the environment once. Every problem is reported, one
 * line each, naming the variable, what it expects and what it got; nothing
 * else in the project reads `process.env`.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  // Decimal digits only: Number() would also take '1e3', '0x10' and a blank (as 0).
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = /^[0-9]{1,9}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}: expected a whole number from ${min} to ${max}, got '${raw}'`);
      return fallback;
    }
    return value;
  };

  // 0 asks the operating system for a free port (tests use it).
  const port = integer('PORT', 4000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const maxDepth = integer('SUMMITGRAPH_MAX_DEPTH', 10, 2, 50);
  const maxCost = integer('SUMMITGRAPH_MAX_COST', 100_000, 100, 10_000_000);
  const maxAliases = integer('SUMMITGRAPH_MAX_ALIASES', 50, 1, 10_000);
  // graphql-js's own validation takes time quadratic in the fields of one selection set, and recursion
  // as deep as a chain of fragments is long: the token limit bounds both before it runs.
  const maxTokens = integer('SUMMITGRAPH_MAX_TOKENS', 2_000, 100, 10_000);
  const queryTimeoutMs = integer('SUMMITGRAPH_QUERY_TIMEOUT_MS', 10_000, 100, 600_000);
  const connectTimeoutMs = integer('SUMMITGRAPH_CONNECT_TIMEOUT_MS', 2_000, 100, 600_000);

  let neo4j: Neo4jTarget;
  const uri = env.NEO4J_URI;
  if (uri !== undefined && uri !== '') {
    if (!URI_PATTERN.test(uri)) {
      problems.push(`NEO4J_URI: expected bolt://, neo4j:// or their +s/+ssc forms, got '${uri}'`);
    }
    const password = env.NEO4J_PASSWORD;
    if (password === undefined || password === '') {
      problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set (the password of NEO4J_USERNAME)');
    }
    for (const name of ['SUMMITGRAPH_BOLT_PORT', 'SUMMITGRAPH_HTTP_PORT', 'SUMMITGRAPH_NEO4J_HEAP']) {
      if (env[name]) problems.push(`${name}: only applies to the local Neo4j; unset it, or unset NEO4J_URI`);
    }
    neo4j = {
      mode: 'external',
      uri,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: password ?? '',
      database: env.NEO4J_DATABASE || 'neo4j',
      connectTimeoutMs,
    };
  } else {
    for (const name of ['NEO4J_USERNAME', 'NEO4J_PASSWORD']) {
      if (env[name]) problems.push(`${name}: set without NEO4J_URI; set NEO4J_URI too, or unset ${name} to use the local Neo4j`);
    }
    if (env.NEO4J_DATABASE && env.NEO4J_DATABASE !== 'neo4j') {
      problems.push(`NEO4J_DATABASE: the local Neo4j (Community edition) has the one database 'neo4j', got '${env.NEO4J_DATABASE}'`);
    }
    const heap = env.SUMMITGRAPH_NEO4J_HEAP || '2g';
    if (!HEAP_PATTERN.test(heap)) {
      problems.push(`SUMMITGRAPH_NEO4J_HEAP: expected a size such as 512m or 2g, got '${heap}'`);
    }
    const boltPort = integer('SUMMITGRAPH_BOLT_PORT', 7687, 1, 65535);
    const httpPort = integer('SUMMITGRAPH_HTTP_PORT', 7474, 1, 65535);
    if (boltPort === httpPort) problems.push(`SUMMITGRAPH_HTTP_PORT: must differ from SUMMITGRAPH_BOLT_PORT, both are ${boltPort}`);
    neo4j = {
      mode: 'local',
      uri: `bolt://127.0.0.1:${boltPort}`,
      username: 'neo4j',
      database: 'neo4j',
      home: path.resolve(PROJECT_ROOT, env.SUMMITGRAPH_NEO4J_HOME || '.neo4j/server'),
      boltPort,
      httpPort,
      heap,
      javaHome: env.JAVA_HOME || undefined,
      connectTimeoutMs,
    };
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    neo4j,
    server: { host, port },
    limits: { maxDepth, maxCost, maxAliases, maxTokens, queryTimeoutMs },
    logCypher: /(^|,)summitgraph:cypher(,|$)|(^|,)summitgraph:\*/.test(env.DEBUG ?? ''),
  };
}
