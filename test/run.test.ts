/**
 * Batch runs (issue 5): the same rows whatever the number of workers, chunk or batch size;
 * reading waits for the workers (memory stays bounded); a run resumed after a stop ends where an
 * uninterrupted run ends; the `runs` table. Worker threads run the compiled code in dist/
 * (`npm run check` builds first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ingest, type IngestOptions } from '../pipeline/run.js';
import { openPool, type Pool } from '../pipeline/workers/pool.js';
import { OrderedFeed, type Entry } from '../pipeline/workers/ordered.js';
import { runJob, addMetricKeys, dropTexts, restoreTexts, type Job, type Outcome } from '../pipeline/workers/jobs.js';
import { prepareText } from '../corpus/normalize.js';
import { FIGURE_ROW } from '../db/store.js';
import { fixtureLines, snapshot, type Snapshot } from './run-fixture.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(path.join(root, 'dist', 'pipeline', 'workers', 'worker.js'));
let dir: string;
let dump: string;
let reference: Snapshot;
const quiet: Partial<IngestOptions> = { quiet: true, log: () => {} };
const lines = fixtureLines(300);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'solieu-run-'));
  dump = path.join(dir, 'dump.jsonl.gz');
  writeFileSync(dump, gzipSync(lines.join('\n') + '\n'));
  const db = path.join(dir, 'ref.sqlite');
  await ingest([dump], { db, workers: 0, ...quiet });
  reference = snapshot(db);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a batch run', () => {
  it('stores what the fixture holds: new, duplicate, changed within the run, errors', async () => {
    const s = await ingest([dump], { db: path.join(dir, 'counts.sqlite'), workers: 0, ...quiet });
    // 302 records: 300 + a duplicate + a changed copy; the malformed line and the empty text are
    // input errors, the text of page furniture only is an article that fails
    expect(s).toMatchObject({ status: 'completed', seen: 300, added: 297, changed: 1, duplicates: 1, errors: 3 });
    expect(reference.articles).toHaveLength(297);
    expect(reference.figures.length).toBeGreaterThan(1000);
  });

  it.runIf(built)('gives the same rows with 1 or 2 worker threads, any chunk and batch size', async () => {
    // (eagerBytes 0: the threads start before the database opens, as for a big dump)
    for (const [workers, chunkSize, batchSize, eagerBytes] of [[1, 32, 500, undefined], [2, 5, 7, undefined], [2, 1, 1, undefined], [1, 8, 50, 0]] as const) {
      const db = path.join(dir, `w${workers}-${chunkSize}-${batchSize}-${eagerBytes ?? 'lazy'}.sqlite`);
      const s = await ingest([dump], { db, workers, chunkSize, batchSize, eagerBytes, ...quiet });
      expect(s.status).toBe('completed');
      expect(snapshot(db)).toEqual(reference);
    }
  });

  it('ends a run resumed after a partial one exactly like an uninterrupted run', async () => {
    // What a killed run leaves is a committed prefix of the input: make such prefixes by
    // ingesting the first lines of the dump under the dump's own name (keys are `<dump>#<id>`).
    const sub = mkdtempSync(path.join(dir, 'resume-'));
    const file = path.join(sub, 'dump.jsonl');
    const db = path.join(sub, 'resumed.sqlite');
    for (const cut of [40, 51, 130, 250, lines.length]) {
      writeFileSync(file, lines.slice(0, cut).join('\n') + '\n');
      expect((await ingest([file], { db, workers: 0, ...quiet })).status).toBe('completed');
    }
    const whole = path.join(sub, 'whole.sqlite');
    await ingest([file], { db: whole, workers: 0, ...quiet });
    expect(snapshot(db)).toEqual(snapshot(whole));
  });

  it('fails the run when a worker dies, keeps what was committed, and a new run completes it', async () => {
    const sub = mkdtempSync(path.join(dir, 'crash-'));
    const file = path.join(sub, 'dump.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const db = path.join(sub, 'crashed.sqlite');
    // a pool whose thread dies on its fifth chunk
    const inline = openPool(0);
    let chunks = 0;
    const dying: Pool = {
      threads: 1,
      hasRoom: () => true,
      hasIdle: () => false, // chunks of 10: the fifth holds records 41-50
      run: (jobs) => (++chunks === 5 ? Promise.reject(new Error('worker died')) : inline.run(jobs)),
      close: () => inline.close(),
    };
    await expect(ingest([file], { db, pool: dying, chunkSize: 10, batchSize: 15, ...quiet })).rejects.toThrow('worker died');
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT status, ended_at IS NOT NULL AS ended FROM runs').get()).toEqual({ status: 'failed', ended: 1 });
    const kept = d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    d.close();
    // batches of 15: the first 30 records were committed, the next ten not
    expect(kept).toBe(30 - 1); // record 17 is the malformed line

    expect((await ingest([file], { db, workers: 0, ...quiet })).status).toBe('completed');
    const whole = path.join(sub, 'whole.sqlite');
    await ingest([file], { db: whole, workers: 0, ...quiet });
    expect(snapshot(db)).toEqual(snapshot(whole));
  });

  it('records each run: start, end, inputs, counts, version, status', async () => {
    const db = path.join(dir, 'runs.sqlite');
    await ingest([dump], { db, workers: 0, ...quiet });
    const d = new Database(db);
    // a run left `running` (its process killed) ...
    d.prepare("UPDATE runs SET status = 'running', ended_at = NULL").run();
    d.close();
    const again = await ingest([dump], { db, workers: 0, ...quiet });
    // f5 comes twice with two texts: both copies count as changed on a second run
    expect(again).toMatchObject({ unchanged: 296, changed: 2, added: 0, duplicates: 1, errors: 3 });
    const rows = new Database(db, { readonly: true }).prepare('SELECT * FROM runs ORDER BY id').all() as Record<string, unknown>[];
    // ... is marked interrupted by the next one
    expect(rows.map((r) => r.status)).toEqual(['interrupted', 'completed']);
    expect(rows[1]).toMatchObject({ command: 'ingest', inputs: JSON.stringify([dump]), articles_seen: 300, articles_unchanged: 296, errors: 3 });
    expect(String(rows[1]!.version)).toMatch(/^solieu \d+\.\d+\.\d+; extractors /);
    expect(Date.parse(String(rows[1]!.ended_at))).toBeGreaterThanOrEqual(Date.parse(String(rows[1]!.started_at)));
    expect(JSON.parse(String(rows[1]!.options))).toMatchObject({ workers: 0, batchSize: 500 });
  });
});

describe('the pool', () => {
  it.runIf(built)('prepares a chunk on the calling thread when every thread is full, with the same answer', async () => {
    const pool = openPool(1, { depth: 1, helpWhenFull: true });
    try {
      const job = (i: number): Job => ({ raw: { key: `k${i}`, externalId: null, source: 's', text: `Huyện Tam Dương có ${i + 2} xã đạt chuẩn.` }, hash: String(i) });
      const order: string[] = [];
      const first = pool.run([job(0)]).then((o) => (order.push('thread'), o));
      // the thread holds its one chunk: the next is prepared here, and answers first
      expect(pool.hasRoom()).toBe(true);
      const second = pool.run([job(1)]).then((o) => (order.push('here'), o));
      const [a, b] = await Promise.all([first, second]);
      expect(order).toEqual(['here', 'thread']);
      expect(a).toEqual([runJob(job(0))]);
      expect(b).toEqual([runJob(job(1))]);
      expect(b[0]).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
  });

  it.runIf(built)('helps only once the caller has waited helpAfterWaitMs in all', async () => {
    const pool = openPool(1, { depth: 1, helpWhenFull: true, helpAfterWaitMs: 100 });
    try {
      const answer = pool.run([{ raw: { key: 'k', externalId: null, source: 's', text: 'Có 5 xã.' }, hash: '0' }]);
      expect(pool.hasRoom()).toBe(false);
      pool.waited?.(60);
      expect(pool.hasRoom()).toBe(false);
      pool.waited?.(40);
      expect(pool.hasRoom()).toBe(true);
      await answer;
    } finally {
      await pool.close();
    }
  });

  it.runIf(built)('without help, has no room while its threads are full', async () => {
    const pool = openPool(1, { depth: 1 });
    try {
      const answer = pool.run([{ raw: { key: 'k', externalId: null, source: 's', text: 'Có 5 xã.' }, hash: '0' }]);
      expect(pool.hasRoom()).toBe(false);
      await answer;
      expect(pool.hasRoom()).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('a job split between threads', () => {
  const text = 'Cập nhật: Thứ ba, 30/8/2022 | 7:46:45 AM\nNăm 2022, tỷ lệ hộ nghèo của huyện Tam Dương giảm còn 1,5%; phấn đấu đến năm 2025 tỷ lệ hộ nghèo dưới 1%.';
  const raw = { key: 'k', externalId: null, source: 's', text };
  const whole = runJob({ raw, hash: 'h' });

  it('gives the same rows when the metric keys are added afterwards', () => {
    const later = runJob({ raw, hash: 'h' }, { keys: false });
    expect(later.ok && later.article.figureRows.every((r) => r[FIGURE_ROW.metricKey] === null)).toBe(true);
    addMetricKeys([later]);
    expect(later).toEqual(whole);
    expect(whole.ok && whole.article.figureRows.filter((r) => r[FIGURE_ROW.metricKey] === 'ty le ho ngheo|percent|%').length).toBe(2);
  });

  it('gives the same rows when the text was prepared by the reader side (and raw.text left empty)', () => {
    expect(runJob({ raw: { ...raw, text: '' }, hash: 'h', prepared: prepareText(text) })).toEqual(whole);
    expect(whole.ok && whole.article.published).toBe('2022-08-30');
  });

  it('gives the same rows when the answer leaves out the prepared text and the asking side puts it back', () => {
    const jobs: Job[] = [{ raw: { ...raw, text: '' }, hash: 'h', prepared: prepareText(text) }, { raw: { ...raw, text: '' }, hash: 'h', prepared: prepareText(' ') }, { raw, hash: 'h' }];
    const outcomes = jobs.map((j) => runJob(j));
    dropTexts(jobs, outcomes);
    expect(outcomes.map((o) => (o.ok ? o.article.text : o.reason))).toEqual(['', 'empty', whole.ok && whole.article.text]);
    restoreTexts(jobs, outcomes);
    expect(outcomes[0]).toEqual(whole);
    expect(outcomes[2]).toEqual(whole);
    expect(outcomes[1]).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('the ordered feed', () => {
  it('reads no further than its chunks in flight while the pool is busy, and writes in input order', async () => {
    const held: (() => void)[] = [];
    // a pool of two "threads" that answer only when told to
    let inFlight = 0;
    const pool: Pool = {
      threads: 2,
      hasRoom: () => inFlight < 4,
      hasIdle: () => inFlight < 2,
      run: (jobs: Job[]) =>
        new Promise<Outcome[]>((resolve) => {
          inFlight++;
          held.push(() => {
            inFlight--;
            resolve(jobs.map(() => ({ ok: false, reason: 'empty', message: 'x' })));
          });
        }),
      close: async () => {},
    };
    const written: number[] = [];
    let pulled = 0;
    const feed = new OrderedFeed(pool, { chunkSize: 10, maxChunks: 6, write: (e: Entry) => written.push(Number(('job' in e && e.job.hash) || -1)) });
    async function* items(): AsyncGenerator<Entry> {
      for (let i = 0; i < 10_000; i++) {
        pulled++;
        yield { job: { raw: { key: `k${i}`, externalId: null, source: 's', text: 't' }, hash: String(i) }, work: true };
      }
    }
    const done = feed.run(items());
    for (let round = 0; round < 400 && pulled < 10_000; round++) {
      await new Promise((r) => setTimeout(r, 0));
      // at most 4 chunks at the pool, 6 read but unwritten, one being filled
      expect(pulled - written.length).toBeLessThanOrEqual(6 * 10 + 10);
      // answer the chunks out of order: the newest first
      held.splice(0).reverse().forEach((f) => f());
    }
    while (held.length || pulled < 10_000) {
      held.splice(0).forEach((f) => f());
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(await done).toBe('completed');
    expect(written).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
  });

  it('stops reading on stop() but writes what it has read', async () => {
    const pool = openPool(0);
    const written: string[] = [];
    const feed = new OrderedFeed(pool, { chunkSize: 4, maxChunks: 4, write: (e: Entry) => written.push('job' in e ? e.job.raw.key : 'error') });
    let pulled = 0;
    async function* items(): AsyncGenerator<Entry> {
      for (let i = 0; ; i++) {
        pulled++;
        if (i === 25) feed.stop();
        if (i === 26) await new Promise(() => {}); // an input that never comes: stop must not wait for it
        yield { job: { raw: { key: `k${i}`, externalId: null, source: 's', text: 'Có 5 xã.' }, hash: String(i) }, work: true };
      }
    }
    expect(await feed.run(items())).toBe('interrupted');
    expect(written).toEqual(Array.from({ length: 26 }, (_, i) => `k${i}`));
    expect(pulled).toBeLessThanOrEqual(27);
  });
});
