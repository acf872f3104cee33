import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * Two pages for reading the graph, served by the service itself and fed by
 * the GraphQL API:
 * - the timeline of a topic, one lane per holder:
 *   `/timeline?topic=<id or name>&subjects=<comma-separated ids or names>[&actor=<id or name>]`;
 * - the letter reader, with every claim's evidence highlighted and one quote marked:
 *   `/letter?id=<document id>#<start>-<end>`.
 */

const BAND = (form: string) => `<header class="band">
<a class="brand" href="/">summitgraph</a>
<nav><a href="/">playground</a><a href="/graph">graph view</a><a href="/timeline?topic=open-door&amp;subjects=country:UKR,country:GEO">timeline</a></nav>
${form}
</header>`;

function page(title: string, body: string, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/pages/pages.css">
</head>
<body>
${body}
<script src="/pages/pages.js"></script>
<script src="/pages/${script}"></script>
</body>
</html>
`;
}

const TIMELINE = page(
  'summitgraph timeline',
  `${BAND(`<form action="/timeline" role="search">
<label>Topic <input id="topic" name="topic" placeholder="open-door"></label>
<label>About <input id="subjects" name="subjects" placeholder="Ukraine, Georgia"></label>
<label>Held by <input id="actor" name="actor" placeholder="anyone"></label>
<button>Show</button>
</form>`)}
<div class="page timeline-page">
<main>
<h1 id="heading">Timeline</h1>
<p class="sub"><span id="count"></span> Decisions, commitments and stances in date order, one lane for each holder. Click an entry for its quote.</p>
<ul class="legend" aria-label="Legend">
<li class="kind-decision"><span class="marker"></span>decision</li>
<li class="kind-commitment"><span class="marker"></span>commitment</li>
<li class="kind-stance"><span class="marker"></span>stance</li>
<li><span class="marker"></span>filled: taken (reported as done)</li>
<li class="status-expected"><span class="marker"></span>hollow: expected (announced ahead)</li>
</ul>
<div id="status" class="status" role="status" aria-live="polite"></div>
<div id="timeline" class="timeline"></div>
</main>
<aside><div id="details" class="details" aria-live="polite"><p class="hint">Click an entry to see the quote it rests on, and open the letter at that quote.</p></div></aside>
</div>`,
  'timeline.js',
);

const LETTER = page(
  'summitgraph letter',
  `${BAND(`<form action="/letter" role="search"><label>Letter <input id="letter-id" name="id" placeholder="document:kst-28676-372"></label><button>Open</button></form>`)}
<div class="page letter-page">
<main>
<div class="letter-head"><h1 id="heading">Letter</h1>
<p id="meta" class="sub"></p></div>
<ul class="legend" aria-label="Legend">
<li class="kind-attendance"><span class="marker"></span>attendance</li>
<li class="kind-decision"><span class="marker"></span>decision</li>
<li class="kind-commitment"><span class="marker"></span>commitment</li>
<li class="kind-stance"><span class="marker"></span>stance</li>
<li><span class="marker" style="--k:#f1c40f"></span>the quote asked for</li>
</ul>
<div id="status" class="status" role="status" aria-live="polite"></div>
<p id="notice" class="notice" hidden></p>
<div id="text" class="letter-text" lang="nl"></div>
</main>
<aside><button type="button" id="close-details" class="close-details link-button">Close</button><div id="details" class="details" aria-live="polite"></div></aside>
</div>`,
  'letter.js',
);

interface Asset {
  body: string | Buffer;
  type: string;
}

let assets: Map<string, Asset> | undefined;

function readerAssets(): Map<string, Asset> {
  const file = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'src', 'api', 'static', name));
  const js = 'text/javascript; charset=utf-8';
  assets ??= new Map([
    ['/pages/pages.css', { body: file('pages.css'), type: 'text/css; charset=utf-8' }],
    ['/pages/pages.js', { body: file('pages.js'), type: js }],
    ['/pages/timeline.js', { body: file('timeline.js'), type: js }],
    ['/pages/letter.js', { body: file('letter.js'), type: js }],
  ]);
  return assets;
}

const PAGES: Record<string, string> = { '/timeline': TIMELINE, '/letter': LETTER };

/** Serves the timeline, the letter reader and their files; false for any other path. */
export function serveReaderPages(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const html = PAGES[url.pathname];
  if (html !== undefined) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(html);
    return true;
  }
  const asset = readerAssets().get(url.pathname);
  if (!asset) return false;
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
  res.end(asset.body);
  return true;
}
