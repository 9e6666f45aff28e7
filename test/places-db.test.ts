/**
 * The gazetteer in the database: `places` and `place_successions` seeded on open (and only when
 * the data file's version changed), and the views of today's units.
 */
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { seedTables } from '../db/seed.js';

describe('places table', () => {
  const db = openDb(':memory:');
  it('holds every unit before and after the reform', () => {
    const counts = db.prepare('SELECT tier, valid_until IS NULL AS current, count(*) AS n FROM places GROUP BY 1, 2 ORDER BY 1, 2').all();
    expect(counts).toEqual([
      { tier: 1, current: 0, n: 63 }, { tier: 1, current: 1, n: 34 },
      { tier: 2, current: 0, n: 696 },
      { tier: 3, current: 0, n: 10047 }, { tier: 3, current: 1, n: 3321 },
    ]);
  });
  it('describes a unit with its parents, names and successors', () => {
    expect(db.prepare("SELECT * FROM places WHERE code = '247'").get()).toEqual({
      code: '247', gso_code: '247', level: 'huyện', name: 'Tam Dương', full_name: 'Huyện Tam Dương', name_key: 'tam duong',
      parent_code: '26', province_code: '26', province: 'Vĩnh Phúc', tier: 2, valid_from: null, valid_until: '2025-06-30',
      successor_codes: '["2025:08869","2025:08872","2025:08896","2025:08905"]', aliases: null,
    });
    expect(db.prepare("SELECT code, level, name, province, valid_from FROM places WHERE code = '2025:25'").get())
      .toEqual({ code: '2025:25', level: 'tỉnh', name: 'Phú Thọ', province: 'Phú Thọ', valid_from: '2025-07-01' });
    expect(db.prepare("SELECT code FROM places WHERE name_key = 'vinh thanh' AND level = 'huyện' ORDER BY code").pluck().all()).toEqual(['546', '924']);
  });
  it('says where a unit is today', () => {
    const rows = db.prepare("SELECT today_code, today_name, today_province, whole FROM places_today WHERE code = '26'").all();
    expect(rows).toEqual([{ today_code: '2025:25', today_name: 'Phú Thọ', today_province: 'Phú Thọ', whole: 1 }]);
    const tuQuang = db.prepare("SELECT DISTINCT today_province FROM places_today WHERE code = '02242'").pluck().all();
    expect(tuQuang).toEqual(['Tuyên Quang']);
  });
  it('is loaded again only when the gazetteer version changes', () => {
    db.prepare("UPDATE places SET name = 'X' WHERE code = '247'").run();
    seedTables(db);
    expect(db.prepare("SELECT name FROM places WHERE code = '247'").pluck().get()).toBe('X');
    db.prepare("UPDATE _meta SET value = 'old' WHERE key = 'places_version'").run();
    seedTables(db);
    expect(db.prepare("SELECT name FROM places WHERE code = '247'").pluck().get()).toBe('Tam Dương');
  });
});
