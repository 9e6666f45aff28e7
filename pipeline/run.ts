/**
 * A batch run. The main thread reads the inputs and computes content hashes; worker threads
 * (pipeline/workers/) prepare and extract, and the main thread prepares a chunk itself when they
 * are all full; the main thread writes the answers IN INPUT ORDER on its single connection, in
 * batched transactions, so a run gives the same rows whatever the number of workers. Reading
 * waits while too many chunks are in flight (memory stays bounded).
 *
 * Crash safety: a batch is one transaction, and whether an article is new, changed, unchanged or
 * a duplicate is decided when it is written, from what the database holds then. A run killed at
 * any moment loses at most its uncommitted batch; run again, it skips what is stored and redoes
 * the rest, ending with the same articles and figures as a run never interrupted. Ctrl-C (or
 * SIGTERM) stops reading, writes what is in hand, and marks the run `interrupted`.
 */
import { readSources, type SourceOptions } from '../corpus/sources.js';
import type { RawArticle } from '../corpus/types.js';
import { prepareText, type PreparedText } from '../corpus/normalize.js';
import { openDb, type DB } from '../db/open.js';
import { Store } from '../db/store.js';
import { contentHash } from './prepare.js';
import { openPool, type Pool } from './workers/pool.js';
import { runJob, type Outcome } from './workers/jobs.js';
import { OrderedFeed, type Entry } from './workers/ordered.js';
import { inputBytes, makeProgress, type Progress } from './progress.js';
import { EXTRACTOR_VERSION, SOLIEU_VERSION } from './version.js';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

export type IngestOptions = SourceOptions & {
  db: string;
  reextract?: boolean;
  /** No progress, no notes: errors only. */
  quiet?: boolean;
  /** Articles per transaction (default 500). */
  batchSize?: number;
  /** Worker threads preparing articles (default: the cores); 0 prepares on the main thread. */
  workers?: number;
  /** Articles per message to a worker (default 32). */
  chunkSize?: number;
  /** Named input files of at least this many bytes together start the threads at once (default 8 MB). */
  eagerBytes?: number;
  /** Where messages go (stderr, or above the progress bar, by default). */
  log?: (line: string) => void;
  /** Progress display; by default a bar on a terminal, a line per interval otherwise. */
  progress?: Progress;
  /** Where articles are prepared (tests); by default worker threads as `workers` says. */
  pool?: Pool;
};

export type RunSummary = {
  runId: number;
  seen: number;
  added: number;
  changed: number;
  unchanged: number;
  reextracted: number;
  duplicates: number;
  figures: number;
  errors: number;
  skippedFiles: number;
  status: 'completed' | 'interrupted' | 'failed';
  seconds: number;
};

export function startRun(db: DB, command: string, inputs: string[], options: Record<string, unknown>): number {
  db.prepare("UPDATE runs SET status = 'interrupted' WHERE status = 'running'").run();
  const r = db
    .prepare('INSERT INTO runs (command, inputs, options, version, started_at, status) VALUES (?, ?, ?, ?, ?, ?)')
    .run(command, JSON.stringify(inputs), JSON.stringify(options), `solieu ${SOLIEU_VERSION}; extractors ${EXTRACTOR_VERSION}`, new Date().toISOString(), 'running');
  return Number(r.lastInsertRowid);
}

/** Records a run's counts; with `ended`, its end and status too. */
export function finishRun(db: DB, s: RunSummary, ended = true): void {
  db.prepare(`UPDATE runs SET ended_at = ?, status = ?, articles_seen = ?, articles_new = ?, articles_changed = ?,
    articles_unchanged = ?, articles_reextracted = ?, duplicates = ?, figures = ?, errors = ?, skipped_files = ? WHERE id = ?`).run(
    ended ? new Date().toISOString() : null, ended ? s.status : 'running', s.seen, s.added, s.changed, s.unchanged, s.reextracted,
    s.duplicates, s.figures, s.errors, s.skippedFiles, s.runId,
  );
}

export function emptySummary(runId: number): RunSummary {
  return { runId, seen: 0, added: 0, changed: 0, unchanged: 0, reextracted: 0, duplicates: 0, figures: 0, errors: 0, skippedFiles: 0, status: 'completed', seconds: 0 };
}

