/**
 * The public query interface (README "The file"): these tables, views and columns are a promise
 * to users who query the SQLite file directly. Adding columns is fine; removing or renaming one
 * breaks users and must fail here.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb, PAGE_SIZE } from '../db/open.js';

const PROMISED: Record<string, string[]> = {
  articles: ['id', 'external_id', 'source', 'url', 'title', 'published', 'text', 'content_hash'],
  figures: [
    'id', 'article_id', 'kind', 'value', 'total', 'value_max', 'unit', 'qualifier', 'modality', 'change', 'subject',
    'place_name', 'place_code', 'province', 'year', 'period', 'quote', 'char_start', 'char_end', 'sentence', 'is_repeat',
  ],
  figures_extracted: ['id', 'article_id', 'kind', 'value', 'total', 'value_max', 'unit', 'qualifier', 'modality', 'change', 'subject', 'quote', 'char_start', 'char_end'],
  place_mentions: ['article_id', 'char_start', 'char_end', 'quote', 'level', 'name', 'code', 'province'],
  ingest_errors: ['source', 'line', 'reason', 'detail'],
  runs: ['id', 'command', 'inputs', 'version', 'started_at', 'ended_at', 'status'],
  _migrations: ['version', 'name', 'applied_at'],
};

describe('public query interface', () => {
  const db = openDb(':memory:');
  for (const [name, cols] of Object.entries(PROMISED)) {
    it(`${name} has its promised columns`, () => {
      const have = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]);
      expect(have.length, `${name} exists`).toBeGreaterThan(0);
      for (const c of cols) expect(have, `${name}.${c}`).toContain(c);
    });
  }
  it('records the schema version', () => {
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = db.prepare('SELECT max(version) FROM _migrations').pluck().get() as number;
    expect(version).toBe(latest);
    expect(version).toBeGreaterThanOrEqual(1);
  });
});

describe('database file', () => {
  it('a new file has 8 KiB pages and WAL; an existing file keeps its page size', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'solieu-pages-'));
    try {
      const fresh = openDb(path.join(dir, 'new.sqlite'));
      expect(PAGE_SIZE).toBe(8192);
      expect(fresh.pragma('page_size', { simple: true })).toBe(8192);
      expect(fresh.pragma('journal_mode', { simple: true })).toBe('wal');
      fresh.close();
      const oldFile = path.join(dir, 'old.sqlite');
      const old = new Database(oldFile);
      old.pragma('page_size = 4096');
      old.exec('CREATE TABLE keep (x TEXT)');
      old.prepare('INSERT INTO keep VALUES (?)').run('still here');
      old.close();
      const reopened = openDb(oldFile);
      expect(reopened.pragma('page_size', { simple: true })).toBe(4096);
      expect(reopened.prepare('SELECT x FROM keep').pluck().get()).toBe('still here');
      expect(reopened.prepare('SELECT count(*) FROM places').pluck().get()).toBeGreaterThan(10000);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
