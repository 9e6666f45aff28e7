/**
 * Where articles are prepared: a pool of worker threads (both cores busy while the main thread
 * reads and writes), or the main thread itself (`--workers 0`). The run loop (pipeline/run.ts)
 * hands over chunks of articles and writes the answers in input order; the pool only says
 * whether it has room, so reading never runs ahead of preparing.
 *
 * A thread leaves the figures' metric keys to the main thread (`addMetricKeys` when the answer
 * arrives): the main thread has time to spare and the thread has not, and the keys' lookups are a
 * tenth of preparing an article. Nor does a thread send back the texts the main thread prepared:
 * they are put back from the jobs (`restoreTexts`).
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runJob, addMetricKeys, restoreTexts, type Job, type Outcome, type Reply, type Request } from './jobs.js';

export type Pool = {
  /** Worker threads (0: articles are prepared on the main thread). */
  readonly threads: number;
  /** A chunk given now would not wait behind more than `depth` others (always, with `helpWhenFull`: it is prepared at once). */
  hasRoom(): boolean;
  /** A thread has nothing to do: worth giving it even a short chunk. */
  hasIdle(): boolean;
  /** The caller waited `ms` for room (counted towards `helpAfterWaitMs`). */
  waited?(ms: number): void;
  run(jobs: Job[]): Promise<Outcome[]>;
  close(): Promise<void>;
};

export type PoolOptions = {
  /** The database file, for workers that need to read reference data (`workerData.db`). */
  db?: string;
  /** Chunks a thread holds at once: one in work, the next ones waiting, so it never idles (default 2). */
  depth?: number;
  /**
   * When every thread holds `depth` chunks, the next chunk is prepared on the calling thread
   * instead of waiting (after `helpAfterWaitMs` of waits): the main thread, whose reading and
   * writing leave it idle part of the time, fills that time with articles. `hasRoom()` is then
   * always true; the caller bounds what is in flight (the ordered feed's `maxChunks`).
   */
  helpWhenFull?: boolean;
  /**
   * With `helpWhenFull`: help only once the caller has waited this long in all (`waited`) for
   * room (default 0: at once). Helping is not free: the calling thread then compiles the whole
   * pipeline too (V8 shares no compiled code between threads), ~2 s of CPU on the bench dump,
   * which pays off only when the threads are the bottleneck for longer than that.
   */
  helpAfterWaitMs?: number;
  /**
   * Articles prepared on the main thread before the threads are started: a run of a few
   * articles starts no thread (starting one costs ~0.1 s of loading), a long run starts them
   * once it has more than this.
   */
  inlineFirst?: number;
};

export function openPool(threads: number, opts: PoolOptions = {}): Pool {
  if (threads <= 0) return new InlinePool();
  return opts.inlineFirst ? new LazyPool(threads, opts, opts.inlineFirst) : new ThreadPool(threads, opts);
}

/**
 * Prepares inline until `inlineFirst` articles have been asked for, then starts the threads, and
 * goes on inline until one of them is ready (loaded and warmed up), so no time is lost waiting.
 */
class LazyPool implements Pool {
  private readonly inline = new InlinePool();
  private pool: ThreadPool | null = null;
  private asked = 0;

  constructor(
    readonly threads: number,
    private readonly opts: PoolOptions,
    private readonly inlineFirst: number,
  ) {}

  private get current(): Pool {
    // a thread that failed to start fails the run, not quietly slows it
    return this.pool && (this.pool.ready() || this.pool.failed()) ? this.pool : this.inline;
  }
  hasRoom(): boolean {
    return this.current.hasRoom();
  }
  hasIdle(): boolean {
    return this.current.hasIdle();
  }
  waited(ms: number): void {
    this.current.waited?.(ms);
  }
  run(jobs: Job[]): Promise<Outcome[]> {
    this.asked += jobs.length;
    if (!this.pool && this.asked > this.inlineFirst) this.pool = new ThreadPool(this.threads, this.opts);
    return this.current.run(jobs);
  }
  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }
}

class InlinePool implements Pool {
  readonly threads = 0;
  hasRoom(): boolean {
    return true;
  }
  hasIdle(): boolean {
    return true;
  }
  run(jobs: Job[]): Promise<Outcome[]> {
    return Promise.resolve(jobs.map((job) => runJob(job)));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

type Pending = { jobs: Job[]; resolve(o: Outcome[]): void; reject(e: Error): void };
type Thread = { worker: Worker; pending: Map<number, Pending>; ready: boolean };

class ThreadPool implements Pool {
  private readonly all: Thread[] = [];
  private readonly depth: number;
  private help: boolean;
  private readonly helpAfter: number;
  private waitedMs = 0;
  private nextId = 1;
  private broken: Error | null = null;
  private closing = false;

  constructor(readonly threads: number, opts: PoolOptions) {
    this.depth = opts.depth ?? 2;
    this.helpAfter = opts.helpWhenFull ? (opts.helpAfterWaitMs ?? 0) : Infinity;
    this.help = this.helpAfter <= 0;
    const script = workerScript();
    for (let i = 0; i < threads; i++) {
      const t: Thread = { worker: new Worker(script, { workerData: { db: opts.db ?? null } }), pending: new Map(), ready: false };
      t.worker.on('message', (m: Reply) => {
        if (!('id' in m)) {
          t.ready = true;
          return;
        }
        const p = t.pending.get(m.id);
        t.pending.delete(m.id);
        if (!p) return;
        try {
          restoreTexts(p.jobs, m.outcomes);
          addMetricKeys(m.outcomes);
        } catch (e) {
          // (a key function that throws fails the chunk, as a failing thread would)
          p.reject(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        p.resolve(m.outcomes);
      });
      t.worker.on('error', (e) => this.fail(t, e));
      t.worker.on('exit', (code) => {
        if (!this.closing) this.fail(t, new Error(`solieu: a worker thread stopped (exit code ${code})`));
      });
      this.all.push(t);
    }
  }

  /** Some thread has loaded and warmed up. */
  ready(): boolean {
    return this.all.some((t) => t.ready);
  }

  failed(): boolean {
    return this.broken !== null;
  }

  hasRoom(): boolean {
    return this.help || !this.full();
  }

  hasIdle(): boolean {
    return this.all.some((t) => t.pending.size === 0);
  }

  waited(ms: number): void {
    this.waitedMs += ms;
    if (this.waitedMs >= this.helpAfter) this.help = true;
  }

  private full(): boolean {
    return this.all.every((t) => t.pending.size >= this.depth);
  }

  run(jobs: Job[]): Promise<Outcome[]> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.help && this.full()) return Promise.resolve(jobs.map((job) => runJob(job)));
    let t = this.all[0]!;
    for (const u of this.all) if (u.pending.size < t.pending.size) t = u;
    const id = this.nextId++;
    return new Promise<Outcome[]>((resolve, reject) => {
      t.pending.set(id, { jobs, resolve, reject });
      t.worker.postMessage({ id, jobs } satisfies Request);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.map((t) => t.worker.terminate()));
  }

  /** A thread that throws outside an article (or dies) fails every chunk it holds, and the pool. */
  private fail(t: Thread, e: Error): void {
    this.broken ??= e;
    for (const p of t.pending.values()) p.reject(e);
    t.pending.clear();
  }
}

/** The compiled worker beside this module, or dist/'s when running from the TypeScript (tests). */
function workerScript(): URL {
  for (const rel of ['./worker.js', '../../dist/pipeline/workers/worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error('solieu: worker threads need the compiled JavaScript: run `npm run build` (or use --workers 0)');
}