export async function ingest(paths: string[], opts: IngestOptions): Promise<RunSummary> {
  const started = Date.now();
  setV8Flags();
  const progress = opts.progress ?? makeProgress({ quiet: !!opts.quiet, inputs: paths });
  const log = opts.log ?? progress.log;
  const threads = Math.max(0, Math.floor(opts.workers ?? defaultWorkers()));
  const batchSize = Math.max(1, opts.batchSize ?? 500);
  const chunkSize = Math.max(1, opts.chunkSize ?? 32);
  // 32 chunks (1,024 articles, ~0.6 s of work) a thread: the threads keep working while the main
  // thread commits a batch or waits for a checkpoint's fsync (with 8 a thread, the worker of the
  // bench dump sat idle ~1-2 s of a 14 s run); when they are all full, the main thread waits, or,
  // once its waits add up to HELP_AFTER_MS, prepares the next chunk itself from then on. For big
  // inputs the threads start now, loading their pipeline while the database opens (a new file is
  // seeded with the gazetteer first: ~0.15 s); otherwise the first articles are prepared here
  // while the threads start, and a handful needs no threads at all.
  const eager = ((await inputBytes(paths, { folders: false })) ?? 0) >= (opts.eagerBytes ?? EAGER_BYTES);
  const pool =
    opts.pool ??
    openPool(threads, { db: opts.db, inlineFirst: eager ? 0 : chunkSize, depth: POOL_DEPTH, helpWhenFull: true, helpAfterWaitMs: HELP_AFTER_MS });
  let db: DB;
  try {
    db = openDb(opts.db);
  } catch (e) {
    await pool.close();
    throw e;
  }
  // The WAL is copied into the file every 8,000 pages (64 MB with a new file's 8 KiB pages)
  // instead of every 1,000: pages written again and again by a batch run (index pages, the
  // full-text index) are copied once.
  db.pragma('wal_autocheckpoint = 8000');
  const store = new Store(db, { batchIndex: true });
  const reextract = !!opts.reextract;
  const runId = startRun(db, 'ingest', paths, { reextract, fields: opts.fields ?? null, workers: threads, batchSize });
  const s = emptySummary(runId);

  let inBatch = 0;
  let batchStarted = 0;
  const commit = () => {
    if (!db.inTransaction) return;
    store.flush();
    finishRun(db, s, false);
    db.exec('COMMIT');
    inBatch = 0;
  };
  const write = (e: Entry) => {
    if (!db.inTransaction) {
      db.exec('BEGIN');
      batchStarted = Date.now();
    }
    if ('error' in e) {
      s.errors++;
      store.error(runId, e.error);
      log(`error: ${e.error.detail}`);
    } else {
      s.seen++;
      writeOne(store, e.job.raw, runId, reextract, s, log, { hash: e.job.hash, outcome: e.outcome });
    }
    // a slow input (a pipe) still commits now and then
    if (++inBatch >= batchSize || Date.now() - batchStarted > 2000) commit();
  };
  const feed = new OrderedFeed(pool, { chunkSize, maxChunks: POOL_DEPTH * threads + 16, write, chunkWritten: () => progress.update(s) });

  let stops = 0;
  const onStop = (sig: NodeJS.Signals) => {
    // a second Ctrl-C: stop now; the open transaction is lost, the committed ones stay
    if (stops++) process.exit(130);
    log(`solieu: ${sig}: finishing the articles in hand (again to stop at once)`);
    feed.stop();
  };
  process.on('SIGINT', onStop);
  process.on('SIGTERM', onStop);

  async function* entries(): AsyncGenerator<Entry | null> {
    for await (const item of readSources(paths, { ...opts, onBytes: (n) => progress.bytes(n) })) {
      if (item.type === 'note') {
        if (item.skippedFile) s.skippedFiles++;
        if (!opts.quiet) log(`note: ${item.message}`);
        yield null;
      } else if (item.type === 'error') {
        yield { error: item };
      } else {
        yield entryFor(store, item.article, reextract, threads > 0);
      }
    }
  }

  try {
    s.status = await feed.run(entries());
    commit();
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    s.status = 'failed';
    log(`error: ${(e as Error).message}`);
    throw e;
  } finally {
    process.removeListener('SIGINT', onStop);
    process.removeListener('SIGTERM', onStop);
    await pool.close();
    s.seconds = (Date.now() - started) / 1000;
    progress.stop(s);
    finishRun(db, s);
    db.close();
  }
  return s;
}

/**
 * V8 settings for a batch run, set before the worker threads start (they are process-wide, so
 * the threads' heaps and compilers follow them); one given in NODE_OPTIONS or on the command
 * line wins.
 *
 * - `--heap-growing-percent=50`: V8 lets a heap grow to up to 4x what survived the last full
 *   collection before the next one: the main thread's short-lived article data then piles up to
 *   ~130 MB between collections (peak RSS ~420 MB on the bench dump with 2 workers). Growing by
 *   half instead costs no measurable CPU and keeps the peak near 330 MB.
 * - `--max-inlined-bytecode-size-cumulative=300`: each worker thread compiles the whole pipeline
 *   again (V8 shares no optimized code between threads): ~1.5 s of compiling per thread on the
 *   bench dump, a tenth of all the CPU a 20,000-article run takes. Inlining less (300 bytes of
 *   bytecode per function instead of 920) makes that ~30% cheaper and the compiled code no
 *   slower (measured: steady-state analysis the same, the bench dump ~5% faster).
 * - `--no-turbo-loop-peeling`: the optimizing compiler copies the first pass of every loop out
 *   of it; the pipeline's loops are short scans over a text, and the copy makes compiling them
 *   cost more than it saves (measured: CPU per article of a thread's first 10,000 articles -3.5%,
 *   the bench dump ~3% faster).
 */
