/**
 * The schema documents itself (issue 7): every table, view and column of a freshly migrated
 * database has a description, `_tables`/`_columns` hold them, and the README's schema section is
 * what `npm run docs` would write now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDb, type DB } from '../db/open.js';
import { parseComments, readDocs, readmeSchemaSection, sectionOf, splitComment, undocumented, withSection } from '../db/docs.js';
import { root } from './query-fixture.js';

let db: DB;
beforeAll(() => {
  db = openDb(':memory:');
});
afterAll(() => db?.close());

describe('every table, view and column of a new database', () => {
  it('has a description', () => {
    const docs = readDocs(db);
    expect(docs.length).toBeGreaterThan(10);
    const missing = undocumented(docs);
    expect(
      missing,
      `no description for: ${missing.join(', ')}. Put a trailing \`-- description\` on the column's line ` +
        '(and on the `CREATE TABLE x ( --` / `CREATE VIEW x AS --` line); after ALTER TABLE ... ADD COLUMN, a token must follow the comment on the next line (see db/migrations/0004_query.sql).',
    ).toEqual([]);
  });

  it('is stored in _tables and _columns', () => {
    const docs = readDocs(db);
    const tables = db.prepare('SELECT name, type, description FROM _tables ORDER BY name').all();
    expect(tables).toEqual(docs.map((d) => ({ name: d.name, type: d.type, description: d.description })).sort((a, b) => (a.name < b.name ? -1 : 1)));
    const n = docs.reduce((k, d) => k + d.columns.length, 0);
    expect(db.prepare('SELECT count(*) FROM _columns WHERE description IS NOT NULL').pluck().get()).toBe(n);
    expect(db.prepare("SELECT description FROM _columns WHERE table_name = 'figures' AND name = 'quote'").pluck().get()).toMatch(/as written/);
  });

  it('covers the public interface: figures, articles, place_mentions and the query views', () => {
    const names = readDocs(db).map((d) => d.name);
    for (const n of ['figures', 'articles', 'place_mentions', 'articles_fts', 'figures_cited', 'figures_by_place', 'targets_vs_actuals', '_columns']) {
      expect(names).toContain(n);
    }
    expect(readDocs(db).some((d) => /_(data|idx|content|docsize|config)$/.test(d.name))).toBe(false); // FTS5's own tables
  });
});

describe('the README', () => {
  it('has the schema section `npm run docs` writes now', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const have = sectionOf(readme, 'schema');
    const want = readmeSchemaSection(readDocs(db));
    expect(have?.trim(), 'the README schema section is out of date: run `npm run docs`').toBe(want.trim());
  });

  it('sections are replaced between their markers only', () => {
    const t = 'a\n<!-- section:x -->\nold\n<!-- /section:x -->\nb';
    const u = withSection(t, 'x', 'new\nlines');
    expect(u).toBe('a\n<!-- section:x -->\nnew\nlines\n<!-- /section:x -->\nb');
    expect(sectionOf(u, 'x')).toBe('new\nlines');
  });
});

describe('an undocumented column', () => {
  it('is reported', () => {
    const d = openDb(':memory:');
    d.exec('CREATE TABLE bare (\n  id INTEGER PRIMARY KEY, -- Row id.\n  secret TEXT)');
    d.exec("CREATE VIEW bare_view AS -- A view.\nSELECT id, -- Row id.\n  secret AS hidden FROM bare");
    expect(undocumented(readDocs(d))).toEqual(['bare_view.hidden', 'bare (the table itself)', 'bare.secret']);
    d.close();
  });
});

describe('comment parsing', () => {
  it('splits code from a trailing comment, not inside quotes', () => {
    expect(splitComment("  kind TEXT CHECK (kind IN ('a--b')), -- What sort")).toEqual({ code: "  kind TEXT CHECK (kind IN ('a--b')), ", comment: 'What sort' });
    expect(splitComment('  k TEXT /* desc of k */ DEFAULT NULL')).toEqual({ code: '  k TEXT  DEFAULT NULL', comment: 'desc of k' });
    expect(splitComment('  id INTEGER PRIMARY KEY,')).toEqual({ code: '  id INTEGER PRIMARY KEY,', comment: null });
  });

  it('reads tables, ALTER-added columns and view aliases', () => {
    const t = parseComments('CREATE TABLE t ( -- Things.\n  id INTEGER PRIMARY KEY, -- Row id.\n  "odd name" TEXT, -- Quoted.\n  PRIMARY KEY (id) -- not a column\n, k TEXT -- Added.\n DEFAULT NULL) STRICT', false);
    expect(t.description).toBe('Things.');
    expect(Object.fromEntries(t.columns)).toEqual({ id: 'Row id.', 'odd name': 'Quoted.', k: 'Added.' });
    const v = parseComments('CREATE VIEW v AS -- A view.\nWITH x AS (SELECT 1 AS n -- inner\n)\nSELECT\n  e.n AS n, -- Outer wins.\n  substr(a.text, 1, 2) AS quote, -- Cut.\n  kind -- Bare.\nFROM x', true);
    expect(v.description).toBe('A view.');
    expect(Object.fromEntries(v.columns)).toEqual({ n: 'Outer wins.', quote: 'Cut.', kind: 'Bare.' });
  });
});
