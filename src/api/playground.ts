import type http from 'node:http';

/**
 * The pages a browser gets from the service. The interactive playground
 * (GraphiQL, bundled, no CDN) is served here; until it is built, `/` lists
 * where things are.
 */
export function servePlayground(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean {
  if (req.method !== 'GET' || (url.pathname !== '/' && url.pathname !== '/graphql')) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>summitgraph</title></head>
<body><h1>summitgraph</h1><p>GraphQL: POST <code>/graphql</code>. Operators: <a href="/health">/health</a>, <a href="/ready">/ready</a>.</p></body></html>`);
  return true;
}
