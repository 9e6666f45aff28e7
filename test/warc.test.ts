// WARC dumps: HTML response records go through the HTML path with the record's URL and date;
// everything else is counted in one note. The WARC files are built here with warcio from the
// HTML fixtures, as a crawler would write them (gzip per record, gzip content encoding).
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWarc } from '../corpus/warc.js';
import { readSources } from '../corpus/sources.js';
import type { SourceItem } from '../corpus/types.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url));

type Rec = { type: 'response' | 'request' | 'warcinfo' | 'resource'; url: string; status?: string; headers?: Record<string, string>; body: Uint8Array };

async function* once(b: Uint8Array) {
  yield b;
}

async function buildWarc(records: Rec[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const rec = WARCRecord.create(
      {
        url: r.url,
        date: '2026-03-08T02:00:00Z',
        type: r.type,
        warcVersion: 'WARC/1.1',
        ...(r.type === 'response' ? { statusline: `HTTP/1.1 ${r.status ?? '200 OK'}`, httpHeaders: r.headers ?? {} } : {}),
        ...(r.type === 'request' ? { statusline: 'GET / HTTP/1.1', httpHeaders: { Host: 'baothu.vn' } } : {}),
      },
      once(r.body),
    );
    parts.push(await WARCSerializer.serialize(rec, { gzip }));
  }
  return Buffer.concat(parts);
}

const RECORDS = (): Rec[] => [
  { type: 'request', url: 'https://baothu.vn/hoa-binh.htm', body: new Uint8Array() },
  { type: 'response', url: 'https://baothu.vn/hoa-binh.htm', headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }, body: gzipSync(fixture('article-modern.html')) },
  { type: 'response', url: 'https://baothu.vn/old.htm', status: '301 Moved Permanently', headers: { Location: 'https://baothu.vn/new.htm' }, body: new Uint8Array() },
  { type: 'response', url: 'https://baothu.vn/logo.png', headers: { 'Content-Type': 'image/png' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
  { type: 'response', url: 'https://baothu.vn/kinh-doanh.htm', headers: { 'Content-Type': 'text/html' }, body: fixture('list-section.html') },
  // The charset only in the HTTP header: the page declares none.
  {
    type: 'response',
    url: 'http://vinhphuc.example.vn/nuoc-sach.html',
    headers: { 'Content-Type': 'text/html; charset=windows-1258' },
    body: Buffer.from(fixture('cp1258.html').toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1'),
  },
];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'solieu-warc-'));
  writeFileSync(path.join(dir, 'crawl.warc.gz'), await buildWarc(RECORDS(), true));
  writeFileSync(path.join(dir, 'crawl.warc'), await buildWarc(RECORDS(), false));
});

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe.each(['crawl.warc.gz', 'crawl.warc'])('%s', (name) => {
  it('yields the HTML articles with the record URL, number and crawl date', async () => {
    const file = path.join(dir, name);
    const items = await collect(readWarc(file));
    const articles = items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
    expect(articles.map((a) => a.title)).toEqual(['Hòa Bình giải ngân vốn đầu tư công đạt 95%', 'Tỉnh Vĩnh Phúc có 99,5% hộ dân dùng nước sạch']);
    const [a, b] = articles;
    expect(a!.key).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#[0-9a-f-]{36}$`));
    expect(a!.externalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a!.url).toBe('https://baothu.vn/hoa-binh-giai-ngan-von-dau-tu-cong-102260301.htm'); // the page's canonical URL
    expect(a!.line).toBe(2);
    expect(a!.date).toBe('2026-03-01T09:51:00+07:00');
    expect(a!.dateFrom).toBe('html');
    expect(a!.extra).toMatchObject({ warc_date: '2026-03-08T02:00:00Z', published_at: '2026-03-01T09:51:00+07:00' });
    expect(a!.text).toContain('TP. Hòa Bình | 820 | 98,1%');
    expect(b!.url).toBe('http://vinhphuc.example.vn/nuoc-sach.html'); // no canonical: the record's URL
    expect(b!.text).toContain('huyện Tam Đảo');
    expect(b!.extra).toMatchObject({ charset: 'windows-1258' });
  });

  it('reports the list page and the skipped records in notes', async () => {
    const notes = (await collect(readWarc(path.join(dir, name)))).flatMap((i) => (i.type === 'note' ? [i.message] : []));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/record 5 \(https:\/\/baothu\.vn\/kinh-doanh\.htm\): not an article/);
    expect(notes[1]).toMatch(/6 records, 2 articles; skipped 1 request records, 1 HTTP 301 responses, 1 non-HTML payloads/);
  });
});

describe('WARC errors', () => {
  it('a truncated file gives an error after the records read, not a crash', async () => {
    const full = readFileSync(path.join(dir, 'crawl.warc'));
    const cut = path.join(dir, 'cut.warc');
    writeFileSync(cut, full.subarray(0, Math.floor(full.length * 0.6)));
    const items = await collect(readWarc(cut));
    expect(items.some((i) => i.type === 'article')).toBe(true);
    expect(items.some((i) => i.type === 'error')).toBe(true);
  });

  it('a record over the size limit is an error; the others go on', async () => {
    const items = await collect(readWarc(path.join(dir, 'crawl.warc.gz'), undefined, 3000));
    const errors = items.flatMap((i) => (i.type === 'error' ? [i] : []));
    expect(errors.map((e) => e.reason)).toContain('too-large');
    expect(items.some((i) => i.type === 'article')).toBe(true);
  });

  it('a missing file is an error', async () => {
    const items = await collect(readWarc(path.join(dir, 'none.warc')));
    expect(items).toEqual([expect.objectContaining({ type: 'error', reason: 'missing' })]);
  });
});

describe('ingest readers', () => {
  it('take .html and .warc.gz files in folders, and skip list pages with a note', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'solieu-html-'));
    copyFileSync(path.join(dir, 'crawl.warc.gz'), path.join(folder, 'b.warc.gz'));
    writeFileSync(path.join(folder, 'a.html'), fixture('article-sapo-apart.html'));
    writeFileSync(path.join(folder, 'c.htm'), fixture('home.html'));
    const items = await collect(readSources([folder]));
    const articles = items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
    expect(articles.map((a) => a.externalId ?? '').slice(0, 1)).toEqual(['a']);
    expect(articles[0]!.key).toBe(path.join(folder, 'a.html'));
    expect(articles).toHaveLength(3);
    const skipped = items.filter((i) => i.type === 'note' && i.skippedFile);
    expect(skipped.map((n) => (n.type === 'note' ? n.message : ''))).toEqual([
      expect.stringMatching(/b\.warc\.gz record 5 .*not an article/),
      expect.stringMatching(/c\.htm: not an article/),
    ]);
  });
});
