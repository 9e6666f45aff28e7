/**
 * `solieu search`: full-text hits with their sentence, code-point offsets into `articles.text`,
 * and the figures that sentence holds. The index finds the articles (db/fts.ts); highlight()
 * gives the positions of the hits in the folded copy, which are positions in the text itself.
 */
import type { DB } from '../db/open.js';
import { explainMatchError, ftsQuery, hitSpans, matchArticles, type QueryMode } from '../db/fts.js';
import { codePointMapper } from '../db/store.js';
import { asciiKey } from '../extractors/lib/fold.js';
import { segment, spanIndexAt } from './segment.js';

export type SearchOptions = {
  /** Only hits whose sentence holds a figure of this kind. */
  kind?: string;
  /** Only articles about this province (a place mention or a figure there): `Thanh Hóa`, `thanh hoa`. */
  province?: string;
  /** Hits to return at most. */
  limit?: number;
  /** Hits per article at most. */
  perArticle?: number;
  mode?: QueryMode;
};

export type HitFigure = { id: number; kind: string; value: number; unit: string | null; modality: string; quote: string; char_start: number; char_end: number };

export type Hit = {
  article_id: number;
  external_id: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string;
  /** The hit in `articles.text`, code points: `substr(text, char_start + 1, char_end - char_start) = quote`. */
  char_start: number;
  char_end: number;
  quote: string;
  sentence: string;
  sentence_start: number;
  sentence_end: number;
  /** The figures of the hit's sentence (of `kind` only, when given). */
  figures: HitFigure[];
  /** Hits of this article left out by `perArticle`, on its last hit. */
  more_in_article?: number;
};

export type SearchResult = { query: string; hits: Hit[]; articles: number; truncated: boolean; note?: string };

type ArticleRow = { id: number; external_id: string | null; title: string | null; published: string | null; url: string | null; source: string; text: string };

export function search(db: DB, input: string, opts: SearchOptions = {}): SearchResult {
  const query = ftsQuery(input, opts.mode);
  const limit = opts.limit ?? 20;
  const perArticle = opts.perArticle ?? 5;
  const filters: string[] = [];
  const params: unknown[] = [];
  if (opts.province) {
    const names = provinceNames(db, opts.province);
    if (!names.length) return { query, hits: [], articles: 0, truncated: false, note: `no article in this file is about a province named ${JSON.stringify(opts.province)}` };
    const marks = names.map(() => '?').join(', ');
    filters.push(`SELECT article_id FROM place_mentions WHERE province IN (${marks}) UNION SELECT article_id FROM figures WHERE province IN (${marks})`);
    params.push(...names, ...names);
  }
  if (opts.kind) {
    filters.push('SELECT article_id FROM figures WHERE kind = ?');
    params.push(opts.kind);
  }
  const within = filters.length ? { sql: filters.join(' INTERSECT '), params } : undefined;
  const article = db.prepare('SELECT id, external_id, title, published, url, source, text FROM articles WHERE id = ?');
  const figuresOf = db.prepare(
    'SELECT id, kind, value, unit, modality, quote, char_start, char_end FROM figures WHERE article_id = ? ORDER BY char_start',
  );
  const hits: Hit[] = [];
  let articles = 0;
  let truncated = false;
  try {
    for (const id of matchArticles(db, query, within)) {
      if (hits.length >= limit) {
        truncated = true;
        break;
      }
      const a = article.get(id) as ArticleRow | undefined;
      if (!a) continue;
      articles++;
      const own = articleHits(a, hitSpans(db, query, id), figuresOf.all(id) as HitFigure[], opts.kind);
      const kept = own.slice(0, Math.min(perArticle, limit - hits.length));
      if (own.length > kept.length && kept.length) kept[kept.length - 1]!.more_in_article = own.length - kept.length;
      hits.push(...kept);
    }
  } catch (e) {
    throw explainMatchError(e, input) ?? e;
  }
  return { query, hits, articles, truncated, ...missingFromIndex(db) };
}

/** A note when articles were written around solieu and are not in the index. */
function missingFromIndex(db: DB): { note?: string } {
  const n = db.prepare('SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM articles_fts_docsize)').pluck().get() as number;
  if (n <= 0) return {};
  return { note: `${n} article(s) are not in the search index (written by another program?): INSERT INTO articles_fts(articles_fts) VALUES ('rebuild') indexes them` };
}

/** The hits of one article as code-point spans, each with its sentence and that sentence's figures. */
function articleHits(a: ArticleRow, spans: { start: number; end: number }[], figures: HitFigure[], kind?: string): Hit[] {
  if (!spans.length) return [];
  const cp = codePointMapper(a.text);
  const sentences = segment(a.text).sentences;
  const out: Hit[] = [];
  for (const s of spans) {
    const si = spanIndexAt(sentences, s.start);
    const sent = si >= 0 ? sentences[si]! : { start: s.start, end: s.end };
    const sentStart = cp(sent.start);
    const sentEnd = cp(sent.end);
    let figs = figures.filter((f) => f.char_start >= sentStart && f.char_end <= sentEnd);
    if (kind) {
      figs = figs.filter((f) => f.kind === kind);
      if (!figs.length) continue;
    }
    out.push({
      article_id: a.id,
      external_id: a.external_id,
      title: a.title,
      published: a.published,
      url: a.url,
      source: a.source,
      char_start: cp(s.start),
      char_end: cp(s.end),
      quote: a.text.slice(s.start, s.end),
      sentence: a.text.slice(sent.start, sent.end),
      sentence_start: sentStart,
      sentence_end: sentEnd,
      figures: figs,
    });
  }
  return out;
}

/** Province names stored in this file that match what the user typed (`thanh hoa` -> `Thanh Hóa`). */
export function provinceNames(db: DB, wanted: string): string[] {
  const names = db
    .prepare('SELECT province FROM place_mentions WHERE province IS NOT NULL UNION SELECT province FROM figures WHERE province IS NOT NULL')
    .pluck()
    .all() as string[];
  const key = provinceKey(wanted);
  return names.filter((n) => provinceKey(n) === key);
}

function provinceKey(s: string): string {
  return asciiKey(s).replace(/^(tinh|thanh pho|tp)\s+/, '');
}
