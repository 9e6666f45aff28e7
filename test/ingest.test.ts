/**
 * Batch behaviour of `ingest` (issue 2): what is read, what is skipped with a note, what is an
 * error (recorded, printed, the run goes on), idempotent re-ingest, changed articles, duplicates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { ingest } from '../pipeline/run.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(root, 'corpus', 'samples');
let dir: string;
const quiet = { quiet: true, log: () => {} };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'solieu-ingest-'));
  const input = path.join(dir, 'in');
  mkdirSync(path.join(input, 'nested'), { recursive: true });
  for (const f of readdirSync(samples)) copyFileSync(path.join(samples, f), path.join(input, 'nested', f));
  writeFileSync(path.join(input, 'README.md'), '# not an article');
  writeFileSync(path.join(input, 'SOURCES.tsv'), 'id\turl\n');
  writeFileSync(path.join(input, 'meta.json'), '{}');
  writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
  writeFileSync(path.join(input, 'latin1.txt'), Buffer.from('Gi\xe1 100 \xf0\xf1 đồng', 'latin1'));
  writeFileSync(path.join(input, 'empty.txt'), '  \n ');
  const lines = [
    JSON.stringify({ id: 'a1', url: 'https://example.vn/a1', date: '2023-05-02', title: 'Tin A1', text: 'Tỷ lệ hồ sơ đúng hạn đạt 99,86%. Có 1.057 người tham gia.', topic: 'demo' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'a2', text: '' }),
    JSON.stringify({ id: 'a3', title: 'Tin A1', text: 'Tỷ lệ hồ sơ đúng hạn đạt 99,86%. Có 1.057 người tham gia.' }),
    JSON.stringify({ id: 'a4', text: 'Giá thịt heo 40.000 đồng/kg, tăng 5% so với cùng kỳ.' }),
  ];
  writeFileSync(path.join(dir, 'dump.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('reads folders and dumps, skips non-articles with a note, records bad input and goes on', async () => {
    const db = path.join(dir, 'a.sqlite');
    const s = await ingest([path.join(dir, 'in'), path.join(dir, 'dump.jsonl.gz'), path.join(dir, 'missing.txt')], { db, ...quiet });
    expect(s.status).toBe('completed');
    expect(s.skippedFiles).toBe(3);
    expect(s.added).toBe(5 + 2); // five samples, a1, a4
    expect(s.duplicates).toBe(1); // a3: the same headline and text as a1 under another id
    const d = new Database(db, { readonly: true });
    const errors = d.prepare('SELECT source, line, reason FROM ingest_errors ORDER BY id').all() as { source: string; line: number | null; reason: string }[];
    const reasons = errors.map((e) => `${path.basename(e.source)}${e.line ? ':' + e.line : ''} ${e.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      'binary.txt binary', 'latin1.txt invalid-utf8', 'empty.txt empty', 'dump.jsonl.gz:2 malformed-json', 'dump.jsonl.gz:3 empty', 'missing.txt missing',
    ]));
    const a1 = d.prepare("SELECT * FROM articles WHERE external_id = 'a1'").get() as Record<string, unknown>;
    expect(a1.url).toBe('https://example.vn/a1');
    expect(a1.published).toBe('2023-05-02');
    expect(JSON.parse(String(a1.extra))).toEqual({ topic: 'demo' });
    const seed = d.prepare("SELECT external_id, source FROM articles WHERE external_id LIKE '000_%'").get() as { external_id: string; source: string };
    expect(seed.external_id).toBe('000_7f9a9fb6ec1f38a9');
    expect(seed.source).toMatch(/nested[/\\]000_7f9a9fb6ec1f38a9\.txt$/);
    const figs = d.prepare("SELECT kind, value, quote FROM figures f JOIN articles a ON a.id = f.article_id WHERE a.external_id = 'a1' ORDER BY char_start").all();
    expect(figs).toEqual([{ kind: 'percent', value: 99.86, quote: '99,86%' }, { kind: 'count', value: 1057, quote: '1.057' }]);
    d.close();
  });

  it('stores the same text under another key once, as a duplicate', async () => {
    const db = path.join(dir, 'dup.sqlite');
    const same = 'Năm 2023, huyện có 182 cơ quan được cấp chứng thư số.';
    writeFileSync(path.join(dir, 'dup.jsonl'), [JSON.stringify({ id: 'x', text: same }), JSON.stringify({ id: 'y', text: same })].join('\n'));
    const s = await ingest([path.join(dir, 'dup.jsonl')], { db, ...quiet });
    expect(s.added).toBe(1);
    expect(s.duplicates).toBe(1);
  });

  it('changes nothing when re-ingesting unchanged articles, and replaces a changed one', async () => {
    const db = path.join(dir, 'b.sqlite');
    const file = path.join(dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'n1', text: 'Có 25 điểm phục vụ bưu chính.' }) + '\n');
    await ingest([file], { db, ...quiet });
    const again = await ingest([file], { db, ...quiet });
    expect(again).toMatchObject({ seen: 1, added: 0, changed: 0, unchanged: 1, figures: 0 });
    writeFileSync(file, JSON.stringify({ id: 'n1', text: 'Có 26 điểm phục vụ bưu chính.' }) + '\n');
    const changed = await ingest([file], { db, ...quiet });
    expect(changed).toMatchObject({ changed: 1, added: 0 });
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    expect(d.prepare('SELECT value FROM figures').pluck().all()).toEqual([26]);
    expect(d.prepare("SELECT count(*) FROM runs WHERE status = 'completed'").pluck().get()).toBe(3);
    d.close();
  });

  it('keeps offsets in code points when the text has characters outside the BMP', async () => {
    const db = path.join(dir, 'astral.sqlite');
    const file = path.join(dir, 'astral.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'e1', text: '😀😀 𝟘 Năm nay có 1.057 người 🎉 và đạt 99,86%.' }) + '\n');
    await ingest([file], { db, ...quiet });
    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT f.quote, substr(a.text, f.char_start + 1, f.char_end - f.char_start) AS cut, f.char_start FROM figures f JOIN articles a ON a.id = f.article_id ORDER BY f.char_start').all() as { quote: string; cut: string; char_start: number }[];
    expect(rows.map((r) => r.cut)).toEqual(['1.057', '99,86%']);
    expect(rows[0]!.char_start).toBe([...'😀😀 𝟘 Năm nay có '].length);
    d.close();
  });

  it('exits non-zero from the command line when some input failed', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'solieu.js'), 'ingest', path.join(dir, 'missing.txt'), '--db', path.join(dir, 'cli.sqlite'), '--quiet'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });
});

describe('reextract', () => {
  it('re-extracts stored articles of another extractor version from their stored text', async () => {
    const { reextract } = await import('../pipeline/reextract.js');
    const db = path.join(dir, 're.sqlite');
    await ingest([samples], { db, ...quiet });
    const d = new Database(db);
    const before = d.prepare('SELECT article_id, kind, value, char_start, char_end FROM figure_extractions ORDER BY article_id, seq').all();
    d.prepare("UPDATE articles SET extractor_version = 'old' WHERE id IN (SELECT id FROM articles LIMIT 2)").run();
    d.close();
    const s = reextract(db);
    expect(s.reextracted).toBe(2);
    const after = new Database(db, { readonly: true });
    expect(after.prepare('SELECT article_id, kind, value, char_start, char_end FROM figure_extractions ORDER BY article_id, seq').all()).toEqual(before);
    expect(after.prepare("SELECT count(*) FROM articles WHERE extractor_version = 'old'").pluck().get()).toBe(0);
    after.close();
    expect(reextract(db).reextracted).toBe(0);
  });
});
