import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { PROJECT_ROOT } from '../config';

/**
 * The playground: GraphiQL from the npm registry, served by the service
 * itself so that it works with no internet access, with the contract's
 * journeys preloaded as tabs.
 */

interface Asset {
  body: Buffer;
  type: string;
}

// Variables that make each journey answer with real data from the seed letters.
const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  MinisterTrail: { name: 'Rutte' },
  DecisionsAtMeeting: { meeting: 'meeting:2021-06-14-brussels' },
  DecisionsOnTopic: { topic: 'topic:open-door' },
  Search: { text: 'Oekraïne' },
};

let assets: Map<string, Asset> | undefined;

/** A file inside an installed package, found from the package's entry point whatever its `exports` allow. */
export function moduleFile(relative: string): string {
  const [name, ...rest] = relative.split('/');
  let root = path.dirname(require.resolve(name, { paths: [PROJECT_ROOT] }));
  while (!fs.existsSync(path.join(root, 'package.json')) || JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).name !== name) {
    const parent = path.dirname(root);
    if (parent === root) throw new Error(`cannot find the folder of the package ${name}`);
    root = parent;
  }
  return path.join(root, ...rest);
}

/** The files the page loads, read once. */
function playgroundAssets(): Map<string, Asset> {
  if (assets) return assets;
  const js = 'text/javascript; charset=utf-8';
  assets = new Map([
    ['/playground/react.js', { body: fs.readFileSync(moduleFile('react/umd/react.production.min.js')), type: js }],
    ['/playground/react-dom.js', { body: fs.readFileSync(moduleFile('react-dom/umd/react-dom.production.min.js')), type: js }],
    ['/playground/graphiql.js', { body: fs.readFileSync(moduleFile('graphiql/graphiql.min.js')), type: js }],
    ['/playground/graphiql.css', { body: fs.readFileSync(moduleFile('graphiql/graphiql.min.css')), type: 'text/css; charset=utf-8' }],
    ['/playground/start.js', { body: Buffer.from(startScript()), type: js }],
  ]);
  return assets;
}

/** The journeys of examples/journeys.graphql, one tab each, with variables filled in. */
export function exampleTabs(): Array<{ query: string; variables?: string }> {
  const document = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'journeys.graphql'), 'utf8'));
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((operation) => {
      const variables = EXAMPLE_VARIABLES[operation.name?.value ?? ''];
      return { query: print(operation), ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}) };
    });
}

function startScript(): string {
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true, defaultTabs: ${JSON.stringify(exampleTabs())} }));
})();
`;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>summitgraph playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/graphiql.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<a id="graph-link" href="/graph" style="position:fixed;right:16px;bottom:12px;z-index:10;font:13px system-ui;background:#1f3b5a;color:#fff;padding:6px 10px;border-radius:4px;text-decoration:none">Graph view</a>
<a id="timeline-link" href="/timeline?topic=open-door&amp;subjects=country:UKR,country:GEO" style="position:fixed;right:120px;bottom:12px;z-index:10;font:13px system-ui;background:#1f3b5a;color:#fff;padding:6px 10px;border-radius:4px;text-decoration:none">Timeline</a>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/start.js"></script>
</body>
</html>
`;

/** Serves the playground page at / (and /graphql for a browser) and its files; false for anything else. */
export function servePlayground(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (url.pathname === '/' || url.pathname === '/graphql') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(PAGE);
    return true;
  }
  const asset = playgroundAssets().get(url.pathname);
  if (!asset) return false;
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  res.end(asset.body);
  return true;
}
