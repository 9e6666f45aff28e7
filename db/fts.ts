/**
 * Full-text search over articles.
 *
 * The index `articles_fts` (db/migrations/0004_query.sql) is an external-content FTS5 table over
 * the view `_articles_fts_source`: the articles with đ written d (same length, so positions carry
 * over); the tokenizer folds case and every other mark. A query is folded the same way here
 * (ftsQuery). The Store hook below indexes each NEW article inside its write transaction (an
 * insert trigger measured twice the cost), or, for a batch run (`batchIndex`), all the new
 * articles of a transaction in one statement before it commits; triggers on `articles` handle
 * changed texts and deletes.
 *
 * `figure_extractions.metric_key` comes with the figures (pipeline/analyze.ts computes it on the
 * worker threads); refreshMetricKeys() computes the stored ones again when the key changes.
 */
import type { DB } from './open.js';
import type { ArticleHook, HookOptions } from './hooks.js';
import { metricKey, METRIC_KEY_VERSION } from '../pipeline/link/metric-key.js';

export function makeFtsHook(db: DB, opts: HookOptions = {}): ArticleHook | null {
  const has = (type: string, name: string) => !!db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get(type, name);
  if (!has('table', 'articles_fts')) return null;
  refreshMetricKeys(db);
  // a file made by an early build of migration 0004 indexes new articles by trigger
  if (has('trigger', 'articles_fts_after_insert')) return null;
  if (opts.batchIndex) return batchedFtsHook(db);
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  return {
    afterWrite(articleId, { title, text }, replaced): void {
      // a replaced article was indexed again by the update trigger, if its text changed at all
      if (replaced) return;
      index.run(BigInt(articleId), title === null ? null : foldForIndex(title), foldForIndex(text));
    },
  };
}

/**
 * New articles are indexed together at `flush`: every article with an id from the first one not
 * yet indexed is new in this transaction (a new row's id is above every id already stored), so
 * one INSERT ... SELECT over the source view indexes them all. Before a pending article is
 * replaced (the same key twice in a batch), the pending ones are indexed first: the update
 * trigger takes the old text out of the index, which must then be in it.
 */
function batchedFtsHook(db: DB): ArticleHook {
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM _articles_fts_source WHERE id >= ?');
  let from: number | null = null;
  const flush = () => {
    if (from === null) return;
    index.run(from);
    from = null;
  };
  return {
    afterWrite(articleId, _article, replaced): void {
      if (!replaced && (from === null || articleId < from)) from = articleId;
    },
    beforeReplace(articleId): void {
      if (from !== null && articleId >= from) flush();
    },
    flush,
  };
}

/** Computes every stored key again when the key function changed (or for figures stored before it existed). */
export function refreshMetricKeys(db: DB, force = false): number {
  const stored = db.prepare("SELECT value FROM _meta WHERE key = 'metric_key_version'").pluck().get() as string | undefined;
  if (!force && stored === String(METRIC_KEY_VERSION)) return 0;
  let n = 0;
  db.transaction(() => {
    const update = db.prepare('UPDATE figure_extractions SET metric_key = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, kind, unit, subject, metric_key FROM figure_extractions').raw().all() as [number, string, string | null, string | null, string | null][];
    for (const [id, kind, unit, subject, old] of rows) {
      const key = metricKey({ kind, unit, subject });
      if (key !== old) {
        update.run(key, id);
        n++;
      }
    }
    db.prepare("INSERT INTO _meta (key, value) VALUES ('metric_key_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(METRIC_KEY_VERSION));
  })();
  return n;
}

/** A search the user typed that FTS5 cannot read. */
export class SearchSyntaxError extends Error {}

// FTS5 query syntax in what the user typed: quotes, `*` prefixes, parentheses, `^` (start of a
// column), `AND` / `OR` / `NOT` in capitals, `NEAR(...)`, a column filter (`title: ...`).
const FTS_SYNTAX = /["*()^{}]|(?:^|\s)(?:AND|OR|NOT)(?:\s|$)|\bNEAR\s*\(|(?:^|\s)-?(?:title|text)\s*:/;

export type QueryMode = 'phrase' | 'words';

/**
 * The FTS5 query for what the user typed. Plain words are one phrase by default
 * (`chuyển đổi số` -> `"chuyen doi so"`: Vietnamese words are several syllables, each a token),
 * or all of the words anywhere (`words`). Text with FTS5 syntax is passed on as written.
 * Always NFC, đ/Đ -> d/D, like the index.
 */
export function ftsQuery(input: string, mode: QueryMode = 'phrase'): string {
  const q = foldForIndex(input.normalize('NFC')).replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(q)) throw new SearchSyntaxError(`nothing to search for in ${JSON.stringify(input)}: give a word`);
  if (FTS_SYNTAX.test(q)) return q;
  if (mode === 'words') return q.split(' ').map(phrase).join(' ');
  return phrase(q);
}

function phrase(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

/** The index's copy of a text: đ/Đ written d/D (same length). */
export function foldForIndex(text: string): string {
  return text.replaceAll('đ', 'd').replaceAll('Đ', 'D');
}

/** Turns an SQLite error from MATCH into a message for the user, or returns null if it is not one. */
export function explainMatchError(e: unknown, input: string): SearchSyntaxError | null {
  const msg = e instanceof Error ? e.message : String(e);
  if (!/fts5|syntax error|no such column|unknown special query|unterminated string|malformed MATCH/i.test(msg)) return null;
  return new SearchSyntaxError(
    `cannot read the search ${JSON.stringify(input)} (${msg}). Type words as they are (chuyển đổi số), ` +
      'a phrase in double quotes, AND / OR / NOT in capitals, a prefix with * (chuyen*); a word before `:` names a column (title, text).',
  );
}

// Marks put around hits by highlight(): control characters that prepared text never holds.
const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Article ids matching an FTS5 query, best first (bm25); `within` restricts them (SQL giving article ids). */
export function* matchArticles(db: DB, query: string, within?: { sql: string; params: unknown[] }): Generator<number> {
  const sql = `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?${within ? ` AND rowid IN (${within.sql})` : ''} ORDER BY rank`;
  const stmt = db.prepare(sql).pluck();
  for (const id of stmt.iterate(query, ...(within?.params ?? []))) yield id as number;
}

/** Where the query matches the text of one article: UTF-16 spans into `articles.text`. */
export function hitSpans(db: DB, query: string, articleId: number): { start: number; end: number }[] {
  const marked = db
    .prepare(`SELECT highlight(articles_fts, 1, '${OPEN}', '${CLOSE}') FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`)
    .pluck()
    .get(query, BigInt(articleId)) as string | null | undefined; // a JS number binds as REAL, and FTS5 ignores `rowid = 3.0`
  return marked ? spansOfMarks(marked) : [];
}

/** Spans between OPEN and CLOSE marks, as indices into the text without the marks. */
export function spansOfMarks(marked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let removed = 0;
  let start = -1;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === OPEN) {
      start = i - removed;
      removed++;
    } else if (ch === CLOSE) {
      if (start >= 0) spans.push({ start, end: i - removed });
      removed++;
      start = -1;
    }
  }
  return spans;
}
