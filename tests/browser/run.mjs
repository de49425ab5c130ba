// Browser tests of the timeline app: headless Chromium from Debian driven by playwright-core against a
// real `chronicle serve` on a temporary database holding the seed article and our fixtures.
//
//   node tests/browser/run.mjs --chronicle build/cli/chronicle
//
// Screenshots of every step go to tests/browser/screenshots/ (git-ignored) for inspection.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const fixtures = path.join(here, 'fixtures');
const screenshots = path.join(here, 'screenshots');
const seed = path.join(repo, 'sample_data/000_a4e3cdde688320d9.txt');
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync'];
const WAIT = 15000;

function option(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const chronicle = path.resolve(option('--chronicle') ?? path.join(repo, 'build/cli/chronicle'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-browser-'));
let server = null;
let base = '';
let context = null;
let page = null;
const dialogs = []; // any alert/confirm/prompt the page opens: none should
const pageErrors = [];

// Everything a test needs that is not there fails the run here, with a message saying what is missing.
before(async () => {
  assert.ok(fs.existsSync(chronicle), `the chronicle binary is missing at ${chronicle}; build it first`);
  assert.ok(fs.existsSync(seed), `the seed article is missing at ${seed}`);
  fs.mkdirSync(screenshots, { recursive: true });
  const db = path.join(work, 'browser.db');
  const ingest = spawnSync(chronicle, ['ingest', '--db', db, seed, path.join(fixtures, 'harbour.txt')], { encoding: 'utf8', timeout: 60000 });
  assert.equal(ingest.status, 0, `chronicle ingest failed (exit ${ingest.status}): ${ingest.stderr || ingest.stdout}`);
  base = await startServer(db);
  const { chromium } = await import('playwright-core').catch((error) => {
    throw new Error(`playwright-core is missing (run \`npm ci\` at the top of the repository): ${error.message}`);
  });
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'America/Los_Angeles', // far from UTC, so a date shifted by the viewer's zone shows up
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

after(async () => {
  await context?.close();
  server?.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});

// Starts `chronicle serve --port 0` and answers its URL once it prints "Serving http://...".
function startServer(db) {
  return new Promise((resolve, reject) => {
    // No --static: the binary serves the app built into it.
    server = spawn(chronicle, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`chronicle serve printed no "Serving http://" line within 10 s; output: ${output}`)), 10000);
    const read = (chunk) => {
      output += chunk;
      const match = /Serving (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', (chunk) => { output += chunk; });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chronicle serve exited with code ${code} before listening: ${output.trim()}`));
    });
    server.on('error', (error) => reject(error));
  });
}

async function api(pathAndQuery) {
  const response = await fetch(base + pathAndQuery);
  assert.equal(response.status, 200, `GET ${pathAndQuery} answered ${response.status}`);
  return response.json();
}

async function allEvents(query = '') {
  const answer = await api(`/api/events?limit=1000${query}`);
  return answer.events;
}

async function shot(name) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

async function listedIds() {
  return page.$$eval('#event-list button[data-event]', (buttons) => buttons.map((b) => b.dataset.event).sort());
}

// Waits until the list shows exactly `ids` (order aside), then answers them.
async function waitForList(ids, what) {
  const want = ids.map(String).sort();
  try {
    await page.waitForFunction((expected) => {
      const shown = [...document.querySelectorAll('#event-list button[data-event]')].map((b) => b.dataset.event).sort();
      return JSON.stringify(shown) === JSON.stringify(expected);
    }, want, { timeout: WAIT });
  } catch {
    assert.deepEqual(await listedIds(), want, `the list should show ${what}`);
  }
}

// Waits until the list shows every one of `ids` (among others, maybe).
async function waitForListIncluding(ids, what) {
  const want = ids.map(String);
  await page.waitForFunction((expected) => {
    const shown = new Set([...document.querySelectorAll('#event-list button[data-event]')].map((b) => b.dataset.event));
    return expected.every((id) => shown.has(id));
  }, want, { timeout: WAIT }).catch(() => {});
  const shown = await listedIds();
  assert.deepEqual(want.filter((id) => !shown.includes(id)), [], `the list should show ${what}`);
}

async function waitForText(selector, text) {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent.includes(t), [selector, text], { timeout: WAIT });
}

// Every source of the event in the details panel, in the API's order: its sentence as stored and
// its temporal expression, and only that, marked.
async function assertSourcesShown(event) {
  const shown = await page.$$eval('#details blockquote.sentence', (quotes) => quotes.map((q) => ({
    text: q.textContent, marked: [...q.querySelectorAll('mark.timex')].map((m) => m.textContent),
  })));
  assert.deepEqual(shown, event.sources.map((s) => ({ text: s.sentence.text, marked: s.timex?.text ? [s.timex.text] : [] })),
    'each source sentence is shown as stored with its temporal expression marked, and only it');
  assert.ok(shown.some((q) => q.marked.length > 0), 'some temporal expression is marked');
}

async function openHome(query = '') {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('#event-list button[data-event]', { timeout: WAIT });
}

test("the seed's events appear on the timeline and in the list", async () => {
  const events = await allEvents();
  assert.ok(events.length > 0, 'the API should hold the ingested events');
  const seedEvents = events.filter((e) => e.sources.some((s) => /Iran Defense Minister/.test(s.title ?? '')));
  assert.ok(seedEvents.length > 0, 'the seed article should give at least one event');
  await openHome();
  await waitForList(events.map((e) => e.id), 'every stored event when the whole range is in view');
  const drawn = await page.$$eval('#timeline .vis-item.event, #timeline .vis-item.vis-cluster', (items) => items.length);
  assert.ok(drawn > 0, 'the timeline should draw events or clusters');
  const bars = await page.$$eval('#density rect.density-bar', (rects) => rects.filter((r) => Number(r.getAttribute('height')) > 0).length);
  assert.ok(bars > 0, 'the density strip should show where the events are');
  await shot('01-seed-loaded');
});

function windowOf(url) {
  const params = new URL(url).searchParams;
  return { from: Date.parse(`${params.get('from')}Z`), to: Date.parse(`${params.get('to')}Z`) };
}

test('crowded events are drawn as counts that zoom in on click, and the density strip jumps', async () => {
  const events = await allEvents();
  await openHome('?from=1800-01-01T00:00:00&to=2200-01-01T00:00:00');
  const counted = page.locator('#timeline .vis-item.count .count-label').first();
  await counted.waitFor({ timeout: WAIT });
  const count = parseInt(await counted.textContent(), 10);
  assert.ok(count >= 1 && count <= events.length, `a count shows how many events it holds (${count})`);
  const wide = windowOf(page.url());
  await counted.click();
  await page.waitForFunction((before) => {
    const params = new URLSearchParams(window.location.search);
    return Date.parse(`${params.get('to')}Z`) - Date.parse(`${params.get('from')}Z`) < before / 10;
  }, wide.to - wide.from, { timeout: WAIT });
  await page.waitForSelector('#timeline .vis-item.event', { timeout: WAIT });
  await page.waitForFunction(() => !document.getElementById('list-summary').textContent.includes('1800'), null, { timeout: WAIT });
  await shot('02-count-zoomed');

  await openHome('?from=1800-01-01T00:00:00&to=2200-01-01T00:00:00');
  const bar = page.locator('#density rect.density-bar[role="button"]').first();
  const label = await bar.getAttribute('aria-label');
  const before = windowOf(page.url());
  await bar.click();
  await page.waitForFunction((old) => new URLSearchParams(window.location.search).get('from') !== old, new URL(page.url()).searchParams.get('from'), { timeout: WAIT });
  const after = windowOf(page.url());
  assert.ok(after.to - after.from < before.to - before.from, `choosing "${label}" narrows the window to that stretch (${JSON.stringify([before, after])})`);
});

test('clicking an event on the timeline shows its sentence with the temporal expression highlighted', async () => {
  const events = await allEvents();
  const fromSeed = (e) => e.date.granularity === 'day' && e.sources.some((s) => s.timex?.text && /Iran Defense Minister/.test(s.title ?? ''));
  const event = events.find(fromSeed) ?? events[0];
  const source = event.sources.find((s) => s.timex?.text) ?? event.sources[0];
  // A two-day window around the event keeps it apart from the others (no cluster to open first).
  const start = Date.parse(`${event.date.start}Z`);
  const from = new Date(start - 86400000).toISOString().slice(0, 19);
  const to = new Date(start + 2 * 86400000).toISOString().slice(0, 19);
  await openHome(`?from=${from}&to=${to}`);
  const item = page.locator('#timeline .vis-item.event').filter({ hasText: event.headline.slice(0, 30) }).first();
  await item.click();
  await waitForText('#details-heading', event.headline);
  await assertSourcesShown(event);
  assert.match(page.url(), new RegExp(`event=${event.id}\\b`), 'the selection is in the URL');
  await shot('03-event-selected');

  await page.click('#details a.article-link');
  await page.waitForSelector('#article-body .article-text mark.timex', { timeout: WAIT });
  const article = await api(`/api/articles/${source.article_id}`);
  const articleText = await page.textContent('#article-body .article-text');
  assert.equal(articleText, article.text, 'the article view shows the full text unchanged');
  const timexes = await page.$$eval('#article-body .article-text mark.timex', (marks) => marks.length);
  assert.ok(timexes >= 1 && timexes <= article.timexes.length, 'the article marks its temporal expressions');
  const sentences = await page.$$eval('#article-body mark.event-sentence', (marks) => marks.length);
  assert.ok(sentences >= 1, 'the article marks its event sentences');
  await shot('04-article-view');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#article-dialog'), false, 'Escape closes the article view');
});

test('the search box narrows the timeline, the list and the exports to matching events', async () => {
  const all = await allEvents();
  const matching = await allEvents('&q=harbour');
  assert.ok(matching.length > 0 && matching.length < all.length, `"harbour" should match some events but not all (${matching.length} of ${all.length})`);
  await openHome();
  await waitForList(all.map((e) => e.id), 'every event before searching');
  await page.fill('#q', 'harbour');
  await page.press('#q', 'Enter');
  await waitForList(matching.map((e) => e.id), 'only the events that match "harbour"');
  assert.match(page.url(), /[?&]q=harbour\b/, 'the search is in the URL');
  const drawn = await page.$$eval('#timeline .vis-item.event .item-headline', (nodes) => nodes.map((n) => n.textContent));
  const wanted = new Set(matching.map((e) => e.headline));
  assert.deepEqual(drawn.filter((headline) => !wanted.has(headline)), [], 'the timeline draws matching events only');
  await shot('05-search');
  // The export buttons follow the filters: the JSON export holds exactly the matching events.
  const href = await page.getAttribute('a[data-export="json"]', 'href');
  assert.match(href, /format=json/);
  assert.match(href, /q=harbour/);
  const exported = await api(href);
  assert.deepEqual(exported.events.map((e) => e.id).sort(), matching.map((e) => e.id).sort(), 'the export holds the matching events');
  for (const format of ['csv', 'timelinejs']) {
    const link = await page.getAttribute(`a[data-export="${format}"]`, 'href');
    const response = await fetch(base + link);
    assert.equal(response.status, 200, `the ${format} export answers`);
    assert.match(await response.text(), /harbour/i, `the ${format} export holds the matching events`);
  }
  await page.fill('#q', '');
  await page.press('#q', 'Enter');
  await waitForList(all.map((e) => e.id), 'every event once the search is cleared');
});

test('the entity filter narrows the view and lists entities with counts', async () => {
  const all = await allEvents();
  const { entities } = await api('/api/entities?limit=200');
  let chosen = null;
  for (const entity of entities) {
    const events = await allEvents(`&entity=${encodeURIComponent(entity.name)}`);
    if (events.length > 0 && events.length < all.length) {
      chosen = { entity, events };
      break;
    }
  }
  assert.ok(chosen, 'some entity should belong to some events but not all');
  await openHome();
  const label = await page.$eval('#entity', (select, name) => [...select.options].find((o) => o.value === name)?.textContent, chosen.entity.name);
  assert.ok(label?.includes(`(${chosen.entity.count}`), `the option shows the count: ${label}`);
  await page.selectOption('#entity', chosen.entity.name);
  await waitForList(chosen.events.map((e) => e.id), `only the events with ${chosen.entity.name}`);
  assert.match(decodeURIComponent(page.url().replace(/\+/g, ' ')), new RegExp(`entity=${chosen.entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'the entity is in the URL');
  await page.selectOption('#lanes', 'entity');
  await page.waitForSelector('#timeline .vis-label .lane-label', { timeout: WAIT });
  await shot('06-entity-filter-lanes');
  await page.selectOption('#entity', '');
  await waitForList(all.map((e) => e.id), 'every event once the filter is cleared');
});

test('uploading an article with the file input adds its events', async () => {
  const before = await allEvents();
  await openHome();
  await page.setInputFiles('#upload-input', path.join(fixtures, 'upload.txt'));
  await waitForText('#status', 'Loaded 1 article');
  const after = await allEvents();
  assert.ok(after.length > before.length, 'the server stored new events');
  await waitForListIncluding(after.filter((e) => !before.some((b) => b.id === e.id)).map((e) => e.id), 'the new events');
  // Multi-byte characters (—, ë, í, ’, “) before the date: byte offsets must still mark "2016".
  const bridge = after.find((e) => e.sources.some((s) => s.sentence.text.includes('Zoë') && s.timex?.text));
  assert.ok(bridge, 'the uploaded article gave the dated bridge event');
  await page.click(`#event-list button[data-event="${bridge.id}"]`);
  await waitForText('#details-heading', bridge.headline);
  await assertSourcesShown(bridge);
  await shot('07-uploaded');
  await page.setInputFiles('#upload-input', path.join(fixtures, 'upload.txt'));
  await waitForText('#status', 'Skipped 1 article already stored.');
});

test('dropping an article with markup in it shows the markup as text and runs none of it', async () => {
  const before = await allEvents();
  await openHome();
  const text = fs.readFileSync(path.join(fixtures, 'hostile.txt'), 'utf8');
  // Drag and drop as the browser does it: dragenter, dragover and drop with the file in a DataTransfer.
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'hostile.txt', { type: 'text/plain' }));
    const target = document.getElementById('timeline');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, text);
  await waitForText('#status', 'Loaded 1 article');
  const after = await allEvents();
  const hostile = after.find((e) => e.sources.some((s) => s.sentence.text.includes('onerror')) && !before.some((b) => b.id === e.id));
  assert.ok(hostile, 'the hostile article gave an event whose sentence holds the markup');
  await waitForListIncluding([hostile.id], 'the event of the dropped article');
  await page.click(`#event-list button[data-event="${hostile.id}"]`);
  await waitForText('#details blockquote.sentence', 'onerror');
  const sentence = await page.textContent('#details blockquote.sentence');
  assert.ok(sentence.includes('<img src=x onerror=alert(1)>'), 'the tag shows as text in the details');
  await page.click('#details a.article-link');
  await waitForText('#article-body .article-text', '<script>');
  const shown = await page.textContent('#article-body .article-text');
  assert.ok(shown.includes('<img src=x onerror=alert(1)>') && shown.includes("<script>document.title='owned'</script>"), 'the article shows its markup as text');
  assert.equal(await page.$$eval('#article-body img, #details img, #event-list img, #timeline img', (n) => n.length), 0, 'no image element was made');
  assert.equal(await page.$$eval('body script:not([type="module"])', (n) => n.length), 0, 'no script element was made');
  await page.waitForTimeout(300);
  await shot('08-hostile-as-text');
  assert.deepEqual(dialogs, [], 'no dialog fired');
  assert.notEqual(await page.title(), 'owned', 'no script ran');
  await page.keyboard.press('Escape');
});

test('the keyboard steps from event to event on the timeline and in the list', async () => {
  const events = await allEvents();
  await openHome();
  await page.focus('#timeline');
  const outline = await page.$eval('#timeline', (node) => getComputedStyle(node).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused timeline shows a visible focus');
  const headlineAfter = async (key) => {
    await page.keyboard.press(key);
    await page.waitForFunction(() => document.querySelector('#event-list button[aria-current="true"]'), null, { timeout: WAIT });
    const id = await page.$eval('#event-list button[aria-current="true"]', (b) => b.dataset.event);
    const event = events.find((e) => String(e.id) === id);
    await waitForText('#details-heading', event.headline);
    return id;
  };
  const first = await headlineAfter('ArrowRight');
  const second = await headlineAfter('ArrowRight');
  assert.notEqual(first, second, 'ArrowRight moves to the next event');
  const back = await headlineAfter('ArrowLeft');
  assert.equal(back, first, 'ArrowLeft moves back');
  await shot('09-keyboard-timeline');

  await page.focus(`#event-list button[data-event="${first}"]`);
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.dataset.event);
  assert.equal(focused, second, 'ArrowDown in the list focuses the next event');
  await waitForText('#details-heading', events.find((e) => String(e.id) === second).headline);
  assert.match(page.url(), new RegExp(`event=${second}\\b`));

  await page.focus('#timeline');
  // + zooms in and Shift+→ pans later, both keeping the URL's window in step.
  const urlWindow = () => page.evaluate(() => {
    const params = new URLSearchParams(window.location.search);
    return { from: Date.parse(`${params.get('from')}Z`), to: Date.parse(`${params.get('to')}Z`) };
  });
  const wide = await urlWindow();
  await page.keyboard.press('+');
  await page.waitForFunction((w) => {
    const params = new URLSearchParams(window.location.search);
    return Date.parse(`${params.get('to')}Z`) - Date.parse(`${params.get('from')}Z`) < (w.to - w.from) * 0.75;
  }, wide, { timeout: WAIT });
  const zoomed = await urlWindow();
  await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction((w) => Date.parse(`${new URLSearchParams(window.location.search).get('from')}Z`) > w.from, zoomed, { timeout: WAIT });
});

test('a bookmarked URL restores the window, the search and the selection', async () => {
  const matching = await allEvents('&q=harbour');
  const event = matching[0];
  await openHome(`?q=harbour&event=${event.id}`);
  await waitForList(matching.map((e) => e.id), 'the events of the bookmarked search');
  assert.equal(await page.inputValue('#q'), 'harbour');
  await waitForText('#details-heading', event.headline);
  const url = page.url();
  await page.goto(url);
  await waitForText('#details-heading', event.headline);
  assert.equal(page.url(), url, 'the URL is stable across a reload');
});

// The seed's trailer lists ten related stories, dated by the paths of their pictures
// ("/2016/03/26/..."), with no links of their own: written out here from the file by hand.
const SEED_RELATED = [
  ['2016-03-26', '26 March 2016', "Hezbollah, Syrian Army Liberate Al-Amariyah in Northern Syria's Palmyra"],
  ['2016-03-26', '26 March 2016', 'Large Number of ISIL Terrorists, Families Fleeing Palmyra'],
  ['2016-03-27', '27 March 2016', 'VIDEO: Syrian Army Pushes Deeper into Palmyra, to Regain Control in Days'],
  ['2016-03-27', '27 March 2016', 'VIDEO: Syrian Army Troops Regain Entire Palmyra City from ISIS Terrorists'],
  ['2016-03-27', '27 March 2016', 'Syrian President Assad Hails Army Success in Liberating Palmyra from ISIS'],
  ['2016-03-28', '28 March 2016', 'UN Chief Praises Syrian Army Victory in Palmyra against ISIS'],
  ['2016-03-28', '28 March 2016', 'VIDEO: 500 ISIS Militants Killed in Battle with Syrian Army over Palmyra City'],
  ['2016-03-28', '28 March 2016', 'Drone Footage Shows Ancient Palmyra City after Syrian Army Recapture'],
  ['2016-03-28', '28 March 2016', 'Syrian Army Troops Discover ISIS Bomb-Making Factory in Palmyra'],
  ['2016-03-29', '29 March 2016', 'After Palmyra Victory Syrian Army Plans to Break ISIS Siege on Deir Ezzor'],
].map(([datetime, label, title]) => ({ datetime, label, title, link: null }));

// Each related headline shown in `list`: its date (label and datetime), title and link, if any.
async function relatedShown(list) {
  return page.$$eval(`${list} li.related-item`, (items) => items.map((item) => {
    const time = item.querySelector('time.related-date');
    const link = item.querySelector('a.related-title');
    return {
      datetime: time?.getAttribute('datetime') ?? null,
      label: time?.textContent ?? null,
      title: item.querySelector('.related-title')?.textContent ?? null,
      link: link ? { href: link.getAttribute('href'), target: link.target, rel: link.rel } : null,
    };
  }));
}

async function articleIdTitled(title) {
  const { articles } = await api('/api/articles?limit=1000');
  const article = articles.find((a) => a.title === title);
  assert.ok(article, `the article "${title}" is stored`);
  return article.id;
}

test("the seed article's view lists its related headlines with their dates", async () => {
  const id = await articleIdTitled('Iran Defense Minister Calls on Syria to Intensify Fight against ISIS');
  await openHome(`?article=${id}`);
  await page.waitForSelector('#article-body .article-related li', { timeout: WAIT });
  assert.equal(await page.textContent('#article-related-heading'), 'Related');
  assert.deepEqual(await relatedShown('#article-body .article-related'), SEED_RELATED,
    'every related headline of the trailer, in its order, with its date and as plain text (it has no link)');
  await page.locator('#article-related-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, '11-article-related.png') });
  await page.keyboard.press('Escape');
});

test('related headlines dated in the visible window are listed under the events, folded until opened', async () => {
  // 26 March noon to 28 March noon overlaps the headlines of the 26th, 27th and 28th, not the 29th.
  await openHome('?from=2016-03-26T12:00:00&to=2016-03-28T12:00:00');
  await page.waitForSelector('#related-in-view:not([hidden])', { timeout: WAIT });
  assert.equal(await page.textContent('#related-summary'), 'Related headlines dated in view (9)');
  assert.equal(await page.isVisible('#related-list'), false, 'the list is folded at first');
  await page.click('#related-summary');
  assert.deepEqual((await relatedShown('#related-list')).map(({ datetime, title }) => ({ datetime, title })),
    SEED_RELATED.slice(0, 9).map(({ datetime, title }) => ({ datetime, title })), 'the headlines of 26 to 28 March, by date');
  await page.waitForSelector('#timeline .vis-item.event', { timeout: WAIT });
  await shot('12-related-in-view');
  // Each one leads to the article whose page listed it.
  await page.click('#related-list li:first-child a.related-source');
  await waitForText('#article-title', 'Iran Defense Minister');
  await page.keyboard.press('Escape');
  // A window without related headlines hides the box.
  const answered = page.waitForResponse((r) => r.url().includes('/api/related?') && r.url().includes('from=2018-01-01'), { timeout: WAIT });
  await openHome('?from=2018-01-01T00:00:00&to=2018-02-01T00:00:00');
  assert.deepEqual((await (await answered).json()).related, [], 'nothing related is dated in January 2018');
  await page.waitForTimeout(100); // the answer is handled
  assert.equal(await page.isHidden('#related-in-view'), true, 'no box when nothing related is dated in view');
});

test('only http(s) related links are clickable: javascript: and data: links stay plain text', async () => {
  const body = fs.readFileSync(path.join(fixtures, 'related.txt'));
  const form = new FormData();
  form.append('file', new Blob([body], { type: 'text/plain; charset=utf-8' }), 'related.txt');
  const response = await fetch(`${base}/api/articles`, { method: 'POST', body: form, headers: { 'X-Chronicle-Request': '1' } });
  assert.equal(response.status, 200, 'the fixture with hostile related links loads');
  const id = await articleIdTitled('Northern Rail Line Reopens After Storm Repairs');
  await openHome(`?article=${id}`);
  await page.waitForSelector('#article-body .article-related li', { timeout: WAIT });
  assert.deepEqual(await relatedShown('#article-body .article-related'), [
    { datetime: '2018-03-30', label: '30 March 2018', title: 'Storm Closes the Northern Rail Line',
      link: { href: 'https://news.example.org/2018/03/30/storm-closes-rail-line', target: '_blank', rel: 'noopener noreferrer' } },
    { datetime: '2018-03-31', label: '31 March 2018', title: 'Claim Your Free Rail Pass', link: null },
    { datetime: null, label: 'undated', title: 'Rail Workers <b>Praised</b> for Repairs', link: null },
  ], 'the https headline is a link opening a new tab; the javascript: and data: ones are text, markup included');
  const unsafe = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')).filter((h) => /^\s*(javascript|data):/i.test(h)));
  assert.deepEqual(unsafe, [], 'no javascript: or data: link anywhere on the page');
  await page.click('#article-body .article-related li:nth-child(2) .related-title');
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'clicking the javascript: headline runs nothing');
  assert.equal(await page.$$eval('#article-body .article-related b', (n) => n.length), 0, 'the markup in a title stays text');
  await page.locator('#article-related-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, '13-related-links.png') });
  await page.keyboard.press('Escape');
});

test('the page is usable at phone width', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openHome();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `nothing sticks out sideways (${overflow}px)`);
  await page.click('#event-list button[data-event]');
  await page.waitForSelector('#details blockquote.sentence', { timeout: WAIT });
  await shot('10-phone');
  assert.deepEqual(pageErrors, [], 'no script error on the page');
});
