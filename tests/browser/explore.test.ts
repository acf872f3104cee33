import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium';
import { startTestService, type TestService } from '../support/service';

/**
 * A person exploring the graph in a real browser: the playground runs a
 * journey, the graph view draws a meeting and expands a node on a click.
 * Screenshots go to artifacts/ (git-ignored). Nothing may leave 127.0.0.1.
 */
const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts');
let service: TestService;
let browser: Browser;
let page: Page;
const requested: string[] = [];
const scriptErrors: string[] = [];

beforeAll(async () => {
  const executablePath = ensureChromium();
  service = await startTestService();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

it('runs SummitAttendance in the playground and shows the 2021 Brussels summit with its ministers', async () => {
  await page.goto(`${service.url}/`);
  await page.waitForSelector('.graphiql-execute-button');
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('SummitAttendance'));
  await page.click('.graphiql-execute-button');
  expect((await answered).status()).toBe(200);
  // The result pane is a CodeMirror editor that draws only the lines in view; read what it holds.
  await page.waitForFunction(() => ((globalThis as any).document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '').includes('meeting:2021-06-14-brussels'));
  const text: string = await page.evaluate(() => (globalThis as any).document.querySelector('.result-window .CodeMirror').CodeMirror.getValue());
  const brussels = JSON.parse(text).data.meetings.nodes.find((m: any) => m.id === 'meeting:2021-06-14-brussels');
  const ministers = brussels.attendances.map((a: any) => a.person?.id);
  expect(ministers).toEqual(expect.arrayContaining(['person:rutte', 'person:kaag', 'person:bijleveld']));
  await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });
});

it('draws a meeting in the graph view, and expands a node when it is clicked', async () => {
  await page.goto(`${service.url}/graph?id=meeting:2021-06-14-brussels`);
  await page.waitForSelector('body[data-nodes]');
  const before = Number(await page.getAttribute('body', 'data-nodes'));
  expect(before).toBeGreaterThan(10);

  // Cytoscape draws on a canvas: click where it drew the person.
  const position = await page.evaluate(() => {
    const view = (globalThis as any).summitgraphView;
    const node = view.getElementById('person:rutte');
    const box = view.container().getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  });
  await page.mouse.click(position.x, position.y);
  await page.waitForFunction((count) => Number((globalThis as any).document.body.getAttribute('data-nodes')) > count, before, { timeout: 20_000 });
  await page.locator('#details h2', { hasText: 'Mark Rutte' }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'graph-view.png') });

  // A claim leads to its quote and the place in the letter it comes from (tapped through Cytoscape: claims sit close together).
  const claimId = await page.evaluate(() => {
    const node = (globalThis as any).summitgraphView.nodes('[type = "Decision"]')[0];
    node.emit('tap');
    return node.id();
  });
  await page.locator('#details code', { hasText: claimId }).waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error(`the details of ${claimId} did not show; script errors: ${scriptErrors.join('; ') || 'none'}`);
  });
  const details = await page.locator('#details').innerHTML();
  expect(details).toMatch(/<blockquote>[^<]{20,}<\/blockquote><p class="source"><a class="letter" href="\/letter\?id=document%3A[^"#]+#\d+-\d+">/);
});

it('raised no script error in the pages', () => {
  expect(scriptErrors).toEqual([]);
});

it('sent no request beyond 127.0.0.1', () => {
  const elsewhere = requested.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'));
  expect(requested.length).toBeGreaterThan(5);
  expect(elsewhere).toEqual([]);
});
