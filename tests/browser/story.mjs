// Browser tests of the timeline as a new reader meets it: sample_data/ loaded (as `scripts/run.sh`
// does), served by the `chronicle` binary alone from a copy of its `cmake --install` outside the
// source tree, in headless Chromium at 1400x900 (and 390x844 for the phone).
//
//   node tests/browser/story.mjs --chronicle build/cli/chronicle --build build [--static DIR]
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WAIT, ingest, launchBrowser, option, startServer } from './harness.mjs';
import { shownByDefault } from '../../static/js/states.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const fixtures = path.join(here, 'fixtures');
const screenshots = path.join(here, 'screenshots'); // git-ignored
const chronicle = path.resolve(option('--chronicle') ?? path.join(repo, 'build/cli/chronicle'));
const buildDir = path.resolve(option('--build') ?? path.dirname(path.dirname(chronicle)));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-story-'));
let server = null;
let base = '';
let context = null;
let page = null;
const pageErrors = [];
const warnings = [];

before(async () => {
  assert.ok(fs.existsSync(chronicle), `the chronicle binary is missing at ${chronicle}; build it first`);
  // The app travels with the binary: install it, copy the binary alone elsewhere and serve from there.
  const prefix = path.join(work, 'prefix');
  const install = spawnSync('cmake', ['--install', buildDir, '--prefix', prefix], { encoding: 'utf8' });
  assert.equal(install.status, 0, `cmake --install failed: ${install.stderr || install.stdout}`);
  const alone = path.join(work, 'elsewhere', 'chronicle');
  fs.mkdirSync(path.dirname(alone));
  fs.copyFileSync(path.join(prefix, 'bin', 'chronicle'), alone);
  fs.chmodSync(alone, 0o755);
  const db = ingest(alone, path.join(work, 'sample.db'), [path.join(repo, 'sample_data')]);
  // --static DIR serves another copy of the app instead (to see these tests fail on an older one).
  const staticDir = option('--static');
  ({ url: base, process: server } = await startServer(alone, db, staticDir ? ['--static', path.resolve(staticDir)] : []));
  ({ context, page } = await launchBrowser(path.join(work, 'profile')));
  fs.mkdirSync(screenshots, { recursive: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text()); });
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

async function openHome(query = '') {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('#event-list button[data-event], #clear-filters:not([hidden])', { timeout: WAIT });
  await settled();
}

// Waits until the page has loaded what it asked for (no request pending, no load scheduled).
async function settled() {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.getElementById('timeline-section').hasAttribute('aria-busy'), null, { timeout: WAIT });
  await page.waitForTimeout(300); // the 120 ms load timer after the last move
  await page.waitForLoadState('networkidle');
}

async function listed() {
  return page.$$eval('#event-list button[data-event]', (buttons) => buttons.map((b) => b.dataset.event).sort());
}

// The events drawn on the timeline: id -> {box, label, date, title, cut} with the box relative to
// the timeline's drawing area, `cut` when the label's text does not fit it.
async function drawn() {
  return page.$$eval('#timeline .vis-item.event', (items) => {
    const area = document.querySelector('#timeline .vis-center').getBoundingClientRect();
    return items.filter((item) => item.querySelector('.item-label')).map((item) => {
      const box = item.getBoundingClientRect();
      const label = item.querySelector('.item-label');
      return {
        headline: item.querySelector('.item-headline').textContent,
        date: item.querySelector('.item-date').textContent,
        title: label.title,
        left: box.left - area.left,
        right: box.right - area.left,
        width: area.width,
        cut: label.scrollWidth > label.clientWidth + 1,
        dateWhole: item.querySelector('.item-date').getBoundingClientRect().right <= label.getBoundingClientRect().right + 0.5,
      };
    });
  });
}

async function search(words) {
  await page.fill('#q', words);
  await page.press('#q', 'Enter');
  await settled();
}

// Waits until the list shows exactly the events of `list` (order aside).
async function waitForListed(list, what) {
  const want = sorted(list);
  await page.waitForFunction((expected) => {
    const shown = [...document.querySelectorAll('#event-list button[data-event]')].map((b) => b.dataset.event).sort();
    return JSON.stringify(shown) === JSON.stringify(expected);
  }, want, { timeout: WAIT }).catch(() => {});
  assert.deepEqual(await listed(), want, `the list shows ${what}`);
  await settled();
}

