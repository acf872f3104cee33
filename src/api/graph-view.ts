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
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>summitgraph graph view</title>
<link rel="icon" href="data:,">
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px system-ui, sans-serif; display: grid; grid-template-columns: minmax(0, 1fr) 360px; grid-template-rows: auto auto minmax(0, 1fr); height: 100vh; }
  header { grid-column: 1 / 3; padding: 8px 12px; background: #1f3b5a; color: #fff; display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; }
  header a { color: #cde; }
  #find { margin-left: auto; position: relative; display: flex; gap: 4px; flex: 0 1 420px; min-width: 0; }
  #find input { flex: 1; min-width: 0; font: inherit; padding: 3px 6px; }
  #suggestions { position: absolute; top: 100%; left: 0; right: 0; z-index: 20; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; color: #222; border: 1px solid #999; box-shadow: 0 4px 12px rgba(0,0,0,.2); max-height: 60vh; overflow: auto; }
  #suggestions li { padding: 6px 8px; cursor: pointer; border-bottom: 1px solid #eee; }
  #suggestions li:hover, #suggestions li.active { background: #eef4fb; }
  #suggestions .alias, #suggestions .type { color: #666; font-size: 12px; }
  #status { grid-column: 1 / 3; padding: 8px 12px; background: #fdecea; color: #8a1c12; border-bottom: 1px solid #e6b0aa; display: flex; gap: 12px; align-items: center; }
  #status[hidden] { display: none; }
  header { grid-row: 1; }
  #status { grid-row: 2; }
  #graph-pane { grid-row: 3; grid-column: 1; position: relative; min-height: 0; border-right: 1px solid #ddd; }
  #side { grid-row: 3; grid-column: 2; }
  #graph { position: absolute; inset: 0; }
  #tip { position: absolute; z-index: 5; max-width: 250px; padding: 6px 8px; background: #333; color: #fff; font-size: 12px; border-radius: 4px; pointer-events: none; }
  #side { padding: 8px 16px 12px; overflow: auto; min-height: 0; }
  #legend ul { list-style: none; margin: 4px 0; padding: 0; font-size: 12px; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 8px; }
  #legend ul.edges { grid-template-columns: 1fr; color: #444; }
  .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; vertical-align: middle; }
  .line { display: inline-block; width: 24px; vertical-align: middle; }
  blockquote { margin: 8px 0; padding: 8px 12px; background: #f4f4f4; border-left: 3px solid #c0392b; }
  .type, .source { color: #666; font-size: 12px; }
  @media (max-width: 800px) {
    body { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto auto 60vh auto; height: auto; }
    header, #status { grid-column: 1; }
    #graph-pane { grid-column: 1; }
    #side { grid-row: 4; grid-column: 1; }
    #find { margin-left: 0; flex: 1 1 100%; }
    #graph-pane { border-right: 0; border-bottom: 1px solid #ddd; }
  }
</style>
</head>
<body>
<header><strong>summitgraph</strong> graph view <a href="/">playground</a>
  <form id="find" action="/graph" autocomplete="off" role="search"><input id="centre" name="id" placeholder="A name or id: Mark Rutte, Oekraïne, open deur" aria-label="name or id" aria-controls="suggestions"> <button>Show</button>
  <ul id="suggestions" role="listbox" hidden></ul></form></header>
<div id="status" role="alert" hidden></div>
<div id="graph-pane"><div id="graph"></div><div id="tip" hidden></div></div>
<div id="side"><details id="legend" open></details>
<div id="details">Click a node to see where the letters say so, and to show its neighbours. Hover over a claim for its summary.</div></div>
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
