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
  // Values that look like our ids (meeting:2021-06-14-brussels, person:rutte, country:UKR, ...).
  var ID = /^(meeting|person|country|org|group|topic|office|document|decision|commitment|stance|attendance):[^\\s"]+$/;
  var link = document.getElementById('graph-link');

  function graphHref(id) { return '/graph?id=' + encodeURIComponent(id); }

  /** The first id in a result, depth first, in the order the result lists it. */
  function firstId(value) {
    if (typeof value === 'string') return ID.test(value) ? value : null;
    if (value && typeof value === 'object') {
      var keys = Object.keys(value);
      for (var i = 0; i < keys.length; i++) {
        var found = firstId(value[keys[i]]);
        if (found) return found;
      }
    }
    return null;
  }

  /** The Graph view button opens the first id of the last result, else what the operation's variables name (an id or a name). */
  function follow(result, variables) {
    var id = firstId(result && result.data);
    if (!id && variables && typeof variables === 'object') {
      id = firstId(variables);
      if (!id) {
        var named = Object.keys(variables).map(function (k) { return variables[k]; }).filter(function (v) { return typeof v === 'string' && v.trim() !== ''; })[0];
        id = named || null;
      }
    }
    link.setAttribute('href', id ? graphHref(id) : '/graph');
    link.textContent = id ? 'Graph view: ' + id : 'Graph view';
  }

  var base = GraphiQL.createFetcher({ url: '/graphql' });
  function fetcher(params, options) {
    var answer = base(params, options);
    if (params.operationName === 'IntrospectionQuery') return answer;
    var variables = params.variables;
    var seen = function (result) {
      if (result && (result.data || result.errors)) follow(result, variables);
      return result;
    };
    return Promise.resolve(answer).then(function (result) {
      // The fetcher answers with a stream of results when the server may send them in parts.
      if (!result || typeof result[Symbol.asyncIterator] !== 'function') return seen(result);
      var iterator = result[Symbol.asyncIterator]();
      var stream = {};
      stream[Symbol.asyncIterator] = function () {
        return {
          next: function () { return iterator.next().then(function (step) { if (!step.done) seen(step.value); return step; }); },
          return: function (value) { return iterator.return ? iterator.return(value) : Promise.resolve({ done: true, value: value }); },
        };
      };
      return stream;
    });
  }

  // Ids in the result pane are links to the graph view: marked as CodeMirror draws them, opened on a click.
  function markIds(root) {
    var strings = root.querySelectorAll('.result-window .cm-string:not(.sg-id)');
    for (var i = 0; i < strings.length; i++) {
      var text = strings[i].textContent.replace(/^"|"$/g, '');
      if (ID.test(text)) { strings[i].classList.add('sg-id'); strings[i].setAttribute('title', 'Open ' + text + ' in the graph view'); }
    }
  }
  new MutationObserver(function () { markIds(document); }).observe(document.getElementById('graphiql'), { childList: true, subtree: true });
  document.addEventListener('click', function (event) {
    var target = event.target.closest && event.target.closest('.sg-id');
    if (target) window.open(graphHref(target.textContent.replace(/^"|"$/g, '')), '_blank');
  });

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true, defaultTabs: ${JSON.stringify(exampleTabs())} }));
})();
`;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>summitgraph playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground/graphiql.css">
<style>
  body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }
  #timeline-link { position: fixed; right: 120px; bottom: 12px; z-index: 10; font: 13px system-ui; background: #1f3b5a; color: #fff; padding: 6px 10px; border-radius: 4px; text-decoration: none; }
  #graph-link { position: fixed; right: 16px; bottom: 12px; z-index: 10; font: 13px system-ui; background: #1f3b5a; color: #fff; padding: 6px 10px; border-radius: 4px; text-decoration: none; max-width: calc(100vw - 32px); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .result-window .sg-id { text-decoration: underline; cursor: pointer; }
  /* On a narrow screen the editors sit above the result, each with half the height, instead of side by side. */
  @media (max-width: 800px) {
    .graphiql-container .graphiql-session { flex-direction: column; }
    .graphiql-container .graphiql-session > div:not(.graphiql-horizontal-drag-bar) { flex: 1 1 0% !important; min-height: 0; width: 100%; }
    .graphiql-container .graphiql-horizontal-drag-bar { display: none !important; }
  }
</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<a id="graph-link" href="/graph">Graph view</a>
<a id="timeline-link" href="/timeline?topic=open-door&amp;subjects=country:UKR,country:GEO">Timeline</a>
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
