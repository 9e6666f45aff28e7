/**
 * `solieu review ...` as a reviewer types it (run in-process through the real command line).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DB } from '../db/open.js';
import { main } from '../pipeline/cli.js';
import { figureByQuote, sampleDb } from './review-fixture.js';

let db: DB;
let file: string;
let dir: string;

beforeAll(async () => {
  ({ db, file, dir } = await sampleDb());
});
afterAll(() => db.close());

async function solieu(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => out.push(String(c)) > 0);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => err.push(String(c)) > 0);
  process.exitCode = undefined;
  let code = 0;
  try {
    await main(['node', 'solieu', ...args, '--db', file]);
    code = Number(process.exitCode ?? 0);
  } catch (x) {
    err.push((x as Error).message);
    code = 2;
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
  return { out: out.join(''), err: err.join(''), code };
}

describe('solieu review', () => {
  it('lists the queue with counts', async () => {
    const r = await solieu('review', 'list', '--status', 'pending', '--limit', '3');
    expect(r.out.trim().split('\n')).toHaveLength(4);
    expect(r.out.split('\n')[0]).toBe('id\tstatus\tkind\tvalue\tplace\tyear\tquote\tarticle: sentence');
    expect(r.err).toMatch(/3 shown; under these filters: \d+ pending, 0 accepted/);
  });

  it('corrects a value and a place given by name, as the named reviewer', async () => {
    const f = figureByQuote(db, '99,86%');
    const r = await solieu('review', 'correct', String(f.id), '--value', '99.87', '--place', 'huyện Vĩnh Thạnh, Bình Định', '--note', 'theo bản in', '--reviewer', 'lan');
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`figure ${f.id}: corrected value, place \\(action \\d+\\)`));
    expect(db.prepare('SELECT value, place_name, place_code, province, review_status, reviewer FROM figures WHERE id = ?').get(f.id))
      .toEqual({ value: 99.87, place_name: 'huyện Vĩnh Thạnh', place_code: '546', province: 'Bình Định', review_status: 'corrected', reviewer: 'lan' });
    const list = await solieu('review', 'list', '--status', 'corrected', '--place', 'vinh thanh');
    expect(list.out).toContain(`${f.id}\tcorrected\tpercent\t99.87 %\thuyện Vĩnh Thạnh`);
  });

  it('refuses an ambiguous place, a missing reviewer, and a bad value, writing nothing', async () => {
    const f = figureByQuote(db, '93,38%');
    const n = db.prepare('SELECT count(*) FROM reviews').pluck().get();
    const amb = await solieu('review', 'correct', String(f.id), '--place', 'huyện Vĩnh Thạnh', '--reviewer', 'lan');
    expect(amb.code).toBe(2);
    expect(amb.err).toMatch(/--place: "huyện Vĩnh Thạnh" is ambiguous: 2 places have that name: 546 .*924/);
    const env = { ...process.env };
    delete process.env.SOLIEU_REVIEWER;
    delete process.env.USER;
    try {
      expect((await solieu('review', 'accept', String(f.id))).err).toMatch(/who is reviewing\?/);
    } finally {
      Object.assign(process.env, env);
    }
    expect((await solieu('review', 'correct', String(f.id), '--value', '1.057', '--reviewer', 'lan')).err).toMatch(/--value: "1.057" is ambiguous: write 1.057 or 1057/);
    expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(n);
  });

  it('fixes a span by the quote as it should be', async () => {
    const f = figureByQuote(db, '13/13');
    const r = await solieu('review', 'correct', String(f.id), '--quote', '13/13 xã', '--reviewer', 'lan');
    expect(r.out).toMatch(/corrected span/);
    expect(db.prepare('SELECT quote, char_start FROM figures WHERE id = ?').get(f.id)).toEqual({ quote: '13/13 xã', char_start: f.char_start });
  });

  it('adds a missed figure by quote and occurrence, rejects and undoes', async () => {
    const a = figureByQuote(db, '99,86%').article_id;
    const r = await solieu('review', 'add', '--article', String(a), '--quote', '2 cấp', '--occurrence', '1', '--kind', 'count', '--value', '2', '--unit', 'cấp', '--reviewer', 'lan');
    expect(r.out).toMatch(/figure \d+ added to article \d+ at \d+-\d+ \(action \d+\)/);
    const f = figureByQuote(db, '85,5%');
    const rej = await solieu('review', 'reject', String(f.id), '--note', 'trùng', '--reviewer', 'lan');
    const action = /action (\d+)/.exec(rej.out)![1]!;
    expect(db.prepare('SELECT count(*) FROM figures WHERE id = ?').pluck().get(f.id)).toBe(0);
    await solieu('review', 'undo', action, '--reviewer', 'lan');
    expect(db.prepare('SELECT review_status FROM figures WHERE id = ?').pluck().get(f.id)).toBe('pending');
  });

  it('exports and imports, stopping on a bad row with its number', async () => {
    const csv = path.join(dir, 'review.csv');
    expect((await solieu('review', 'export', '--format', 'csv', '--out', csv)).err).toMatch(/\d+ figures exported to /);
    const ok = await solieu('review', 'import', csv, '--reviewer', 'lan');
    expect(ok.out).toMatch(/: \d+ rows: 0 corrected, 0 accepted, 0 rejected, 0 added, \d+ unchanged/);
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    lines[3] = lines[3]!.replace(/,(pending|corrected|added|accepted),,/, ',$1,maybe,');
    writeFileSync(csv, lines.join('\r\n'));
    const bad = await solieu('review', 'import', csv, '--reviewer', 'lan');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/review\.csv: row 4 \(figure \d+\): decision "maybe" is not accept, reject or correct \(or empty\)\n.*nothing imported \(1 bad row\)/);
  });

  it('reports how reviews are attached', async () => {
    const r = await solieu('review', 'links');
    expect(r.out).toMatch(/^reviews attached: \d+, moved: 0, orphaned: 0, undone: 0\n/);
  });
});
