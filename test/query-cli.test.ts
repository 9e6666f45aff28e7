/**
 * The query commands as a user runs them (the built CLI): `query` reads only and refuses
 * writes with a message, `export` writes CSV a spreadsheet opens (UTF-8 with BOM) and JSON
 * Lines with citation columns, `search`, `stats` and `schema` print what they promise, and a
 * mistake gives a message, never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildQueryDb, solieu } from './query-fixture.js';
import { parseCsv as parseCsvText } from '../review/csv.js';

let dir: string;
let db: string;
beforeAll(async () => {
  ({ dir, db } = await buildQueryDb());
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** RFC 4180 CSV (the parser `review import` uses): quoted fields may hold commas, quotes and line breaks. */
const parseCsv = (text: string): string[][] => parseCsvText(text).rows.filter((r) => r.length > 1 || r[0] !== '');

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('solieu query', () => {
  it('prints an aligned table', () => {
    const r = solieu(['query', "SELECT kind, count(*) AS n FROM figures GROUP BY kind ORDER BY kind", '--db', db]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^kind\s+│ n$/);
    expect(lines[1]).toMatch(/^─+┼─+$/);
    expect(lines.slice(2).map((l) => l.split('│')[0]!.trim())).toEqual(['count', 'money', 'percent', 'rank', 'ratio']);
    expect(new Set(lines.slice(2).map((l) => l.indexOf('│'))).size).toBe(1); // aligned
  });

  it('writes csv (with BOM unless --no-bom), json and jsonl', () => {
    const sql = "SELECT external_id, title FROM articles WHERE external_id LIKE 'q-%' ORDER BY id";
    const csv = solieu(['query', sql, '--db', db, '--format', 'csv']);
    expect(csv.raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parseCsv(csv.stdout.slice(1))[1]).toEqual(['q-thanhhoa', 'Thanh Hoá đẩy mạnh chuyển đổi số']);
    expect(solieu(['query', sql, '--db', db, '-f', 'csv', '--no-bom']).stdout.startsWith('external_id,title\r\n')).toBe(true);
    expect(JSON.parse(solieu(['query', sql, '--db', db, '-f', 'json']).stdout)[0]).toEqual({ external_id: 'q-thanhhoa', title: 'Thanh Hoá đẩy mạnh chuyển đổi số' });
    const jsonl = solieu(['query', sql, '--db', db, '-f', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((o) => o.external_id)).toEqual(['q-thanhhoa', 'q-thanhhoa-2022', 'q-changing']);
  });

  it('binds parameters', () => {
    const r = solieu(['query', 'SELECT count(*) AS n FROM figures WHERE province = :p AND year = :y', '-p', 'p=Thanh Hóa', '-p', 'y=2025', '--db', db, '-f', 'json']);
    expect(JSON.parse(r.stdout)[0].n).toBeGreaterThan(0);
  });

  it('refuses every write with a message, and the file is unchanged', () => {
    const count = () => {
      const c = new Database(db, { readonly: true });
      const n = c.prepare('SELECT count(*) FROM articles').pluck().get();
      c.close();
      return n;
    };
    const before = count();
    for (const sql of ['DELETE FROM articles', "UPDATE figure_extractions SET value = 0", 'DROP TABLE runs', "INSERT INTO runs (command) VALUES ('x')", 'PRAGMA user_version = 99', 'CREATE TABLE t (x)', 'VACUUM']) {
      const r = solieu(['query', sql, '--db', db]);
      expect(r.status, sql).toBe(1);
      expect(r.stderr, sql).toMatch(/solieu query: refused: .* only reads/);
      noStack(r.stderr);
    }
    expect(count()).toBe(before);
    const c = new Database(db, { readonly: true });
    expect(c.pragma('user_version', { simple: true })).not.toBe(99);
    c.close();
  });

  it('explains bad SQL, several statements and a missing file', () => {
    const bad = solieu(['query', 'SELEC 1', '--db', db]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/cannot run this SQL: near "SELEC": syntax error/);
    noStack(bad.stderr);
    expect(solieu(['query', 'SELECT 1; SELECT 2', '--db', db]).stderr).toMatch(/one SQL statement at a time/);
    const missing = solieu(['query', 'SELECT 1', '--db', path.join(dir, 'nope.sqlite')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no database at/);
  });
});

describe('solieu export', () => {
  it('writes figures as CSV with a BOM and the citation columns', () => {
    const out = path.join(dir, 'figures.csv');
    const r = solieu(['export', '--db', db, '--out', out]);
    expect(r.status).toBe(0);
    const buf = readFileSync(out);
    expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(buf.toString('utf8').slice(1));
    const head = rows[0]!;
    for (const c of ['id', 'kind', 'value', 'quote', 'sentence', 'char_start', 'external_id', 'title', 'published', 'source', 'url']) expect(head).toContain(c);
    const c = new Database(db, { readonly: true });
    expect(rows.length - 1).toBe(c.prepare('SELECT count(*) FROM figures').pluck().get());
    // every row's quote is the article text at its offsets, through the CSV round trip
    const cut = c.prepare('SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?').pluck();
    const at = (name: string) => head.indexOf(name);
    for (const row of rows.slice(1)) {
      expect(cut.get(Number(row[at('char_start')]), Number(row[at('char_end')]), Number(row[at('char_start')]), Number(row[at('article_id')]))).toBe(row[at('quote')]);
      expect(row[at('sentence')]).toContain(row[at('quote')]!);
    }
    c.close();
    expect(r.stderr).toMatch(/solieu export: \d+ rows -> .*figures\.csv/);
  });

  it('filters by kind, province (without diacritics), year and article; writes JSON Lines', () => {
    const r = solieu(['export', '--db', db, '-f', 'jsonl', '--kind', 'percent,money', '--province', 'thanh hoa', '--year', '2022-2025']);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const o of rows) {
      expect(['percent', 'money']).toContain(o.kind);
      expect(o.province).toBe('Thanh Hóa');
      expect(o.year).toBeGreaterThanOrEqual(2022);
      expect(o.year).toBeLessThanOrEqual(2025);
    }
    const one = solieu(['export', '--db', db, '-f', 'jsonl', '--article', 'q-thanhhoa-2022', '--no-bom']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(one.map((o) => o.quote)).toEqual(['3,1%', '120']);
    expect(one[0].url).toBe('https://example.vn/thanh-hoa-2022');
  });

  it('exports other views, and says what is wrong', () => {
    const r = solieu(['export', '--db', db, '-f', 'jsonl', '--view', 'targets_vs_actuals']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toContainEqual(expect.objectContaining({ target_value: 1.5, actual_value: 2.5 }));
    const bad = solieu(['export', '--db', db, '--view', 'no_such_view']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/no table or view named "no_such_view"/);
    expect(solieu(['export', '--db', db, '--view', 'figures_by_place', '--year', '2023']).stderr).toMatch(/--year needs a column `year`/);
    noStack(bad.stderr);
  });
});

describe('solieu search', () => {
  it('prints hits with offsets and the sentence, the hit marked', () => {
    const r = solieu(['search', 'THANH HÓA', '--db', db, '--limit', '50']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\s+17-26\s+😀 Năm 2023, tỉnh «Thanh Hoá» có 95%/m);
    expect(r.stdout).toMatch(/percent 95 % \(actual\) «95%»/);
  });

  it('writes JSON Lines', () => {
    const hits = solieu(['search', 'chuyen doi so', '--db', db, '-f', 'jsonl', '--limit', '3']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(hits).toHaveLength(3);
    expect(hits[0]).toEqual(expect.objectContaining({ quote: expect.stringMatching(/^chuyển đổi số$/i), char_start: expect.any(Number), sentence: expect.any(String) }));
  });

  it('explains a query it cannot read', () => {
    const r = solieu(['search', '"chuyen doi', '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/solieu search: cannot read the search/);
    noStack(r.stderr);
  });
});

describe('solieu stats and schema', () => {
  it('stats counts articles, figures by kind and status, places, errors, runs', () => {
    const s = JSON.parse(solieu(['stats', '--db', db, '-f', 'json']).stdout);
    expect(s.articles.articles).toBe(8);
    expect(s.articles.indexed_for_search).toBe(8);
    expect(s['figures by kind'].columns).toEqual(['kind', 'figures', 'actual', 'target', 'articles']);
    expect(s.runs.runs).toBe(1);
    expect(s.errors.rows).toEqual([]);
    const text = solieu(['stats', '--db', db]).stdout;
    for (const h of ['articles', 'figures by kind', 'places', 'errors', 'runs']) expect(text).toMatch(new RegExp(`^${h}$`, 'm'));
  });

  it('schema prints every table and view with its columns, as Markdown, JSON or Datasette metadata', () => {
    const md = solieu(['schema']).stdout;
    expect(md).toMatch(/^### `figures` \(view\)$/m);
    expect(md).toMatch(/^\| `metric_key` \|/m);
    const json = JSON.parse(solieu(['schema', '-f', 'json', '--db', db]).stdout) as { name: string; columns: { description: string | null }[] }[];
    expect(json.map((d) => d.name)).toContain('targets_vs_actuals');
    expect(json.every((d) => d.columns.every((c) => c.description))).toBe(true);
    const meta = JSON.parse(solieu(['schema', '-f', 'datasette', '--db', db]).stdout);
    expect(meta.databases.q.tables.articles.fts_table).toBe('articles_fts');
    expect(meta.databases.q.tables.figures.columns.quote).toMatch(/as written/);
  });
});