function sorted(list) {
  return list.map((e) => String(e.id)).sort();
}

// The fixture as the issue describes it; the hand-worked values below depend on it.
// (76 events and 65 in 2005-2011 when the issue was written; the extractor now also dates the
// leads and drops comparisons, records and fragments: 81 events, one of them only supposed and so
// hidden.)
test('the sample data holds 81 events, 80 shown by default, 73 of them in 2005 to 2011', async () => {
  const all = await events();
  assert.equal(all.length, 81);
  assert.equal(all.filter(shownByDefault).length, 80);
  assert.equal(all.filter((e) => e.date.start >= '2005' && e.date.start < '2012').length, 73);
});

// "63 events from 2 August 2005 to 9 July 2012." -> {count, from, to} (to is a Date.parse value).
async function summary() {
  const text = await page.textContent('#list-summary');
  const match = /^(\d+) events? from (.+) to (.+)\.$/.exec(text);
  assert.ok(match, `the list says how many events are in view and when: "${text}"`);
  return { count: Number(match[1]), from: Date.parse(`${match[2]} UTC`), to: Date.parse(`${match[3]} UTC`), text };
}

test('the first view is the stretch that holds most events, the same on every load, and stays out of the URL', async () => {
  await openHome();
  const first = await summary();
  // 69 of the 80 events shown (86%) lie between the week of 27 March 2006 and 5 October 2011; the
  // view holds that stretch and the room for its labels (half of the longest on each side, at most
  // 45% of the view: under two years here). The 2004-2005 and 2012-2013 events are all it adds.
  assert.ok(first.count >= 69 && first.count <= 74, `most events are in view (${first.text})`);
  assert.ok(first.from <= Date.UTC(2006, 2, 27) && first.from >= Date.UTC(2004, 2, 27), `it starts before 27 March 2006 (${first.text})`);
  assert.ok(first.to >= Date.UTC(2011, 9, 5) && first.to <= Date.UTC(2013, 9, 5), `it ends after 5 October 2011 (${first.text})`);
  assert.doesNotMatch(page.url(), /[?&](from|to)=/, 'the first view is not written into the URL');
  await page.screenshot({ path: path.join(screenshots, 'first-view-1400.png') });
  await openHome();
  assert.equal((await summary()).text, first.text, 'the next load shows the same stretch');
  assert.deepEqual(warnings.filter((w) => /Timeline scale/.test(w)), [], 'no "Something is wrong with the Timeline scale" warning');
});

test('switching the lanes back to one lane keeps the events drawn, and zooming still updates the list', async () => {
  await openHome();
  const before = pageErrors.length;
  for (const lanes of ['entity', 'none', 'source', 'none']) {
    await page.selectOption('#lanes', lanes);
    await settled();
  }
  assert.deepEqual(pageErrors.slice(before), [], 'no script error');
  assert.equal(await page.textContent('#status'), '', 'the status line shows no error');
  assert.ok((await drawn()).length > 0, 'the timeline still draws events');
  assert.equal(await page.$$eval('#timeline .vis-label .lane-label', (n) => n.length), 0, 'no lane labels are left');
  const wide = await summary();
  await page.click('#zoom-in');
  await page.waitForFunction((old) => document.getElementById('list-summary').textContent !== old, wide.text, { timeout: WAIT });
  const narrow = await summary();
  assert.ok(narrow.to - narrow.from < (wide.to - wide.from) * 0.75, `zooming in narrows the listed stretch (${wide.text} -> ${narrow.text})`);
});

