/**
 * What reviewers read: the queue of figures under filters, one figure with its article and
 * history, and the re-attachment report. Shared by `solieu review` and the review page.
 */
import type { DB } from './open.js';
import { asciiKey } from '../extractors/lib/fold.js';
import { STATUSES, type ReviewStatus } from '../review/fields.js';

export type QueueFilter = {
  status?: string | null; kind?: string | null; place?: string | null; article?: string | null;
  /** Keyset paging: only figures after this one in queue order (article, start, id). */
  after?: { article_id: number; char_start: number; id: number } | null;
};

export type QueueRow = {
  id: number; article_id: number; review_status: ReviewStatus; kind: string; value: number; total: number | null; value_max: number | null;
  unit: string | null; qualifier: string; modality: string; change: string | null; subject: string | null; place_name: string | null;
  place_code: string | null; province: string | null; year: number | null; period: string | null; quote: string; sentence: string;
  char_start: number; char_end: number; sentence_start: number; sentence_end: number; reviewer: string | null; reviewed_at: string | null;
  review_note: string | null; extractor: string;
};

function where(db: DB, f: QueueFilter, withStatus = true): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (withStatus && f.status) {
    if (!(STATUSES as readonly string[]).includes(f.status)) throw new Error(`status "${f.status}" is not one of ${STATUSES.join(', ')}`);
    parts.push('review_status = ?');
    params.push(f.status);
  }
  if (f.kind) {
    parts.push('kind = ?');
    params.push(f.kind);
  }
  if (f.place?.trim()) {
    // Typed without marks or with: `tam duong` finds `huyện Tam Dương`; a code matches exactly.
    db.function('solieu_ascii_key', { deterministic: true }, (s: unknown) => (s == null ? null : asciiKey(String(s))));
    const key = asciiKey(f.place);
    parts.push("(place_code = ? OR solieu_ascii_key(place_name) LIKE ? OR solieu_ascii_key(province) LIKE ?)");
    params.push(f.place.trim(), `%${key}%`, `%${key}%`);
  }
  if (f.article?.trim()) {
    const a = f.article.trim();
    if (/^\d+$/.test(a)) {
      parts.push('article_id = ?');
      params.push(Number(a));
    } else {
      parts.push('article_id IN (SELECT id FROM articles WHERE key = ? OR external_id = ? OR url = ?)');
      params.push(a, a, a);
    }
  }
  if (f.after) {
    parts.push('(article_id, char_start, id) > (?, ?, ?)');
    params.push(f.after.article_id, f.after.char_start, f.after.id);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function listFigures(db: DB, f: QueueFilter, limit = 1000, offset = 0): QueueRow[] {
  return [...iterateFigures(db, f, limit, offset)];
}

export type ExportRow = QueueRow & {
  key: string; external_id: string | null; title: string | null; published: string | null;
  x_kind: string; x_value: number; x_start: number; x_end: number;
};

/**
 * The rows one at a time, with their article and the figure as extracted (`x_*`): an export of
 * every figure need not hold them all. Nothing else may run on the connection meanwhile.
 */
export function iterateFigures(db: DB, f: QueueFilter, limit = -1, offset = 0): IterableIterator<ExportRow> {
  const w = where(db, f);
  return db.prepare(`SELECT r.*, a.key, a.external_id, a.title, a.published, e.kind AS x_kind, e.value AS x_value, e.char_start AS x_start, e.char_end AS x_end
    FROM (SELECT id, article_id, review_status, kind, value, total, value_max, unit, qualifier, modality, change, subject,
        place_name, place_code, province, year, period, quote, sentence, char_start, char_end, sentence_start, sentence_end,
        reviewer, reviewed_at, review_note, extractor
      FROM figures_reviewed ${w.sql} ORDER BY article_id, char_start, id LIMIT ? OFFSET ?) r
    JOIN articles a ON a.id = r.article_id JOIN figure_extractions e ON e.id = r.id
    ORDER BY r.article_id, r.char_start, r.id`).iterate(...w.params, limit, offset) as IterableIterator<ExportRow>;
}

/** Figures under the filters by status (ignoring the status filter): what is left is `pending`. */
export function countFigures(db: DB, f: QueueFilter): Record<ReviewStatus | 'total', number> {
  const w = where(db, f, false);
  const out = Object.fromEntries([...STATUSES, 'total'].map((s) => [s, 0])) as Record<ReviewStatus | 'total', number>;
  for (const r of db.prepare(`SELECT review_status AS s, count(*) AS n FROM figures_reviewed ${w.sql} GROUP BY 1`).all(...w.params) as { s: ReviewStatus; n: number }[]) {
    out[r.s] = r.n;
    out.total += r.n;
  }
  return out;
}

export type HistoryRow = {
  id: number; action_id: number; decision: string; field: string | null; old_value: string | null; new_value: string | null;
  undoes: number | null; reviewer: string; at: string; via: string; note: string | null; link_status: string; undone: number;
};

/** Every review of a figure, oldest first, with whether it was undone. */
export function figureHistory(db: DB, figureId: number): HistoryRow[] {
  return db.prepare(`SELECT r.id, r.action_id, r.decision, r.field, r.old_value, r.new_value, r.undoes, r.reviewer, r.at, r.via, r.note,
      l.status AS link_status, EXISTS (SELECT 1 FROM reviews u WHERE u.decision = 'undo' AND u.undoes = r.action_id) AS undone
    FROM review_links l JOIN reviews r ON r.id = l.review_id WHERE l.figure_id = ? ORDER BY r.id`).all(figureId) as HistoryRow[];
}

export type ArticleRow = { id: number; key: string; external_id: string | null; title: string | null; url: string | null; published: string | null; text: string };

export function figureDetail(db: DB, id: number): { figure: QueueRow; extracted: Record<string, unknown> | null; article: ArticleRow; history: HistoryRow[] } | null {
  const figure = db.prepare('SELECT * FROM figures_reviewed WHERE id = ?').get(id) as QueueRow | undefined;
  if (!figure) return null;
  const extracted = (db.prepare('SELECT kind, value, total, value_max, unit, qualifier, modality, change, subject, place_name, place_code, province, year, char_start, char_end, extractor_version FROM figure_extractions WHERE id = ?').get(id) as Record<string, unknown> | undefined) ?? null;
  const article = db.prepare('SELECT id, key, external_id, title, url, published, text FROM articles WHERE id = ?').get(figure.article_id) as ArticleRow;
  return { figure, extracted, article, history: figureHistory(db, id) };
}

export type LinkRow = {
  review_id: number; action_id: number; article_id: number; figure_id: number | null; status: string; decision: string; field: string | null;
  new_value: string | null; seen_quote: string; seen_start: number; seen_end: number; detail: string | null; run_id: number | null; reviewer: string;
};

/** The re-attachment report: counts by link status, and the links that moved or are orphaned. */
export function linkReport(db: DB, opts: { run?: number | null; all?: boolean } = {}): { counts: Record<string, number>; rows: LinkRow[] } {
  const counts: Record<string, number> = { attached: 0, moved: 0, orphaned: 0, undone: 0 };
  for (const r of db.prepare('SELECT status, count(*) AS n FROM review_links GROUP BY 1').all() as { status: string; n: number }[]) counts[r.status] = r.n;
  const rows = db.prepare(`SELECT l.review_id, r.action_id, l.article_id, l.figure_id, l.status, r.decision, r.field, r.new_value, l.seen_quote,
      l.seen_start, l.seen_end, l.detail, l.run_id, r.reviewer
    FROM review_links l JOIN reviews r ON r.id = l.review_id
    WHERE (? = 1 OR l.status IN ('moved', 'orphaned') OR l.detail IS NOT NULL) AND (? IS NULL OR l.run_id = ?)
    ORDER BY l.status DESC, l.article_id, l.seen_start, l.review_id`).all(opts.all ? 1 : 0, opts.run ?? null, opts.run ?? null) as LinkRow[];
  return { counts, rows };
}
