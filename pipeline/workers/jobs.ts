/**
 * The work a worker thread does: an article as read -> the rows to store, or why not. The
 * worker threads and the in-process mode (`--workers 0`) both call `runJob`, so the rows do
 * not depend on where an article was prepared.
 */
import type { RawArticle } from '../../corpus/types.js';
import { toRows, type ArticleRows } from '../../db/store.js';
import { prepareArticle, EmptyArticleError } from '../prepare.js';

/** One article to prepare; `hash` is its content hash, already computed by the reader side. */
export type Job = { raw: RawArticle; hash: string };

export type Outcome =
  | { ok: true; article: ArticleRows }
  | { ok: false; reason: 'empty' | 'processing-failed'; message: string };

/** A message to a worker: a chunk of articles, answered by a `Reply` with the same id. */
export type Request = { id: number; jobs: Job[] };
export type Reply = { id: number; outcomes: Outcome[] } | { ready: true };

export function runJob(job: Job): Outcome {
  try {
    return { ok: true, article: toRows(prepareArticle(job.raw, job.hash)) };
  } catch (e) {
    return {
      ok: false,
      reason: e instanceof EmptyArticleError ? 'empty' : 'processing-failed',
      message: e instanceof Error ? e.message : String(e),
    };
  }
}

// A short article that touches every stage (figures, a place, a date line).
const WARM_UP: RawArticle = {
  key: 'warm-up',
  externalId: null,
  source: 'warm-up',
  text: 'Cập nhật: Thứ ba, 30/8/2022 | 7:46:45 AM\nNăm 2022, huyện Tam Dương có 13/13 xã đạt chuẩn, tỷ lệ hồ sơ đúng hạn đạt 99,86%, thu ngân sách khoảng 3.500 tỷ đồng.',
};

/**
 * Runs one article through the pipeline so that whatever it loads lazily (a gazetteer, word
 * lists, compiled patterns) is loaded now, once per thread, before the first real article, and
 * so that a worker that cannot start fails at once. Everything loaded is kept for the
 * thread's life: load per-process state at module level or in a module-level cache.
 */
export function warmUp(): void {
  const out = runJob({ raw: WARM_UP, hash: '' });
  if (!out.ok) throw new Error(`solieu: the pipeline failed on its warm-up article: ${out.message}`);
}
