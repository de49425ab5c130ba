// Browser tests of curation: the reader corrects a headline, hides an event, merges two, undoes,
// and finds the corrections again after a reload. Headless Chromium against `chronicle serve` on a
// database of fixtures/curation.json: two articles, four happenings on 3, 14, 22 and 23 April 2021
// (the mayor's resignation told twice, a day apart, which the merge keeps apart).
//
//   node tests/browser/curation.mjs --chronicle build/cli/chronicle [--shots DIR]
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WAIT, ingest, launchBrowser, option, startServer } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const screenshots = path.resolve(option('--shots') ?? path.join(here, 'screenshots')); // git-ignored by default
const chronicle = path.resolve(option('--chronicle') ?? path.join(repo, 'build/cli/chronicle'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-curation-'));
let server = null;
let base = '';
let context = null;
let page = null;
const ids = {}; // the day of an event ("2021-04-03") -> its id
const pageErrors = [];
const EDITED = 'Brekkvik opened its new library';

before(async () => {
  assert.ok(fs.existsSync(chronicle), `the chronicle binary is missing at ${chronicle}; build it first`);
  const db = ingest(chronicle, path.join(work, 'curation.db'), [path.join(here, 'fixtures', 'curation.json')]);
  ({ url: base, process: server } = await startServer(chronicle, db));
  ({ context, page } = await launchBrowser(path.join(work, 'profile')));
  fs.mkdirSync(screenshots, { recursive: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const answer = await (await fetch(`${base}/api/events?limit=100`)).json();
  for (const event of answer.events) ids[event.date.start.slice(0, 10)] = String(event.id);
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

const listed = () => page.$$eval('#event-list button[data-event]', (b) => b.map((x) => x.dataset.event).sort());
const waitListed = (count) => page.waitForFunction((n) => document.querySelectorAll('#event-list button[data-event]').length === n, count, { timeout: WAIT });
const row = (id) => `#event-list button[data-event="${id}"]`;
const api = async (query) => (await fetch(`${base}${query}`)).json();

async function choose(id) {
  await page.click(row(id));
  await page.waitForFunction((eid) => document.querySelector('#details .curate') && document.querySelector(`#event-list button[data-event="${eid}"][aria-current="true"]`), id, { timeout: WAIT });
}

test('the fixture gives four events, on 3, 14, 22 and 23 April 2021', () => {
  assert.deepEqual(Object.keys(ids).sort(), ['2021-04-03', '2021-04-14', '2021-04-22', '2021-04-23']);
});

test('an edited headline shows in the list, the details and the timeline, marked as edited', async () => {
  await openHome();
  await choose(ids['2021-04-03']);
  await page.click('#details .curate button:text-is("Edit")');
  await page.fill('#details .edit-form input[name=headline]', EDITED);
  await page.screenshot({ path: path.join(screenshots, 'curation-edit-1400.png') });
  await page.click('#details .edit-form button[type=submit]');
  await page.waitForFunction(([id, text]) => document.querySelector(`#event-list button[data-event="${id}"] .row-headline`)?.textContent === text,
    [ids['2021-04-03'], EDITED], { timeout: WAIT });
  await settled();
  assert.equal(await page.textContent(`${row(ids['2021-04-03'])} .edited-mark`), 'edited');
  assert.match(await page.textContent('#details-heading'), /^Brekkvik opened its new library edited$/);
  const drawn = await page.$$eval('#timeline .vis-item.event.edited .item-headline', (items) => items.map((i) => i.textContent));
  assert.deepEqual(drawn, [EDITED]);
  const stored = await api(`/api/events/${ids['2021-04-03']}`);
  assert.equal(stored.headline, EDITED);
  assert.deepEqual(stored.curation, { edited: true, hidden: false });
});

test('a hidden event leaves the list and the export, and "Show hidden events" brings it back', async () => {
  await openHome();
  await choose(ids['2021-04-14']);
  await page.click('#details .curate button:text-is("Hide")');
  await waitListed(3);
  assert.ok(!(await listed()).includes(ids['2021-04-14']));
  const exported = await api('/api/export?format=json');
  assert.deepEqual(exported.events.map((e) => e.date.start.slice(0, 10)), ['2021-04-03', '2021-04-22', '2021-04-23']);
  await page.check('#show-hidden');
  await waitListed(4);
  assert.equal(await page.textContent(`${row(ids['2021-04-14'])} .hidden-mark`), 'hidden');
  await page.uncheck('#show-hidden');
  await waitListed(3);
});

test('two events merged are one with both sources, and Undo parts them again', async () => {
  await openHome();
  await choose(ids['2021-04-22']);
  await page.click('#details .curate button:text-is("Merge with…")');
  await page.click(row(ids['2021-04-23']));
  await waitListed(2);
  // The merged event keeps the id of its earliest-published mention: the 22 April one (30 April paper).
  assert.deepEqual(await listed(), [ids['2021-04-03'], ids['2021-04-22']].sort());
  await page.waitForFunction(() => /^Sources \(2\)$/.test(document.querySelector('#details h3')?.textContent ?? ''), null, { timeout: WAIT });
  const merged = await api(`/api/events/${ids['2021-04-22']}`);
  assert.equal(merged.sources.length, 2);
  assert.equal(merged.curation.edited, true);
  await page.screenshot({ path: path.join(screenshots, 'curation-merged-1400.png') });

  await page.click('#undo');
  await waitListed(3);
  assert.deepEqual(await listed(), [ids['2021-04-03'], ids['2021-04-22'], ids['2021-04-23']].sort());
  assert.match(await page.textContent('#status'), /Undid the last change \(merge\)/);
});

test('after a reload the edit and the hide are still there, and the log lists them', async () => {
  await page.reload();
  await page.waitForSelector('#event-list button[data-event]', { timeout: WAIT });
  await settled();
  assert.deepEqual(await listed(), [ids['2021-04-03'], ids['2021-04-22'], ids['2021-04-23']].sort());
  assert.equal(await page.textContent(`${row(ids['2021-04-03'])} .row-headline`), EDITED);
  const log = await api('/api/curation');
  assert.deepEqual(log.log.map((entry) => entry.action), ['hide', 'edit']);
  assert.deepEqual(log.orphaned, []);
});

test('a view saved under a name is listed, and its link reopens it with its search', async () => {
  await openHome('?q=mayor');
  await page.click('#save-view');
  await page.fill('#view-name', 'The mayor');
  await page.click('#save-view-form button[type=submit]');
  await page.waitForFunction(() => /Saved the view “The mayor”/.test(document.getElementById('status').textContent), null, { timeout: WAIT });
  const { views } = await api('/api/views');
  assert.equal(views.length, 1);
  assert.equal(views[0].name, 'The mayor');
  assert.match(views[0].view, /^\?.*q=mayor/);
  assert.deepEqual(await page.$$eval('#saved-views option', (o) => o.map((x) => x.textContent)), ['Saved views…', 'The mayor']);

  await page.goto(`${base}/?view=${views[0].id}`);
  await page.waitForURL(/q=mayor/, { timeout: WAIT });
  await page.waitForSelector('#event-list button[data-event]', { timeout: WAIT });
  await settled();
  assert.equal(await page.inputValue('#q'), 'mayor');
  // Both sentences about the mayor match; the library and the (hidden) flooding do not.
  assert.deepEqual(await listed(), [ids['2021-04-22'], ids['2021-04-23']].sort());
});

test('two names joined are one entry of the entity list, and choosing it shows the events of both', async () => {
  // A third article names one ferry company two ways: "Norled Ferries ASA" (26 April) and "Norled AS" (28 April).
  const article = {
    title: 'Kystavisa: ferry fares', source: 'Kystavisa', published: '2021-05-03T09:00:00',
    text: 'Norled Ferries ASA cancelled the Brekkvik crossing on 26 April 2021.\n\nThe ferry company Norled AS raised its fares on 28 April 2021.',
  };
  const loaded = await fetch(`${base}/api/articles`, {
    method: 'POST', headers: { 'X-Chronicle-Request': '1', 'Content-Type': 'application/json' }, body: JSON.stringify(article),
  });
  assert.equal(loaded.status, 200);
  await openHome();
  const entities = () => page.$$eval('#entity option', (o) => o.map((x) => x.value).filter(Boolean).sort());
  assert.deepEqual(await entities(), ['Brekkvik', 'Norled AS', 'Norled Ferries ASA']);
  await page.click('#join-open');
  await page.selectOption('#join-alias', 'Norled AS');
  await page.selectOption('#join-name', 'Norled Ferries ASA');
  await page.click('#join-form button[type=submit]');
  await page.waitForFunction(() => ![...document.querySelectorAll('#entity option')].some((o) => o.value === 'Norled AS'), null, { timeout: WAIT });
  assert.deepEqual(await entities(), ['Brekkvik', 'Norled Ferries ASA']);
  assert.match(await page.textContent('#entity option[value="Norled Ferries ASA"]'), /^Norled Ferries ASA \(2, other\)$/);
  await page.selectOption('#entity', 'Norled Ferries ASA');
  await page.waitForFunction(() => document.querySelectorAll('#event-list button[data-event]').length === 2, null, { timeout: WAIT });
  const days = await page.$$eval('#event-list .row-date', (d) => d.map((x) => x.textContent));
  assert.deepEqual(days, ['26 April 2021', '28 April 2021']);
});

async function post(pathname, body = {}) {
  const response = await fetch(`${base}${pathname}`, {
    method: 'POST', headers: { 'X-Chronicle-Request': '1', 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `POST ${pathname} answered ${response.status}`);
  return response.json();
}

test('corrections of an event a merge took away are listed under the list, and Drop forgets them', async () => {
  // Both mayor events get a headline of their own; merged, the 22 April id stays and the 23 April
  // one's headline has no event to go to (the merged event has its own): it is orphaned.
  await post(`/api/events/${ids['2021-04-22']}/edit`, { headline: 'The mayor of Brekkvik resigned' });
  await post(`/api/events/${ids['2021-04-23']}/edit`, { headline: 'Brekkvik lost its mayor' });
  const merged = await post(`/api/events/${ids['2021-04-22']}/merge`, { with: Number(ids['2021-04-23']) });
  assert.equal(String(merged.event), ids['2021-04-22']);
  await openHome();
  await page.waitForSelector('#orphaned:not([hidden])', { timeout: WAIT });
  assert.equal(await page.textContent('#orphaned-summary'), 'Corrections of events that are gone (1)');
  await page.click('#orphaned-summary');
  const item = `#orphaned-list li[data-event="${ids['2021-04-23']}"]`;
  assert.equal(await page.textContent(`${item} span`), `Event ${ids['2021-04-23']}: headline “Brekkvik lost its mayor”. `);
  await page.$eval('#orphaned', (box) => box.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(screenshots, 'curation-orphaned-1400.png') });
  await page.click(`${item} button`);
  await page.waitForFunction(() => /^Dropped the corrections of event/.test(document.getElementById('status').textContent), null, { timeout: WAIT });
  assert.equal(await page.isHidden('#orphaned'), true, 'nothing is left to list');
  assert.deepEqual((await api('/api/curation')).orphaned, []);
  // Undo, four times: the drop, the merge and the two edits, so the tests below start as before.
  for (const action of ['drop', 'merge', 'edit', 'edit']) assert.equal((await post('/api/curation/undo')).undone.action, action);
});

test('on a phone the correction tools and the edit form fit the screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await openHome();
    await choose(ids['2021-04-22']);
    await page.click('#details .curate button:text-is("Edit")');
    const boxes = await page.$$eval('#details .curate button, #details .edit-form input', (nodes) => nodes.map((n) => n.getBoundingClientRect()).map((r) => [r.left, r.right]));
    for (const [left, right] of boxes) assert.ok(left >= 0 && right <= 390, `inside the screen: ${left}..${right}`);
    await page.$eval('#details .curate', (tools) => tools.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshots, 'curation-edit-390.png') });
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});

test('the page threw no errors', () => {
  assert.deepEqual(pageErrors, []);
});
