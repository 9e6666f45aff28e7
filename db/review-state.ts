/**
 * The derived review tables (see db/migrations/0003_reviews.sql). `relinkArticle` matches each
 * review's figure to the article's current figures after a re-extraction; `rebuildFigureState`
 * applies a figure's decisions, oldest first, into `review_state`, which the `figures` view reads.
 * Both can run any number of times: they read `reviews` and never write it.
 */
import type { DB } from './open.js';
import type { FigureKind } from '../extractors/types.js';
import { FIELDS, parseFieldText, type Field, type Place, type SpanFix } from '../review/fields.js';
import { cpSlice, relocate, sentenceAround, type CpSpan } from '../review/text.js';

export type FigureRow = {
  id: number; article_id: number; kind: FigureKind; value: number; total: number | null; value_max: number | null;
  unit: string | null; qualifier: string; modality: string; change: string | null; subject: string | null;
  place_name: string | null; place_code: string | null; province: string | null; year: number | null; period: string | null;
  char_start: number; char_end: number; sentence_start: number; sentence_end: number; extractor: string; extractor_version: string;
};
type ReviewRow = { id: number; action_id: number; decision: string; field: Field | null; new_value: string | null; reviewer: string; at: string; note: string | null; anchor_start: number };
type State = Omit<FigureRow, 'id' | 'article_id' | 'extractor' | 'extractor_version'>;

const VALUE_FIELDS = ['kind', 'value', 'total', 'value_max', 'unit', 'qualifier', 'modality', 'change', 'subject', 'place_name', 'place_code', 'province', 'year', 'char_start', 'char_end'] as const;

export function undoneActions(db: DB, articleId: number): Set<number> {
  return new Set(db.prepare("SELECT undoes FROM reviews WHERE article_id = ? AND decision = 'undo'").pluck().all(articleId) as number[]);
}

function articleText(db: DB, articleId: number): string {
  return db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string;
}

/**
 * Applies one field of a correction (or of an added figure) to the state being built. `shift`:
 * how far the figure moved since the review (a changed article), so a span fix moves with it.
 */
function applyField(s: State, field: Field, v: unknown, text: () => string, shift = 0): string | null {
  if (field === 'place') Object.assign(s, v as Place);
  else if (field === 'span') {
    const fix = v as SpanFix;
    const span = relocate(text(), { start: fix.char_start + shift, end: fix.char_end + shift }, fix.quote);
    if (!span) return `span fix not applied: "${fix.quote}" is no longer in the article`;
    const sentence = sentenceAround(text(), span);
    Object.assign(s, { char_start: span.start, char_end: span.end, sentence_start: sentence.start, sentence_end: sentence.end });
  } else if (field === 'year') {
    s.year = v as number | null;
    // `2023-05` says 2023: a corrected year that disagrees makes the period wrong, so drop it.
    if (s.period && (s.year === null || !s.period.startsWith(String(s.year)))) s.period = null;
  } else (s as Record<string, unknown>)[field] = v;
  return null;
}

