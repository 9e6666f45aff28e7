/**
 * `solieu review import FILE`: reads back an exported CSV (edited in a spreadsheet or not).
 * Every row is checked before anything is written; one bad row stops the import with its row
 * number (as the spreadsheet shows it: the header is row 1) and the reason, and nothing changes.
 * Then everything is written in one transaction. A row records only what differs from the
 * database, so importing the same file twice, or an untouched export, writes nothing.
 */
import type { DB } from '../db/open.js';
import { addFigure, correct, currentFields, decide, ReviewError, type NewFigure, type Who } from '../db/reviews.js';
import { sameNumber } from '../db/review-state.js';
import { decodeCell, parseCsv } from './csv.js';
import { numberReadings, parseField, parseNumber, sameField, type Corrections, type Parsed, type Place } from './fields.js';
import { resolvePlace } from './places.js';
import { asciiKey } from '../extractors/lib/fold.js';
import { nthOccurrence, occurrences } from './text.js';

type Plan =
  | { row: number; op: 'accept' | 'reject'; figureId: number; note: string | null }
  | { row: number; op: 'correct'; figureId: number; changes: Corrections; note: string | null }
  | { row: number; op: 'add'; articleId: number; figure: NewFigure; note: string | null };

export type ImportResult = { rows: number; written: Record<'accept' | 'reject' | 'correct' | 'add', number>; unchanged: number; errors: string[] };

class RowError extends Error {}
const need = <T>(p: Parsed<T>, what: string): T => {
  if (!p.ok) throw new RowError(`${what}: ${p.error}`);
  return p.value;
};

// `3.51235E+12`: what a spreadsheet writes for a long number in a general column.
const ABBREVIATED = /^-?\d(?:[.,]\d+)?E[+-]?\d+$/i;

/** A number cell, compared with the current value so that a spreadsheet's rewriting is not a change. */
function numberCell(cell: string, current: number | null, prefer: 'dot' | 'comma', name: string): number {
  const readings = numberReadings(cell);
  if (current !== null && readings.some((r) => sameNumber(r, current))) return current;
  if (ABBREVIATED.test(cell.trim())) {
    const digits = cell.trim().replace(/^-/, '').split(/e/i)[0]!.replace(/[.,]/, '').length;
    if (current !== null && sameNumber(Number(current.toPrecision(digits)), readings[0] ?? NaN)) return current;
    throw new RowError(`${name} "${cell}" looks shortened by a spreadsheet: type the whole number (format the column as text)`);
  }
  return need(parseNumber(cell, prefer), name);
}

export function importCsv(db: DB, input: string, who: Who, opts: { dryRun?: boolean } = {}): ImportResult {
  const { delimiter, rows } = parseCsv(input);
  const prefer = delimiter === ';' ? 'comma' : 'dot';
  const header = (rows[0] ?? []).map((h) => decodeCell(h).trim().toLowerCase());
  const result: ImportResult = { rows: 0, written: { accept: 0, reject: 0, correct: 0, add: 0 }, unchanged: 0, errors: [] };
  for (const c of ['figure_id', 'article_id']) if (!header.includes(c)) result.errors.push(`row 1: no "${c}" column (is this a file from \`solieu review export\`?)`);
  if (result.errors.length) return result;
  const plans: Plan[] = [];
  const seen = new Map<number, number>();
  rows.slice(1).forEach((cells, i) => {
    const rowNo = i + 2;
    if (!cells.some((c) => c.trim() !== '')) return;
    result.rows++;
    const get = (name: string): string | undefined => {
      const j = header.indexOf(name);
      return j < 0 ? undefined : decodeCell(cells[j] ?? '').trim();
    };
    const fid = get('figure_id') ?? '';
    try {
      const plan = fid ? planExisting(db, get, fid, rowNo, prefer) : planAdd(db, get, rowNo, prefer);
      if (!plan) result.unchanged++;
      else {
        const target = plan.op === 'add' ? null : plan.figureId;
        if (target !== null && seen.has(target)) throw new RowError(`figure ${target} is also in row ${seen.get(target)}: one row a figure`);
        if (target !== null) seen.set(target, rowNo);
        plans.push(plan);
      }
    } catch (e) {
      if (!(e instanceof RowError || e instanceof ReviewError)) throw e;
      result.errors.push(`row ${rowNo}${fid ? ` (figure ${fid})` : ''}: ${e.message}`);
    }
  });
  if (result.errors.length || opts.dryRun) {
    if (opts.dryRun) for (const p of plans) result.written[p.op]++;
    return result;
  }
  let current: Plan | undefined;
  try {
    db.transaction(() => {
      for (const p of plans) {
        current = p;
        const w = { ...who, note: p.note };
        if (p.op === 'add') addFigure(db, p.articleId, p.figure, w);
        else if (p.op === 'correct') correct(db, p.figureId, p.changes, w);
        else decide(db, p.figureId, p.op, w);
        result.written[p.op]++;
      }
    }).immediate();
  } catch (e) {
    if (!(e instanceof ReviewError)) throw e;
    result.written = { accept: 0, reject: 0, correct: 0, add: 0 };
    result.errors.push(`row ${current?.row ?? '?'}: ${e.message}`);
  }
  return result;
}