const V8_FLAGS = ['--heap-growing-percent=50', '--max-inlined-bytecode-size-cumulative=300', '--no-turbo-loop-peeling'];

function setV8Flags(): void {
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`.replaceAll('_', '-');
  for (const flag of V8_FLAGS) {
    // the same setting given either way wins: `--turbo-loop-peeling` or `--no-turbo-loop-peeling`
    const name = flag.replace(/^--(no-)?/, '').replace(/=.*/, '');
    if (!given.includes(`--${name}`) && !given.includes(`--no-${name}`)) setFlagsFromString(flag);
  }
}

/**
 * Named inputs of at least this many bytes (2,000 articles of JSON Lines, 6,000 gzipped: seconds
 * of work) start the worker threads at once: the ~0.2 s they take to load matter then, not for
 * smaller inputs, where preparing the first articles here while they load is as fast.
 */
const EAGER_BYTES = 8 << 20;

/**
 * How long the main thread waits in all for full worker threads before it prepares articles
 * itself when they are full. Preparing costs it a warm-up first: V8 compiles the pipeline again
 * for each thread, ~2 s of CPU on this 2-core machine, time the worker thread then loses too, as
 * the compiler threads share the cores. On the bench dump the main thread, which computes the
 * metric keys (pipeline/workers/pool.ts) and prepares the texts (entryFor), waits ~1-3 s in all:
 * helping there cost ~13% more CPU for no faster run. A run whose articles cost more to prepare
 * gets the help once its waits reach a few times what the warm-up costs.
 */
const HELP_AFTER_MS = 5000;
/** Chunks a worker thread holds at once (see `ingest`). */
const POOL_DEPTH = 32;

/**
 * One worker thread per core but one: the main thread reads, prepares the texts, computes the
 * metric keys and writes (and prepares whole articles when the threads are the bottleneck for
 * long: HELP_AFTER_MS), so it uses the last core without a third thread competing for two cores
 * (measured on 2 cores: 1 thread ~5% faster than 2 threads, 1,337 against 1,269 articles/s on
 * the bench dump, and ~60 MB less memory). One core: everything on the main thread.
 */
export function defaultWorkers(): number {
  return availableParallelism() - 1;
}

/**
 * An article read, with a guess of whether it will be written (so that unchanged articles are
 * not sent to a worker). The guess is checked again when the article's turn to be written comes.
 * With `prepareHere` (worker threads will do the rest), its text is prepared here: the main
 * thread has time to spare, and the threads have not.
 */
function entryFor(store: Store, raw: RawArticle, reextract: boolean, prepareHere: boolean): Entry {
  const hash = contentHash(raw);
  const existing = store.find(raw.key);
  const work = existing
    ? existing.contentHash !== hash || (reextract && existing.extractorVersion !== EXTRACTOR_VERSION)
    : !store.duplicateOf(hash, raw.key);
  if (work && prepareHere) {
    // (it does not throw; if it ever did, the worker would meet the same error and record it)
    const prepared = tryPrepareText(raw.text);
    if (prepared) return { job: { raw: { ...raw, text: '' }, hash, prepared }, work };
  }
  return { job: { raw, hash }, work };
}

function tryPrepareText(text: string): PreparedText | null {
  try {
    return prepareText(text);
  } catch {
    return null;
  }
}

/**
 * Stores one article (new, changed, or re-extracted) or counts why it was skipped. `pre` gives
 * what is already known: its content hash, and its prepared rows when a worker made them.
 */
export function writeOne(
  store: Store,
  raw: RawArticle,
  runId: number,
  reextract: boolean,
  s: RunSummary,
  log: (l: string) => void,
  pre: { hash?: string; outcome?: Outcome | undefined } = {},
): void {
  const hash = pre.hash ?? contentHash(raw);
  const existing = store.find(raw.key);
  if (existing && existing.contentHash === hash && (!reextract || existing.extractorVersion === EXTRACTOR_VERSION)) {
    s.unchanged++;
    return;
  }
  if (!existing) {
    const dup = store.duplicateOf(hash, raw.key);
    if (dup) {
      s.duplicates++;
      return;
    }
  }
  const outcome = pre.outcome ?? runJob({ raw, hash });
  if (!outcome.ok) {
    s.errors++;
    const where = raw.line ? `${raw.source}:${raw.line}` : raw.source;
    const detail = `${where}: ${outcome.message}`;
    store.error(runId, { source: raw.source, line: raw.line ?? null, externalId: raw.externalId, reason: outcome.reason, detail });
    log(`error: ${detail}`);
    return;
  }
  const stored = outcome.article;
  store.write(stored, runId, existing?.id);
  s.figures += stored.figureRows.length;
  if (!existing) s.added++;
  else if (existing.contentHash !== hash) s.changed++;
  else s.reextracted++;
}
