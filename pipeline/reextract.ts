/**
 * Re-extraction from the stored text: after an upgrade, the articles whose figures came from
 * another extractor version (or all, with `all`) are analysed again and their figures replaced.
 * The stored text, its offsets and the article rows stay as they are; reviewers' corrections
 * re-attach through the store's hooks. Batched transactions; safe to interrupt and run again.
 */
import { openDb } from '../db/open.js';
import { Store } from '../db/store.js';
import { analyze } from './analyze.js';
import { EXTRACTOR_VERSION } from './version.js';
import { startRun, finishRun, emptySummary, type RunSummary } from './run.js';

type Row = {
  id: number; key: string; external_id: string | null; source: string; url: string | null; title: string | null;
  published: string | null; published_from: string | null; text: string; content_hash: string; extra: string | null;
};

export function reextract(dbFile: string, opts: { all?: boolean; batchSize?: number; log?: (l: string) => void } = {}): RunSummary {
  const db = openDb(dbFile);
  const store = new Store(db);
  const started = Date.now();
  const runId = startRun(db, 'reextract', [], { all: !!opts.all });
  const s = emptySummary(runId);
  const batch = opts.batchSize ?? 500;
  const ids = (opts.all
    ? db.prepare('SELECT id FROM articles ORDER BY id')
    : db.prepare('SELECT id FROM articles WHERE extractor_version <> ? ORDER BY id').bind(EXTRACTOR_VERSION)
  ).pluck().all() as number[];
  const get = db.prepare('SELECT * FROM articles WHERE id = ?');
  try {
    for (let i = 0; i < ids.length; i += batch) {
      db.transaction(() => {
        for (const id of ids.slice(i, i + batch)) {
          const a = get.get(id) as Row;
          s.seen++;
          try {
            const { figures, mentions } = analyze({ text: a.text, title: a.title, url: a.url, source: a.source, published: a.published });
            store.write({
              key: a.key, externalId: a.external_id, source: a.source, url: a.url, title: a.title, published: a.published,
              publishedFrom: a.published_from, text: a.text, contentHash: a.content_hash, extra: a.extra,
              extractorVersion: EXTRACTOR_VERSION, figures, mentions,
            }, runId, a.id);
            s.reextracted++;
            s.figures += figures.length;
          } catch (e) {
            s.errors++;
            store.error(runId, { source: a.source, externalId: a.external_id, reason: 'processing-failed', detail: `${a.source}: ${(e as Error).message}` });
            opts.log?.(`error: ${a.source}: ${(e as Error).message}`);
          }
        }
      })();
    }
    s.status = 'completed';
  } catch (e) {
    s.status = 'failed';
    throw e;
  } finally {
    s.seconds = (Date.now() - started) / 1000;
    finishRun(db, s);
    db.close();
  }
  return s;
}
