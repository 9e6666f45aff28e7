/**
 * A database for the query tests, built with the real pipeline (no ../shared needed): the five
 * sample articles of corpus/samples and test/fixtures/query/articles.jsonl (a `Thanh Hoá` with
 * the new tone placement, `ĐẮK LẮK`, an emoji before the first hit, a target and two actuals of
 * the same metric and place in two years).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ingest } from '../pipeline/run.js';

export const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const samples = path.join(root, 'corpus', 'samples');
export const fixtures = path.join(root, 'test', 'fixtures', 'query');

/** A new database file holding the samples and the query fixtures. */
export async function buildQueryDb(extra: string[] = []): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'solieu-query-'));
  const db = path.join(dir, 'q.sqlite');
  await ingest([samples, path.join(fixtures, 'articles.jsonl'), ...extra], { db, quiet: true, log: () => {}, workers: 0 });
  return { dir, db };
}

const cli = path.join(root, 'bin', 'solieu.js');

/** Runs the built command line (dist/ is built by `npm run check`; built here when missing). */
export function solieu(args: string[], opts: { input?: string } = {}): { status: number | null; stdout: string; stderr: string; raw: Buffer } {
  if (!existsSync(path.join(root, 'dist', 'pipeline', 'cli.js'))) {
    spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
  const r = spawnSync(process.execPath, [cli, ...args], { input: opts.input, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), raw: r.stdout };
}
