/**
 * `solieu export`: a view (by default `figures`) as CSV or JSON Lines, with the citation of
 * every row: the article's id, title, date, source and URL beside the quote and sentence.
 * CSV is UTF-8 with a byte-order mark by default, so that spreadsheet programs read the
 * Vietnamese letters right (`--no-bom` leaves it out).
 */
import type { Command } from 'commander';
import type { DB } from '../../db/open.js';
import { defaultDb } from '../cli.js';

export class ExportError extends Error {}

export type ExportOptions = {
  db: string;
  format: string;
  view: string;
  kind?: string;
  province?: string;
  year?: string;
  article?: string;
  modality?: string;
  out?: string;
  bom: boolean;
};

// Citation columns taken from `articles` for a view that has `article_id` but not them.
const CITATION = ['external_id', 'title', 'published', 'source', 'url'];

export function register(program: Command): void {
  program
    .command('export')
    .description('write figures (or any view) as CSV or JSON Lines, with citation columns, for spreadsheets and other tools')
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('-f, --format <format>', 'csv, jsonl or json', 'csv')
    .option('--view <name>', 'the view or table to export (figures, figures_cited, targets_vs_actuals, figures_by_place...)', 'figures')
    .option('--kind <kinds>', 'only these kinds, comma-separated: percent,count,ratio,money,quantity,rank')
    .option('--province <name>', 'only this province, with or without diacritics (`Thanh Hóa`, `thanh hoa`)')
    .option('--year <year>', 'only this year (2023) or these years (2020-2023)')
    .option('--article <ids>', 'only these articles, comma-separated: `articles.id` or `articles.external_id`')
    .option('--modality <m>', 'only actual or only target figures')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--no-bom', 'CSV: leave out the UTF-8 byte-order mark')
    .action(async (o: ExportOptions) => {
      try {
        const n = await exportRows(o);
        process.stderr.write(`solieu export: ${n} row${n === 1 ? '' : 's'}${o.out ? ` -> ${o.out}` : ''}\n`);
      } catch (e) {
        if (!(e instanceof ExportError)) throw e;
        process.stderr.write(`solieu export: ${e.message}\n`);
        process.exitCode = 1;
      }
    });
}

export async function exportRows(o: ExportOptions): Promise<number> {
  const { openDb } = await import('../../db/open.js');
  const { Out, writeRows } = await import('../format.js');
  if (!['csv', 'jsonl', 'json'].includes(o.format)) throw new ExportError(`unknown format ${JSON.stringify(o.format)}: use csv, jsonl or json`);
  let db: DB;
  try {
    db = openDb(o.db, { readonly: true });
  } catch (e) {
    throw new ExportError((e as Error).message);
  }
  try {
    const { sql, params } = await buildQuery(db, o);
    const stmt = db.prepare(sql).raw();
    const columns = stmt.columns().map((c) => c.name);
    const out = new Out(o.out);
    const n = writeRows(out, o.format as 'csv' | 'jsonl' | 'json', columns, stmt.iterate(...params) as IterableIterator<unknown[]>, { bom: o.bom });
    out.close();
    return n;
  } finally {
    db.close();
  }
}

/** The SELECT for the options: the view's columns, citation columns, filters, a stable order. */
export async function buildQuery(db: DB, o: ExportOptions): Promise<{ sql: string; params: unknown[] }> {
  const { quoteId } = await import('../../db/docs.js');
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?").get(o.view);
  if (!exists) throw new ExportError(`no table or view named ${JSON.stringify(o.view)} (see \`solieu schema\`)`);
  const cols = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(o.view) as string[]));
  const need = (c: string, flag: string) => {
    if (!cols.has(c)) throw new ExportError(`${flag} needs a column \`${c}\`, which ${o.view} does not have`);
  };
  const select = ['v.*'];
  let from = `${quoteId(o.view)} v`;
  const extra = cols.has('article_id') ? CITATION.filter((c) => !cols.has(c)) : [];
  if (extra.length || (o.article && cols.has('article_id'))) from += ' LEFT JOIN articles a ON a.id = v.article_id';
  for (const c of extra) select.push(`a.${c} AS ${c}`);
  const where: string[] = [];
  const params: unknown[] = [];
  if (o.kind) {
    need('kind', '--kind');
    const kinds = list(o.kind);
    where.push(`v.kind IN (${kinds.map(() => '?').join(', ')})`);
    params.push(...kinds);
  }
  if (o.modality) {
    need('modality', '--modality');
    where.push('v.modality = ?');
    params.push(o.modality);
  }
  if (o.year) {
    need('year', '--year');
    const m = /^(\d{4})(?:\s*[-–:]\s*(\d{4}))?$/.exec(o.year.trim());
    if (!m) throw new ExportError(`--year is a year (2023) or two (2020-2023), not ${JSON.stringify(o.year)}`);
    where.push('v.year BETWEEN ? AND ?');
    params.push(Number(m[1]), Number(m[2] ?? m[1]));
  }
  if (o.province) {
    need('province', '--province');
    const { asciiKey } = await import('../../extractors/lib/fold.js');
    const key = (s: string) => asciiKey(s).replace(/^(tinh|thanh pho|tp)\s+/, '');
    const stored = db.prepare(`SELECT DISTINCT province FROM ${quoteId(o.view)} WHERE province IS NOT NULL`).pluck().all() as string[];
    const names = stored.filter((s) => key(s) === key(o.province!));
    if (!names.length) process.stderr.write(`solieu export: no row of ${o.view} is about a province named ${JSON.stringify(o.province)}\n`);
    where.push(names.length ? `v.province IN (${names.map(() => '?').join(', ')})` : '0');
    params.push(...names);
  }
  if (o.article) {
    need('article_id', '--article');
    const ids = list(o.article);
    where.push(`(v.article_id IN (${ids.map(() => '?').join(', ')}) OR a.external_id IN (${ids.map(() => '?').join(', ')}))`);
    params.push(...ids.map((i) => (/^\d+$/.test(i) ? Number(i) : -1)), ...ids);
  }
  const order = cols.has('article_id') && cols.has('char_start') ? ' ORDER BY v.article_id, v.char_start' : '';
  const sql = `SELECT ${select.join(', ')} FROM ${from}${where.length ? ' WHERE ' + where.join(' AND ') : ''}${order}`;
  return { sql, params };
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter(Boolean);
}
