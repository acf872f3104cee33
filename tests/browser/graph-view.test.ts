import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium';
import { startTestService, type TestService } from '../support/service';

/**
 * The graph view as people read it, in Chromium: labels that do not overlap,
 * attendance as captioned edges, positions kept when a node is expanded,
 * finding a node by its Dutch name, a usable graph on a phone, and errors
 * shown as what they are, with a retry that works.
 */
// Screenshots go to the git-ignored artifacts/; docs/screenshots/graph-view.png is a copy of graph-view-brussels.png.
const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts');
const BRUSSELS = 'meeting:2021-06-14-brussels';
let service: TestService;
let browser: Browser;
const scriptErrors: string[] = [];

beforeAll(async () => {
  const executablePath = ensureChromium();
  service = await startTestService();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

async function openPage(width = 1280, height = 800): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  return page;
}

async function openGraph(page: Page, id: string): Promise<void> {
  await page.goto(`${service.url}/graph?id=${encodeURIComponent(id)}`);
  await page.waitForSelector('body[data-nodes][data-busy="0"]');
}

/** Pairs of visible nodes whose boxes, label included, overlap on screen. */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = (globalThis as any).summitgraphView;
    const boxes = view.nodes(':visible').map((n: any) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: true, includeEdges: false }) }));
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${boxes[i].id} / ${boxes[j].id}`);
      }
    }
    return pairs;
  });
}

function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => Number((globalThis as any).document.body.getAttribute('data-nodes')));
}

/** Clicks where Cytoscape drew the node. */
async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    const view = (globalThis as any).summitgraphView;
    const box = view.container().getBoundingClientRect();
    const position = view.getElementById(nodeId).renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  await page.mouse.click(at.x, at.y);
}

describe('the meeting graph of the 2021 Brussels summit', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage();
    await openGraph(page, BRUSSELS);
  });
  afterAll(() => page.close());

  it('draws its attendees, claims and letters with no label over another, at a zoom that keeps labels their size', async () => {
    expect(await nodeCount(page)).toBeGreaterThan(20);
    expect(await overlappingLabels(page)).toEqual([]);
    const zoom = await page.evaluate(() => (globalThis as any).summitgraphView.zoom());
    expect(zoom).toBeGreaterThan(0.5);
    expect(zoom).toBeLessThanOrEqual(2);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'graph-view-brussels.png') });
  });

  it('draws attendance as edges from each person to the meeting, labelled with the person and the status', async () => {
    const attendance = await page.evaluate(() => {
      const view = (globalThis as any).summitgraphView;
      return {
        nodes: view.nodes('[type = "Attendance"]').length,
        edges: view.edges('[caption]').map((e: any) => ({ from: e.source().id(), to: e.target().id(), caption: e.data('caption') })),
      };
    });
    expect(attendance.nodes).toBe(0);
    expect(attendance.edges).toEqual(expect.arrayContaining([{ from: 'person:rutte', to: 'meeting:2021-06-14-brussels', caption: 'Rutte · attended' }]));
    expect(attendance.edges.length).toBeGreaterThanOrEqual(3);
    for (const edge of attendance.edges) expect(edge.caption).toMatch(/^\S.* · (attended|planned|invited|represented)$/);
  });

  it('shows a claim with its date, its quote and a link to that place in the letter, and the meeting with a timeline link', async () => {
    const claim = await page.evaluate(() => {
      const node = (globalThis as any).summitgraphView.nodes('[type = "Decision"]')[0];
      node.emit('tap');
      return { id: node.id(), label: node.data('label') };
    });
    expect(claim.label).toMatch(/ · .*\n\d{4}-\d{2}-\d{2}$/);
    await page.locator('#details code', { hasText: claim.id }).waitFor();
    const letter = await page.locator('#details a.letter').first().getAttribute('href');
    expect(letter).toMatch(/^\/letter\?id=document%3A[^#]+#\d+-\d+$/);
    expect(await page.locator('#details blockquote').first().innerText()).toMatch(/\S{3,}/);
    // Wait for the claim's own neighbourhood before moving on, so no fetch is left running.
    await page.waitForSelector('body[data-busy="0"]');

    // Braces: what emit returns is the node, which playwright would try to copy out of the page.
    await page.evaluate((id) => {
      (globalThis as any).summitgraphView.getElementById(id).emit('tap');
    }, BRUSSELS);
    expect(await page.locator('#details a.timeline').getAttribute('href')).toBe(`/timeline?meeting=${encodeURIComponent(BRUSSELS)}`);
  });

  it('keeps every node where it was when a node is expanded, and places only the new ones', async () => {
    const positions = () =>
      page.evaluate(() => {
        const out: Record<string, { x: number; y: number }> = {};
        (globalThis as any).summitgraphView.nodes().forEach((n: any) => (out[n.id()] = { ...n.position() }));
        return out;
      });
    const before = await positions();
    const count = Object.keys(before).length;
    await clickNode(page, 'person:rutte');
    await page.waitForFunction((n) => Number((globalThis as any).document.body.getAttribute('data-nodes')) > n, count);
    await page.waitForSelector('body[data-busy="0"]');
    const after = await positions();
    const moved = Object.keys(before).filter((id) => Math.hypot(after[id].x - before[id].x, after[id].y - before[id].y) > 0.5);
    expect(moved).toEqual([]);
    expect(Object.keys(after).length).toBeGreaterThan(count);
    expect(await overlappingLabels(page)).toEqual([]);
  });

  it('hides a type of node with its checkbox in the legend', async () => {
    await page.locator('#legend input[data-type="Stance"]').uncheck();
    const visible = await page.evaluate(() => (globalThis as any).summitgraphView.nodes('[type = "Stance"]:visible').length);
    expect(visible).toBe(0);
    await page.locator('#legend input[data-type="Stance"]').check();
    // The graph redraws on the next frame: wait for the stances to come back rather than read them at once.
    await page.waitForFunction(() => (globalThis as any).summitgraphView.nodes('[type = "Stance"]:visible').length > 0, undefined, { timeout: 5000 });
  });

  it('shows every claim of the meeting on asking (up to the 60 of each kind the API allows at once), placed beside the others without overlaps', async () => {
    await page.evaluate((id) => {
      (globalThis as any).summitgraphView.getElementById(id).emit('tap');
    }, BRUSSELS);
    const shown = await page.locator('#details p.type', { hasText: 'Showing' }).innerText();
    const totals = [...shown.matchAll(/(\d+) of (\d+)/g)].map((m) => Number(m[2]));
    const label = await page.locator('#more').innerText();
    // A list longer than the cap shows its first 60, and the button says so.
    const cap = 60;
    expect(label).toBe(totals.some((t) => t > cap) ? `Show ${cap} of each` : 'Show all');
    const before = await nodeCount(page);
    await page.locator('#more').click();
    await page.waitForFunction((n) => Number((globalThis as any).document.body.getAttribute('data-nodes')) > n, before);
    await page.waitForSelector('body[data-busy="0"]');
    const claims = await page.evaluate((id) => (globalThis as any).summitgraphView.getElementById(id).neighborhood('node[type = "Decision"], node[type = "Commitment"], node[type = "Stance"]').length, BRUSSELS);
    expect(claims).toBe(totals.reduce((a, b) => a + Math.min(b, cap), 0));
    expect(await overlappingLabels(page)).toEqual([]);
  });
});

it('finds Ukraine by its Dutch name as it is typed, and opens it', async () => {
  const page = await openPage();
  await openGraph(page, BRUSSELS);
  await page.locator('#centre').fill('');
  await page.locator('#centre').pressSequentially('Oekraïne', { delay: 20 });
  const suggestion = page.locator('#suggestions li[data-id="country:UKR"]');
  await suggestion.waitFor();
  expect(await suggestion.innerText()).toContain('Ukraine');
  await suggestion.click();
  await page.waitForURL(/\/graph\?id=country%3AUKR$/);
  await page.waitForSelector('body[data-nodes][data-busy="0"]');
  expect(await page.evaluate(() => (globalThis as any).summitgraphView.getElementById('country:UKR').hasClass('centre'))).toBe(true);
  expect(await page.locator('#details a.timeline').getAttribute('href')).toBe('/timeline?subjects=country%3AUKR');
  await page.close();
});

it('opens a suggestion chosen with the arrow keys and Enter', async () => {
  const page = await openPage();
  await openGraph(page, BRUSSELS);
  await page.locator('#centre').fill('');
  await page.locator('#centre').pressSequentially('rutte', { delay: 20 });
  await page.locator('#suggestions li[data-id="person:rutte"]').waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/graph\?id=person%3Arutte$/);
  await page.close();
});

it('opens a node given by name ("Mark Rutte") rather than id', async () => {
  const page = await openPage();
  await page.goto(`${service.url}/graph?id=${encodeURIComponent('Mark Rutte')}`);
  await page.waitForSelector('body[data-nodes][data-busy="0"]');
  expect(await page.evaluate(() => (globalThis as any).summitgraphView.getElementById('person:rutte').hasClass('centre'))).toBe(true);
  await page.close();
});

it('gives the graph a usable size on a 400 px wide screen, with the details under it', async () => {
  const page = await openPage(400, 800);
  await openGraph(page, BRUSSELS);
  const sizes = await page.evaluate(() => {
    const doc = (globalThis as any).document;
    const graph = doc.getElementById('graph').getBoundingClientRect();
    const side = doc.getElementById('side').getBoundingClientRect();
    return { width: graph.width, height: graph.height, sideTop: side.top, graphBottom: graph.bottom, viewport: doc.querySelector('meta[name="viewport"]')?.getAttribute('content') };
  });
  expect(sizes.width).toBeGreaterThan(350);
  expect(sizes.height).toBeGreaterThan(300);
  expect(sizes.sideTop).toBeGreaterThanOrEqual(sizes.graphBottom - 1);
  expect(sizes.viewport).toContain('width=device-width');
  await page.close();
});

it('shows an HTTP 503 from the API as such, with a retry that works once the API answers again', async () => {
  const page = await openPage();
  await page.route('**/graphql', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'the database is not reachable right now; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }) }),
  );
  await page.goto(`${service.url}/graph?id=${encodeURIComponent(BRUSSELS)}`);
  const status = page.locator('#status');
  await status.locator('#retry').waitFor();
  expect(await status.innerText()).toMatch(/HTTP 503.*DATABASE_UNAVAILABLE/);
  expect(await status.innerText()).not.toContain('Nothing in the graph');
  await page.unroute('**/graphql');
  await status.locator('#retry').click();
  await page.waitForSelector('body[data-nodes][data-busy="0"]');
  expect(await nodeCount(page)).toBeGreaterThan(20);
  expect(await status.isHidden()).toBe(true);
  await page.close();
});

it('shows a network failure while expanding a node, and expands it on retry', async () => {
  const page = await openPage();
  await openGraph(page, BRUSSELS);
  const before = await nodeCount(page);
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await clickNode(page, 'person:rutte');
  const status = page.locator('#status');
  await status.locator('#retry').waitFor();
  expect(await status.innerText()).toMatch(/could not be reached \(network error/);
  await page.waitForSelector('body[data-busy="0"]');
  expect(await nodeCount(page)).toBe(before);
  await page.unroute('**/graphql');
  await status.locator('#retry').click();
  await page.waitForFunction((n) => Number((globalThis as any).document.body.getAttribute('data-nodes')) > n, before);
  await page.close();
});

describe('the playground', () => {
  it('points the Graph view button at the first id of the result, and makes ids in the result open the graph view', async () => {
    const page = await openPage();
    await page.goto(`${service.url}/`);
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => ((globalThis as any).document.getElementById('graph-link').getAttribute('href') ?? '').includes('?id='));
    expect(await page.getAttribute('#graph-link', 'href')).toMatch(/^\/graph\?id=meeting%3A/);
    await page.waitForSelector('.result-window .sg-id');
    const [opened] = await Promise.all([page.waitForEvent('popup'), page.locator('.result-window .sg-id').first().click()]);
    expect(opened.url()).toMatch(/\/graph\?id=meeting%3A/);
    await opened.close();
    await page.close();
  });

  it('leaves the result pane a usable size on a 400 px wide screen', async () => {
    const page = await openPage(400, 800);
    await page.goto(`${service.url}/`);
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.waitForSelector('.result-window .sg-id');
    const size = await page.evaluate(() => {
      const box = (globalThis as any).document.querySelector('.graphiql-response').getBoundingClientRect();
      return { width: box.width, height: box.height };
    });
    expect(size.width).toBeGreaterThan(250);
    expect(size.height).toBeGreaterThan(250);
    await page.close();
  });
});

it('raised no script error in the pages', () => {
  expect(scriptErrors).toEqual([]);
});