test('a search fits the view to its results, with every label whole and inside the timeline', async () => {
  await openHome();
  const palmyra = await events('&q=palmyra');
  assert.deepEqual(palmyra.map((e) => e.date.start), ['2015-05-01T00:00:00', '2016-03-27T00:00:00', '2016-03-28T00:00:00']);
  await search('palmyra');
  assert.deepEqual(await listed(), sorted(palmyra), 'the list holds the three Palmyra events');
  const items = await drawn();
  assert.equal(items.length, 3, 'all three are drawn one by one, none counted');
  for (const item of items) {
    assert.ok(item.left >= 0 && item.right <= item.width, `"${item.date} ${item.headline}" lies inside the timeline (${item.left}..${item.right} of ${item.width})`);
    assert.equal(item.cut, false, `"${item.date} ${item.headline}" is not cut`);
  }
  assert.deepEqual(items.map((i) => i.date).sort(), ['27 March 2016', '28 March 2016', 'May 2015'], 'the month is read "May 2015"');
  await page.screenshot({ path: path.join(screenshots, 'search-palmyra-1400.png') });
});

// The numbers the timeline's counts show ("5 more" -> 5).
async function counts() {
  return page.$$eval('#timeline .vis-item.count .count-label', (nodes) => nodes.map((n) => parseInt(n.textContent, 10)));
}

test("the entity filter fits the view to General Motors' seven events, the bankruptcy three papers told labelled", async () => {
  await openHome();
  const gm = await events('&entity=General%20Motors');
  assert.equal(gm.length, 7);
  const bankruptcy = gm.find((e) => new Set(e.sources.map((s) => s.article_id)).size === 3);
  assert.match(bankruptcy.headline, /filed for bankruptcy/);
  await page.selectOption('#entity', 'General Motors');
  await settled();
  await page.screenshot({ path: path.join(screenshots, 'entity-gm-1400.png') });
  assert.deepEqual(await listed(), sorted(gm), 'the list holds the seven events');
  const single = await drawn();
  const counted = await counts();
  assert.equal(single.length + counted.reduce((a, b) => a + b, 0), 7, `every event is drawn or counted once (${counted})`);
  assert.ok(single.some((i) => i.headline === bankruptcy.headline), 'the bankruptcy, told by three papers, is labelled');
  await page.selectOption('#entity', '');
  await settled();
});

test('"Show all" fits every event that matches, 24 February 1955 to 29 March 2016, with nothing clipped', async () => {
  await openHome();
  await page.click('#zoom-in');
  await settled();
  await page.click('#fit');
  // All but the one that is only supposed ("should be completed"): it is shown on request only.
  await waitForListed((await events()).filter(shownByDefault), 'all the events shown by default');
  const shown = await summary();
  assert.ok(shown.from < Date.UTC(1955, 1, 24) && shown.to > Date.UTC(2016, 2, 29), shown.text);
  for (const item of await drawn()) assert.ok(item.left >= 0 && item.right <= item.width, `"${item.headline}" lies inside the timeline`);
  await search('palmyra');
  await page.click('#zoom-in');
  await settled();
  await page.click('#fit');
  await waitForListed((await events('&q=palmyra')).filter(shownByDefault), 'the three events of the search after "Show all"');
  const palmyra = await summary();
  assert.ok(palmyra.from > Date.UTC(2014, 0, 1) && palmyra.to < Date.UTC(2017, 0, 1), `only the stretch of the search (${palmyra.text})`);
  await search('');
});

test('labels use the room they have and show the whole headline and date on hover', async () => {
  // October 1990 to February 1992 holds only "1991" ("its lowest level since April 1997", "since
  // October 1997" and "its worst financial crisis since 1989" date nothing: they are records, not
  // happenings), a span across most of the view: room for its whole label.
  await openHome('?from=1990-10-01T00:00:00&to=1992-03-01T00:00:00');
  const items = await drawn();
  assert.deepEqual(items.map((i) => i.date).sort(), ['1991']);
  for (const item of items) {
    assert.equal(item.cut, false, `"${item.date} ${item.headline}" is whole`);
    assert.equal(item.title, `${item.date}: ${item.headline}`, 'the hover text is the date and the whole headline');
  }
  const long = (await events('&q=agreement&from=1991&to=1991'))[0];
  assert.equal(items.find((i) => i.date === '1991').headline, long.headline, 'the 1991 label holds its whole, long headline');
  // Where labels crowd, the one reached with the keyboard shows whole: 5 February 2007 is counted
  // or cut in the first view, whole once selected.
  await openHome();
  const cut = (await events('&from=2007-02-05&to=2007-02-05'))[0];
  const before = (await drawn()).find((i) => i.date === '5 February 2007');
  assert.ok(!before || before.cut, 'the 5 February 2007 label is counted or cut in the first view');
  await page.focus('#timeline');
  for (let step = 0; step < 80 && !(await page.textContent('#timeline-hint')).startsWith('5 February 2007'); step += 1) {
    await page.keyboard.press('ArrowRight');
  }
  await page.waitForSelector('#timeline .vis-item.vis-selected', { timeout: WAIT });
  const selected = await page.$eval('#timeline .vis-item.vis-selected .item-label', (l) => ({ text: l.textContent, cut: l.scrollWidth > l.clientWidth + 1 }));
  assert.deepEqual(selected, { text: `5 February 2007 ${cut.headline}`, cut: false }, 'the selected label is whole');
});

