/**
 * The review page's JSON API (review/server.ts checks host, origin and token before this runs).
 *   GET  /api/session                 reviewer name and the values the form offers
 *   GET  /api/queue?status&kind&place&article&after&limit   figures to check (a page), with counts
 *   GET  /api/figure/ID               one figure, its article and its review history
 *   POST /api/figure/ID               {decision: accept|reject|correct, changes?: {field: text}, note?}
 *   POST /api/undo                    {action}
 * Every write is a review row (via `web`), exactly as the command line writes them.
 */
import type { DB } from '../db/open.js';
import { correct, decide, undo, ReviewError, type Who } from '../db/reviews.js';
import { countFigures, figureDetail, listFigures } from '../db/review-queries.js';
import { FIGURE_KINDS, QUALIFIERS } from '../extractors/types.js';
import { CHANGES, MODALITIES, STATUSES, parseField, type Corrections, type Field } from './fields.js';
import { resolvePlace } from './places.js';
import { publishedOf } from './import.js';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const SCALAR: Exclude<Field, 'place' | 'span'>[] = ['value', 'total', 'value_max', 'unit', 'kind', 'qualifier', 'modality', 'change', 'subject', 'year'];

/** The form's fields (as typed) to corrections; an error names the field. */
function corrections(db: DB, raw: Record<string, unknown>, date: string | null): Corrections {
  const c: Record<string, unknown> = {};
  for (const f of SCALAR) {
    if (!(f in raw)) continue;
    const p = parseField(f, String(raw[f] ?? ''));
    if (!p.ok) throw new HttpError(400, `${f}: ${p.error}`);
    c[f] = p.value;
  }
  if ('place' in raw) {
    const p = resolvePlace(db, String(raw.place ?? ''), date);
    if (!p.ok) throw new HttpError(400, `place: ${p.error}`);
    c.place = p.value;
  }
  if ('char_start' in raw || 'char_end' in raw) {
    const [s, e] = [Number(raw.char_start), Number(raw.char_end)];
    if (!Number.isInteger(s) || !Number.isInteger(e)) throw new HttpError(400, 'span: start and end must be whole numbers');
    c.span = { char_start: s, char_end: e, quote: '' };
  }
  return c as Corrections;
}

const param = (url: URL, k: string) => url.searchParams.get(k) || null;

export function routeApi(db: DB, method: string | undefined, url: URL, body: unknown, reviewer: string): unknown {
  const p = url.pathname;
  try {
    if (method === 'GET' && p === '/api/session') {
      return { reviewer, kinds: FIGURE_KINDS, qualifiers: QUALIFIERS, modalities: MODALITIES, changes: CHANGES, statuses: STATUSES };
    }
    if (method === 'GET' && p === '/api/queue') {
      const filter = { status: param(url, 'status'), kind: param(url, 'kind'), place: param(url, 'place'), article: param(url, 'article') };
      const limit = Math.min(Number(param(url, 'limit') ?? 500), 5000);
      // `after=article_id,char_start,id`: the next page, even when statuses changed meanwhile.
      const a = (param(url, 'after') ?? '').split(',').map(Number);
      const after = a.length === 3 && a.every(Number.isInteger) ? { article_id: a[0]!, char_start: a[1]!, id: a[2]! } : null;
      const items = listFigures(db, { ...filter, after }, limit).map((r) => ({
        id: r.id, article_id: r.article_id, char_start: r.char_start, review_status: r.review_status, kind: r.kind, value: r.value, unit: r.unit, quote: r.quote, place_name: r.place_name,
      }));
      return { items, counts: countFigures(db, filter) };
    }
    const m = /^\/api\/figure\/(\d+)$/.exec(p);
    if (m && method === 'GET') {
      const d = figureDetail(db, Number(m[1]));
      if (!d) throw new HttpError(404, `no figure ${m[1]} (re-extracted? reload the queue)`);
      return d;
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const who: Who = { reviewer, via: 'web', note: typeof b.note === 'string' && b.note.trim() ? b.note.trim() : null };
    if (m && method === 'POST') {
      const id = Number(m[1]);
      let action: number | null;
      if (b.decision === 'accept' || b.decision === 'reject') action = decide(db, id, b.decision, who);
      else if (b.decision === 'correct') {
        const articleId = db.prepare('SELECT article_id FROM figure_extractions WHERE id = ?').pluck().get(id) as number | undefined;
        const date = articleId === undefined ? null : publishedOf(db, articleId);
        action = correct(db, id, corrections(db, (b.changes ?? {}) as Record<string, unknown>, date), who);
      }
      else throw new HttpError(400, 'decision must be accept, reject or correct');
      return { action, detail: figureDetail(db, id) };
    }
    if (p === '/api/undo' && method === 'POST') {
      return { action: undo(db, Number(b.action), who) };
    }
  } catch (e) {
    if (e instanceof ReviewError) throw new HttpError(400, e.message);
    throw e;
  }
  throw new HttpError(404, `no ${method ?? ''} ${p}`);
}
