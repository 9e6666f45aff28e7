/**
 * The public query interface (README "The file"): these tables, views and columns are a promise
 * to users who query the SQLite file directly. Adding columns is fine; removing or renaming one
 * breaks users and must fail here.
 */
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';

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
