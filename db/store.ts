/**
 * Writing articles and their figures. Every article's rows are written together inside the
 * caller's transaction; a batch of articles shares one transaction (see pipeline/run.ts).
 * JavaScript string indices become code points here, and only here.
 */
import type { DB } from './open.js';
import type { LinkedFigure, PlaceMention, Span } from '../extractors/types.js';
import { makeHooks, type ArticleHook, type HookOptions } from './hooks.js';
import { utf8Param } from '../corpus/utf8.js';

export type StoredArticle = {
  key: string;
  externalId: string | null;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  publishedFrom: string | null;
  text: string;
  contentHash: string;
  extra: string | null;
  extractorVersion: string;
  figures: LinkedFigure[];
  mentions: PlaceMention[];
};

/** Maps UTF-16 indices of `text` to code point indices (identity when no astral characters). */
export function codePointMapper(text: string): (i: number) => number {
  if (!/[\ud800-\udfff]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp; // the low half of a pair belongs to the same code point
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i] ?? cp;
}

/**
 * An article ready to store: its own columns, and its figures and mentions as the values of
 * their rows (offsets already in code points, columns in the order of the INSERTs below). The
 * worker threads send this: arrays of values cross between threads at about half the cost of
 * objects, whose property names are copied with every one of them.
 */
export type ArticleRows = Omit<StoredArticle, 'figures' | 'mentions'> & { figureRows: FigureRow[]; mentionRows: MentionRow[] };
/** kind, value, total, value_max, unit, qualifier, modality, change, subject, place_name, place_code, province, year, period, char_start, char_end, sentence_start, sentence_end, is_repeat, extractor, metric_key */
export type FigureRow = (string | number | null)[];
/** Where some columns are in a FigureRow. */
export const FIGURE_ROW = { kind: 0, unit: 4, subject: 8, metricKey: 20 } as const;
/** char_start, char_end, quote, level, name, code, province, candidates, via */
export type MentionRow = (string | number | null)[];

/** The rows of an article (pure: runs on the worker threads). */
export function toRows(a: StoredArticle): ArticleRows {
  const { figures, mentions } = a;
  const cp = codePointMapper(a.text);
  const figureRows = figures.map((f): FigureRow => [
    f.kind, f.value, f.total ?? null, f.valueMax ?? null, f.unit ?? null, f.qualifier, f.modality, f.change,
    f.subject, f.placeName, f.placeCode, f.province, f.year, f.period,
    cp(f.span.start), cp(f.span.end), cp(f.sentence.start), cp(f.sentence.end), f.isRepeat ? 1 : 0, f.extractor, f.metricKey ?? null,
  ]);
  const mentionRows = mentions.map((m): MentionRow => [
    cp(m.span.start), cp(m.span.end), slice(a.text, m.span), m.level, m.name, m.code, m.province,
    m.candidates.length > 1 ? JSON.stringify(m.candidates) : null, m.via,
  ]);
  // (the columns one by one: an object spread of the rest costs more than the rows above)
  return {
    key: a.key, externalId: a.externalId, source: a.source, url: a.url, title: a.title, published: a.published,
    publishedFrom: a.publishedFrom, text: a.text, contentHash: a.contentHash, extra: a.extra, extractorVersion: a.extractorVersion,
    figureRows, mentionRows,
  };
}

export type ExistingArticle = { id: number; contentHash: string; extractorVersion: string };

export class Store {
  private readonly byKey;
  private readonly byHash;
  private readonly insertArticle;
  private readonly updateArticle;
  private readonly deleteFigures;
  private readonly deleteMentions;
  private readonly insertFigure;
  private readonly insertMention;
  private readonly insertError;
  private readonly hooks: ArticleHook[];

  /** `batchIndex`: see HookOptions; then `flush()` before every COMMIT. */
  constructor(readonly db: DB, opts: HookOptions = {}) {
    this.byKey = db.prepare('SELECT id, content_hash AS contentHash, extractor_version AS extractorVersion FROM articles WHERE key = ?');
    this.byHash = db.prepare('SELECT id, key FROM articles WHERE content_hash = ? AND key <> ? LIMIT 1');
    this.insertArticle = db.prepare(`INSERT INTO articles
      (key, external_id, source, url, title, published, published_from, text, content_hash, extra, extractor_version, run_id, ingested_at)
      VALUES (@key, @externalId, @source, @url, @title, @published, @publishedFrom, CAST(@text AS TEXT), @contentHash, @extra, @extractorVersion, @runId, @at)`);
    this.updateArticle = db.prepare(`UPDATE articles SET external_id = @externalId, source = @source, url = @url, title = @title,
      published = @published, published_from = @publishedFrom, text = CAST(@text AS TEXT), content_hash = @contentHash, extra = @extra,
      extractor_version = @extractorVersion, run_id = @runId, ingested_at = @at WHERE id = @id`);
    this.deleteFigures = db.prepare("DELETE FROM figure_extractions WHERE article_id = ? AND extractor <> 'review'");
    this.deleteMentions = db.prepare('DELETE FROM place_mentions WHERE article_id = ?');
    this.insertFigure = db.prepare(`INSERT INTO figure_extractions
      (article_id, seq, extractor_version, kind, value, total, value_max, unit, qualifier, modality, change, subject, place_name, place_code,
       province, year, period, char_start, char_end, sentence_start, sentence_end, is_repeat, extractor, metric_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertMention = db.prepare(`INSERT INTO place_mentions
      (article_id, char_start, char_end, quote, level, name, code, province, candidates, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertError = db.prepare(`INSERT INTO ingest_errors (run_id, source, line, external_id, reason, detail, at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.hooks = makeHooks(db, opts);
  }

  find(key: string): ExistingArticle | undefined {
    return this.byKey.get(key) as ExistingArticle | undefined;
  }

  /** Another article stored with the same text under another key, if any. */
  duplicateOf(contentHash: string, key: string): { id: number; key: string } | undefined {
    return this.byHash.get(contentHash, key) as { id: number; key: string } | undefined;
  }

  /** Inserts or replaces an article and all its rows. Returns the article id. */
  write(article: StoredArticle | ArticleRows, runId: number | null, existingId?: number): number {
    const a = 'figureRows' in article ? article : toRows(article);
    const at = new Date().toISOString();
    const { figureRows, mentionRows, ...columns } = a;
    // the text as UTF-8 bytes (utf8Param: cheaper than the driver's conversion), cast back to TEXT
    const row = { ...columns, text: utf8Param(columns.text), runId, at };
    let id: number;
    if (existingId !== undefined) {
      for (const h of this.hooks) h.beforeReplace?.(existingId);
      this.updateArticle.run({ ...row, id: existingId });
      this.deleteFigures.run(existingId);
      this.deleteMentions.run(existingId);
      id = existingId;
    } else {
      id = Number(this.insertArticle.run(row).lastInsertRowid);
    }
    for (let seq = 0; seq < figureRows.length; seq++) this.insertFigure.run(id, seq, a.extractorVersion, figureRows[seq]);
    for (const m of mentionRows) this.insertMention.run(id, m);
    for (const h of this.hooks) h.afterWrite(id, a, existingId !== undefined);
    return id;
  }

  /** Does what the hooks held back for this transaction (with `batchIndex`): call before COMMIT. */
  flush(): void {
    for (const h of this.hooks) h.flush?.();
  }

  error(runId: number | null, e: { source: string; line?: number | null; externalId?: string | null; reason: string; detail: string }): void {
    this.insertError.run(runId, e.source, e.line ?? null, e.externalId ?? null, e.reason, e.detail, new Date().toISOString());
  }
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
