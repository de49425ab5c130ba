// How long a reader waits for the first events listed, in headless Chromium against a running
// `chronicle serve` (and, to compare, a second server: another build on a copy of the same database).
// Each run is a fresh page load, then three moves: zoom in twice (the + button), pan a quarter to the
// right (Page Down), zoom out (the − button). For each, the time from the load's start (or the
// move) until the event list is drawn anew, and, for the load, until the timeline draws its first
// label or count.
//
//   node bench/browser/navigation.mjs URL [PEER_URL] [--runs N] [--no-brotli]
//
// --no-brotli asks for gzip only, to see what the server's on-the-fly Brotli compression costs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const noBrotli = args.includes('--no-brotli');
const urls = args.filter((arg, i) => /^https?:/.test(arg) && args[i - 1] !== '--runs');
if (urls.length === 0 || !(runs > 0)) {
  console.error('usage: navigation.mjs URL [PEER_URL] [--runs N] [--no-brotli]');
  process.exit(2);
}
const WAIT = 60000;
const MOVES = [['zoom in', '#zoom-in'], ['zoom in again', '#zoom-in'], ['pan right', 'PageDown'], ['zoom out', '#zoom-out']];

// Milliseconds from now until the event list is drawn anew and the page is done loading.
async function timeMove(page, act) {
  await page.evaluate(() => {
    window.benchListed = null;
    const list = document.getElementById('event-list');
    const observer = new MutationObserver(() => {
      window.benchListed ??= performance.now();
      observer.disconnect();
    });
    observer.observe(list, { childList: true });
    window.benchStart = performance.now();
  });
  await act();
  await page.waitForFunction(() => window.benchListed !== null, null, { timeout: WAIT });
  await page.waitForFunction(() => !document.getElementById('timeline-section').hasAttribute('aria-busy'), null, { timeout: WAIT });
  return page.evaluate(() => Math.round(window.benchListed - window.benchStart));
}

async function measure(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-nav-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  if (noBrotli) await page.setExtraHTTPHeaders({ 'Accept-Encoding': 'gzip, deflate' });
  const sinceNavigation = (selector) =>
    page.waitForSelector(selector, { timeout: WAIT }).then(() => page.evaluate(() => Math.round(performance.now())));
  const times = { 'load: list': [], 'load: timeline': [] };
  for (const [name] of MOVES) times[name] = [];
  try {
    for (let run = 1; run <= runs; run += 1) {
      await page.goto(url, { waitUntil: 'commit' });
      const [list, timeline] = await Promise.all([
        sinceNavigation('#event-list button[data-event]'),
        sinceNavigation('#timeline .vis-item.event, #timeline .vis-item.count, #timeline .vis-item.bucket'),
      ]);
      times['load: list'].push(list);
      times['load: timeline'].push(timeline);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      for (const [name, control] of MOVES) {
        const act = control.startsWith('#') ? () => page.click(control) : () => page.focus('#timeline').then(() => page.keyboard.press(control));
        times[name].push(await timeMove(page, act));
      }
      console.log(`${url} run ${run}: ${Object.entries(times).map(([k, v]) => `${k} ${v.at(-1)} ms`).join(', ')}`);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return times;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (const url of urls) results.push(await measure(url)); // one after the other: never two at once
console.log(`\nmedian of ${runs} runs, ms${urls.length > 1 ? ' (ratio: this / peer)' : ''}`);
for (const key of Object.keys(results[0])) {
  const ours = median(results[0][key]);
  const peer = results[1] ? median(results[1][key]) : null;
  console.log(`${key.padEnd(16)} ${String(ours).padStart(6)}${peer !== null ? ` ${String(peer).padStart(6)}  ${(ours / peer).toFixed(2)}` : ''}`);
}
