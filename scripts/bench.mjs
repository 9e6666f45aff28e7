#!/usr/bin/env node
// Times `solieu ingest` as a user runs it: the real command in a child process, start-up and
// every database write included, into a fresh temporary database. Prints articles/s, MB/s of
// input text (the dump uncompressed), peak memory (VmHWM of the process: the main thread and
// its worker threads) and CPU time, of the whole process and of its main thread (which reads
// and writes: when it is busy all the time, more workers cannot help). On a shared machine
// wall-clock rates depend on the load; CPU per article much less.
//
//   npm run bench -- ../shared/corpus/bench/bench.jsonl.gz                 (default workers)
//   npm run bench -- ../shared/corpus/bench/bench.jsonl.gz --workers 0,1,2 --runs 3
//   npm run bench -- dump.jsonl.gz --node-args=--cpu-prof,--cpu-prof-dir=prof
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.findIndex((a) => a === name || a.startsWith(name + '='));
  if (i < 0) return dflt;
  const [a] = args.splice(i, 1);
  if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
  const [v] = args.splice(i, 1);
  return v;
};
const workerList = opt('--workers', null)?.split(',').map((w) => (w === 'default' ? null : Number(w))) ?? [null];
const runs = Number(opt('--runs', '1'));
const batchSize = opt('--batch-size', null);
const nodeArgs = opt('--node-args', '').split(',').filter(Boolean);
const keep = args.includes('--keep') ? (args.splice(args.indexOf('--keep'), 1), true) : false;
const inputs = args;
if (!inputs.length) {
  process.stderr.write('usage: npm run bench -- <dump or folder...> [--workers 0,1,2] [--runs N] [--batch-size N] [--keep] [--node-args=a,b]\n');
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist/pipeline/cli.js'))) {
  process.stderr.write('bench: dist/ is missing: run `npm run build` first\n');
  process.exit(2);
}
const { defaultWorkers } = await import(path.join(root, 'dist/pipeline/run.js'));

/** Uncompressed bytes of the inputs (what MB/s counts), read once before timing. */
async function inputSize(files) {
  let bytes = 0;
  for (const f of files) {
    const raw = createReadStream(f);
    for await (const c of /\.gz$/.test(f) ? raw.pipe(createGunzip()) : raw) bytes += c.length;
  }
  return bytes;
}

/** Peak resident memory of a process so far (kB), from /proc: the peak of all its threads. */
function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used so far, all threads (or one thread: `task`); from /proc. */
function cpuSeconds(pid, task) {
  try {
    const file = task ? `/proc/${pid}/task/${task}/stat` : `/proc/${pid}/stat`;
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

function runOnce(workers) {
  const dir = mkdtempSync(path.join(tmpdir(), 'solieu-bench-'));
  const db = path.join(dir, 'bench.sqlite');
  const cli = [...nodeArgs, path.join(root, 'bin/solieu.js'), 'ingest', ...inputs, '--db', db, '--quiet'];
  if (workers !== null) cli.push('--workers', String(workers));
  if (batchSize) cli.push('--batch-size', batchSize);
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, cli, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  let peak = 0;
  let cpu = 0;
  let mainCpu = 0;
  // VmHWM is a high-water mark and CPU time only grows: the last readings before exit count
  const poll = setInterval(() => {
    peak = Math.max(peak, vmHwm(child.pid));
    cpu = Math.max(cpu, cpuSeconds(child.pid));
    mainCpu = Math.max(mainCpu, cpuSeconds(child.pid, child.pid)); // the main thread: reading and writing
  }, 50);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearInterval(poll);
      const m = /(\d+) articles read, (\d+) new/.exec(stderr);
      if (!keep) rmSync(dir, { recursive: true, force: true });
      resolve({ code, seconds, articles: m ? Number(m[1]) : NaN, written: m ? Number(m[2]) : NaN, peakKb: peak, cpu, mainCpu, stderr, db });
    });
  });
}

const bytes = await inputSize(inputs);
process.stdout.write(`bench: ${inputs.join(' ')}: ${(bytes / 1e6).toFixed(1)} MB of input text; ${availableParallelism()} cores; node ${process.version}\n`);
for (const w of workerList) {
  const label = w === null ? `workers default (${defaultWorkers()})` : `workers ${w}`;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await runOnce(w);
    if (r.code !== 0 && r.code !== 1) {
      process.stderr.write(r.stderr);
      process.stderr.write(`bench: the ingest exited with code ${r.code}\n`);
      process.exit(1);
    }
    results.push(r);
    process.stdout.write(
      `  ${label}: ${r.articles} articles in ${r.seconds.toFixed(2)} s = ${Math.round(r.articles / r.seconds)} articles/s, ` +
        `${(bytes / 1e6 / r.seconds).toFixed(1)} MB/s, peak RSS ${Math.round(r.peakKb / 1024)} MB, ` +
        `CPU ${r.cpu.toFixed(1)} s (${((r.cpu / r.articles) * 1000).toFixed(2)} ms/article; main thread ${r.mainCpu.toFixed(1)} s)` +
        (keep ? `, db ${r.db}` : '') + '\n',
    );
  }
  if (runs > 1) {
    const rates = results.map((r) => r.articles / r.seconds).sort((a, b) => a - b);
    const peaks = results.map((r) => r.peakKb);
    process.stdout.write(
      `  ${label}: median ${Math.round(rates[Math.floor(rates.length / 2)])} articles/s, best ${Math.round(rates.at(-1))}, ` +
        `peak RSS max ${Math.round(Math.max(...peaks) / 1024)} MB\n`,
    );
  }
}
