// What a browser test file needs: a `chronicle serve` on a database of its own and Debian's headless
// Chromium driven by playwright-core (never a downloaded browser).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const WAIT = 15000;
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync'];

// The value after `name` on the command line.
export function option(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// `chronicle ingest` of `inputs` into a new database; answers its path.
export function ingest(chronicle, db, inputs) {
  const run = spawnSync(chronicle, ['ingest', '--db', db, ...inputs], { encoding: 'utf8', timeout: 120000 });
  assert.equal(run.status, 0, `chronicle ingest failed (exit ${run.status}): ${run.stderr || run.stdout}`);
  return db;
}

// Starts `chronicle serve --port 0` (with `extra` arguments) and answers {url, process} once it
// prints "Serving http://...".
export function startServer(chronicle, db, extra = []) {
  return new Promise((resolve, reject) => {
    const server = spawn(chronicle, ['serve', '--db', db, '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`chronicle serve printed no "Serving http://" line within 10 s: ${output}`)), 10000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Serving (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1].replace(/\/$/, ''), process: server });
      }
    });
    server.stderr.on('data', (chunk) => { output += chunk; });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chronicle serve exited with code ${code} before listening: ${output.trim()}`));
    });
    server.on('error', reject);
  });
}

// A persistent Chromium context with one page, in the given profile folder; the viewer's time zone
// is far from UTC so that a date shifted by it shows up.
export async function launchBrowser(profile, viewport = { width: 1400, height: 900 }) {
  const { chromium } = await import('playwright-core').catch((error) => {
    throw new Error(`playwright-core is missing (run \`npm ci\` at the top of the repository): ${error.message}`);
  });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, viewport, timezoneId: 'America/Los_Angeles', acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

export function mkdirFor(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