type Get = (name: string) => string | undefined;

/** The article's publication date: it decides between a unit before the 2025 reform and after. */
export function publishedOf(db: DB, articleId: number): string | null {
  return (db.prepare('SELECT published FROM articles WHERE id = ?').pluck().get(articleId) as string | null | undefined) ?? null;
}

function intCell(cell: string, name: string): number {
  if (!/^\d+$/.test(cell)) throw new RowError(`${name} "${cell}" is not a whole number`);
  return Number(cell);
}

/** The fields of a row that differ from `cur` (all given fields when adding). */
function changedFields(db: DB, get: Get, cur: Record<string, unknown> | null, prefer: 'dot' | 'comma', articleId: number): Corrections {
  const out: Record<string, unknown> = {};
  const curNum = (f: string) => (cur && typeof cur[f] === 'number' ? (cur[f] as number) : null);
  for (const f of ['value', 'total', 'value_max'] as const) {
    const cell = get(f);
    if (cell === undefined) continue;
    if (cell === '' && f === 'value') throw new RowError('value is empty');
    const v = cell === '' ? null : numberCell(cell, curNum(f), prefer, f);
    if (!cur || !sameField(f, cur[f], v)) out[f] = v;
  }
  for (const f of ['unit', 'kind', 'qualifier', 'modality', 'change', 'subject', 'year'] as const) {
    const cell = get(f);
    if (cell === undefined || (!cur && cell === '')) continue;
    const v = need(parseField(f, cell, prefer), f);
    if (!cur || !sameField(f, cur[f], v)) out[f] = v;
  }
  const [name, code, province] = [get('place_name'), get('place_code'), get('province')];
  if (name !== undefined || code !== undefined) {
    const typed: Place = { place_name: name || null, place_code: code || null, province: province || null };
    const was = (cur?.place ?? { place_name: null, place_code: null, province: null }) as Place;
    if (!sameField('place', was, typed)) {
      // Decided by the row alone, so that importing it twice gives the same place: the code when
      // there is one (the name, if given, must agree), else the name (with the province typed).
      const date = publishedOf(db, articleId);
      let place = typed;
      if (typed.place_code) {
        place = need(resolvePlace(db, typed.place_code, date), 'place_code');
        if (typed.place_name && asciiKey(typed.place_name) !== asciiKey(place.place_name ?? '')) {
          throw new RowError(`place_code ${typed.place_code} is ${place.place_name} (${place.province}) but place_name says ${typed.place_name}: change both, or clear one`);
        }
      } else if (typed.place_name) place = need(resolvePlace(db, typed.province ? `${typed.place_name}, ${typed.province}` : typed.place_name, date), 'place_name');
      if (!sameField('place', was, place)) out.place = place;
    }
  }
  return out as Corrections;
}