test('counts fit inside their boxes', async () => {
  await openHome('?from=1900-01-01T00:00:00&to=2100-01-01T00:00:00');
  const shown = await page.$$eval('#timeline .vis-item.vis-box.count', (nodes) => nodes.map((n) => ({ text: n.textContent, inside: n.scrollWidth <= n.clientWidth + 1 })));
  assert.ok(shown.length > 0, 'two centuries of events crowd into counts');
  for (const count of shown) assert.ok(count.inside, `"${count.text}" fits its box`);
  assert.equal((await drawn()).length + (await counts()).reduce((a, b) => a + b, 0), 80, 'every event shown is drawn or counted once');
});

test('the entity list offers no one-letter names and no pieces of longer names', async () => {
  await openHome();
  const names = await page.$$eval('#entity option', (options) => options.map((o) => o.value).filter(Boolean));
  for (const name of ['General Motors', 'Beatles', 'A380', 'Apple']) assert.ok(names.includes(name), `"${name}" is offered`);
  assert.deepEqual(names.filter((n) => n.replace(/[^\p{L}\p{N}]/gu, '').length < 2), [], 'no "T"');
  // "Chapter 11 protection": the extractor cut the name at the number. ("The Standard and Poor's
  // 500 index" still gives "Standard" and "Poor": an "and" joins names that are not one.)
  assert.equal(names.includes('Chapter'), false, 'no "Chapter"');
});

test('spans are labelled at their precision: "May 2015", "2009", "week of 8 Dec 2008", "weekend of 11 Oct 2008"', async () => {
  await openHome('?from=2008-10-01T00:00:00&to=2008-12-31T00:00:00');
  const dates = (await drawn()).map((i) => i.date);
  assert.ok(dates.includes('week of 8 Dec 2008'), `a week reads "week of 8 Dec 2008" (${dates})`);
  // In October's crowded first week the weekend is counted; alone in view it is labelled.
  await openHome('?from=2008-10-10T00:00:00&to=2008-10-14T00:00:00');
  const weekend = (await drawn()).map((i) => i.date);
  assert.ok(weekend.includes('weekend of 11 Oct 2008'), `a weekend reads "weekend of 11 Oct 2008" (${weekend})`);
  // "October 2009" dates a supposed happening ("should be completed"), drawn once asked for.
  await openHome('?from=2009-06-01T00:00:00&to=2010-03-01T00:00:00&states=all');
  const years = (await drawn()).map((i) => i.date);
  assert.ok(years.includes('2009') && years.includes('October 2009'), `a year reads "2009", a month "October 2009" (${years})`);
  const checked = (await drawn()).filter((i) => ['2009', 'October 2009'].includes(i.date));
  for (const item of checked) assert.ok(item.dateWhole, `the date "${item.date}" is not cut`);
});

test('the details panel lets go of an event that no longer matches the search', async () => {
  await openHome();
  await search('palmyra');
  const fallen = (await events('&q=palmyra')).find((e) => e.date.start === '2015-05-01T00:00:00');
  await page.click(`#event-list button[data-event="${fallen.id}"]`);
  await page.waitForFunction((h) => document.getElementById('details-heading').textContent === h, fallen.headline, { timeout: WAIT });
  await search('iphone');
  await page.waitForFunction(() => document.getElementById('details-heading').textContent === 'Details', null, { timeout: WAIT });
  assert.match(await page.textContent('#details'), /Choose an event on the timeline or in the list/);
  assert.doesNotMatch(page.url(), /[?&]event=/, 'the selection left the URL too');
  await search('');
});