/** Recomputes `review_state` for one current figure from the reviews linked to it. */
export function rebuildFigureState(db: DB, figureId: number, undone?: Set<number>): void {
  const fig = db.prepare('SELECT * FROM figure_extractions WHERE id = ?').get(figureId) as FigureRow | undefined;
  db.prepare('DELETE FROM review_state WHERE figure_id = ?').run(figureId);
  if (!fig) return;
  const rows = db.prepare(`SELECT r.id, r.action_id, r.decision, r.field, r.new_value, r.reviewer, r.at, r.note, r.anchor_start
    FROM review_links l JOIN reviews r ON r.id = l.review_id WHERE l.figure_id = ? ORDER BY r.id`).all(figureId) as ReviewRow[];
  const skip = undone ?? undoneActions(db, fig.article_id);
  const { id: _i, article_id: _a, extractor: _e, extractor_version: _v, ...base } = fig;
  const s: State = { ...base };
  let text: string | undefined;
  const getText = () => (text ??= articleText(db, fig.article_id));
  let rejected = false;
  let added = false;
  let last: ReviewRow | null = null;
  let note: string | null = null;
  const problems = new Map<number, string>();
  for (const r of rows) {
    if (r.decision === 'undo' || skip.has(r.action_id)) continue;
    last = r;
    if (r.note !== null) note = r.note;
    if (r.decision === 'reject') rejected = true;
    else rejected = false;
    if (r.decision === 'add' && r.new_value) {
      added = true;
      const f = JSON.parse(r.new_value) as Record<string, unknown>;
      for (const field of FIELDS) {
        const v = field === 'place' ? { place_name: f.place_name ?? null, place_code: f.place_code ?? null, province: f.province ?? null } : field === 'span' ? f.span : f[field];
        if (v !== undefined) applyField(s, field, v ?? null, getText, base.char_start - r.anchor_start);
      }
    } else if (r.decision === 'correct' && r.field) {
      const problem = applyField(s, r.field, parseFieldText(r.field, r.new_value), getText, base.char_start - r.anchor_start);
      if (problem) problems.set(r.id, problem);
    }
  }
  const setDetail = db.prepare('UPDATE review_links SET detail = ? WHERE review_id = ?');
  for (const [id, p] of problems) setDetail.run(p, id);
  if (!last) return;
  const differs = VALUE_FIELDS.some((k) => s[k] !== base[k]);
  const status = rejected ? 'rejected' : added && fig.extractor === 'review' ? 'added' : differs ? 'corrected' : 'accepted';
  db.prepare(`INSERT INTO review_state (figure_id, article_id, status, kind, value, total, value_max, unit, qualifier, modality, change,
      subject, place_name, place_code, province, year, period, char_start, char_end, sentence_start, sentence_end, reviewer, reviewed_at, note)
    VALUES (@figure_id, @article_id, @status, @kind, @value, @total, @value_max, @unit, @qualifier, @modality, @change,
      @subject, @place_name, @place_code, @province, @year, @period, @char_start, @char_end, @sentence_start, @sentence_end, @reviewer, @reviewed_at, @note)`)
    .run({ ...s, figure_id: fig.id, article_id: fig.article_id, status, reviewer: last.reviewer, reviewed_at: last.at, note });
}

type LinkRow = {
  review_id: number; figure_id: number | null; status: string; seen_start: number; seen_end: number; seen_quote: string;
  seen_kind: string; seen_value: number; decision: string; action_id: number; new_value: string | null;
};
type Group = { links: LinkRow[]; seen: LinkRow; add: LinkRow | null; figure: FigureRow | null };
export type RelinkReport = { articleId: number; attached: number; moved: number; orphaned: number; undone: number };

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Re-attaches every review of an article to its current figures. A figure matches a review when
 * it overlaps the span the review last saw (followed through the text if the article changed)
 * and has the value as then extracted; an exact span and the same kind score higher. Reviews
 * whose figure is gone are marked orphaned and tried again next time; nothing is deleted.
 */