function planExisting(db: DB, get: Get, fid: string, row: number, prefer: 'dot' | 'comma'): Plan | null {
  const figureId = findFigure(db, get, intCell(fid, 'figure_id'));
  const cur = currentFields(db, figureId) as Record<string, unknown> & { review_status: string; article_id: number };
  const changes = changedFields(db, get, cur, prefer, cur.article_id);
  const [start, end] = [get('char_start'), get('char_end')];
  const span = cur.span as { char_start: number; char_end: number };
  if (start !== undefined && end !== undefined) {
    const s = { char_start: intCell(start, 'char_start'), char_end: intCell(end, 'char_end') };
    if (s.char_start !== span.char_start || s.char_end !== span.char_end) changes.span = { ...s, quote: '' };
  }
  const decision = (get('decision') ?? '').toLowerCase();
  const note = get('note') ?? '';
  const noteChanged = note !== '' && note !== (db.prepare('SELECT review_note FROM figures_reviewed WHERE id = ?').pluck().get(figureId) ?? '');
  const n = noteChanged ? note : null;
  const changed = Object.keys(changes).length > 0;
  switch (decision) {
    case 'reject':
      if (changed) throw new RowError(`decision reject, but ${Object.keys(changes).join(', ')} changed too: choose one`);
      return cur.review_status === 'rejected' && !noteChanged ? null : { row, op: 'reject', figureId, note: n };
    case 'accept':
    case '':
      if (changed) return { row, op: 'correct', figureId, changes, note: n };
      if (decision === '' && noteChanged) throw new RowError('the note changed but the decision is empty: write accept, reject or correct');
      if (decision === '' || (cur.review_status !== 'pending' && cur.review_status !== 'rejected' && !noteChanged)) return null;
      return { row, op: 'accept', figureId, note: n };
    case 'correct':
      if (!changed) throw new RowError('decision correct, but no field differs from the database');
      return { row, op: 'correct', figureId, changes, note: n };
    default:
      throw new RowError(`decision "${decision}" is not accept, reject or correct (or empty)`);
  }
}

/** The figure a row means: its id if still the same figure, else the one at the exported anchor. */
function findFigure(db: DB, get: Get, id: number): number {
  const x = db.prepare('SELECT id, article_id, kind, value, char_start, char_end FROM figure_extractions WHERE id = ?').get(id) as
    { article_id: number; kind: string; value: number; char_start: number; char_end: number } | undefined;
  const [article, kind, value, start, end] = ['article_id', 'extracted_kind', 'extracted_value', 'extracted_start', 'extracted_end'].map(get);
  const anchored = kind !== undefined && value && start && end;
  const same = (f: typeof x) => !!f && (!article || String(f.article_id) === article) &&
    (!anchored || (f.kind === kind && numberReadings(value).some((v) => sameNumber(f.value, v)) && String(f.char_start) === start && String(f.char_end) === end));
  if (same(x)) return id;
  if (anchored && article) {
    const moved = db.prepare('SELECT id, article_id, kind, value, char_start, char_end FROM figure_extractions WHERE article_id = ? AND char_start = ? AND char_end = ? AND kind = ?')
      .all(Number(article), Number(start), Number(end), kind) as (NonNullable<typeof x> & { id: number })[];
    const m = moved.filter((f) => numberReadings(value).some((v) => sameNumber(f.value, v)));
    if (m.length === 1) return m[0]!.id;
  }
  throw new RowError(`figure ${id} is not in the database as exported (was the article extracted again since?): export again and redo this row`);
}

function planAdd(db: DB, get: Get, row: number, prefer: 'dot' | 'comma'): Plan | null {
  const decision = (get('decision') ?? '').toLowerCase();
  if (decision !== '' && decision !== 'add') throw new RowError(`a row without figure_id adds a figure: decision must be empty or add, not "${decision}"`);
  const articleId = intCell(get('article_id') ?? '', 'article_id');
  const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined;
  if (text === undefined) throw new RowError(`no article ${articleId}`);
  const c = changedFields(db, get, null, prefer, articleId);
  if (c.kind === undefined || c.value === undefined) throw new RowError('a figure to add needs kind and value');
  const [start, end, quote] = [get('char_start'), get('char_end'), get('quote')];
  let span: { start: number; end: number } | null;
  if (start && end) span = { start: intCell(start, 'char_start'), end: intCell(end, 'char_end') };
  else if (quote) {
    const n = occurrences(text, quote).length;
    if (n !== 1) throw new RowError(n ? `quote "${quote}" occurs ${n} times in article ${articleId}: give char_start and char_end` : `quote "${quote}" is not in article ${articleId}`);
    span = nthOccurrence(text, quote, 1);
  } else throw new RowError('a figure to add needs char_start and char_end, or a quote');
  const s = span!;
  const exists = db.prepare("SELECT 1 FROM figure_extractions WHERE article_id = ? AND extractor = 'review' AND char_start = ? AND char_end = ? AND kind = ?")
    .get(articleId, s.start, s.end, c.kind);
  if (exists) return null; // imported before
  const { span: _s, ...fields } = c;
  return { row, op: 'add', articleId, figure: { ...fields, kind: c.kind, value: c.value, span: s }, note: get('note') || null };
}
