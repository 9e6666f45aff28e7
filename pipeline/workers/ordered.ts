/**
 * The ordered feed: items from a reader go to the pool in chunks, and come back to the writer
 * in input order, whatever order the threads finish in. Reading waits while the pool is full or
 * too many finished chunks wait behind a slow one, so at most about `maxChunks * chunkSize`
 * articles are in memory at once, whatever the size of the input.
 */
import type { RawArticle, SourceError } from '../../corpus/types.js';
import type { Pool } from './pool.js';
import type { Job, Outcome } from './jobs.js';

/** An input item on its way: an error to record, or an article (with, once prepared, its rows). */
export type Entry = { error: SourceError } | ArticleEntry;
/** `work`: worth preparing (the reader side guessed it will be written); `outcome`: the pool's answer. */
export type ArticleEntry = { job: Job; work: boolean; outcome?: Outcome };

type Chunk = { entries: Entry[]; settled: boolean; failure?: Error };

export type FeedOptions = {
  /** Articles per message to a worker. */
  chunkSize: number;
  /** Chunks read but not yet written, at most. */
  maxChunks: number;
  /** Called for every entry, in input order. */
  write(e: Entry): void;
  /** Called after each chunk is written. */
  chunkWritten?(): void;
};

export class OrderedFeed {
  private readonly queue: Chunk[] = []; // dispatched, in input order
  private open: Entry[] = [];
  private stopped = false;
  private stopWaiting: (() => void) | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly opts: FeedOptions,
  ) {}

  /** Stops reading: what was read is still prepared and written. The next item is not awaited. */
  stop(): void {
    this.stopped = true;
    this.stopWaiting?.();
    this.signal();
  }

  /** Reads `items` to the end (or the stop) and writes them all; returns whether it was stopped. */
  async run(items: AsyncIterable<Entry | null>): Promise<'completed' | 'interrupted'> {
    const it = items[Symbol.asyncIterator]();
    const { chunkSize, maxChunks } = this.opts;
    for (;;) {
      if (this.stopped) {
        it.return?.(undefined)?.catch(() => {});
        break;
      }
      const pending = it.next();
      // Not Promise.race with one long-lived promise: every race would leave a reaction on it
      // holding its item, and memory would grow with the input.
      const next = await new Promise<IteratorResult<Entry | null> | 'stop'>((resolve, reject) => {
        this.stopWaiting = () => resolve('stop');
        pending.then(resolve, reject);
      });
      this.stopWaiting = null;
      if (next === 'stop') {
        pending.catch(() => {});
        it.return?.(undefined)?.catch(() => {});
        break;
      }
      if (next.done) break;
      if (!next.value) continue;
      this.open.push(next.value);
      if (this.open.length >= chunkSize || this.pool.hasIdle()) {
        while (!this.pool.hasRoom() || this.queue.length >= maxChunks) {
          this.drain();
          if (this.pool.hasRoom() && this.queue.length < maxChunks) break;
          // the time the pool kept us waiting tells it whether helping would pay (PoolOptions)
          const full = !this.pool.hasRoom();
          const from = full ? performance.now() : 0;
          await this.settled();
          if (full) this.pool.waited?.(performance.now() - from);
        }
        this.dispatch();
      }
      this.drain();
    }
    this.dispatch();
    while (this.queue.length) {
      this.drain();
      if (this.queue.length) await this.settled();
    }
    return this.stopped ? 'interrupted' : 'completed';
  }

  private dispatch(): void {
    if (!this.open.length) return;
    const chunk: Chunk = { entries: this.open, settled: false };
    this.open = [];
    this.queue.push(chunk);
    const todo = chunk.entries.filter((e): e is ArticleEntry => 'job' in e && e.work);
    if (!todo.length) {
      chunk.settled = true;
      return;
    }
    const answer = this.pool.run(todo.map((e) => e.job));
    // The pool has its own copy now (a worker's message is serialized when sent): keep only what
    // the writer needs, so the texts die young instead of piling up in the old generation while
    // their chunk waits.
    for (const e of todo) e.job = { raw: slim(e.job.raw), hash: e.job.hash };
    answer.then(
      (outcomes) => {
        // every slimmed entry must come back prepared: its text is gone from here
        if (outcomes.length !== todo.length) chunk.failure = new Error(`solieu: ${outcomes.length} answers for ${todo.length} articles`);
        todo.forEach((e, i) => (e.outcome = outcomes[i]));
        chunk.settled = true;
        this.signal();
      },
      (err: Error) => {
        chunk.failure = err;
        chunk.settled = true;
        this.signal();
      },
    );
  }

  /** Writes the chunks at the head of the queue that are ready. */
  private drain(): void {
    while (this.queue[0]?.settled) {
      const chunk = this.queue.shift()!;
      if (chunk.failure) throw chunk.failure;
      for (const e of chunk.entries) this.opts.write(e);
      this.opts.chunkWritten?.();
    }
  }

  private signal(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private settled(): Promise<void> {
    return new Promise<void>((r) => (this.wake = r));
  }
}

/** What writing an article needs of it once it is prepared: where it came from, not its text. */
function slim(raw: RawArticle): RawArticle {
  return { key: raw.key, externalId: raw.externalId, source: raw.source, line: raw.line ?? null, text: '' };
}
