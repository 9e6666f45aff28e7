/**
 * Reviewers' decisions: every accept, reject, correction, added figure and undo is a new row of
 * the append-only `reviews` table, anchored to its figure by article, span, kind and value as
 * extracted. The Store hook re-attaches them after an article is extracted again (see
 * db/review-state.ts), so a correction outlives any number of re-extractions.
 */
import type { DB } from './open.js';
import type { ArticleHook } from './hooks.js';
import { insertAddedFigure, rebuildFigureState, relinkArticle, sameNumber, undoneActions, type FigureRow } from './review-state.js';
import { FIELDS, fieldText, sameField, type Corrections, type Field, type Place } from '../review/fields.js';
import { cpLength, cpSlice, sentenceAround, type CpSpan } from '../review/text.js';

export type Via = 'cli' | 'web' | 'import';
export type Who = { reviewer: string; via: Via; note?: string | null };
export type NewFigure = Omit<Corrections, 'span' | 'place'> & Pick<Required<Corrections>, 'kind' | 'value'> & { place?: Place; span: CpSpan };

export class ReviewError extends Error {}

// Writes run as IMMEDIATE transactions: a second writer (the review page beside an import)
// waits for the lock instead of failing on a stale snapshot. Inside an ingest's transaction
// they are savepoints.

type Anchor = { figure: FigureRow; quote: string };

function anchorOf(db: DB, figureId: number): Anchor {
  const figure = db.prepare('SELECT * FROM figure_extractions WHERE id = ?').get(figureId) as FigureRow | undefined;
  if (!figure) throw new ReviewError(`no figure ${figureId} (figure ids change when articles are extracted again: list them anew)`);
  const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(figure.article_id) as string;
  return { figure, quote: cpSlice(text, figure.char_start, figure.char_end) };
}

type Row = { decision: 'accept' | 'correct' | 'reject' | 'add' | 'undo'; field?: Field | null; old?: string | null; new?: string | null; undoes?: number | null };

