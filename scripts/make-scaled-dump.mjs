#!/usr/bin/env node
// Builds a larger bench dump from a JSON Lines dump: the same articles repeated N times, each
// copy with a new id (`<id>~c<k>`) and a line added at the end of its text (`Bản sao c<k>.`),
// so that no copy is skipped as a duplicate of another (its content hash differs) and no copy
// adds a figure. Streamed both ways: memory stays flat whatever the size.
//
//   node scripts/make-scaled-dump.mjs ../shared/corpus/bench/bench.jsonl.gz bench10x.jsonl.gz [--times 10]
import { createReadStream, createWriteStream } from 'node:fs';
import { createGunzip, createGzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const times = Number(flag('--times', '10'));
const idField = flag('--id-field', 'id');
const textField = flag('--text-field', 'text');
const [input, output] = args;
if (!input || !output || !Number.isInteger(times) || times < 1) {
  process.stderr.write('usage: node scripts/make-scaled-dump.mjs <in.jsonl[.gz]> <out.jsonl[.gz]> [--times 10] [--id-field id] [--text-field text]\n');
  process.exit(2);
}

const file = createWriteStream(output);
const out = /\.gz$/.test(output) ? createGzip({ level: 6 }) : null;
if (out) out.pipe(file);
const sink = out ?? file;
const write = async (s) => {
  if (!sink.write(s)) await once(sink, 'drain');
};

let n = 0;
for (let k = 1; k <= times; k++) {
  const raw = createReadStream(input);
  const lines = createInterface({ input: /\.gz$/.test(input) ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  let line = 0;
  for await (const l of lines) {
    line++;
    if (!l.trim()) continue;
    let rec;
    try {
      rec = JSON.parse(l);
    } catch {
      await write(l + '\n'); // kept as it is: a malformed line stays malformed in every copy
      continue;
    }
    rec[idField] = `${rec[idField] ?? `L${line}`}~c${k}`;
    if (typeof rec[textField] === 'string') rec[textField] += `\nBản sao c${k}.`;
    await write(JSON.stringify(rec) + '\n');
    n++;
  }
}
sink.end();
await finished(file);
process.stderr.write(`${n} articles (${times} copies) -> ${output}\n`);
