/**
 * The README's "Query the file directly" section (issue 7): at least eight questions answered in
 * SQL, each read from the README itself (so they cannot drift) and run read-only against a
 * database built from the sample articles; each must return rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sectionOf } from '../db/docs.js';
import { buildQueryDb, root } from './query-fixture.js';

const section = sectionOf(readFileSync(path.join(root, 'README.md'), 'utf8'), 'query') ?? '';
const blocks = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

let dir: string;
let db: Database.Database;
beforeAll(async () => {
  let file: string;
  ({ dir, db: file } = await buildQueryDb());
  db = new Database(file, { readonly: true }); // plain better-sqlite3: no function of solieu's is needed
});
afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('README "Query the file directly"', () => {
  it('has the section and at least eight questions in SQL', () => {
    expect(section).toMatch(/^## Query the file directly/m);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect((section.match(/^\*\*[^*]+\?\*\*/gm) ?? []).length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((sql, i) => [i + 1, sql.split('\n')[0], sql] as const))('query %i (%s) runs read-only and answers', (_i, _first, sql) => {
    const stmt = db.prepare(sql);
    expect(stmt.readonly).toBe(true);
    const rows = stmt.all() as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
  });

  it('answers with the values of the sample articles', () => {
    const run = (needle: string) => db.prepare(blocks.find((b) => b.includes(needle))!).all() as Record<string, unknown>[];
    const tva = run('FROM targets_vs_actuals');
    expect(tva).toContainEqual(expect.objectContaining({ place_name: 'tỉnh Thanh Hóa', target_value: 1.5, target_year: 2025, actual_value: 2.5, actual_year: 2023 }));
    const changed = run('WITH yearly');
    expect(changed).toContainEqual(expect.objectContaining({ metric_key: 'ty le ho ngheo|percent|%', year: 2023, previous_year: 2022, change_since: -0.6 }));
    expect(run('billion_vnd')[0]).toMatchObject({ billion_vnd: 3500, quote: '3.500 tỷ đồng' });
    const withDiacritics = run('highlight(');
    expect(withDiacritics.map((r) => r.external_id)).toContain('q-thanhhoa');
    const fts = run("MATCH '\"chuyen doi so\"'");
    expect(fts.length).toBe(6);
  });
});
