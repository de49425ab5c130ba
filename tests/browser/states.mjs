// Browser tests of event states: what took place, is planned or is reported is drawn each its own
// way with a legend; what did not happen or is only supposed is hidden until the reader asks; the
// details panel says the state in words and marks the word that names the happening. Headless
// Chromium against `chronicle serve` on a database of fixtures/states.json: one article of five
// sentences, one per state, with non-ASCII letters before the words so that byte offsets and
// character offsets differ.
//
//   node tests/browser/states.mjs --chronicle build/cli/chronicle [--static OTHER_APP_DIR]
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
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-states-'));
let server = null;
let base = '';
let context = null;
let page = null;
let byState = {}; // state -> the fixture's event in that state, as the API gives it
const pageErrors = [];

before(async () => {
  assert.ok(fs.existsSync(chronicle), `the chronicle binary is missing at ${chronicle}; build it first`);
  const db = ingest(chronicle, path.join(work, 'states.db'), [path.join(here, 'fixtures', 'states.json')]);
  const staticDir = option('--static'); // another copy of the app, to see these tests fail on an older one
  ({ url: base, process: server } = await startServer(chronicle, db, staticDir ? ['--static', path.resolve(staticDir)] : []));
  ({ context, page } = await launchBrowser(path.join(work, 'profile')));
  fs.mkdirSync(screenshots, { recursive: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const answer = await (await fetch(`${base}/api/events?limit=100`)).json();
  byState = Object.fromEntries(answer.events.map((e) => [e.state, e]));
});

after(async () => {
  await context?.close();
  server?.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});

async function settled() {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.getElementById('timeline-section').hasAttribute('aria-busy'), null, { timeout: WAIT });
  await page.waitForTimeout(300); // the 120 ms load timer after the last move
  await page.waitForLoadState('networkidle');
}

async function openHome(query = '') {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('#event-list button[data-event]', { timeout: WAIT });
  await settled();
}

const listed = () => page.$$eval('#event-list button[data-event]', (b) => b.map((x) => x.dataset.event).sort((p, q) => p - q));
const drawn = () => page.$$eval('#timeline .vis-item.event:has(.item-headline)', (items) => items.map((i) => i.className));

test('the fixture gives one event in each of the five states', () => {
  assert.deepEqual(Object.keys(byState).sort(), ['happened', 'hypothetical', 'negated', 'planned', 'reported']);
  assert.equal(byState.planned.date.start.slice(0, 10), '2022-05-20');
  assert.equal(byState.negated.date.start.slice(0, 10), '2022-05-12');
  assert.equal(byState.hypothetical.date.start.slice(0, 10), '2022-05-25');
});

test('a legend names the three states the timeline shows, readable at 1400 pixels', async () => {
  await openHome();
  const legend = await page.$$eval('#state-legend li', (items) => items.filter((i) => i.offsetParent !== null).map((i) => i.textContent.trim()));
  assert.deepEqual(legend, ['Happened', 'Planned: scheduled or expected', 'Reported by a source']);
  const box = await page.$eval('#state-legend', (l) => { const r = l.getBoundingClientRect(); return { right: r.right, height: r.height }; });
  assert.ok(box.right <= 1400 && box.height > 0, `the legend is on the screen: ${JSON.stringify(box)}`);
  await page.screenshot({ path: path.join(screenshots, 'states-1400.png') });
});

test('a planned event is drawn with a dashed outline, a reported one dotted, a happened one solid', async () => {
  await openHome();
  const style = (state) => page.evaluate((name) => {
    const item = document.querySelector(`#timeline .vis-item.event.${name}:has(.item-headline)`); // not its line or dot
    if (!item) return null;
    return { border: getComputedStyle(item).borderTopStyle, italic: getComputedStyle(item.querySelector('.item-headline')).fontStyle };
  }, state);
  const planned = await style('state-planned');
  const reported = await style('state-reported');
  const happened = await style('state-happened');
  assert.deepEqual(planned, { border: 'dashed', italic: 'normal' }, 'planned: a dashed outline');
  assert.deepEqual(reported, { border: 'dotted', italic: 'italic' }, 'reported: dotted, in italics');
  assert.deepEqual(happened, { border: 'solid', italic: 'normal' }, 'happened: solid');
});

test('an event that did not happen, or is only supposed, is hidden until the reader asks for it', async () => {
  await openHome();
  const hidden = [byState.negated.id, byState.hypothetical.id].map(String);
  const shown = ['happened', 'planned', 'reported'].map((s) => String(byState[s].id)).sort((p, q) => p - q);
  assert.deepEqual(await listed(), shown, 'the list holds only the three');
  assert.ok((await drawn()).every((c) => !/state-(negated|hypothetical)/.test(c)), 'the timeline draws neither');
  assert.equal(await page.textContent('#hidden-summary'), '2 more events did not happen or are only supposed (hidden).');

  await page.check('#all-states');
  await settled();
  assert.deepEqual(await listed(), [...shown, ...hidden].sort((p, q) => p - q), 'the list holds all five');
  assert.equal(await page.isHidden('#hidden-summary'), true, 'nothing is hidden now');
  const classes = await drawn();
  assert.ok(classes.some((c) => c.includes('state-negated')) && classes.some((c) => c.includes('state-hypothetical')), `both are drawn: ${classes}`);
  assert.match(page.url(), /[?&]states=all(&|$)/, 'the choice is kept in the address');
  const legend = await page.$$eval('#state-legend li', (items) => items.filter((i) => i.offsetParent !== null).map((i) => i.textContent.trim()));
  assert.deepEqual(legend.slice(3), ['Did not happen', 'Supposed: would, could, if']);
  await page.screenshot({ path: path.join(screenshots, 'states-all-1400.png') });

  // The address reopens the same choice; unticking hides them again.
  await openHome(`?${new URL(page.url()).searchParams}`);
  assert.equal(await page.isChecked('#all-states'), true);
  await page.click('#fit'); // the first view holds 80% of the events; "Show all" holds every one
  await page.waitForFunction(() => document.querySelectorAll('#event-list button[data-event]').length === 5, null, { timeout: WAIT });
  await page.uncheck('#all-states');
  await settled();
  assert.deepEqual(await listed(), shown);
  assert.doesNotMatch(page.url(), /states=/);
});

test('the app asks the API for the states it shows, so counts, density and export links agree with the list', async () => {
  const asked = [];
  const record = (request) => {
    const url = new URL(request.url());
    if (/^\/api\/(events|histogram)$/.test(url.pathname)) asked.push(url);
  };
  page.on('request', record);
  try {
    await openHome();
    assert.ok(asked.length >= 2, 'events and the histogram were asked for');
    const shownStates = (url) => url.searchParams.get('state');
    const plain = asked.filter((url) => shownStates(url) !== 'happened,planned,reported' && shownStates(url) !== 'negated,hypothetical');
    assert.deepEqual(plain.map(String), [], 'every request names the states shown (or, for the hidden line, the others)');
    const density = await page.getAttribute('#density', 'aria-label');
    assert.match(density, /^Density of 3 events /, 'the density strip counts the three shown');
    const link = await page.getAttribute('a[data-export="csv"]', 'href');
    assert.equal(new URL(link, base).searchParams.get('state'), 'happened,planned,reported', 'the export link asks for them too');

    asked.length = 0;
    await page.check('#all-states');
    await settled();
    assert.ok(asked.length >= 1 && asked.every((url) => !url.searchParams.has('state')), 'with all states shown no state= is sent');
    await page.waitForFunction(() => /^Density of 5 events /.test(document.getElementById('density').getAttribute('aria-label')), null, { timeout: WAIT });
    assert.equal(new URL(await page.getAttribute('a[data-export="csv"]', 'href'), base).searchParams.has('state'), false);
    await page.uncheck('#all-states');
    await settled();
  } finally {
    page.off('request', record);
  }
});

async function download(selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const target = path.join(work, 'downloads', file.suggestedFilename());
  await file.saveAs(target);
  return fs.readFileSync(target, 'utf8');
}

test('the exports leave out what the timeline leaves out, and carry it once it is shown', async () => {
  await openHome();
  await page.uncheck('#export-in-view');
  const all = ['happened', 'planned', 'reported', 'negated', 'hypothetical'].map((s) => byState[s].id).sort((p, q) => p - q);
  const three = ['happened', 'planned', 'reported'].map((s) => byState[s].id).sort((p, q) => p - q);
  const ids = (text) => JSON.parse(text).events.map((e) => e.id).sort((p, q) => p - q);
  assert.deepEqual(ids(await download('a[data-export="json"]')), three);
  const timelinejs = JSON.parse(await download('a[data-export="timelinejs"]'));
  assert.equal(timelinejs.events.length, 3);
  assert.equal(timelinejs.title.text.headline, 'Chronicle: 3 events');
  const csv = (await download('a[data-export="csv"]')).split('\r\n').filter(Boolean);
  assert.deepEqual(csv.slice(1).map((row) => Number(row.split(',')[0])).sort((p, q) => p - q), three);
  await page.check('#all-states');
  await settled();
  assert.deepEqual(ids(await download('a[data-export="json"]')), all);
  await page.uncheck('#all-states');
  await page.check('#export-in-view');
});

test('the details panel says the state in words and marks the word that names the happening', async () => {
  const planned = byState.planned;
  const source = planned.sources[0];
  assert.ok(source.trigger, 'the API gives the planned sentence a trigger');
  await openHome(`?event=${planned.id}`);
  await page.waitForSelector('#details .sources mark.trigger', { timeout: WAIT });
  const facts = await page.$$eval('#details .facts dt', (dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent.trim()]));
  assert.deepEqual(facts.find(([term]) => term === 'State'), ['State', 'Planned: scheduled or expected']);
  assert.deepEqual(await page.$$eval('#details .sources mark.trigger', (m) => m.map((x) => x.textContent)), [source.trigger.text]);
  // The mark sits where the offsets say: the words before it are the sentence's bytes up to the trigger.
  const before = Buffer.from(source.sentence.text, 'utf8').subarray(0, source.trigger.begin - source.sentence.begin).toString('utf8');
  const markedAt = await page.$eval('#details .sources blockquote', (q) => {
    const mark = q.querySelector('mark.trigger');
    const range = document.createRange();
    range.setStart(q, 0);
    range.setEndBefore(mark);
    return range.toString();
  });
  assert.equal(markedAt, before);
  assert.match(before, /ø/, 'a two-byte letter comes before the trigger, so bytes and characters differ');
  await page.screenshot({ path: path.join(screenshots, 'states-details-1400.png') });

  await openHome(`?event=${byState.reported.id}`);
  await page.waitForSelector('#details .facts', { timeout: WAIT });
  assert.match(await page.textContent('#details .facts'), /Reported by a source/);
});

test('on a phone the legend and the control fit the screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await openHome(`?event=${byState.planned.id}`);
    const boxes = await page.$$eval('#state-legend li, .all-states', (nodes) => nodes.filter((n) => n.offsetParent !== null).map((n) => n.getBoundingClientRect().right));
    assert.ok(boxes.length === 4 && boxes.every((right) => right <= 390), `within 390 pixels: ${boxes}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scrolling');
    await page.screenshot({ path: path.join(screenshots, 'states-390.png') });
    await page.screenshot({ path: path.join(screenshots, 'states-390-full.png'), fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
  assert.deepEqual(pageErrors, [], 'no script error on the page');
});
