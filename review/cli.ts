/**
 * The actions behind `solieu review ...` (pipeline/commands/review.ts declares the options).
 * Each opens the database, does one thing, prints a short result, and closes it.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { openDb, type DB } from '../db/open.js';
import { addFigure, correct, currentFields, decide, relinkAll, undo, ReviewError, type Who } from '../db/reviews.js';
import { figureHistory, linkReport, listFigures, countFigures, type QueueFilter, type QueueRow } from '../db/review-queries.js';
import { numText, parseField, type Corrections } from './fields.js';
import { resolvePlace } from './places.js';
import { nthOccurrence, occurrences, cpLength } from './text.js';
import { writeExport } from './export.js';
import { importCsv, publishedOf } from './import.js';

export type Opts = Record<string, string | boolean | undefined>;
const out = (s: string) => process.stdout.write(s + '\n');

/** --reviewer, else $SOLIEU_REVIEWER, else $USER: every review row names a person. */
export function reviewerName(o: Opts): string {
  const name = (typeof o.reviewer === 'string' && o.reviewer) || process.env.SOLIEU_REVIEWER || process.env.USER || '';
  if (!name.trim()) throw new ReviewError('who is reviewing? give --reviewer NAME or set SOLIEU_REVIEWER');
  return name.trim();
}