export function relinkArticle(db: DB, articleId: number, text: string, runId: number | null = null): RelinkReport {
  const report: RelinkReport = { articleId, attached: 0, moved: 0, orphaned: 0, undone: 0 };
  const links = db.prepare(`SELECT l.review_id, l.figure_id, l.status, l.seen_start, l.seen_end, l.seen_quote, l.seen_kind, l.seen_value,
      r.decision, r.action_id, r.new_value FROM review_links l JOIN reviews r ON r.id = l.review_id WHERE l.article_id = ? ORDER BY l.review_id`)
    .all(articleId) as LinkRow[];
  if (!links.length) return report;
  const undone = undoneActions(db, articleId);
  const figures = db.prepare('SELECT * FROM figure_extractions WHERE article_id = ?').all(articleId) as FigureRow[];
  const byId = new Map(figures.map((f) => [f.id, f]));
  const groups = new Map<string, Group>();
  for (const l of links) {
    const fig = l.figure_id !== null ? (byId.get(l.figure_id) ?? null) : null;
    const key = fig ? `f${fig.id}` : `s${l.seen_start}:${l.seen_end}:${l.seen_kind}:${l.seen_value}`;
    const g = groups.get(key) ?? { links: [], seen: l, add: null, figure: fig };
    g.links.push(l);
    if (l.decision === 'add') g.add = l;
    groups.set(key, g);
  }
  const now = new Date().toISOString();
  const setLink = db.prepare(`UPDATE review_links SET figure_id = ?, status = ?, seen_start = ?, seen_end = ?, seen_quote = ?, seen_kind = ?,
    seen_value = ?, linked_version = ?, run_id = ?, linked_at = ?, detail = ? WHERE review_id = ?`);
  const orphan = db.prepare("UPDATE review_links SET figure_id = NULL, status = ?, run_id = ?, linked_at = ?, detail = ? WHERE review_id = ?");
  const attach = (g: Group, f: FigureRow, moved: string | null) => {
    const quote = cpSlice(text, f.char_start, f.char_end);
    for (const l of g.links) setLink.run(f.id, moved ? 'moved' : 'attached', f.char_start, f.char_end, quote, f.kind, f.value, f.extractor_version, runId, now, moved, l.review_id);
    report[moved ? 'moved' : 'attached'] += g.links.length;
  };
  const taken = new Set<number>();
  const pending: Group[] = [];
  for (const g of groups.values()) {
    if (g.add && undone.has(g.add.action_id)) {
      for (const l of g.links) orphan.run('undone', runId, now, `added figure withdrawn (undo of action ${g.add.action_id})`, l.review_id);
      report.undone += g.links.length;
    } else if (g.figure && g.figure.extractor !== 'review') {
      taken.add(g.figure.id); // still there (a relink without re-extraction): nothing to do
      report.attached += g.links.length;
    } else pending.push(g);
  }
  const extracted = figures.filter((f) => f.extractor !== 'review' && !taken.has(f.id));
  // Best pairs first, each figure and each group used once.
  const pairs: { g: Group; f: FigureRow; score: number; span: CpSpan }[] = [];
  for (const g of pending) {
    const s = g.seen;
    const span = relocate(text, { start: s.seen_start, end: s.seen_end }, s.seen_quote) ?? { start: s.seen_start, end: s.seen_end };
    for (const f of extracted) {
      if (!sameNumber(f.value, s.seen_value) || f.char_start >= span.end || f.char_end <= span.start) continue;
      // An added figure merges only with the same kind: `13/13 xã` added beside a count `13` stays apart.
      if (g.add && f.kind !== s.seen_kind) continue;
      const overlap = Math.min(f.char_end, span.end) - Math.max(f.char_start, span.start);
      const exact = f.char_start === span.start && f.char_end === span.end;
      pairs.push({ g, f, span, score: (exact ? 4 : 0) + (f.kind === s.seen_kind ? 2 : 0) + overlap / Math.max(f.char_end - f.char_start, span.end - span.start) });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const done = new Set<Group>();
  for (const p of pairs) {
    if (done.has(p.g) || taken.has(p.f.id)) continue;
    done.add(p.g);
    taken.add(p.f.id);
    // The extractors now find a figure a reviewer had added: keep theirs, with the reviewer's fields on top.
    if (p.g.figure) db.prepare("DELETE FROM figure_extractions WHERE id = ? AND extractor = 'review'").run(p.g.figure.id);
    attach(p.g, p.f, movedDetail(p.g.seen, p.span, p.f, !!p.g.figure));
  }
  for (const g of pending) {
    if (done.has(g)) continue;
    const kept = g.add ? keepAdded(db, g, text, articleId) : null;
    if (kept) attach(g, kept.figure, kept.moved);
    else {
      if (g.figure) db.prepare("DELETE FROM figure_extractions WHERE id = ? AND extractor = 'review'").run(g.figure.id);
      const s = g.seen;
      const why = `no figure with value ${s.seen_value} overlaps "${s.seen_quote}" (${s.seen_start}-${s.seen_end}) any more`;
      for (const l of g.links) orphan.run('orphaned', runId, now, why, l.review_id);
      report.orphaned += g.links.length;
    }
  }
  db.prepare('DELETE FROM review_state WHERE article_id = ?').run(articleId);
  const linked = db.prepare('SELECT DISTINCT figure_id FROM review_links WHERE article_id = ? AND figure_id IS NOT NULL').pluck().all(articleId) as number[];
  for (const id of linked) rebuildFigureState(db, id, undone);
  return report;
}

function movedDetail(seen: LinkRow, span: CpSpan, f: FigureRow, wasAdded: boolean): string | null {
  const parts: string[] = [];
  if (wasAdded) parts.push('added figure now found by the extractors');
  if (span.start !== seen.seen_start) parts.push(`text moved ${seen.seen_start} -> ${span.start}`);
  if (f.char_start !== span.start || f.char_end !== span.end) parts.push(`span ${span.start}-${span.end} -> ${f.char_start}-${f.char_end}`);
  if (f.kind !== seen.seen_kind) parts.push(`kind ${seen.seen_kind} -> ${f.kind}`);
  return parts.length ? parts.join('; ') : null;
}

/** A reviewer's added figure stays where its quote is; re-created if a text change had lost it. */
function keepAdded(db: DB, g: Group, text: string, articleId: number): { figure: FigureRow; moved: string | null } | null {
  const s = g.seen;
  const span = relocate(text, { start: s.seen_start, end: s.seen_end }, s.seen_quote);
  if (!span) return null;
  const sentence = sentenceAround(text, span);
  const moved = span.start !== s.seen_start ? `text moved ${s.seen_start} -> ${span.start}` : null;
  if (g.figure) {
    db.prepare('UPDATE figure_extractions SET char_start = ?, char_end = ?, sentence_start = ?, sentence_end = ? WHERE id = ?')
      .run(span.start, span.end, sentence.start, sentence.end, g.figure.id);
    return { figure: { ...g.figure, char_start: span.start, char_end: span.end }, moved };
  }
  const f = JSON.parse(g.add!.new_value ?? '{}') as Record<string, unknown>;
  const id = insertAddedFigure(db, articleId, f, span, sentence);
  return { figure: db.prepare('SELECT * FROM figure_extractions WHERE id = ?').get(id) as FigureRow, moved: moved ?? 'added figure restored' };
}

/** Writes a reviewer's added figure into `figure_extractions` (extractor `review`, kept by re-extraction). */
export function insertAddedFigure(db: DB, articleId: number, f: Record<string, unknown>, span: CpSpan, sentence: CpSpan): number {
  const seq = (db.prepare('SELECT COALESCE(MAX(seq), -1) + 1 FROM figure_extractions WHERE article_id = ?').pluck().get(articleId) as number);
  const r = db.prepare(`INSERT INTO figure_extractions (article_id, seq, kind, value, total, value_max, unit, qualifier, modality, change,
      subject, place_name, place_code, province, year, period, char_start, char_end, sentence_start, sentence_end, is_repeat, extractor, extractor_version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 0, 'review', 'review')`).run(
    articleId, seq, f.kind, f.value, f.total ?? null, f.value_max ?? null, f.unit ?? null, f.qualifier ?? 'exact', f.modality ?? 'actual',
    f.change ?? null, f.subject ?? null, f.place_name ?? null, f.place_code ?? null, f.province ?? null, f.year ?? null,
    span.start, span.end, sentence.start, sentence.end,
  );
  return Number(r.lastInsertRowid);
}
