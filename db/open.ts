/**
 * Opening a solieu database: WAL mode, foreign keys, migrations applied in order and recorded
 * in `_migrations` (and `PRAGMA user_version`), views created again when their SQL changed.
 * A read-only open changes nothing.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { seedTables } from './seed.js';
import { writeDocs } from './docs.js';

export type DB = Database.Database;

/** The folder of this package's SQL files, whether running from dist/ or from the sources. */
export function sqlDir(sub: 'migrations' | 'views'): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path.join(here, sub), path.join(here, '..', '..', 'db', sub)]) {
    if (existsSync(dir)) return dir;
  }
  throw new Error(`solieu: cannot find db/${sub} beside ${here}`);
}

type SqlFile = { version: number; name: string; sql: string };

function readSqlFiles(sub: 'migrations' | 'views'): SqlFile[] {
  const dir = sqlDir(sub);
  return readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.split('_')[0]), name: f, sql: readFileSync(path.join(dir, f), 'utf8') }));
}

export const SCHEMA_VERSION = (): number => Math.max(0, ...readSqlFiles('migrations').map((m) => m.version));

export type OpenOptions = { readonly?: boolean };

/** Page size of a new database file (bytes). */
export const PAGE_SIZE = 8192;

export function openDb(file: string, opts: OpenOptions = {}): DB {
  if (opts.readonly) {
    if (!existsSync(file)) throw new Error(`no database at ${file}`);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('query_only = ON');
    return db;
  }
  const db = new Database(file);
  // A new file gets 8 KiB pages (only an empty file can still choose; an existing one keeps its
  // own): fewer pages to write, checksum and copy back from the WAL. Measured writing the bench
  // dump's rows: ~10% less CPU than 4 KiB pages. 16 KiB pages save a little more but take
  // ~50 MB more memory during a batch run.
  if (db.pragma('page_count', { simple: true }) === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  seedTables(db);
  return db;
}

export function migrate(db: DB): void {
  db.exec(`CREATE TABLE IF NOT EXISTS _migrations ( -- Schema migrations applied to this file, in order.
    version INTEGER PRIMARY KEY, -- Migration number (the file db/migrations/NNNN_*.sql).
    name TEXT NOT NULL, -- The migration's file name.
    applied_at TEXT NOT NULL -- When it was applied (UTC, ISO 8601).
  ) STRICT`);
  db.exec(`CREATE TABLE IF NOT EXISTS _meta ( -- Internal settings of this file.
    key TEXT PRIMARY KEY, -- Setting name.
    value TEXT NOT NULL -- Setting value.
  ) STRICT`);
  const applied = new Set(db.prepare('SELECT version FROM _migrations').pluck().all() as number[]);
  const pending = readSqlFiles('migrations').filter((m) => !applied.has(m.version));
  const views = readSqlFiles('views');
  const viewsHash = createHash('sha256').update(views.map((v) => v.name + '\n' + v.sql).join('\n')).digest('hex');
  const current = db.prepare("SELECT value FROM _meta WHERE key = 'views_hash'").pluck().get() as string | undefined;
  if (!pending.length && current === viewsHash) return;
  db.transaction(() => {
    dropViews(db);
    for (const m of pending) {
      db.exec(m.sql);
      db.prepare('INSERT INTO _migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
    // the schema version is the highest migration applied (0002 may land after 0005 in a file
    // made while the migrations were written out of order)
    if (pending.length) db.pragma(`user_version = ${Math.max(...(db.prepare('SELECT version FROM _migrations').pluck().all() as number[]))}`);
    for (const v of views) db.exec(v.sql);
    writeDocs(db); // `_tables` and `_columns` follow the schema's comments
    db.prepare("INSERT INTO _meta (key, value) VALUES ('views_hash', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(viewsHash);
  })();
}

function dropViews(db: DB): void {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'view'").pluck().all() as string[];
  for (const n of names) db.exec(`DROP VIEW IF EXISTS "${n.replace(/"/g, '""')}"`);
}
