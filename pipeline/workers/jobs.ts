/**
 * The work a worker thread does: an article as read -> the rows to store, or why not. The
 * worker threads and the in-process mode (`--workers 0`) both call `runJob`, so the rows do
 * not depend on where an article was prepared.
 */
import type { RawArticle } from '../../corpus/types.js';
import type { PreparedText } from '../../corpus/normalize.js';
import { toRows, FIGURE_ROW, type ArticleRows } from '../../db/store.js';
import { prepareArticle, EmptyArticleError } from '../prepare.js';
import type { AnalyzeOptions } from '../analyze.js';
import { metricKey } from '../link/metric-key.js';

/**
 * One article to prepare; `hash` is its content hash, already computed by the reader side.
 * `prepared`: its text already prepared there (`prepareText`); `raw.text` is then empty, so that
 * the text crosses to a worker thread once.
 */
export type Job = { raw: RawArticle; hash: string; prepared?: PreparedText };

export type Outcome =
  | { ok: true; article: ArticleRows }
  | { ok: false; reason: 'empty' | 'processing-failed'; message: string };

/**
 * A message to a worker: a chunk of articles, answered by a `Reply` with the same id. The answer
 * leaves two things to the asking side (pipeline/workers/pool.ts): the figures' metric keys
 * (`addMetricKeys`), and the texts of jobs that came prepared (`text: ''`; `restoreTexts`), which
 * would otherwise cross between the threads twice.
 */
export type Request = { id: number; jobs: Job[] };
export type Reply = { id: number; outcomes: Outcome[] } | { ready: true };

export function runJob(job: Job, opts: AnalyzeOptions = {}): Outcome {
  try {
    return { ok: true, article: toRows(prepareArticle(job.raw, job.hash, { ...opts, prepared: job.prepared })) };
  } catch (e) {
    return {
      ok: false,
      reason: e instanceof EmptyArticleError ? 'empty' : 'processing-failed',
      message: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Puts back the texts a worker's answer left out: the prepared text of each job. */
export function restoreTexts(jobs: Job[], outcomes: Outcome[]): void {
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    const prepared = jobs[i]?.prepared;
    if (o.ok && prepared) o.article.text = prepared.text;
  }
}

/** Leaves out of the answers the texts the asking side already has (see `restoreTexts`). */
export function dropTexts(jobs: Job[], outcomes: Outcome[]): void {
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    if (o.ok && jobs[i]?.prepared) o.article.text = '';
  }
}

/** Fills in the metric keys of outcomes prepared with `keys: false`: the same keys runJob computes. */
export function addMetricKeys(outcomes: Outcome[]): void {
  for (const o of outcomes) {
    if (!o.ok) continue;
    for (const r of o.article.figureRows) {
      const subject = r[FIGURE_ROW.subject] as string | null;
      r[FIGURE_ROW.metricKey] = metricKey({ kind: r[FIGURE_ROW.kind] as string, unit: r[FIGURE_ROW.unit] as string | null, subject });
    }
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