test('an empty result says what to do, and the related headlines follow the search', async () => {
  await openHome();
  await search('zzyzx');
  assert.equal(await page.textContent('#list-summary'), 'No events match “zzyzx”. Try fewer or other words, or clear the search.');
  assert.equal(await page.isVisible('#clear-filters'), true, 'a button clears the search');
  assert.equal(await page.isHidden('#related-in-view'), true, 'no related headlines for a search that matches nothing');
  await page.click('#clear-filters');
  await settled();
  assert.equal(await page.inputValue('#q'), '');
  assert.equal((await listed()).length > 0, true, 'the events are back');
  // "recapture" matches one event, on 28 March 2016; of the ten related headlines around it, one
  // has the word: "Drone Footage Shows Ancient Palmyra City after Syrian Army Recapture".
  await search('recapture');
  assert.equal(await page.textContent('#related-summary'), 'Related headlines dated in view (1)');
  assert.deepEqual(await page.$$eval('#related-list .related-title', (n) => n.map((t) => t.textContent)),
    ['Drone Footage Shows Ancient Palmyra City after Syrian Army Recapture']);
  await search('');
});

test('an upload fits the view to the new events and says how many it found', async () => {
  await openHome();
  await page.setInputFiles('#upload-input', path.join(fixtures, 'upload.txt'));
  await page.waitForFunction(() => /^Loaded 1 article/.test(document.getElementById('status').textContent), null, { timeout: WAIT });
  await settled();
  const article = (await api('/api/articles?limit=1000')).articles.find((a) => a.title === 'Porto Opens Glass Bridge Over the Douro');
  const found = await events(`&article=${article.id}`);
  assert.ok(found.length >= 2, 'the fixture gives several dated events');
  const status = await page.textContent('#status');
  assert.match(status, new RegExp(`^Loaded 1 article: ${found.length} events, from .+ to .+\\.$`), status);
  const shown = await listed();
  for (const event of found) assert.ok(shown.includes(String(event.id)), `the new event "${event.headline}" is in view`);
  assert.ok(shown.length < 82, 'the view is theirs, not the whole span');
  const headlines = new Set(found.map((e) => e.headline));
  for (const item of (await drawn()).filter((i) => headlines.has(i.headline))) {
    assert.ok(item.left >= 0 && item.right <= item.width, `"${item.headline}" lies inside the timeline`);
  }
});

