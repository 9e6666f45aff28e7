/**
 * The spreadsheet round trip: export, (open and save in a spreadsheet,) import loses nothing;
 * edits come back exactly; a bad row names itself and changes nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/open.js';
import { correct } from '../db/reviews.js';
import { decodeCell, encodeCell, parseCsv, writeCsv, type CellType } from '../review/csv.js';
import { exportCsv } from '../review/export.js';
import { importCsv } from '../review/import.js';
import { figureByQuote, reextract, sampleDb, who } from './review-fixture.js';

const TYPES: CellType[] = ['id', 'code', 'date', 'number', 'int', 'text'];
const TRICKY = ['00004', '08', '3500000000000', '2023-05', '30/8/2022', '-5%', '=1+1', '+84', '@x', "'quoted", ' lead', 'trail ', 'TRUE',
  '1.057', '99,86', 'a "quoted" word', 'two\nlines', 'semi;colon', 'comma, here', '="formula text"', 'x'.repeat(300), '-'.repeat(260)];

/**
 * What a spreadsheet does on open and save, for the cells it understands: it evaluates text
 * formulas, drops leading zeros, shows long numbers as 3.5E+12, and saves what it shows.
 */
function spreadsheet(cell: string, decimalComma = false): string {
  const f = /^="((?:[^"]|"")*)"$/s.exec(cell);
  if (f) return f[1]!.replace(/""/g, '"');
  if (/^-?\d+(\.\d+)?$/.test(cell)) {
    const n = Number(cell);
    const shown = cell.replace('-', '').length > 11 ? n.toExponential(5).toUpperCase().replace(/E\+?(-?)(\d)$/, 'E+$1$2') : String(n);
    return decimalComma ? shown.replace('.', ',') : shown;
  }
  return cell;
}

function saveAs(csv: string, decimalComma = false): string {
  const d = decimalComma ? ';' : ',';
  const { rows } = parseCsv(csv);
  const q = (c: string) => (/[";\r\n,]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return '\ufeff' + rows.map((r) => r.map((c) => q(spreadsheet(c, decimalComma))).join(d)).join('\r\n') + '\r\n';
}

describe('cells', () => {
  it('decode(encode(x)) is x, through the CSV file and through a spreadsheet save', () => {
    const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...TRICKY));
    fc.assert(fc.property(fc.array(fc.tuple(value, fc.constantFrom(...TYPES)), { minLength: 1, maxLength: 6 }), (cells) => {
      const csv = writeCsv(cells.map((_, i) => `c${i}`), [cells.map(([v, t]) => encodeCell(v, t))]);
      const direct = parseCsv(csv).rows[1]!.map(decodeCell);
      const saved = parseCsv(saveAs(csv)).rows[1]!.map(decodeCell);
      const want = cells.map(([v]) => v);
      expect(direct).toEqual(want);
      // Leading/trailing white space of a long text is the one thing a spreadsheet may still trim.
      expect(saved).toEqual(want);
    }), { numRuns: 300 });
  });

  it('writes amounts as plain digits, protected when a spreadsheet would shorten them', () => {
    expect(encodeCell(3.5e12, 'number')).toBe('="3500000000000"');
    expect(encodeCell(99.86, 'number')).toBe('99.86');
    expect(encodeCell(1e21, 'number')).toBe('="1000000000000000000000"');
    expect(encodeCell('00004', 'code')).toBe('="00004"');
    expect(encodeCell('-5%', 'text')).toBe('="-5%"');
    expect(encodeCell('tỷ lệ hộ nghèo', 'text')).toBe('tỷ lệ hộ nghèo');
    expect(writeCsv(['a'], [['b']]).startsWith('\ufeffa\r\nb')).toBe(true);
  });
});