/** Appends the rows of one action on one figure and links them to it; returns the action id. */
function append(db: DB, a: Anchor, rows: Row[], who: Who): number {
  const next = (db.prepare('SELECT COALESCE(MAX(id), 0) + 1 FROM reviews').pluck().get() as number);
  const at = new Date().toISOString();
  const f = a.figure;
  const ins = db.prepare(`INSERT INTO reviews (id, action_id, article_id, figure_id, anchor_start, anchor_end, anchor_quote, anchor_kind, anchor_value,
      anchor_version, decision, field, old_value, new_value, undoes, reviewer, at, via, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const link = db.prepare(`INSERT INTO review_links (review_id, article_id, figure_id, status, seen_start, seen_end, seen_quote, seen_kind, seen_value,
      linked_version, run_id, linked_at, detail) VALUES (?, ?, ?, 'attached', ?, ?, ?, ?, ?, ?, NULL, ?, NULL)`);
  rows.forEach((r, i) => {
    const id = next + i;
    ins.run(id, next, f.article_id, f.id, f.char_start, f.char_end, a.quote, f.kind, f.value, f.extractor_version, r.decision, r.field ?? null,
      r.old ?? null, r.new ?? null, r.undoes ?? null, who.reviewer, at, who.via, i === 0 ? (who.note ?? null) : null);
    link.run(id, f.article_id, f.id, f.char_start, f.char_end, a.quote, f.kind, f.value, f.extractor_version, at);
  });
  return next;
}

/** The figure as `figures_reviewed` shows it now, keyed by review field. */
export function currentFields(db: DB, figureId: number): Record<Field, unknown> & { review_status: string; article_id: number } {
  const r = db.prepare('SELECT * FROM figures_reviewed WHERE id = ?').get(figureId) as Record<string, unknown> | undefined;
  if (!r) throw new ReviewError(`no figure ${figureId}`);
  const out: Record<string, unknown> = { review_status: r.review_status, article_id: r.article_id };
  for (const f of FIELDS) out[f] = r[f];
  out.place = { place_name: r.place_name, place_code: r.place_code, province: r.province };
  out.span = { char_start: r.char_start, char_end: r.char_end, quote: r.quote };
  return out as Record<Field, unknown> & { review_status: string; article_id: number };
}

export function decide(db: DB, figureId: number, decision: 'accept' | 'reject', who: Who): number {
  return db.transaction(() => {
    const a = anchorOf(db, figureId);
    const id = append(db, a, [{ decision }], who);
    rebuildFigureState(db, figureId);
    return id;
  }).immediate();
}

/** Records the fields that differ from what `figures` shows; null when nothing changes. */
export function correct(db: DB, figureId: number, changes: Corrections, who: Who): number | null {
  return db.transaction(() => {
    const a = anchorOf(db, figureId);
    const cur = currentFields(db, figureId);
    const rows: Row[] = [];
    for (const field of FIELDS) {
      if (!(field in changes)) continue;
      let v = (changes as Record<string, unknown>)[field];
      if (field === 'span') {
        const sp = v as { char_start: number; char_end: number };
        v = { char_start: sp.char_start, char_end: sp.char_end, quote: cpSlice(checkSpan(db, a.figure.article_id, sp), sp.char_start, sp.char_end) };
      }
      if (sameField(field, cur[field], v)) continue;
      rows.push({ decision: 'correct', field, old: fieldText(field, cur[field]), new: fieldText(field, v) });
    }
    if (!rows.length) return null;
    const id = append(db, a, rows, who);
    rebuildFigureState(db, figureId);
    return id;
  }).immediate();
}

function checkSpan(db: DB, articleId: number, s: { char_start: number; char_end: number }): string {
  const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string;
  if (!Number.isInteger(s.char_start) || !Number.isInteger(s.char_end) || s.char_start < 0 || s.char_end <= s.char_start || s.char_end > cpLength(text)) {
    throw new ReviewError(`span ${s.char_start}-${s.char_end} is not inside the article (0-${cpLength(text)})`);
  }
  return text;
}

/** Adds a figure the extractors missed; returns the new figure's id and the action id. */
export function addFigure(db: DB, articleId: number, fig: NewFigure, who: Who): { figureId: number; actionId: number } {
  return db.transaction(() => {
    const s = { char_start: fig.span.start, char_end: fig.span.end };
    if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw new ReviewError(`no article ${articleId}`);
    const text = checkSpan(db, articleId, s);
    const dup = db.prepare(`SELECT id FROM figures_reviewed WHERE article_id = ? AND kind = ? AND char_start < ? AND char_end > ? AND review_status <> 'rejected'`)
      .all(articleId, fig.kind, s.char_end, s.char_start) as { id: number }[];
    const same = dup.find((d) => sameNumber((db.prepare('SELECT value FROM figures_reviewed WHERE id = ?').pluck().get(d.id) as number), fig.value));
    if (same) throw new ReviewError(`figure ${same.id} already covers this ${fig.kind} ${fig.value}: correct it instead`);
    const quote = cpSlice(text, s.char_start, s.char_end);
    const place = fig.place ?? { place_name: null, place_code: null, province: null };
    const json: Record<string, unknown> = {
      kind: fig.kind, value: fig.value, total: fig.total ?? null, value_max: fig.value_max ?? null, unit: fig.unit ?? null,
      qualifier: fig.qualifier ?? (fig.value_max != null ? 'range' : 'exact'), modality: fig.modality ?? 'actual', change: fig.change ?? null,
      subject: fig.subject ?? null, ...place, year: fig.year ?? null, span: { ...s, quote },
    };
    const figureId = insertAddedFigure(db, articleId, json, fig.span, sentenceAround(text, fig.span));
    const actionId = append(db, anchorOf(db, figureId), [{ decision: 'add', new: JSON.stringify(json) }], who);
    rebuildFigureState(db, figureId);
    return { figureId, actionId };
  }).immediate();
}

/** Withdraws an earlier action (its rows stay in the history); returns the undo's action id. */
export function undo(db: DB, actionId: number, who: Who): number {
  return db.transaction(() => {
    const rows = db.prepare('SELECT r.decision, r.article_id, l.figure_id FROM reviews r JOIN review_links l ON l.review_id = r.id WHERE r.action_id = ?')
      .all(actionId) as { decision: string; article_id: number; figure_id: number | null }[];
    const first = rows[0];
    if (!first) throw new ReviewError(`no review action ${actionId}`);
    if (first.decision === 'undo') throw new ReviewError(`action ${actionId} is itself an undo; review the figure again instead`);
    if (undoneActions(db, first.article_id).has(actionId)) throw new ReviewError(`action ${actionId} is already undone`);
    if (first.figure_id === null) throw new ReviewError(`action ${actionId} is orphaned (its figure is gone); nothing to undo on a current figure`);
    const id = append(db, anchorOf(db, first.figure_id), [{ decision: 'undo', undoes: actionId }], who);
    // Withdrawing an added figure removes it, unless the extractors have found it since (then
    // only the reviewer's fields on top of theirs go).
    const linked = db.prepare('SELECT review_id FROM review_links WHERE figure_id = ?').pluck().all(first.figure_id) as number[];
    const removed = first.decision === 'add' && db.prepare("DELETE FROM figure_extractions WHERE id = ? AND extractor = 'review'").run(first.figure_id).changes > 0;
    if (removed) {
      const mark = db.prepare("UPDATE review_links SET figure_id = NULL, status = 'undone', detail = ? WHERE review_id = ?");
      for (const r of linked) mark.run(`added figure withdrawn (undo of action ${actionId})`, r);
    }
    rebuildFigureState(db, first.figure_id);
    return id;
  }).immediate();
}

/** Re-makes every link and state row (after a restore, or to check): returns per-article reports. */
export function relinkAll(db: DB, articleId?: number) {
  return db.transaction(() => {
    const ids = articleId !== undefined ? [articleId] : (db.prepare('SELECT DISTINCT article_id FROM review_links').pluck().all() as number[]);
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck();
    return ids.map((id) => relinkArticle(db, id, text.get(id) as string));
  }).immediate();
}

export function makeReviewHook(db: DB): ArticleHook | null {
  const has = db.prepare('SELECT 1 FROM review_links WHERE article_id = ? LIMIT 1').pluck();
  const runOf = db.prepare('SELECT run_id FROM articles WHERE id = ?').pluck();
  return {
    afterWrite(articleId, { text }, replaced) {
      // A new article has no reviews; an existing one without reviews costs one index probe.
      if (!replaced || !has.get(articleId)) return;
      relinkArticle(db, articleId, text, (runOf.get(articleId) as number | null) ?? null);
    },
  };
}
