import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium';
import { startTestService, type TestService } from '../support/service';

/**
 * A person reading the graph in a real browser: the timeline of the open-door
 * stance on Ukraine and Georgia, the letter reader opened at a quote, and the
 * timeline on a phone-sized screen. What the pages show is checked against
 * what the GraphQL API answers, never against facts written here. The
 * screenshots the README shows are taken here, into docs/screenshots/.
 */
const SCREENSHOTS = path.join(__dirname, '..', '..', 'docs', 'screenshots');
const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts');
const TIMELINE = `/timeline?topic=open-door&subjects=${encodeURIComponent('Ukraine,Georgia')}`;
const TIMELINE_QUERY = `query { timeline(topic: "open-door", subjects: ["Ukraine", "Georgia"], first: 100) {
  totalCount nodes { date claim { id } evidence { start end document { id } } } } }`;

let service: TestService;
let browser: Browser;
let page: Page;
const requested: string[] = [];
const scriptErrors: string[] = [];

beforeAll(async () => {
  const executablePath = ensureChromium();
  service = await startTestService();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  page = await newPage(1280, 800);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

async function newPage(width: number, height: number): Promise<Page> {
  const opened = await browser.newPage({ viewport: { width, height } });
  opened.on('request', (request) => requested.push(request.url()));
  opened.on('pageerror', (error) => scriptErrors.push(error.message));
  return opened;
}

/** Waits until the page has settled: its status box says done, nothing found, or what failed. */
async function settled(on: Page): Promise<string> {
  await on.waitForSelector('#status[data-state]:not([data-state="loading"])', { state: 'attached', timeout: 30_000 });
  return (await on.getAttribute('#status', 'data-state'))!;
}

async function timelineFromApi(): Promise<{ totalCount: number; nodes: Array<{ date: string; claim: { id: string }; evidence: Array<{ start: number; end: number; document: { id: string } }> }> }> {
  const { body } = await service.post(TIMELINE_QUERY);
  expect(body.errors).toBeUndefined();
  return body.data.timeline;
}

it('lays out the open-door timeline on Ukraine and Georgia in date order, with every entry the API counts', async () => {
  const api = await timelineFromApi();
  expect(api.totalCount).toBeGreaterThan(0);

  await page.goto(`${service.url}${TIMELINE}`);
  expect(await settled(page)).toBe('done');
  const entries = await page.$$eval('.entry', (nodes) =>
    nodes.map((node) => ({ date: node.getAttribute('data-date')!, claim: node.getAttribute('data-claim')!, left: node.getBoundingClientRect().left })),
  );
  const dates = entries.map((e) => e.date);
  expect(dates).toEqual([...dates].sort());
  // An entry held by two actors shows in both lanes; each claim counts once.
  expect(new Set(entries.map((e) => e.claim)).size).toBe(api.totalCount);
  expect([...new Set(entries.map((e) => e.claim))].sort()).toEqual(api.nodes.map((n) => n.claim.id).sort());
  expect(await page.getAttribute('body', 'data-total-count')).toBe(String(api.totalCount));

  // The axis runs left to right: every entry of a later day stands right of every entry of an earlier one.
  const days = [...new Set(dates)];
  for (let i = 1; i < days.length; i++) {
    const earlier = Math.max(...entries.filter((e) => e.date === days[i - 1]).map((e) => e.left));
    const later = Math.min(...entries.filter((e) => e.date === days[i]).map((e) => e.left));
    expect(later).toBeGreaterThan(earlier);
  }
  expect(await page.locator('.legend').isVisible()).toBe(true);

  // An entry opens its details: the quote, and a link to the letter reader at that quote.
  await page.locator('.entry-open').first().click();
  const quote = await page.locator('#details blockquote').first().textContent();
  expect(quote!.length).toBeGreaterThan(20);
  const letterLink = await page.locator('#details a.to-letter').first().getAttribute('href');
  expect(letterLink).toMatch(/^\/letter\?id=document%3A[^#]+#\d+-\d+$/);
  const cardLinks = await page.$$eval('.entry a.entry-letter', (links) => links.map((a) => a.getAttribute('href')));
  expect(cardLinks).toHaveLength(entries.length);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline.png') });
});

it('opens the letter reader at a quote: marked at its offsets in the stored text, and scrolled into view', async () => {
  // The quote that stands furthest into its letter, so that showing it takes scrolling.
  const evidence = (await timelineFromApi()).nodes.flatMap((n) => n.evidence).sort((a, b) => b.start - a.start)[0];
  const { body } = await service.post(`query ($id: ID!) { document(id: $id) { text claims { id } } }`, { id: evidence.document.id });
  expect(body.errors).toBeUndefined();
  const letter: { text: string; claims: Array<{ id: string }> } = body.data.document;

  await page.goto(`${service.url}/letter?id=${encodeURIComponent(evidence.document.id)}#${evidence.start}-${evidence.end}`);
  expect(await settled(page)).toBe('done');
  const marked = page.locator('#quote');
  expect(await marked.textContent()).toBe(letter.text.slice(evidence.start, evidence.end));
  const placed = await marked.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const view = globalThis as any;
    return { top: box.top, bottom: box.bottom, height: view.innerHeight, scrolled: view.scrollY, below: box.top + view.scrollY > view.innerHeight };
  });
  expect(placed.top).toBeGreaterThanOrEqual(0);
  expect(placed.top).toBeLessThan(placed.height);
  if (placed.below) expect(placed.scrolled).toBeGreaterThan(0);

  // The whole text as stored, in text nodes only: every character where it was, no markup of the letter's own.
  expect(await page.locator('#text').textContent()).toBe(letter.text);
  const tags = await page.$$eval('#text *', (nodes) => [...new Set(nodes.map((n) => n.tagName))]);
  expect(tags.every((tag) => tag === 'MARK' || tag === 'SPAN')).toBe(true);
  // Every claim of the letter is highlighted somewhere.
  const highlighted = await page.$$eval('#text mark.evidence', (marks) => [...new Set(marks.flatMap((m) => m.getAttribute('data-claims')!.split(' ')))]);
  expect(highlighted.sort()).toEqual(letter.claims.map((c) => c.id).sort());
  await page.screenshot({ path: path.join(SCREENSHOTS, 'letter.png') });

  // A highlight shows what the letter was read to say there.
  const mark = page.locator('#text mark.evidence').first();
  const ids = (await mark.getAttribute('data-claims'))!.split(' ');
  await mark.click();
  expect((await page.getAttribute('#details', 'data-claims'))!.split(' ')).toEqual(ids);
});

it('tells an unknown letter, a range beyond its end, an API error and a network error apart, with a way to try again', async () => {
  await page.goto(`${service.url}/letter?id=document:no-such-letter`);
  expect(await settled(page)).toBe('empty');
  expect(await page.locator('#status').textContent()).toContain('document:no-such-letter');

  const { body } = await service.post(`{ documents(first: 20) { nodes { id text } } }`);
  const letter = body.data.documents.nodes.find((d: { text: string | null }) => d.text !== null) ?? body.data.documents.nodes[0];
  if (letter.text !== null) {
    const beyond = letter.text.length + 10;
    await page.goto(`${service.url}/letter?id=${encodeURIComponent(letter.id)}#${beyond}-${beyond + 5}`);
    expect(await settled(page)).toBe('done');
    expect(await page.locator('#notice').textContent()).toContain(`${letter.text.length} characters long`);
  }

  await page.goto(`${service.url}/timeline?topic=no-such-topic`);
  expect(await settled(page)).toBe('api');
  expect(await page.locator('#status').textContent()).toContain('BAD_USER_INPUT');
  expect(await page.locator('#status button.retry').isVisible()).toBe(true);

  await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
  await page.goto(`${service.url}${TIMELINE}`);
  expect(await settled(page)).toBe('network');
  await page.unroute('**/graphql');
  await page.locator('#status button.retry').click();
  expect(await settled(page)).toBe('done');
  expect(await page.locator('.entry').count()).toBeGreaterThan(0);
});

it('says so when a timeline has no entries', async () => {
  // A topic of the vocabulary that no claim is on, found through the API (the seeds touch far fewer topics than the vocabulary has).
  const { body } = await service.post(`{ topics(first: 100) { nodes { id decisions(first: 1) { totalCount } commitments(first: 1) { totalCount } stances(first: 1) { totalCount } } } }`);
  const unused = body.data.topics.nodes.find((t: any) => t.decisions.totalCount + t.commitments.totalCount + t.stances.totalCount === 0);
  expect(unused).toBeDefined();
  await page.goto(`${service.url}/timeline?topic=${encodeURIComponent(unused.id)}`);
  expect(await settled(page)).toBe('empty');
  expect(await page.locator('.entry').count()).toBe(0);
});

it('at 400 px wide, keeps the page within the screen and lets the lanes scroll sideways in their own box', async () => {
  const phone = await newPage(400, 800);
  try {
    await phone.goto(`${service.url}${TIMELINE}`);
    expect(await settled(phone)).toBe('done');
    const layout = await phone.evaluate(() => {
      const document = (globalThis as any).document;
      const scroller = document.getElementById('timeline')!;
      const first = document.querySelector('.entry')!.getBoundingClientRect();
      return {
        pageWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        scrollerRight: scroller.getBoundingClientRect().right,
        first: { left: first.left, right: first.right, width: first.width },
      };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport);
    expect(layout.scrollerRight).toBeLessThanOrEqual(layout.viewport);
    expect(layout.first.left).toBeGreaterThanOrEqual(0);
    expect(layout.first.right).toBeLessThanOrEqual(layout.viewport);
    expect(layout.first.width).toBeGreaterThan(150);
    expect(await phone.locator('.entry .entry-summary').first().isVisible()).toBe(true);

    // The last entry comes into view by scrolling the timeline, with the lane names staying put.
    const scrolled = await phone.evaluate(() => {
      const document = (globalThis as any).document;
      const scroller = document.getElementById('timeline')!;
      scroller.scrollLeft = scroller.scrollWidth;
      const entries = document.querySelectorAll('.entry');
      const last = entries[entries.length - 1].getBoundingClientRect();
      const lane = document.querySelector('.lane-name')!.getBoundingClientRect();
      return { lastRight: last.right, laneLeft: lane.left, scrollerLeft: scroller.getBoundingClientRect().left, pageWidth: document.documentElement.scrollWidth };
    });
    expect(scrolled.lastRight).toBeLessThanOrEqual(layout.viewport);
    expect(Math.abs(scrolled.laneLeft - scrolled.scrollerLeft)).toBeLessThanOrEqual(2);
    expect(scrolled.pageWidth).toBeLessThanOrEqual(layout.viewport);
    await phone.screenshot({ path: path.join(ARTIFACTS, 'timeline-400.png') });
  } finally {
    await phone.close();
  }
});

it('raised no script error in the pages', () => {
  expect(scriptErrors).toEqual([]);
});

it('sent no request beyond 127.0.0.1', () => {
  const elsewhere = requested.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'));
  expect(requested.length).toBeGreaterThan(5);
  expect(elsewhere).toEqual([]);
});