function withDb<T>(o: Opts, f: (db: DB) => T): T {
  const db = openDb(String(o.db));
  try {
    return f(db);
  } finally {
    db.close();
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const filterOf = (o: Opts): QueueFilter => ({ status: str(o.status), kind: str(o.kind), place: str(o.place), article: str(o.article) });

function line(r: QueueRow): string {
  const value = r.value_max !== null ? `${numText(r.value)}-${numText(r.value_max)}` : r.total !== null ? `${numText(r.value)}/${numText(r.total)}` : numText(r.value);
  const quote = r.sentence.length > 90 ? r.sentence.slice(0, 87) + '...' : r.sentence;
  return [r.id, r.review_status, r.kind, `${value}${r.unit ? ' ' + r.unit : ''}`, r.place_name ?? '-', r.year ?? '-', `«${r.quote}»`, `a${r.article_id}: ${quote}`].join('\t');
}

export function list(o: Opts): void {
  withDb(o, (db) => {
    const f = filterOf(o);
    const limit = o.limit ? Number(o.limit) : 50;
    const rows = listFigures(db, f, limit);
    if (o.json) for (const r of rows) out(JSON.stringify(r));
    else {
      out(['id', 'status', 'kind', 'value', 'place', 'year', 'quote', 'article: sentence'].join('\t'));
      for (const r of rows) out(line(r));
    }
    const c = countFigures(db, f);
    process.stderr.write(`${rows.length} shown; under these filters: ${c.pending} pending, ${c.accepted} accepted, ${c.corrected} corrected, ${c.added} added, ${c.rejected} rejected (${c.total} figures)\n`);
  });
}

export function decideMany(ids: string[], decision: 'accept' | 'reject', o: Opts): void {
  const who: Who = { reviewer: reviewerName(o), via: 'cli', note: str(o.note) ?? null };
  withDb(o, (db) => {
    db.transaction(() => {
      for (const id of ids) out(`figure ${id}: ${decision}ed (action ${decide(db, figureId(id), decision, who)})`);
    }).immediate();
  });
}

function figureId(s: string): number {
  if (!/^\d+$/.test(s)) throw new ReviewError(`"${s}" is not a figure id (see \`solieu review list\`)`);
  return Number(s);
}

const FLAGS: [keyof Corrections & string, string][] = [
  ['value', 'value'], ['total', 'total'], ['value_max', 'valueMax'], ['unit', 'unit'], ['kind', 'kind'], ['qualifier', 'qualifier'],
  ['modality', 'modality'], ['change', 'change'], ['subject', 'subject'], ['year', 'year'],
];

/** The corrections the options ask for; `--place` resolved through the gazetteer, spans checked. */
export function correctionsOf(db: DB, o: Opts, span: { start: number; end: number } | null, articleId: number | null): Corrections {
  const c: Record<string, unknown> = {};
  for (const [field, flag] of FLAGS) {
    const raw = str(o[flag]);
    if (raw === undefined) continue;
    const p = parseField(field as Exclude<keyof Corrections, 'place' | 'span'>, raw);
    if (!p.ok) throw new ReviewError(`--${flag.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())}: ${p.error}`);
    c[field] = p.value;
  }
  const place = str(o.place);
  if (place !== undefined) {
    const p = resolvePlace(db, place, articleId === null ? null : publishedOf(db, articleId));
    if (!p.ok) throw new ReviewError(`--place: ${p.error}`);
    c.place = p.value;
  }
  if (span) c.span = { char_start: span.start, char_end: span.end, quote: '' };
  return c as Corrections;
}

/** A span from --start/--end, or from --quote (the occurrence nearest `near`, or --occurrence N). */
function spanOf(db: DB, o: Opts, articleId: number, near: number | null): { start: number; end: number } | null {
  const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string;
  if (str(o.start) !== undefined || str(o.end) !== undefined) {
    const [s, e] = [Number(o.start), Number(o.end)];
    if (!Number.isInteger(s) || !Number.isInteger(e)) throw new ReviewError('--start and --end go together, as code point offsets');
    return { start: s, end: e };
  }
  const q = str(o.quote);
  if (q === undefined) return null;
  if (o.occurrence !== undefined) {
    const s = nthOccurrence(text, q, Number(o.occurrence));
    if (!s) throw new ReviewError(`"${q}" does not occur ${String(o.occurrence)} times in article ${articleId}`);
    return s;
  }
  const all = occurrences(text, q, near ?? 0);
  if (!all.length) throw new ReviewError(`"${q}" is not in article ${articleId}`);
  if (near === null && all.length > 1) throw new ReviewError(`"${q}" occurs ${all.length} times in article ${articleId}: add --occurrence N (from 1) or give --start/--end`);
  return { start: all[0]!, end: all[0]! + cpLength(q) };
}

export function correctOne(id: string, o: Opts): void {
  const who: Who = { reviewer: reviewerName(o), via: 'cli', note: str(o.note) ?? null };
  withDb(o, (db) => {
    const fid = figureId(id);
    const cur = currentFields(db, fid);
    const span = spanOf(db, o, cur.article_id, (cur.span as { char_start: number }).char_start);
    const c = correctionsOf(db, o, span, cur.article_id);
    if (!Object.keys(c).length) throw new ReviewError('nothing to correct: give --value, --place, --year, ... (see --help)');
    const action = correct(db, fid, c, who);
    out(action === null ? `figure ${fid}: already so, nothing written` : `figure ${fid}: corrected ${Object.keys(c).join(', ')} (action ${action})`);
  });
}

export function articleRef(db: DB, ref: string): number {
  const rows = db.prepare('SELECT id FROM articles WHERE id = ? OR key = ? OR external_id = ? OR url = ?').pluck().all(/^\d+$/.test(ref) ? Number(ref) : -1, ref, ref, ref) as number[];
  if (rows.length !== 1) throw new ReviewError(rows.length ? `"${ref}" names ${rows.length} articles: give the article id` : `no article "${ref}"`);
  return rows[0]!;
}

export function add(o: Opts): void {
  const who: Who = { reviewer: reviewerName(o), via: 'cli', note: str(o.note) ?? null };
  withDb(o, (db) => {
    const articleId = articleRef(db, String(o.article));
    const span = spanOf(db, o, articleId, null);
    if (!span) throw new ReviewError('where is the figure? give --quote TEXT [--occurrence N] or --start/--end');
    const c = correctionsOf(db, o, null, articleId);
    if (c.kind === undefined || c.value === undefined) throw new ReviewError('a figure to add needs --kind and --value');
    const r = addFigure(db, articleId, { ...c, kind: c.kind, value: c.value, span }, who);
    out(`figure ${r.figureId} added to article ${articleId} at ${span.start}-${span.end} (action ${r.actionId})`);
  });
}

export function undoOne(action: string, o: Opts): void {
  const who: Who = { reviewer: reviewerName(o), via: 'cli', note: str(o.note) ?? null };
  withDb(o, (db) => out(`action ${action} undone (action ${undo(db, figureId(action), who)})`));
}

export function history(id: string | undefined, o: Opts): void {
  withDb(o, (db) => {
    const rows = id ? figureHistory(db, figureId(id)) : (db.prepare('SELECT * FROM reviews ORDER BY id DESC LIMIT ?').all(Number(o.limit ?? 20)) as Record<string, unknown>[]);
    for (const r of rows) out(JSON.stringify(r));
  });
}

export function links(o: Opts): void {
  withDb(o, (db) => {
    const r = linkReport(db, { all: !!o.all, run: o.run ? Number(o.run) : null });
    out(`reviews attached: ${r.counts.attached}, moved: ${r.counts.moved}, orphaned: ${r.counts.orphaned}, undone: ${r.counts.undone}`);
    for (const l of r.rows) {
      out(`${l.status}\treview ${l.review_id} (action ${l.action_id}, ${l.decision}${l.field ? ' ' + l.field + ' = ' + (l.new_value ?? 'empty') : ''})\tarticle ${l.article_id} «${l.seen_quote}» ${l.seen_start}-${l.seen_end}\t${l.figure_id !== null ? 'figure ' + l.figure_id : 'no figure'}\t${l.detail ?? ''}`);
    }
  });
}

export function relink(o: Opts): void {
  withDb(o, (db) => {
    const reports = relinkAll(db, o.article ? articleRef(db, String(o.article)) : undefined);
    const sum = reports.reduce((a, r) => ({ attached: a.attached + r.attached, moved: a.moved + r.moved, orphaned: a.orphaned + r.orphaned }), { attached: 0, moved: 0, orphaned: 0 });
    out(`${reports.length} articles relinked: ${sum.attached} reviews attached, ${sum.moved} moved, ${sum.orphaned} orphaned`);
  });
}

export function exportFile(o: Opts): void {
  if ((str(o.format) ?? 'csv') !== 'csv') throw new ReviewError(`--format ${String(o.format)}: only csv is written`);
  withDb(o, (db) => {
    const file = str(o.out);
    const fd = file ? openSync(file, 'w') : null;
    const rows = writeExport(db, filterOf(o), (chunk) => (fd === null ? process.stdout.write(chunk) : writeSync(fd, chunk)));
    if (fd !== null) closeSync(fd);
    process.stderr.write(`${rows} figures exported${str(o.out) ? ' to ' + String(o.out) : ''}\n`);
  });
}

export function importFile(file: string, o: Opts): void {
  const who: Who = { reviewer: reviewerName(o), via: 'import' };
  withDb(o, (db) => {
    const r = importCsv(db, readFileSync(file, 'utf8'), who, { dryRun: !!o.dryRun });
    if (r.errors.length) {
      for (const e of r.errors) process.stderr.write(`${file}: ${e}\n`);
      process.stderr.write(`${file}: nothing imported (${r.errors.length} bad row${r.errors.length > 1 ? 's' : ''})\n`);
      process.exitCode = 1;
      return;
    }
    const w = r.written;
    out(`${file}: ${r.rows} rows: ${w.correct} corrected, ${w.accept} accepted, ${w.reject} rejected, ${w.add} added, ${r.unchanged} unchanged${o.dryRun ? ' (dry run: nothing written)' : ''}`);
  });
}
