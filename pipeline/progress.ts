/**
 * Telling a user how a run goes. On a terminal: a bar (cli-progress) with articles done,
 * articles/s, errors so far, and an ETA once the inputs' total size is known. Not on a terminal
 * (a log file, CI): one summary line per interval. `--quiet`: nothing but errors.
 *
 * Progress is measured in input bytes read (compressed bytes for .gz, as on disk), against the
 * inputs' total size, summed in the background when the run starts; standard input has no
 * known size, so no percentage or ETA.
 */
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { MultiBar, type SingleBar } from 'cli-progress';
import { READERS } from '../corpus/sources.js';
import type { RunSummary } from './run.js';

export type Progress = {
  /** Input bytes read since the last call. */
  bytes(n: number): void;
  /** The counts after each chunk of articles written. */
  update(s: RunSummary): void;
  /** A message that must not garble the bar. */
  log(line: string): void;
  stop(s: RunSummary): void;
  /** Settles once the inputs' total size (what the share and the ETA rest on) is known or given up. */
  sized: Promise<void>;
};

export type ProgressOptions = {
  quiet: boolean;
  inputs: string[];
  stream?: NodeJS.WriteStream;
  /** Seconds between summary lines when not on a terminal (default 10). */
  interval?: number;
};

export function makeProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const plain = (line: string) => void stream.write(line + '\n');
  if (opts.quiet) return { bytes() {}, update() {}, log: plain, stop() {}, sized: Promise.resolve() };
  const meter = new Meter();
  const sized = inputBytes(opts.inputs).then(
    (n) => void (meter.total = n),
    () => {},
  );
  const p = stream.isTTY ? barProgress(stream, meter) : lineProgress(stream, meter, (opts.interval ?? 10) * 1000, plain);
  return { ...p, sized };
}

/** Rates over the last few seconds, so the ETA follows changes of pace. */
export class Meter {
  total: number | null = null;
  read = 0;
  done = 0;
  errors = 0;
  readonly started = Date.now();
  private samples: { t: number; done: number; read: number }[] = [];

  sample(now = Date.now()): { rate: number; fraction: number | null; eta: number | null } {
    this.samples.push({ t: now, done: this.done, read: this.read });
    while (this.samples.length > 2 && now - this.samples[0]!.t > 10_000) this.samples.shift();
    const first = this.samples[0]!;
    const dt = (now - first.t) / 1000;
    const whole = (now - this.started) / 1000;
    const rate = dt >= 1 ? (this.done - first.done) / dt : whole > 0 ? this.done / whole : 0;
    const byteRate = dt >= 1 ? (this.read - first.read) / dt : whole > 0 ? this.read / whole : 0;
    const fraction = this.total ? Math.min(1, this.read / this.total) : null;
    const eta = this.total && byteRate > 0 ? Math.max(0, (this.total - this.read) / byteRate) : null;
    return { rate, fraction, eta };
  }

  line(now = this.sample()): string {
    const { rate, fraction, eta } = now;
    return (
      `${this.done} articles, ${Math.round(rate)}/s` +
      (fraction !== null ? `, ${(fraction * 100).toFixed(0)}% of input` : '') +
      (eta !== null ? `, ETA ${clock(eta)}` : '') +
      `, ${this.errors} error${this.errors === 1 ? '' : 's'}`
    );
  }
}

function counts(meter: Meter, s: RunSummary): void {
  meter.done = s.seen;
  meter.errors = s.errors;
}

function lineProgress(stream: NodeJS.WriteStream, meter: Meter, every: number, plain: (l: string) => void): Omit<Progress, 'sized'> {
  const timer = setInterval(() => plain(`solieu: ${meter.line()}`), every);
  timer.unref();
  return {
    bytes: (n) => void (meter.read += n),
    update: (s) => counts(meter, s),
    log: plain,
    stop() {
      clearInterval(timer);
    },
  };
}

function barProgress(stream: NodeJS.WriteStream, meter: Meter): Omit<Progress, 'sized'> {
  const width = 24;
  const multi = new MultiBar({
    stream,
    hideCursor: false, // a second Ctrl-C exits at once: never leave the terminal without its cursor
    clearOnComplete: true,
    fps: 5,
    format: () => {
      const now = meter.sample();
      const bar = now.fraction === null ? '' : '█'.repeat(Math.round(now.fraction * width)).padEnd(width, '░') + ' ';
      return `${bar}${meter.line(now)}`;
    },
  });
  let bar: SingleBar | null = multi.create(1, 0);
  return {
    bytes: (n) => void (meter.read += n),
    update(s) {
      counts(meter, s);
      bar?.update(0);
    },
    log: (line) => multi.log(line + '\n'),
    stop() {
      if (!bar) return;
      multi.stop();
      bar = null;
      // messages logged since the last redraw are still in the bar's buffer
      const pending = (multi as unknown as { loggingBuffer?: string[] }).loggingBuffer ?? [];
      for (const l of pending.splice(0)) stream.write(l);
    },
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The inputs' total size in bytes (folders walked, only files solieu reads), or null for stdin.
 * `folders: false` counts only the files named, without walking folders (a quick look).
 */
export async function inputBytes(paths: string[], opts: { folders?: boolean } = {}): Promise<number | null> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return null;
    const st = await stat(p).catch(() => null);
    if (!st) continue;
    if (!st.isDirectory()) total += st.size;
    else if (opts.folders !== false) total += await folderBytes(p);
  }
  return total;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) total += await folderBytes(full);
    else if (READERS.some((r) => r.accepts(full))) total += (await stat(full).catch(() => null))?.size ?? 0;
  }
  return total;
}
