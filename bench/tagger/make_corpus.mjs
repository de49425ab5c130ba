// Writes the benchmark input: the texts of a folder of TimeML files (tags stripped, entities
// decoded, each with its DCT) as `chronicle tag --jsonl` requests, repeated until the texts add up
// to at least the given number of megabytes (10^6 bytes of UTF-8).
//   node make_corpus.mjs CORPUS_DIR OUT.jsonl MEGABYTES
import { readdirSync, readFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';

const [corpus, out, megabytes] = process.argv.slice(2);
if (!corpus || !out || !(Number(megabytes) > 0)) {
  console.error('usage: node make_corpus.mjs CORPUS_DIR OUT.jsonl MEGABYTES');
  process.exit(2);
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => entities[name]);

const documents = readdirSync(corpus)
  .filter((name) => name.endsWith('.tml'))
  .sort()
  .map((name) => {
    const tml = readFileSync(join(corpus, name), 'utf8');
    const dct = /<DCT>\s*<TIMEX3[^>]*\svalue="([^"]*)"/.exec(tml);
    const text = /<TEXT>([\s\S]*)<\/TEXT>/.exec(tml);
    if (!dct || !text) throw new Error(`${name}: no DCT or TEXT`);
    return { name, dct: dct[1], text: decode(text[1].replace(/<[^>]*>/g, '')) };
  });
if (documents.length === 0) throw new Error(`${corpus}: no .tml files`);

const target = Number(megabytes) * 1e6;
const stream = createWriteStream(out);
let bytes = 0;
let lines = 0;
for (let round = 0; bytes < target; ++round) {
  for (const { name, dct, text } of documents) {
    if (bytes >= target) break;
    const ok = stream.write(JSON.stringify({ id: `${name}#${round}`, text, dct }) + '\n');
    if (!ok) await new Promise((resolve) => stream.once('drain', resolve));
    bytes += Buffer.byteLength(text, 'utf8');
    lines += 1;
  }
}
await new Promise((resolve) => stream.end(resolve));
console.log(JSON.stringify({ lines, text_bytes: bytes }));
