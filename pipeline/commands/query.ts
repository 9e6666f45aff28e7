/**
 * `solieu query "SELECT ..."`: read-only SQL against the database. The connection is opened
 * read-only (and `query_only`), and a statement that would write is refused before it runs.
 */
import type { Command } from 'commander';
import type Database from 'better-sqlite3';
import { defaultDb } from '../cli.js';

export class QueryError extends Error {}

export function register(program: Command): void {
  program
    .command('query')
    .description('run one read-only SQL statement and print its rows (a table on a terminal, or CSV / JSON / JSON Lines)')
    .argument('<sql>', 'one SQL statement, e.g. "SELECT kind, count(*) FROM figures GROUP BY kind"')
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('-f, --format <format>', 'table, csv, json or jsonl', 'table')
    .option('-p, --param <name=value...>', 'bind a parameter: `-p province="Thanh Hóa"` for :province in the SQL')
    .option('--no-bom', 'CSV: leave out the UTF-8 byte-order mark that spreadsheets need')
    .action(async (sql: string, o: { db: string; format: string; param?: string[]; bom: boolean }) => {
      try {
        await runQuery(sql, o);
      } catch (e) {
        if (!(e instanceof QueryError)) throw e;
        process.stderr.write(`solieu query: ${e.message}\n`);
        process.exitCode = 1;
      }
    });
}

async function runQuery(sql: string, o: { db: string; format: string; param?: string[]; bom: boolean }): Promise<void> {
  const { openDb } = await import('../../db/open.js');
  const { FORMATS, Out, formatTable, writeRows } = await import('../format.js');
  const format = o.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new QueryError(`unknown format ${JSON.stringify(o.format)}: use ${FORMATS.join(', ')}`);
  let db;
  try {
    db = openDb(o.db, { readonly: true });
  } catch (e) {
    throw new QueryError((e as Error).message);
  }
  try {
    const stmt = prepare(db, sql);
    const params = parseParams(o.param ?? []);
    const args = Object.keys(params).length ? [params] : [];
    if (!stmt.reader) {
      run(() => stmt.run(...args));
      process.stderr.write('solieu query: done (the statement returns no rows)\n');
      return;
    }
    const columns = uniqueNames(stmt.columns().map((c) => c.name));
    const rows = run(() => stmt.raw().iterate(...args)) as IterableIterator<unknown[]>;
    const out = new Out();
    if (format === 'table') {
      const all = run(() => Array.from(rows));
      const term = process.stdout.isTTY ? process.stdout.columns : undefined;
      out.write(formatTable(columns, all, term));
      out.close();
      process.stderr.write(`(${all.length} row${all.length === 1 ? '' : 's'})\n`);
    } else {
      run(() => writeRows(out, format, columns, rows, { bom: o.bom }));
      out.close();
    }
  } finally {
    db.close();
  }
}

type Stmt = Database.Statement<unknown[]>;

function prepare(db: Database.Database, sql: string): Stmt {
  let stmt: Stmt;
  try {
    stmt = db.prepare(sql);
  } catch (e) {
    const msg = (e as Error).message;
    if (/more than one statement/.test(msg)) throw new QueryError('give one SQL statement at a time');
    throw new QueryError(`cannot run this SQL: ${msg}`);
  }
  if (!stmt.readonly) {
    const verb = /^\s*(?:WITH\b[\s\S]*?\)\s*)?(\w+)/i.exec(sql)?.[1]?.toUpperCase() ?? 'this statement';
    throw new QueryError(
      `refused: ${verb} would change the database, and \`solieu query\` only reads (the file is opened read-only). ` +
        'Use sqlite3 or a program of your own to change it.',
    );
  }
  return stmt;
}

/** Runs a step of the statement, turning SQLite's errors into messages. */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'SQLITE_READONLY' || /readonly|query_only/i.test(err.message)) {
      throw new QueryError(`refused: this statement would write, and \`solieu query\` only reads (${err.message})`);
    }
    if (err.code?.startsWith('SQLITE_') || err instanceof RangeError || err instanceof TypeError) throw new QueryError(err.message);
    throw e;
  }
}

/** `name=value` pairs; a value that reads as a number is bound as one. */
export function parseParams(pairs: string[]): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new QueryError(`a parameter is name=value, not ${JSON.stringify(p)}`);
    const name = p.slice(0, eq).replace(/^[:@$]/, '');
    const value = p.slice(eq + 1);
    out[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return out;
}

/** Column names made unique (`id`, `id_2`), so JSON objects keep every column. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}_${k}`;
  });
}
