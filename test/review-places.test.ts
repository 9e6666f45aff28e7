/**
 * Places typed by reviewers: resolved to name, code and province through the gazetteer;
 * ambiguous names reported with their candidates, never guessed; the `places` table (migration
 * 0002, columns code, level, name, name_key, province, ...) serves when it is there.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { asciiKey } from '../extractors/lib/fold.js';
import { placesTableLookup, resolvePlace } from '../review/places.js';

const memory = () => new Database(':memory:');

describe('resolvePlace', () => {
  const db = memory();
  it('resolves a name with its level word, without marks, or with its province', () => {
    expect(resolvePlace(db, 'huyện Tam Dương')).toEqual({ ok: true, value: { place_name: 'huyện Tam Dương', place_code: '247', province: 'Vĩnh Phúc' } });
    expect(resolvePlace(db, 'huyện Vĩnh Thạnh, Cần Thơ')).toEqual({ ok: true, value: { place_name: 'huyện Vĩnh Thạnh', place_code: '924', province: 'Cần Thơ' } });
    expect(resolvePlace(db, 'Việt Nam')).toEqual({ ok: true, value: { place_name: 'Việt Nam', place_code: null, province: null } });
    expect(resolvePlace(db, '')).toEqual({ ok: true, value: { place_name: null, place_code: null, province: null } });
  });

  it('reports an ambiguous name with every candidate', () => {
    const r = resolvePlace(db, 'huyện Vĩnh Thạnh');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('"huyện Vĩnh Thạnh" is ambiguous: 2 places have that name: 546 (huyện Vĩnh Thạnh, Bình Định); 924 (huyện Vĩnh Thạnh, Cần Thơ). Give the code, or the province: "huyện Vĩnh Thạnh, <province>"');
    expect(resolvePlace(db, 'huyện Không Có Thật')).toEqual({ ok: false, error: 'no place named "huyện Không Có Thật" in the gazetteer' });
  });

  it('takes a code, leading zeros and all, and picks the side of the 2025 reform by date', () => {
    expect(resolvePlace(db, '00004')).toEqual({ ok: true, value: { place_name: 'phường Trúc Bạch', place_code: '00004', province: 'Hà Nội' } });
    expect(resolvePlace(db, 'tỉnh Tuyên Quang', '2023-08-01')).toMatchObject({ ok: true, value: { place_code: '08' } });
    expect(resolvePlace(db, 'tỉnh Tuyên Quang', '2025-09-01')).toMatchObject({ ok: true, value: { place_code: '2025:08' } });
    expect(resolvePlace(db, '99999')).toEqual({ ok: false, error: 'no place has code 99999' });
  });
});

describe('with a places table', () => {
  const db = memory();
  db.exec(`CREATE TABLE places (code TEXT PRIMARY KEY, level TEXT, name TEXT, full_name TEXT, name_key TEXT, parent_code TEXT,
    province_code TEXT, province TEXT, valid_from TEXT, valid_until TEXT, successor_codes TEXT)`);
  const add = db.prepare('INSERT INTO places (code, level, name, full_name, name_key, province) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [code, level, name, province] of [['26', 'tỉnh', 'Vĩnh Phúc', 'Vĩnh Phúc'], ['247', 'huyện', 'Tam Dương', 'Vĩnh Phúc'],
    ['106', 'huyện', 'Tam Đường', 'Lai Châu'], ['546', 'huyện', 'Vĩnh Thạnh', 'Bình Định'], ['924', 'huyện', 'Vĩnh Thạnh', 'Cần Thơ']]) {
    add.run(code, level, name, `${level} ${name}`, asciiKey(name!), province);
  }
  it('finds names by name_key, keeping marks apart when typed with them', () => {
    expect(placesTableLookup(db, 'huyện Tam Dương').map((c) => c.code)).toEqual(['247']);
    expect(placesTableLookup(db, 'Tam Duong').map((c) => c.code).sort()).toEqual(['106', '247']);
    expect(placesTableLookup(db, 'huyện Vĩnh Thạnh').map((c) => c.code)).toEqual(['546', '924']);
  });
  it('resolves codes through the table', () => {
    expect(resolvePlace(db, '247')).toEqual({ ok: true, value: { place_name: 'huyện Tam Dương', place_code: '247', province: 'Vĩnh Phúc' } });
  });
});