test('upload errors name the file once, in plain words', async () => {
  await openHome();
  await page.setInputFiles('#upload-input', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await page.waitForSelector('#status-errors li', { timeout: WAIT });
  assert.deepEqual(await page.$$eval('#status-errors li', (n) => n.map((li) => li.textContent)), ['empty.txt: is empty']);
  await page.setInputFiles('#upload-input', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"title": ') });
  await page.waitForFunction(() => document.querySelector('#status-errors li')?.textContent.startsWith('broken.json'), null, { timeout: WAIT });
  for (const line of await page.$$eval('#status-errors li', (n) => n.map((li) => li.textContent))) {
    assert.equal(line.split('broken.json').length - 1, 1, `the name appears once: "${line}"`);
  }
});

test('the exports hold the events in view and download under names of their own', async () => {
  await openHome('?from=2009-05-15T00:00:00&to=2009-06-15T00:00:00');
  const inView = await listed();
  const href = await page.getAttribute('a[data-export="json"]', 'href');
  assert.match(href, /from=2009-05-15T00%3A00%3A00&to=2009-06-15T00%3A00%3A00/, `the link names the window: ${href}`);
  assert.deepEqual((await api(href)).events.map((e) => String(e.id)).sort(), inView, 'the JSON export holds the events in view');
  const timeline = await api(await page.getAttribute('a[data-export="timelinejs"]', 'href'));
  assert.deepEqual(timeline.title, { text: { headline: `Chronicle: ${inView.length} events`, text: '<p>In 2009.</p>' } },
    'the TimelineJS document opens on a title slide');
  const names = [];
  for (const format of ['json', 'timelinejs', 'csv']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-export="${format}"]`)]);
    names.push(download.suggestedFilename());
    await download.cancel();
  }
  assert.deepEqual(names, ['chronicle-2009.json', 'chronicle-2009-timelinejs.json', 'chronicle-2009.csv'], 'named for the year the window lies in');
});

test('dates without a time show no "00:00", and "Friday morning" reads as a morning', async () => {
  await openHome('?q=announcement+press+conference');
  const morning = (await events('&q=announcement+press+conference'))[0];
  assert.equal(morning.date.value, '2010-07-16TMO');
  await page.click(`#event-list button[data-event="${morning.id}"]`);
  assert.equal(await page.textContent(`#event-list button[data-event="${morning.id}"] .row-date`), '16 July 2010, morning');
  // The article was published on 17 July 2010, a date without a time.
  await page.waitForSelector('#details .cite', { timeout: WAIT });
  assert.match(await page.textContent('#details .cite'), /published 17 Jul 2010$/);
  assert.doesNotMatch(await page.textContent('#details'), /00:00/);
});

test("the article view lists the article's events in date order", async () => {
  const { articles } = await api('/api/articles?limit=1000');
  const id = articles.find((a) => a.title === 'Apple Inc. co-founder Steve Jobs dies aged 56').id;
  await openHome(`?article=${id}`);
  await page.waitForSelector('#article-body .article-events li', { timeout: WAIT });
  const dates = await page.$$eval('#article-body .article-events button', (n) => n.map((b) => b.textContent.split(':')[0]));
  assert.deepEqual(dates, ['24 February 1955', '2004', '24 August 2011', '5 October 2011']);
  await page.keyboard.press('Escape');
});

test('on a phone the keyboard hints are hidden and no label is cut at either edge', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await openHome();
    assert.equal(await page.isHidden('#timeline-keys'), true, 'no keyboard hints on a phone');
    await page.screenshot({ path: path.join(screenshots, 'phone-390.png') });
    // A fitted view: every label of the results lies inside the phone's timeline.
    for (const words of ['palmyra', 'iphone']) {
      await search(words);
      const items = await drawn();
      assert.ok(items.length > 0, 'events are drawn');
      for (const item of items) {
        assert.ok(item.left >= 0 && item.right <= item.width, `"${item.date} ${item.headline}" lies inside (${item.left}..${item.right} of ${item.width})`);
      }
    }
    await search('');
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
  assert.deepEqual(pageErrors, [], 'no script error on the page');
});

test('the installed binary, copied alone elsewhere, serves the whole app', async () => {
  // before() served this page from a copy of `cmake --install`'s bin/chronicle, outside the tree.
  for (const file of ['/', '/app.css', '/js/main.js', '/vendor/vis-timeline.js', '/vendor/vis-timeline.css', '/vendor/vis-timeline.LICENSE.txt']) {
    const response = await fetch(base + file);
    assert.equal(response.status, 200, `${file} is served`);
  }
  await openHome();
  assert.ok((await drawn()).length > 0, 'the timeline draws events');
  assert.ok((await listed()).length > 0, 'the list shows events');
});

test('a build without the npm packages stops and says to run npm ci, instead of serving a blank page', () => {
  // Configure a copy of the sources that has no node_modules/.
  const tree = path.join(work, 'tree');
  for (const part of ['CMakeLists.txt', 'core', 'web', 'cli', 'bench', 'static']) {
    fs.cpSync(path.join(repo, part), path.join(tree, part), { recursive: true, filter: (p) => !p.includes(`${path.sep}vendor`) });
  }
  const configure = spawnSync('cmake', ['-S', tree, '-B', path.join(tree, 'build'), '-DCHRONICLE_TESTS=OFF'], { encoding: 'utf8' });
  assert.notEqual(configure.status, 0, 'the configure step fails');
  assert.match(configure.stderr, /vis-timeline[\s\S]*is missing: run `npm ci`/, configure.stderr);
});