describe('export and import', () => {
  let db: DB;
  let file: string;
  let articles: string;
  beforeAll(async () => {
    ({ db, file, articles } = await sampleDb());
  });
  afterAll(() => db.close());
  const reviews = () => db.prepare('SELECT count(*) FROM reviews').pluck().get() as number;
  const edit = (csv: string, figureId: number, changes: Record<string, string>): string => {
    const { rows } = parseCsv(csv);
    const h = rows[0]!.map(decodeCell);
    const row = rows.find((r) => decodeCell(r[0]!) === String(figureId))!;
    for (const [k, v] of Object.entries(changes)) row[h.indexOf(k)] = v;
    return writeCsv(rows[0]!, rows.slice(1));
  };

  it('an untouched export, saved by a spreadsheet or not, imports as no change', () => {
    const big = figureByQuote(db, '182');
    correct(db, big.id, { value: 3512345678912, place: { place_name: 'xã Hợp Thịnh', place_code: '00004', province: 'Vĩnh Phúc' } }, who);
    const n = reviews();
    const { csv, rows } = exportCsv(db);
    expect(rows).toBeGreaterThan(50);
    expect(csv).toContain('"=""3512345678912"""');
    expect(csv).toContain('"=""00004"""');
    for (const variant of [csv, saveAs(csv), saveAs(csv, true)]) {
      const r = importCsv(db, variant, { ...who, via: 'import' });
      expect(r.errors).toEqual([]);
      expect(r.written).toEqual({ accept: 0, reject: 0, correct: 0, add: 0 });
      expect(r.unchanged).toBe(rows);
    }
    expect(reviews()).toBe(n);
    expect(exportCsv(db).csv).toBe(csv);
    // A shortened 3.51235E+12 is the same number as far as a spreadsheet could tell: no change.
    expect(importCsv(db, edit(csv, big.id, { value: '3.51235E+12' }), { ...who, via: 'import' }).errors).toEqual([]);
    expect(importCsv(db, edit(csv, big.id, { value: '3.6E+12' }), { ...who, via: 'import' }).errors[0]).toMatch(/shortened by a spreadsheet/);
  });

  it('brings edits back exactly, and only once', () => {
    const a = figureByQuote(db, '99,86%');
    const b = figureByQuote(db, '93,38%');
    const c = figureByQuote(db, '85,5%');
    const { csv } = exportCsv(db);
    let edited = edit(csv, a.id, { value: '4200000000001', note: 'sửa theo bản in', place_code: '="00004"', place_name: '' });
    edited = edit(edited, b.id, { decision: 'reject', note: 'trùng' });
    edited = edit(edited, c.id, { decision: 'accept' });
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(a.article_id) as string;
    const at = text.indexOf('2 cấp huyện');
    const { rows } = parseCsv(edited);
    const add = rows[0]!.map((h) => ({ article_id: String(a.article_id), kind: 'count', value: '2', unit: 'cấp', quote: '', char_start: String(at), char_end: String(at + 5) } as Record<string, string>)[decodeCell(h)] ?? '');
    edited = writeCsv(rows[0]!, [...rows.slice(1), add]);
    for (const variant of [edited, saveAs(edited)]) {
      const r = importCsv(db, variant, { reviewer: 'mai', via: 'import' });
      expect(r.errors).toEqual([]);
      if (variant === edited) expect(r.written).toEqual({ accept: 1, reject: 1, correct: 1, add: 1 });
      else expect(r.written).toEqual({ accept: 0, reject: 0, correct: 0, add: 0 }); // the second import changes nothing
    }
    expect(db.prepare('SELECT value, place_code, place_name, review_status, reviewer FROM figures WHERE id = ?').get(a.id))
      .toEqual({ value: 4200000000001, place_code: '00004', place_name: 'phường Trúc Bạch', review_status: 'corrected', reviewer: 'mai' });
    expect(db.prepare('SELECT count(*) FROM figures WHERE id = ?').pluck().get(b.id)).toBe(0);
    expect(db.prepare('SELECT review_status FROM figures WHERE id = ?').pluck().get(c.id)).toBe('accepted');
    expect(db.prepare("SELECT quote FROM figures WHERE review_status = 'added'").pluck().all()).toEqual(['2 cấp']);
    const again = exportCsv(db).csv;
    expect(again).toContain('"=""4200000000001"""');
    expect(again).toContain('"=""00004"""');
  });

  it('refuses a file with a bad row, says which and why, and changes nothing', () => {
    const a = figureByQuote(db, '100%');
    const b = figureByQuote(db, '26');
    const { csv } = exportCsv(db);
    let bad = edit(csv, b.id, { value: '27' });
    bad = edit(bad, a.id, { value: 'abc' });
    const row = parseCsv(bad).rows.findIndex((r) => decodeCell(r[0]!) === String(a.id)) + 1;
    const n = reviews();
    const r = importCsv(db, bad, { ...who, via: 'import' });
    expect(r.errors).toEqual([`row ${row} (figure ${a.id}): value: "abc" is not a number`]);
    expect(reviews()).toBe(n);
    expect(importCsv(db, edit(csv, a.id, { kind: 'percentage' }), { ...who, via: 'import' }).errors[0]).toMatch(/kind "percentage" is not one of/);
    expect(importCsv(db, edit(csv, a.id, { decision: 'reject', value: '5' }), { ...who, via: 'import' }).errors[0]).toMatch(/choose one/);
    expect(importCsv(db, edit(csv, a.id, { place_code: '00004' }), { ...who, via: 'import' }).errors[0])
      .toMatch(/place_code 00004 is phường Trúc Bạch \(Hà Nội\) but place_name says .*: change both, or clear one/);
    expect(reviews()).toBe(n);
  });

  it('finds the exported figure again after re-extraction changed its id', async () => {
    const { csv } = exportCsv(db);
    const a = figureByQuote(db, '80%');
    await reextract(file, db, articles);
    const r = importCsv(db, edit(csv, a.id, { value: '81' }), { ...who, via: 'import' });
    expect(r.errors).toEqual([]);
    expect(db.prepare("SELECT value FROM figures WHERE quote = '80%'").pluck().get()).toBe(81);
  });
});
