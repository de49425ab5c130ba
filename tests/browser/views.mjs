// Browser tests of what a reader does with a view: which events mattered (weight), pasting an
// article's text, exports named for what they hold, a web page published as one file that opens
// from disk, and a link to the view. Headless Chromium at 1400x900 against `chronicle serve` on a
// database of fixtures/weight.json: a flood told by six papers (each adds words of its own, so none
// is a wire reprint of another), its three big days reported by five or six of them, and 24 small
// happenings on the same three days, each told once.
//
//   node tests/browser/views.mjs --chronicle build/cli/chronicle
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WAIT, ingest, launchBrowser, option, startServer } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const screenshots = path.join(here, 'screenshots'); // git-ignored
const chronicle = path.resolve(option('--chronicle') ?? path.join(repo, 'build/cli/chronicle'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-views-'));
let server = null;
let base = '';
let context = null;
let page = null;
const pageErrors = [];

before(async () => {
  assert.ok(fs.existsSync(chronicle), `the chronicle binary is missing at ${chronicle}; build it first`);
  const db = ingest(chronicle, path.join(work, 'views.db'), [path.join(here, 'fixtures', 'weight.json')]);
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

async function api(pathAndQuery) {
  const response = await fetch(base + pathAndQuery);
  assert.equal(response.status, 200, `GET ${pathAndQuery} answered ${response.status}`);
  return response.json();
}

async function events(query = '') {
  return (await api(`/api/events?limit=1000${query}`)).events;
}

// Waits until the page has loaded what it asked for (no request pending, no load scheduled).
async function settled(on = page) {
  await on.waitForLoadState('networkidle');
  await on.waitForFunction(() => !document.getElementById('timeline-section').hasAttribute('aria-busy'), null, { timeout: WAIT });
  await on.waitForTimeout(300); // the 120 ms load timer after the last move
  await on.waitForLoadState('networkidle');
}

async function openHome(query = '', on = page) {
  await on.goto(`${base}/${query}`);
  await on.waitForSelector('#event-list button[data-event], #clear-filters:not([hidden])', { timeout: WAIT });
  await settled(on);
}

// The headlines drawn as labels, and the numbers the counts show.
async function timelineContent(on = page) {
  return on.$eval('#timeline', (timeline) => ({
    labelled: [...timeline.querySelectorAll('.vis-item.event .item-headline')].map((h) => h.textContent).sort(),
    counts: [...timeline.querySelectorAll('.vis-item.count .count-label')].map((c) => parseInt(c.textContent, 10)),
  }));
}

async function listed(on = page) {
  return on.$$eval('#event-list button[data-event]', (buttons) => buttons.map((b) => b.dataset.event).sort());
}

function distinctArticles(event) {
  return new Set(event.sources.map((s) => s.article_id)).size;
}

test('the fixture holds three events told by five or six papers each and 24 told once', async () => {
  const all = await events();
  const heavy = all.filter((e) => distinctArticles(e) >= 5);
  assert.deepEqual(heavy.map((e) => [e.date.start.slice(0, 10), distinctArticles(e)]),
    [['2021-03-03', 6], ['2021-03-12', 5], ['2021-03-24', 5]]);
  assert.deepEqual(heavy.map((e) => e.independent_sources), [6, 5, 5], 'no paper is a reprint of another');
  assert.equal(all.filter((e) => distinctArticles(e) === 1).length, 24);
  assert.equal(all.length, 27);
});

test('the events many independent sources tell are the labelled ones at the first view, the rest are counts', async () => {
  const all = await events();
  const heavy = all.filter((e) => distinctArticles(e) >= 5);
  await openHome();
  const shown = await timelineContent();
  await page.screenshot({ path: path.join(screenshots, 'weight-first-view-1400.png') });
  assert.deepEqual(shown.labelled, heavy.map((e) => e.headline).sort(), 'the three big days are labelled');
  assert.equal(shown.counts.reduce((a, b) => a + b, 0), all.length - heavy.length, 'every other event is counted once');
  assert.deepEqual((await listed()).length, all.length, 'the list still names every event in view');
});

test('on a phone the same three events are labelled and the paste dialog fits the screen', async () => {
  const heavy = (await events()).filter((e) => distinctArticles(e) >= 5);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await openHome();
    await page.screenshot({ path: path.join(screenshots, 'weight-first-view-390.png') });
    const shown = await timelineContent();
    assert.deepEqual(shown.labelled, heavy.map((e) => e.headline).sort(), 'the three big days are labelled');
    assert.equal(shown.counts.reduce((a, b) => a + b, 0), 24, 'the others are counted');
    await page.click('#paste-open');
    const box = await page.$eval('#paste-dialog', (d) => d.getBoundingClientRect().toJSON());
    assert.ok(box.left >= 0 && box.right <= 390, `the dialog lies inside the screen (${box.left}..${box.right})`);
    await page.screenshot({ path: path.join(screenshots, 'paste-dialog-390.png') });
    await page.click('#paste-form [data-cancel]');
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});

test('zoomed in on a day, its heaviest event keeps the label, and a count of that moment reads its events', async () => {
  const all = await events('&from=2021-03-12&to=2021-03-12');
  const heavy = all.find((e) => distinctArticles(e) >= 5);
  await openHome('?from=2021-03-11T00:00:00&to=2021-03-14T00:00:00');
  const shown = await timelineContent();
  assert.deepEqual(shown.labelled, [heavy.headline], 'the day of the emergency is labelled by it');
  assert.deepEqual(shown.counts, [all.length - 1], 'its eight small happenings are one count');
  await page.click('#timeline .vis-item.count .count-label');
  await page.waitForSelector('#timeline .vis-item.event.vis-selected', { timeout: WAIT });
  const selected = await page.textContent('#timeline .vis-item.vis-selected .item-headline');
  assert.notEqual(selected, heavy.headline, 'the click reads one of the counted events');
  assert.ok(all.some((e) => e.headline === selected), 'one of that day');
  assert.equal((await timelineContent()).counts[0], all.length - 2, 'the count holds one event fewer');
});

test('pasted text has its events placed on the timeline at once', async () => {
  await openHome();
  await page.click('#paste-open');
  await page.fill('#paste-form textarea[name="text"]', 'The Velmar dam was finished on 14 July 2022.\n\nThe town held a fair the next day.');
  await page.fill('#paste-form input[name="title"]', 'Velmar dam finished');
  await page.fill('#paste-form input[name="day"]', '2022-07-16');
  await page.click('#paste-form button[type="submit"]');
  await page.waitForFunction(() => /^The pasted text gave/.test(document.getElementById('status').textContent), null, { timeout: WAIT });
  await settled();
  const article = (await api('/api/articles?limit=1000')).articles.find((a) => a.title === 'Velmar dam finished');
  assert.ok(article, 'the text is stored under its title');
  assert.equal(article.published.slice(0, 10), '2022-07-16', 'with its publication day');
  const found = await events(`&article=${article.id}`);
  assert.deepEqual(found.map((e) => e.date.start.slice(0, 10)), ['2022-07-14', '2022-07-15'], '"the next day" is dated from 14 July');
  assert.equal(await page.textContent('#status'), 'The pasted text gave 2 events, from 14 July 2022 to 15 July 2022.');
  assert.deepEqual(await listed(), found.map((e) => String(e.id)).sort(), 'the view is the new events');
  assert.deepEqual((await timelineContent()).labelled, found.map((e) => e.headline).sort(), 'both are labelled on the timeline');
  assert.equal(await page.isVisible('#paste-dialog'), false, 'the dialog is closed');
  await page.screenshot({ path: path.join(screenshots, 'paste-placed-1400.png') });
});

test('pasting nothing says what to do, and a write without the app header is refused', async () => {
  await openHome();
  await page.click('#paste-open');
  await page.click('#paste-form button[type="submit"]');
  assert.equal(await page.textContent('#paste-form .paste-problem'), 'Paste the text of an article first.');
  await page.click('#paste-form [data-cancel]');
  const status = await page.evaluate(async () => (await fetch('/api/articles', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'On 1 May 2020 it rained.' }),
  })).status);
  assert.equal(status, 403, 'the write guard refuses a request without X-Chronicle-Request');
});

async function downloadName(selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const name = download.suggestedFilename();
  const file = path.join(work, 'downloads', name);
  await download.saveAs(file);
  return { name, file };
}

test('exports are named for the search and the stretch they hold, and follow the window only when asked', async () => {
  await openHome('?from=2021-03-01T00:00:00&to=2021-04-01T00:00:00&q=flooded');
  const json = await downloadName('a[data-export="json"]');
  assert.equal(json.name, 'chronicle-flooded-2021-03.json');
  const inWindow = await events('&q=flooded&from=2021-03-01&to=2021-03-31');
  assert.deepEqual(JSON.parse(fs.readFileSync(json.file, 'utf8')).events.map((e) => e.id), inWindow.map((e) => e.id));
  const timelinejs = await downloadName('a[data-export="timelinejs"]');
  assert.equal(timelinejs.name, 'chronicle-flooded-2021-03-timelinejs.json');
  assert.equal(JSON.parse(fs.readFileSync(timelinejs.file, 'utf8')).title.text.headline, `Chronicle: ${inWindow.length} event${inWindow.length === 1 ? '' : 's'}`,
    'the TimelineJS file opens on a title slide');
  assert.equal((await downloadName('a[data-export="csv"]')).name, 'chronicle-flooded-2021-03.csv');
  // Not only the window: every matching event, named for their own span (one day here).
  await page.uncheck('#export-in-view');
  const href = await page.getAttribute('a[data-export="json"]', 'href');
  assert.doesNotMatch(href, /from=|to=/, `the link names no window: ${href}`);
  assert.equal((await downloadName('a[data-export="json"]')).name, 'chronicle-flooded-2021-03-03.json');
  await page.check('#export-in-view');
});

test('"Web page" saves one HTML file that shows the events from disk, with no server', async () => {
  await openHome('?q=velmar');
  const expected = await events('&q=velmar');
  await page.uncheck('#export-in-view');
  const published = await downloadName('#publish');
  assert.match(published.name, /^chronicle-velmar-2021-03(-to-2022-07)?\.html$|^chronicle-velmar-2021-2022\.html$/);
  await page.check('#export-in-view');
  server.kill('SIGSTOP'); // no server while the file is read
  const reader = await context.newPage();
  const requests = [];
  reader.on('request', (request) => requests.push(request.url()));
  const errors = [];
  reader.on('pageerror', (error) => errors.push(error.message));
  try {
    await reader.goto(pathToFileURL(published.file).href);
    await reader.waitForSelector('#timeline .vis-item.event', { timeout: WAIT });
    await reader.waitForTimeout(500); // vis-timeline fits its items to the view once drawn
    const rows = await reader.$$eval('#event-list button', (b) => b.map((x) => x.querySelector('.row-headline').textContent));
    assert.deepEqual(rows.sort(), expected.map((e) => e.headline).sort(), 'the page lists every event of the search');
    assert.equal(await reader.textContent('h1'), 'Chronicle: “velmar”');
    await reader.click('#event-list button');
    assert.ok((await reader.textContent('#details')).includes(expected[0].sources[0].sentence.text), 'an event shows its sentence');
    await reader.screenshot({ path: path.join(screenshots, 'published-page-1400.png') });
    await reader.setViewportSize({ width: 390, height: 844 });
    await reader.reload();
    await reader.waitForSelector('#timeline .vis-item.event', { timeout: WAIT });
    await reader.waitForTimeout(500);
    await reader.screenshot({ path: path.join(screenshots, 'published-page-390.png') });
    assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), [], 'nothing is fetched');
    assert.deepEqual(errors, [], 'no script error');
  } finally {
    server.kill('SIGCONT');
    await reader.close();
  }
});

test('"Link to this view" gives a link that opens the same window, search and selection', async () => {
  await openHome('?q=velmar');
  await page.click('#zoom-in');
  await settled();
  await page.click('#event-list button[data-event]');
  const shownHere = { listed: await listed(), summary: await page.textContent('#list-summary') };
  await page.click('#share');
  const link = await page.inputValue('#share-link');
  assert.match(link, /[?&]from=.+&to=.+&q=velmar&event=\d+/, link);
  const other = await context.newPage();
  try {
    await other.goto(link);
    await other.waitForSelector('#event-list button[data-event]', { timeout: WAIT });
    await settled(other);
    assert.deepEqual({ listed: await listed(other), summary: await other.textContent('#list-summary') }, shownHere);
    assert.equal(await other.$eval('#event-list [aria-current="true"]', (b) => b.dataset.event), new URL(link).searchParams.get('event'));
  } finally {
    await other.close();
  }
  assert.deepEqual(pageErrors, [], 'no script error on the page');
});
