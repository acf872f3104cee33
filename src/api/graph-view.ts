import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { moduleFile } from './playground';

/**
 * The graph view: the neighbourhood of any node as an interactive graph
 * (Cytoscape.js from the npm registry), fed by the GraphQL API, served by the
 * service itself. `/graph?id=meeting:2021-06-14-brussels`.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>summitgraph graph view</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; display: grid; grid-template-columns: 1fr 380px; grid-template-rows: auto 1fr; height: 100vh; }
  header { grid-column: 1 / 3; padding: 8px 12px; background: #1f3b5a; color: #fff; display: flex; gap: 12px; align-items: center; }
  header a { color: #cde; }
  header form { margin-left: auto; }
  #graph { border-right: 1px solid #ddd; }
  #details { padding: 12px 16px; overflow: auto; }
  blockquote { margin: 8px 0; padding: 8px 12px; background: #f4f4f4; border-left: 3px solid #c0392b; }
  .type, .source { color: #666; font-size: 12px; }
</style>
</head>
<body>
<header><strong>summitgraph</strong> graph view <a href="/">playground</a>
  <form action="/graph"><input id="centre" name="id" size="36" aria-label="node id"> <button>Show</button></form></header>
<div id="graph"></div>
<div id="details">Click a node to see where the letters say so, and to expand it.</div>
<script src="/graph/cytoscape.js"></script>
<script src="/graph/view.js"></script>
</body>
</html>
`;

let assets: Map<string, Buffer> | undefined;

function graphAssets(): Map<string, Buffer> {
  assets ??= new Map([
    ['/graph/cytoscape.js', fs.readFileSync(moduleFile('cytoscape/dist/cytoscape.min.js'))],
    ['/graph/view.js', fs.readFileSync(path.join(PROJECT_ROOT, 'src', 'api', 'static', 'graph-view.js'))],
  ]);
  return assets;
}

/** Serves the graph view and its scripts; false for any other path. */
export function serveGraphView(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.pathname === '/graph') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(PAGE);
    return true;
  }
  const script = graphAssets().get(url.pathname);
  if (!script) return false;
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
  res.end(script);
  return true;
}
