/**
 * The views for common questions (db/views/40_query.sql) agree with `figures`: one row of
 * `figures_cited` per figure, `figures_by_place` adds up, `targets_vs_actuals` has every target
 * once and beside it the LATEST actual of the same place and metric key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { buildQueryDb } from './query-fixture.js';

let dir: string;
let db: Database.Database;
beforeAll(async () => {
  let file: string;
  ({ dir, db: file } = await buildQueryDb());
  db = new Database(file, { readonly: true });
});
afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const one = (sql: string) => db.prepare(sql).pluck().get();

describe('query views', () => {
  it('figures_cited has one row per figure, with the article citation', () => {
    expect(one('SELECT count(*) FROM figures_cited')).toBe(one('SELECT count(*) FROM figures'));
    expect(one('SELECT count(*) FROM figures_cited c JOIN figures f USING (id) WHERE c.quote IS NOT f.quote OR c.value IS NOT f.value')).toBe(0);
    const row = db.prepare("SELECT url, published, title, article_places, metric_key FROM figures_cited WHERE quote = '3,1%'").get();
    expect(row).toEqual({ url: 'https://example.vn/thanh-hoa-2022', published: '2022-12-20', title: 'Kết quả giảm nghèo năm 2022', article_places: expect.stringContaining('Thanh Hóa'), metric_key: 'ty le ho ngheo|percent|%' });
  });

  it('figures_by_place adds up to the figures that are not repeats', () => {
    expect(one('SELECT sum(figures) FROM figures_by_place')).toBe(one('SELECT count(*) FROM figures WHERE is_repeat = 0'));
    expect(one('SELECT count(*) FROM figures_by_place WHERE figures <> percent + count + ratio + money + quantity + rank OR figures <> targets + actuals')).toBe(0);
    const th = db.prepare("SELECT * FROM figures_by_place WHERE place_name = 'tỉnh Thanh Hóa'").get() as Record<string, number>;
    expect(th.money).toBe(2);
    expect(th.first_year).toBe(2022);
  });

  it('targets_vs_actuals lists every target once, beside the latest actual of its place and metric', () => {
    expect(one('SELECT count(*) FROM targets_vs_actuals')).toBe(one("SELECT count(*) FROM figures WHERE modality = 'target' AND is_repeat = 0"));
    expect(one('SELECT count(DISTINCT target_id) FROM targets_vs_actuals')).toBe(one('SELECT count(*) FROM targets_vs_actuals'));
    const r = db.prepare("SELECT * FROM targets_vs_actuals WHERE metric_key = 'ty le ho ngheo|percent|%'").get() as Record<string, unknown>;
    expect(r).toMatchObject({ target_value: 1.5, target_year: 2025, actual_value: 2.5, actual_year: 2023, actual_quote: '2,5%', progress: 1.6667 });
    // every pair really is the same place and key
    expect(
      one(`SELECT count(*) FROM targets_vs_actuals t JOIN figures_cited a ON a.id = t.actual_id
           WHERE a.metric_key IS NOT t.metric_key OR coalesce(a.place_code, a.place_name) IS NOT coalesce(t.place_code, t.place_name) OR a.modality <> 'actual'`),
    ).toBe(0);
  });
});
