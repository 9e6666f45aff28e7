/**
 * Full-text search (issue 7): Vietnamese found with or without diacritics, tone placement and
 * đ; hits carry code-point offsets into `articles.text`; the index follows changed and deleted
 * articles; a query FTS5 cannot read gives a clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDb, type DB } from '../db/open.js';
import { ftsQuery, SearchSyntaxError, spansOfMarks } from '../db/fts.js';
import { search } from '../pipeline/search.js';
import { ingest } from '../pipeline/run.js';
import { buildQueryDb } from './query-fixture.js';

let dir: string;
let file: string;
let db: DB;

beforeAll(async () => {
  ({ dir, db: file } = await buildQueryDb());
  db = openDb(file, { readonly: true });
});
afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const externalIds = (q: string, opts = {}) => [...new Set(search(db, q, { limit: 500, ...opts }).hits.map((h) => h.external_id))].sort();

describe('search finds Vietnamese with or without diacritics', () => {
  it('finds Thanh Hoá (new tone placement) and Thanh Hóa (old) from every spelling', () => {
    const want = ['004_a574d02878853d9b', 'q-thanhhoa', 'q-thanhhoa-2022'];
    for (const q of ['thanh hoa', 'THANH HÓA', 'thanh hóa', 'Thanh Hoá', 'THANH HOA']) {
      expect(externalIds(q), q).toEqual(want);
    }
  });

  it('finds chuyển đổi số from chuyen doi so (đ folded in index and query)', () => {
    const all = ['000_7f9a9fb6ec1f38a9', '001_b8ced120c5cce2f5', '002_f2638a7b5a8b4613', '003_903504b29913986b', '004_a574d02878853d9b', 'q-thanhhoa'];
    expect(externalIds('chuyen doi so')).toEqual(all);
    expect(externalIds('chuyển đổi số')).toEqual(all);
    expect(externalIds('CHUYỂN ĐỔI SỐ')).toEqual(all);
  });

  it('finds ĐẮK LẮK from dak lak and đắk lắk', () => {
    expect(externalIds('dak lak')).toEqual(['q-thanhhoa']);
    expect(externalIds('đắk lắk')).toEqual(['q-thanhhoa']);
  });

  it('takes text typed in NFD', () => {
    expect(externalIds('thanh hoá'.normalize('NFD'))).toEqual(externalIds('thanh hoa'));
  });
});

describe('hits', () => {
  it('carry code-point offsets into articles.text, after an emoji too', () => {
    const r = search(db, 'thanh hoa', { limit: 100, perArticle: 100 });
    expect(r.hits.length).toBeGreaterThan(5);
    const cut = db.prepare('SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?').pluck();
    for (const h of r.hits) {
      expect(cut.get(h.char_start, h.char_end, h.char_start, h.article_id)).toBe(h.quote);
      expect(h.quote.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('thanh hoa');
      expect(cut.get(h.sentence_start, h.sentence_end, h.sentence_start, h.article_id)).toBe(h.sentence);
      expect(h.sentence).toContain(h.quote);
    }
    // the fixture starts with 😀 (two UTF-16 units, one code point): `Thanh Hoá` at code point 17
    const first = r.hits.find((h) => h.external_id === 'q-thanhhoa')!;
    expect(first.char_start).toBe(Array.from('😀 Năm 2023, tỉnh ').length);
    expect(first.char_start).toBe(17);
    expect(first.quote).toBe('Thanh Hoá');
  });

  it('of a phrase cover the whole phrase', () => {
    const h = search(db, 'chuyen doi so', { limit: 1 }).hits[0]!;
    expect(h.quote.toLowerCase()).toBe('chuyển đổi số');
  });

  it('with --kind keep sentences holding such a figure, and list those figures', () => {
    const r = search(db, 'ho ngheo', { kind: 'percent', limit: 50 });
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) {
      expect(h.figures.length).toBeGreaterThan(0);
      for (const f of h.figures) expect(f.kind).toBe('percent');
    }
    expect(search(db, 'ho ngheo', { kind: 'money' }).hits).toEqual([]);
  });

  it('with --province keep articles about that province, named with or without diacritics', () => {
    const ids = externalIds('chuyen doi so', { province: 'thanh hoa' });
    expect(ids).toContain('q-thanhhoa');
    expect(ids).not.toContain('000_7f9a9fb6ec1f38a9');
    expect(search(db, 'chuyen doi so', { province: 'Atlantis' }).note).toMatch(/no article .*"Atlantis"/);
  });

  it('respect --limit and --per-article', () => {
    const r = search(db, 'chuyen doi so', { limit: 7, perArticle: 2 });
    expect(r.hits).toHaveLength(7);
    expect(r.truncated).toBe(true);
    const per = new Map<number, number>();
    for (const h of r.hits) per.set(h.article_id, (per.get(h.article_id) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(2);
  });
});

describe('queries', () => {
  it('plain words are one phrase, folded like the index', () => {
    expect(ftsQuery('chuyển đổi số')).toBe('"chuyển dổi số"');
    expect(ftsQuery('Đắk Lắk', 'words')).toBe('"Dắk" "Lắk"');
    expect(ftsQuery('"chuyển đổi số" OR "thanh hoa"')).toBe('"chuyển dổi số" OR "thanh hoa"');
  });

  it('FTS5 syntax works: OR, NOT, prefix, NEAR', () => {
    expect(externalIds('"dak lak" OR "tam duong"')).toContain('q-thanhhoa');
    expect(externalIds('chuyen* NOT "thanh hoa"')).not.toContain('q-thanhhoa');
    expect(externalIds('NEAR("ho ngheo" "thanh hoa", 5)')).toEqual(['q-thanhhoa', 'q-thanhhoa-2022']);
  });

  it('a query FTS5 cannot read is a clear SearchSyntaxError, not an SQLite error', () => {
    for (const bad of ['"chuyen doi', 'AND OR', 'NEAR(a b', '(thanh', '"thanh" nosuchcolumn: hoa']) {
      let err: unknown;
      try {
        search(db, bad);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(SearchSyntaxError);
      expect((err as Error).message).toMatch(/cannot read the search/);
    }
    expect(() => search(db, '  ,;  ')).toThrow(SearchSyntaxError);
  });

  it('marks are read back as spans', () => {
    expect(spansOfMarks('a \u0002bc\u0003 d \u0002e\u0003')).toEqual([{ start: 2, end: 4 }, { start: 7, end: 8 }]);
  });
});

describe('the index follows the articles', () => {
  it('indexes new articles, re-indexes changed ones, forgets deleted ones', async () => {
    const { dir: d2, db: f2 } = await buildQueryDb();
    try {
      const dump = path.join(d2, 'changing.jsonl');
      const rec = (text: string) => JSON.stringify({ id: 'c1', title: 'Nuôi ong', text }) + '\n';
      writeFileSync(dump, rec('Huyện Tam Dương có 12 xã trồng cây sưa đỏ.'));
      await ingest([dump], { db: f2, quiet: true, log: () => {}, workers: 0 });
      const count = (q: string) => {
        const c = new Database(f2, { readonly: true });
        try {
          return c.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(ftsQuery(q)) as number;
        } finally {
          c.close();
        }
      };
      expect(count('cay sua do')).toBe(1);
      writeFileSync(dump, rec('Huyện Tam Dương có 15 xã nuôi ong mật.'));
      const s = await ingest([dump], { db: f2, quiet: true, log: () => {}, workers: 0 });
      expect(s.changed).toBe(1);
      expect(count('cay sua do')).toBe(0);
      expect(count('ong mat')).toBe(1);
      expect(count('nuoi ong')).toBe(1); // one article (its title and its text)

      const w = openDb(f2);
      w.prepare("DELETE FROM articles WHERE external_id = 'c1'").run();
      expect(w.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
      w.close();
      expect(count('ong mat')).toBe(0);

      // an article written around solieu is not indexed: search says so, a rebuild indexes it
      const raw = openDb(f2);
      raw
        .prepare(`INSERT INTO articles (key, source, text, content_hash, extractor_version, ingested_at)
                  VALUES ('raw', 'sqlite3', 'Đắk Nông có 7 huyện nuôi cá tầm.', 'x', 'x', 'now')`)
        .run();
      expect(search(raw, 'ca tam').hits).toEqual([]);
      expect(search(raw, 'ca tam').note).toMatch(/1 article\(s\) are not in the search index.*rebuild/);
      raw.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
      expect(search(raw, 'ca tam').hits.map((h) => h.quote)).toEqual(['cá tầm']);
      expect(search(raw, 'ca tam').note).toBeUndefined();
      raw.close();

      // the index and its content view agree: a rebuild finds the same
      const r = openDb(f2);
      const before = r.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all('"thanh hoa"');
      r.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
      expect(r.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all('"thanh hoa"')).toEqual(before);
      r.close();
    } finally {
      rmSync(d2, { recursive: true, force: true });
    }
  });

  it('indexes a batch at its commit, also when one of its new articles is replaced in the same batch', async () => {
    const { dir: d2, db: f2 } = await buildQueryDb();
    try {
      const dump = path.join(d2, 'twice.jsonl');
      const rec = (id: string, text: string) => JSON.stringify({ id, title: 'Tin', text }) + '\n';
      // t1 twice in one dump (one batch): the second text replaces the first before the commit
      writeFileSync(dump, rec('t1', 'Xã Hà Sơn có 3 hợp tác xã nuôi cá tầm.') + rec('t2', 'Huyện Vĩnh Lộc có 40 ha chè.') + rec('t1', 'Xã Hà Sơn có 5 hợp tác xã trồng nấm.'));
      const s = await ingest([dump], { db: f2, quiet: true, log: () => {}, workers: 0 });
      expect([s.added, s.changed]).toEqual([2, 1]);
      const c = new Database(f2);
      try {
        // (rank 1: against the content too, what an external-content index needs)
        expect(() => c.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
        const hits = (q: string) =>
          c.prepare(`SELECT group_concat(a.external_id) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                     WHERE articles_fts MATCH ? AND a.external_id IN ('t1', 't2')`).pluck().get(ftsQuery(q));
        expect([hits('trong nam'), hits('ca tam'), hits('40 ha che')]).toEqual(['t1', null, 't2']);
        const unindexed = c.prepare('SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM articles_fts_docsize)').pluck().get();
        expect(unindexed).toBe(0);
      } finally {
        c.close();
      }
    } finally {
      rmSync(d2, { recursive: true, force: true });
    }
  });

  it('highlight() in plain SQL gives positions in articles.text', () => {
    const row = db
      .prepare(
        `SELECT a.text, instr(highlight(articles_fts, 1, char(2), char(3)), char(2)) - 1 AS start
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH 'dak lak' AND a.external_id = 'q-thanhhoa'`,
      )
      .get() as { text: string; start: number };
    expect(Array.from(row.text).slice(row.start, row.start + 7).join('')).toBe('ĐẮK LẮK');
  });
});

describe('the index as it grows (migration 0006: no merging after every write)', () => {
  it('merges once 16 segments pile up and finds every article, before and after an optimize', async () => {
    const { dir: d2, db: f2 } = await buildQueryDb();
    const w = openDb(f2);
    try {
      const config = Object.fromEntries(w.prepare('SELECT k, v FROM articles_fts_config').raw().all() as [string, number][]);
      expect([config.automerge, config.hashsize]).toEqual([0, 4194304]);
      // 40 articles, one transaction each: one new segment each, merged when 16 pile up
      const insert = w.prepare(`INSERT INTO articles (key, source, text, content_hash, extractor_version, ingested_at)
                                VALUES (?, 'test', ?, ?, 'x', 'now')`);
      const index = w.prepare('INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM _articles_fts_source WHERE id = ?');
      for (let i = 0; i < 40; i++) {
        w.transaction(() => {
          const id = insert.run(`seg-${i}`, `Xã số ${i} có ${i + 3} đàn ong mật đạt chuẩn.`, `h${i}`).lastInsertRowid;
          index.run(id);
        })();
      }
      const count = () => w.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(ftsQuery('đàn ong mật'));
      expect(count()).toBe(40);
      expect(() => w.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
      w.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
      expect(count()).toBe(40);
      expect(() => w.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    } finally {
      w.close();
      rmSync(d2, { recursive: true, force: true });
    }
  });
});
