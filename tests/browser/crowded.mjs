// Browser tests of a window that holds more events than one page (300): the heaviest events of each
// stretch are labelled and the rest of each stretch is one count, at every zoom level. Headless
// Chromium against `chronicle serve` on a database of fixtures/weight.json (a flood told by six
// papers, its three big days each reported by five or six of them) and a crowd of 390 small
// happenings, each told once, 130 on each of the three big days (written here, not committed).
//
//   node tests/browser/crowded.mjs --chronicle build/cli/chronicle [--static OTHER_APP_DIR]
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WAIT, ingest, launchBrowser, option, startServer } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const screenshots = path.join(here, 'screenshots'); // git-ignored
const chronicle = path.resolve(option('--chronicle') ?? path.join(repo, 'build/cli/chronicle'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-crowded-'));
const BIG_DAYS = [3, 12, 24]; // of March 2021, as in fixtures/weight.json
const PER_DAY = 130;
let server = null;
let base = '';
let context = null;
let page = null;
const pageErrors = [];

// 390 one-sentence articles, each a different small happening (its own town, deed and thing), so
// that no two tell the same one.
function crowd() {
  const starts = ['Bar', 'Del', 'Fen', 'Gor', 'Hal', 'Jin', 'Kor', 'Lum', 'Mor', 'Nel', 'Pim', 'Ros', 'Sal'];
  const ends = ['ford', 'wick', 'holm', 'by', 'stead', 'mouth', 'dale', 'ton', 'field', 'bury'];
  const deeds = ['opened', 'closed', 'repaired', 'inspected', 'renamed', 'sold', 'painted', 'moved'];
  const things = ['library', 'bakery', 'ferry pier', 'school', 'clinic', 'market hall', 'depot', 'museum', 'chapel', 'mill'];
  const articles = [];
  let n = 0;
  for (const day of BIG_DAYS) {
    for (let i = 0; i < PER_DAY; i += 1, n += 1) {
      const town = starts[n % starts.length] + ends[Math.floor(n / starts.length) % ends.length];
      const thing = things[Math.floor(n / 13) % things.length];
      const deed = deeds[n % deeds.length];
      articles.push({
        title: `${town} notes ${n}`,
        source: `${town} Bulletin`,
        published: '2021-03-26T09:00:00',
        text: `The ${town} council ${deed} the old ${thing} on ${day} March 2021.`,
      });
    }
  }
  return { articles };
}

before(async () => {
  assert.ok(fs.existsSync(chronicle), `the chronicle binary is missing at ${chronicle}; build it first`);
  const crowdFile = path.join(work, 'crowd.json');
  fs.writeFileSync(crowdFile, JSON.stringify(crowd()));
  const db = ingest(chronicle, path.join(work, 'crowded.db'), [path.join(here, 'fixtures', 'weight.json'), crowdFile]);
  const staticDir = option('--static'); // another copy of the app, to see these tests fail on an older one
  ({ url: base, process: server } = await startServer(chronicle, db, staticDir ? ['--static', path.resolve(staticDir)] : []));
  ({ context, page } = await launchBrowser(path.join(work, 'profile')));
  fs.mkdirSync(screenshots, { recursive: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

after(async () => {
  await context?.close();
  server?.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});

async function events() {
  const all = [];
  let cursor = '';
  do {
    const answer = await (await fetch(`${base}/api/events?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json();
    all.push(...answer.events);
    cursor = answer.next_cursor;
  } while (cursor);
  return all;
}

const distinctArticles = (event) => new Set(event.sources.map((s) => s.article_id)).size;

// Waits until the page has drawn what it asked for: no request pending, no load scheduled, and the
// timeline holds labels or counts.
async function settled() {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.getElementById('timeline-section').hasAttribute('aria-busy'), null, { timeout: WAIT });
  await page.waitForTimeout(300); // the 120 ms load timer after the last move
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.getElementById('timeline-section').hasAttribute('aria-busy'), null, { timeout: WAIT });
  await page.waitForSelector('#timeline .vis-item.event, #timeline .vis-item.count', { timeout: WAIT });
}

async function timelineContent() {
  return page.$eval('#timeline', (timeline) => ({
    labelled: [...timeline.querySelectorAll('.vis-item.event .item-headline')].map((h) => h.textContent).sort(),
    counts: [...timeline.querySelectorAll('.vis-item.count .count-label')].map((c) => c.textContent),
    bucketCounts: [...timeline.querySelectorAll('.vis-item.count .count-label')].map((c) => Number(c.getAttribute('aria-label').replace(/,/g, '').match(/\d+/)[0])),
  }));
}

async function windowCount() {
  return page.$eval('#list-summary', (summary) => summary.textContent);
}

test('the fixture holds three events told by five or six papers and 414 told once', async () => {
  const all = await events();
  const heavy = all.filter((e) => distinctArticles(e) >= 5);
  assert.deepEqual(heavy.map((e) => e.date.start.slice(0, 10)), ['2021-03-03', '2021-03-12', '2021-03-24']);
  assert.equal(all.length, 3 + 24 + 3 * PER_DAY, 'no two of the crowd were merged');
});

test('in a window of 417 events the three told by many papers are labelled at the first view, the rest are counts', async () => {
  const all = await events();
  const heavy = all.filter((e) => distinctArticles(e) >= 5);
  await page.goto(`${base}/`);
  await settled();
  await page.screenshot({ path: path.join(screenshots, 'crowded-first-view-1400.png') });
  const shown = await timelineContent();
  assert.deepEqual(shown.labelled, heavy.map((e) => e.headline).sort(), 'the three big days are labelled');
  assert.equal(shown.bucketCounts.reduce((a, b) => a + b, 0), all.length - heavy.length, 'every other event is counted once');
  assert.ok(shown.counts.every((text) => /^\d+(\.\d)?K? more$/.test(text)), `counts read "N more": ${shown.counts}`);
  assert.deepEqual(pageErrors, []);
});

test('zoomed out the three are still the labelled ones; zoomed in on one day its heavy event is', async () => {
  const all = await events();
  const heavy = all.filter((e) => distinctArticles(e) >= 5);
  await page.goto(`${base}/?from=2021-02-01T00:00:00&to=2021-05-01T00:00:00`);
  await settled();
  let shown = await timelineContent();
  assert.deepEqual(shown.labelled, heavy.map((e) => e.headline).sort(), 'three months: the three big days');
  assert.equal(shown.bucketCounts.reduce((a, b) => a + b, 0), all.length - heavy.length);

  await page.goto(`${base}/?from=2021-03-11T12:00:00&to=2021-03-13T12:00:00`);
  await settled();
  shown = await timelineContent();
  const march12 = heavy.find((e) => e.date.start.startsWith('2021-03-12'));
  assert.ok(shown.labelled.includes(march12.headline), `the day's heavy event is labelled: ${shown.labelled}`);
  // 130 of the crowd, 8 of the fixture's 24 small happenings and the heavy one.
  assert.match(await windowCount(), /^139 events from /, 'the list names the day\'s 139 events');
});

test('on a phone the three are labelled at the first view and the counts fit the screen', async () => {
  const all = await events();
  const heavy = all.filter((e) => distinctArticles(e) >= 5);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await page.goto(`${base}/`);
    await settled();
    await page.screenshot({ path: path.join(screenshots, 'crowded-first-view-390.png') });
    const shown = await timelineContent();
    assert.deepEqual(shown.labelled, heavy.map((e) => e.headline).sort());
    assert.equal(shown.bucketCounts.reduce((a, b) => a + b, 0), all.length - heavy.length);
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});

test('a click on a count zooms in on its stretch', async () => {
  await page.goto(`${base}/?from=2021-02-01T00:00:00&to=2021-05-01T00:00:00`);
  await settled();
  const before = await page.evaluate(() => new URLSearchParams(window.location.search).get('from'));
  await page.screenshot({ path: path.join(screenshots, 'crowded-three-months-1400.png') });
  await page.locator('#timeline .vis-item.count .count-label').first().click();
  await page.waitForFunction((old) => new URLSearchParams(window.location.search).get('from') !== old, before, { timeout: WAIT });
  const params = await page.evaluate(() => Object.fromEntries(new URLSearchParams(window.location.search)));
  const span = Date.parse(`${params.to}Z`) - Date.parse(`${params.from}Z`);
  assert.ok(span < 20 * 86400000, `the window narrows to the count's stretch (${params.from} to ${params.to})`);
});
