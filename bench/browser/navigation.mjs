// Measures the timeline's first meaningful paint against a running `chronicle serve` (not a test:
// ctest does not run it). For each run, a fresh page load in headless Chromium, and the time from
// navigation start until the event list shows events and until the timeline draws its first item
// (an event, a cluster or a bucket of counts).
//
//   node tests/browser/measure_first_paint.mjs http://127.0.0.1:8080/ [RUNS] [--no-brotli]
//
// --no-brotli asks for gzip only, to see what the server's on-the-fly Brotli compression costs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const url = process.argv[2];
const runs = Number(process.argv.slice(3).find((arg) => /^\d+$/.test(arg)) ?? 5);
const noBrotli = process.argv.includes('--no-brotli');
if (!url) {
  console.error('usage: measure_first_paint.mjs URL [RUNS]');
  process.exit(2);
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-paint-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
    '--no-first-run', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
const page = context.pages()[0] ?? (await context.newPage());
if (noBrotli) await page.setExtraHTTPHeaders({ 'Accept-Encoding': 'gzip, deflate' });
const sinceNavigation = (selector) =>
  page.waitForSelector(selector, { timeout: 30000 }).then(() => page.evaluate(() => Math.round(performance.now())));

const lists = [];
const timelines = [];
try {
  for (let run = 1; run <= runs; run += 1) {
    await page.goto(url, { waitUntil: 'commit' });
    const [list, timeline] = await Promise.all([
      sinceNavigation('#event-list button[data-event]'),
      sinceNavigation('#timeline .vis-item.event, #timeline .vis-item.vis-cluster, #timeline .vis-item.bucket'),
    ]);
    lists.push(list);
    timelines.push(timeline);
    console.log(`run ${run}: list ${list} ms, timeline ${timeline} ms`);
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`median of ${runs}: list ${median(lists)} ms, timeline ${median(timelines)} ms`);
