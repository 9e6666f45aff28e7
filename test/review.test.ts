/**
 * Reviews as stored: decisions show in `figures`, history is append-only, and corrections
 * re-attach after re-extraction, after the text moves, and come back after being orphaned.
 */
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/open.js';
import { addFigure, correct, decide, relinkAll, undo } from '../db/reviews.js';
import { relinkArticle } from '../db/review-state.js';
import { ingest } from '../pipeline/run.js';
import { reextract as reextractStored } from '../pipeline/reextract.js';
import { figureByQuote, reextract, sampleDb, who } from './review-fixture.js';

let db: DB;
let file: string;
let articles: string;

beforeAll(async () => {
  ({ db, file, articles } = await sampleDb());
});
afterAll(() => db.close());

const shown = (id: number) => db.prepare('SELECT value, year, review_status, reviewer FROM figures WHERE id = ?').get(id) as
  { value: number; year: number | null; review_status: string; reviewer: string | null } | undefined;

describe('reviews', () => {
  it('starts with every figure pending, and figures_extracted equal to figures', () => {
    const counts = db.prepare('SELECT review_status, count(*) AS n FROM figures GROUP BY 1').all();
    expect(counts).toEqual([{ review_status: 'pending', n: expect.any(Number) }]);
    const a = db.prepare('SELECT count(*) FROM figures').pluck().get();
    expect(db.prepare('SELECT count(*) FROM figures_extracted').pluck().get()).toBe(a);
  });

  it('accepts, corrects and rejects, and figures shows the result', () => {
    const f = figureByQuote(db, '99,86%');
    decide(db, f.id, 'accept', who);
    expect(shown(f.id)).toEqual({ value: 99.86, year: expect.anything(), review_status: 'accepted', reviewer: 'lan' });
    const action = correct(db, f.id, { value: 99.87, year: 2022 }, { ...who, note: 'báo in ghi 99,87' });
    expect(action).toBeTypeOf('number');
    expect(shown(f.id)).toMatchObject({ value: 99.87, year: 2022, review_status: 'corrected' });
    expect(db.prepare('SELECT value FROM figures_extracted WHERE id = ?').pluck().get(f.id)).toBe(99.86);
    const rows = db.prepare('SELECT decision, field, old_value, new_value, note, anchor_value FROM reviews WHERE action_id = ?').all(action);
    expect(rows).toEqual([
      { decision: 'correct', field: 'value', old_value: '99.86', new_value: '99.87', note: 'báo in ghi 99,87', anchor_value: 99.86 },
      { decision: 'correct', field: 'year', old_value: expect.any(String), new_value: '2022', note: null, anchor_value: 99.86 },
    ]);
    expect(correct(db, f.id, { value: 99.87 }, who)).toBeNull(); // nothing changes: no row

    const g = figureByQuote(db, '93,38%');
    decide(db, g.id, 'reject', { ...who, note: 'not a figure' });
    expect(shown(g.id)).toBeUndefined();
    expect(db.prepare('SELECT review_status FROM figures_reviewed WHERE id = ?').pluck().get(g.id)).toBe('rejected');
  });

  it('keeps the history append-only', () => {
    expect(() => db.prepare("UPDATE reviews SET reviewer = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM reviews').run()).toThrow(/append-only/);
  });

  it('undoes an action by adding a row', () => {
    const f = figureByQuote(db, '85,5%');
    const a = correct(db, f.id, { value: 85.6 }, who)!;
    expect(shown(f.id)?.value).toBe(85.6);
    undo(db, a, who);
    expect(shown(f.id)).toMatchObject({ value: 85.5, review_status: 'pending' });
    expect(db.prepare('SELECT count(*) FROM reviews WHERE action_id = ? OR undoes = ?').pluck().get(a, a)).toBe(2);
    expect(() => undo(db, a, who)).toThrow(/already undone/);
  });

  it('adds a figure the extractors missed, kept by re-extraction, and undoes it', () => {
    const text = db.prepare('SELECT text FROM articles WHERE id = 1').pluck().get() as string;
    const start = text.indexOf('2 cấp huyện');
    const { figureId, actionId } = addFigure(db, 1, { kind: 'count', value: 2, unit: 'cấp', span: { start, end: start + 5 } }, who);
    expect(db.prepare('SELECT quote, review_status, kind FROM figures WHERE id = ?').get(figureId)).toEqual({ quote: '2 cấp', review_status: 'added', kind: 'count' });
    expect(db.prepare('SELECT count(*) FROM figures_extracted WHERE id = ?').pluck().get(figureId)).toBe(0);
    expect(() => addFigure(db, 1, { kind: 'count', value: 2, span: { start, end: start + 1 } }, who)).toThrow(/already covers/);
    const tmp = addFigure(db, 1, { kind: 'count', value: 3, span: { start: start + 6, end: start + 11 } }, who);
    undo(db, tmp.actionId, who);
    expect(db.prepare('SELECT count(*) FROM figure_extractions WHERE id = ?').pluck().get(tmp.figureId)).toBe(0);
    expect(actionId).toBeGreaterThan(0);
  });

  it('fixes a span: figures quotes the reviewer\'s span', () => {
    const f = figureByQuote(db, '13/13');
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(f.article_id) as string;
    const end = text.indexOf(' xã', f.char_start) + 3;
    correct(db, f.id, { span: { char_start: f.char_start, char_end: end, quote: '' } }, who);
    expect(db.prepare('SELECT quote, review_status FROM figures WHERE id = ?').get(f.id)).toEqual({ quote: '13/13 xã', review_status: 'corrected' });
    expect(db.prepare("SELECT new_value FROM reviews WHERE field = 'span'").pluck().get()).toBe(JSON.stringify({ char_start: f.char_start, char_end: end, quote: '13/13 xã' }));
    expect(() => correct(db, f.id, { span: { char_start: 5, char_end: 2, quote: '' } }, who)).toThrow(/not inside the article/);
  });

  it('re-attaches every review after ingest --reextract', async () => {
    const before = db.prepare('SELECT count(*) FROM reviews').pluck().get();
    const shownBefore = db.prepare("SELECT quote, value, year, review_status FROM figures_reviewed WHERE review_status <> 'pending' ORDER BY article_id, char_start").all();
    await reextract(file, db, articles);
    expect(db.prepare('SELECT count(*) FROM articles WHERE extractor_version = ?').pluck().get('older')).toBe(0);
    expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(before);
    expect(db.prepare("SELECT quote, value, year, review_status FROM figures_reviewed WHERE review_status <> 'pending' ORDER BY article_id, char_start").all()).toEqual(shownBefore);
    expect(db.prepare("SELECT value, review_status FROM figures WHERE quote = '99,86%'").get()).toEqual({ value: 99.87, review_status: 'corrected' });
    expect(db.prepare("SELECT count(*) FROM review_links WHERE status = 'orphaned'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM review_links WHERE run_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
  });

  it('re-attaches every review after solieu reextract --all', () => {
    const shownBefore = db.prepare("SELECT quote, value, year, review_status FROM figures_reviewed WHERE review_status <> 'pending' ORDER BY article_id, char_start").all();
    const s = reextractStored(file, { all: true });
    expect(s.reextracted).toBe(5);
    expect(db.prepare("SELECT quote, value, year, review_status FROM figures_reviewed WHERE review_status <> 'pending' ORDER BY article_id, char_start").all()).toEqual(shownBefore);
    expect(db.prepare("SELECT count(*) FROM review_links WHERE status = 'orphaned'").pluck().get()).toBe(0);
  });

  it('follows a figure whose span and kind moved a little', () => {
    const f = figureByQuote(db, '99,86%');
    // What a newer extractor might do: a wider span (`đạt 99,86%`) and another kind, under a new id.
    const row = db.prepare('SELECT * FROM figure_extractions WHERE id = ?').get(f.id) as Record<string, unknown>;
    db.prepare('DELETE FROM figure_extractions WHERE id = ?').run(f.id);
    const cols = Object.keys(row).filter((k) => k !== 'id');
    const moved: Record<string, unknown> = { ...row, char_start: (row.char_start as number) - 4, kind: 'ratio' };
    const id = Number(db.prepare(`INSERT INTO figure_extractions (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => moved[c])).lastInsertRowid);
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(f.article_id) as string;
    const r = relinkArticle(db, f.article_id, text);
    expect(r.orphaned).toBe(0);
    expect(db.prepare('SELECT value, review_status FROM figures WHERE id = ?').get(id)).toEqual({ value: 99.87, review_status: 'corrected' });
    expect(db.prepare("SELECT detail FROM review_links l JOIN reviews r ON r.id = l.review_id WHERE r.field = 'value' AND r.new_value = '99.87'").pluck().get())
      .toMatch(/span .* -> .*; kind percent -> ratio/);
  });

  it('follows the text when the article changes, orphans what disappears, and brings it back', async () => {
    const name = readdirSync(articles).sort()[0]!;
    const p = path.join(articles, name);
    const original = readFileSync(p, 'utf8');
    // A new first paragraph shifts every span; the corrected figure must follow.
    writeFileSync(p, original.replace(/\n/, '\nMột đoạn mới được thêm vào đầu bài báo.\n'));
    await ingest([articles], { db: file, quiet: true, log: () => {} });
    expect(db.prepare("SELECT value, review_status FROM figures WHERE quote = '99,86%'").get()).toEqual({ value: 99.87, review_status: 'corrected' });
    expect(db.prepare("SELECT quote FROM figures WHERE review_status = 'added'").pluck().all()).toEqual(['2 cấp']);
    // The figure's sentence is cut: its reviews are orphaned, kept, and listed.
    const cut = original.replace(/[^.\n]*99,86%[^.\n]*\./, '');
    writeFileSync(p, cut.replace(/\n/, '\nMột đoạn mới được thêm vào đầu bài báo.\n'));
    await ingest([articles], { db: file, quiet: true, log: () => {} });
    expect(db.prepare("SELECT count(*) FROM figures WHERE value = 99.87").pluck().get()).toBe(0);
    const orphans = db.prepare("SELECT r.field, r.new_value FROM review_links l JOIN reviews r ON r.id = l.review_id WHERE l.status = 'orphaned'").all();
    expect(orphans).toContainEqual({ field: 'value', new_value: '99.87' });
    // The text comes back: so does the correction.
    writeFileSync(p, original);
    appendFileSync(p, '');
    await ingest([articles], { db: file, quiet: true, log: () => {} });
    expect(db.prepare("SELECT value, review_status FROM figures WHERE quote = '99,86%'").get()).toEqual({ value: 99.87, review_status: 'corrected' });
    expect(db.prepare("SELECT count(*) FROM review_links WHERE status = 'orphaned'").pluck().get()).toBe(0);
  });

  it('rebuilds links and states from the history alone', () => {
    const before = db.prepare('SELECT * FROM figures_reviewed ORDER BY id').all();
    db.prepare('DELETE FROM review_state').run();
    relinkAll(db);
    expect(db.prepare('SELECT * FROM figures_reviewed ORDER BY id').all()).toEqual(before);
  });
});
