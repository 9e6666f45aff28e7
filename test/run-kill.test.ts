/**
 * Crash safety (issue 5): an ingest killed with SIGKILL at random moments, several times, then
 * run once more to the end, leaves exactly the articles and figures of an uninterrupted run;
 * Ctrl-C (SIGINT) finishes the articles in hand, marks the run `interrupted` and exits 130.
 * Runs the built command line (dist/, built by `npm run check`) on a fixture dump.
 * Set SOLIEU_KILL_SEED to replay the kill points of a failed run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { fixtureLines, snapshot, type Snapshot } from './run-fixture.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'solieu.js');
const lines = fixtureLines(300);
const STORED = 297; // articles the fixture leaves in the database (see run.test.ts)
let dir: string;
let dump: string;
let reference: Snapshot;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist', 'pipeline', 'cli.js'))) {
    spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
  dir = mkdtempSync(path.join(tmpdir(), 'solieu-kill-'));
  dump = path.join(dir, 'dump.jsonl');
  writeFileSync(dump, lines.join('\n') + '\n');
  const db = path.join(dir, 'reference.sqlite');
  const r = await finish(start(db, ['--workers', '0']));
  expect(r.code).toBe(1); // the fixture holds bad records: the exit code says so
  reference = snapshot(db);
  expect(reference.articles).toHaveLength(STORED);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an ingest killed at random moments', () => {
  it('ends, once run again, with exactly the articles and figures of an uninterrupted run', async () => {
    const seed = Number(process.env.SOLIEU_KILL_SEED ?? Date.now() % 1_000_000);
    const random = mulberry32(seed);
    const db = path.join(dir, 'killed.sqlite');
    const kills: string[] = [];
    // first a kill during start-up (opening the file, migrations), then kills after more and
    // more articles are stored, each a few milliseconds after its mark
    const marks = [0, ...Array.from({ length: 5 }, () => Math.floor((0.05 + 0.8 * random()) * STORED)).sort((a, b) => a - b)];
    for (const mark of marks) {
      const child = start(db, ['--batch-size', String(1 + Math.floor(random() * 12))]);
      const exited = finish(child);
      let running = true;
      void exited.then(() => (running = false));
      if (mark === 0) await sleep(random() * 150);
      else while (running && stored(db) < mark) await sleep(3);
      await sleep(random() * 15);
      const before = stored(db);
      child.kill('SIGKILL');
      const r = await exited;
      kills.push(`${r.signal ?? `exit ${r.code}`} at ${before}`);
    }
    const last = await finish(start(db, []));
    const why = `seed ${seed}; kills: ${kills.join(', ')}`;
    if (process.env.SOLIEU_KILL_DEBUG) console.log(why);
    expect(last.code, why).toBe(1);
    expect(snapshot(db), why).toEqual(reference);
    // most kills hit a run in the middle of its work
    expect(kills.filter((k) => /^SIGKILL at [1-9]/.test(k) && !k.endsWith(` ${STORED}`)).length, why).toBeGreaterThanOrEqual(3);
    const runs = new Database(db, { readonly: true }).prepare('SELECT status, ended_at FROM runs ORDER BY id').all() as { status: string; ended_at: string | null }[];
    expect(runs.at(-1)).toMatchObject({ status: 'completed' });
    expect(runs.slice(0, -1).every((r) => r.status !== 'running'), why).toBe(true);
  });

  // (the dump, 1.8 MB, is below the size that starts the threads before the first article is
  // read: they start after the first chunk, so reading is still going on when SIGINT comes)
  it('finishes the articles in hand on Ctrl-C, marks the run interrupted, and resumes', async () => {
    const db = path.join(dir, 'sigint.sqlite');
    const child = start(db, ['--batch-size', '10']);
    const exited = finish(child);
    let running = true;
    void exited.then(() => (running = false));
    while (running && stored(db) < 30) await sleep(3);
    child.kill('SIGINT');
    const r = await exited;
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/run 1 interrupted: \d+ articles read/);
    const d = new Database(db, { readonly: true });
    const run = d.prepare('SELECT * FROM runs WHERE id = 1').get() as Record<string, unknown>;
    expect(run).toMatchObject({ status: 'interrupted' });
    expect(run.ended_at).not.toBeNull();
    // the counts of the run are those of what it stored
    expect(run.articles_new).toBe(d.prepare('SELECT count(*) FROM articles').pluck().get());
    expect(run.articles_new).toBeLessThan(STORED);
    d.close();
    const again = await finish(start(db, []));
    expect(again.code).toBe(1);
    expect(snapshot(db)).toEqual(reference);
  });
});

function start(db: string, extra: string[]): ChildProcess {
  return spawn(process.execPath, [cli, 'ingest', dump, '--db', db, '--quiet', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function finish(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

/** Articles committed so far (0 while the file or its tables do not exist yet). */
function stored(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small seeded random generator, so that a failing run's kill points can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
