// Runs chrono-node over the same `--jsonl` requests as chronicle, each text with its DCT as the
// reference date, and reports the text bytes, the CPU seconds spent parsing (user + system, so that
// other load on a shared machine does not count) and the results found.
//   node chrono_bench.mjs IN.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import * as chrono from 'chrono-node';

const input = process.argv[2];
if (!input) {
  console.error('usage: node chrono_bench.mjs IN.jsonl');
  process.exit(2);
}

let bytes = 0;
let found = 0;
let microseconds = 0;
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (!line) continue;
  const { text, dct } = JSON.parse(line);
  const reference = new Date(dct);
  // Only the parse is timed: reading and decoding the requests is not chrono's work.
  const start = process.cpuUsage();
  found += chrono.parse(text, reference).length;
  const used = process.cpuUsage(start);
  microseconds += used.user + used.system;
  bytes += Buffer.byteLength(text, 'utf8');
}
console.log(JSON.stringify({ text_bytes: bytes, seconds: microseconds / 1e6, found }));
