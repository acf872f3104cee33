import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import { apolloOptions, createRequestContext, type RequestContext } from './graphql';
import { readiness } from './readiness';
import { servePlayground } from './playground';
import { serveGraphView } from './graph-view';
import { serveReaderPages } from './reader-pages';

export interface RunningService {
  url: string;
  port: number;
  /** Stops taking requests, lets in-flight ones finish, then stops Apollo. */
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Starts the HTTP service: GraphQL at /graphql, the playground at /, the
 * graph view at /graph, the timeline at /timeline, the letter reader at /letter, and /health and /ready for operators. Binding a taken port fails with a
 * sentence that names the port and the setting that changes it.
 */
export async function startService(config: Config, executor: Executor): Promise<RunningService> {
  const httpServer = http.createServer();
  const options = apolloOptions(config);
  const apollo = new ApolloServer<RequestContext>({
    ...options,
    plugins: [...(options.plugins ?? []), ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  } as typeof options);
  await apollo.start();

  httpServer.on('request', (req, res) => {
    route(req, res, apollo, config, executor).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
      console.error('request failed:', error);
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(`port ${config.server.port} on ${config.server.host} is already in use; stop the process that holds it or set PORT`)
            : error,
        ),
      );
      httpServer.listen(config.server.port, config.server.host, () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${config.server.host}:${port}`,
    port,
    stop: () => apollo.stop(),
  };
}

async function route(req: http.IncomingMessage, res: http.ServerResponse, apollo: ApolloServer<RequestContext>, config: Config, executor: Executor): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname === '/ready') {
    const state = await readiness(executor, { retryForMs: config.neo4j.connectTimeoutMs });
    return sendJson(res, state.ready ? 200 : 503, state);
  }
  if (url.pathname === '/graphql' && !(req.method === 'GET' && prefersHtml(req) && !url.searchParams.has('query'))) {
    return serveGraphQL(req, res, url, apollo, config, executor);
  }
  if (servePlayground(req, res, url) || serveGraphView(req, res, url) || serveReaderPages(req, res, url)) return;
  sendJson(res, 404, { error: `nothing at ${url.pathname}; GraphQL is at /graphql, the playground at /` });
}

async function serveGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL, apollo: ApolloServer<RequestContext>, config: Config, executor: Executor): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (req.method === 'POST') {
    const raw = await readBody(req);
    if (raw === null) return sendJson(res, 413, { errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes` }] });
    try {
      body = raw.length > 0 ? JSON.parse(raw) : {};
    } catch {
      return sendJson(res, 400, { errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createRequestContext(config, executor),
  });
  // Answers are never cached: they change whenever letters are loaded.
  res.setHeader('cache-control', 'no-store');
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function prefersHtml(req: http.IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

