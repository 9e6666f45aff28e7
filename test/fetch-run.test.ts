// `solieu fetch` end to end against a local server: sitemap index, feed, robots.txt, a failing
// page; articles stored under their canonical URL, raw responses kept compressed, errors and the
// run recorded; a second run is conditional (304); --reparse reads the stored bodies, offline.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFetch } from '../pipeline/fetch.js';
import { decompressBody, type BodyEncoding } from '../db/fetches.js';
import { TestServer, fakeTime } from './helpers/http-server.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url));
// The Windows-1258 page without its <meta>: only the HTTP header tells the charset.
const cp1258Bare = Buffer.from(fixture('cp1258.html').toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1');

let server: TestServer;
let db: string;
const logs: string[] = [];

function page(path: string, body: Buffer, type: string, etag: string) {
  server.route(path, (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      return void res.end();
    }
    res.writeHead(200, { 'content-type': type, etag });
    res.end(body);
  });
}

const run = (extra: Parameters<typeof runFetch>[0] extends infer O ? Partial<O> : never) => {
  const time = fakeTime();
  return runFetch({
    db,
    log: (l) => logs.push(l),
    fetcher: { allowPrivate: true, delayMs: 0, retries: 1, backoffMs: 10, sleep: time.sleep, now: time.now },
    ...extra,
  });
};

beforeAll(async () => {
  db = path.join(mkdtempSync(path.join(tmpdir(), 'solieu-fetch-')), 'f.sqlite');
  server = await new TestServer().start();
  const o = server.origin;
  server.page('/robots.txt', 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' });
  server.page('/sitemap-index.xml', `<sitemapindex><sitemap><loc>${o}/sitemap-1.xml</loc></sitemap></sitemapindex>`, { 'content-type': 'application/xml' });
  server.page('/sitemap-1.xml', `<urlset><url><loc>${o}/modern.html</loc></url><url><loc>${o}/vinhphuc.html</loc></url><url><loc>${o}/kinh-doanh.htm</loc></url></urlset>`, { 'content-type': 'application/xml' });
  server.page('/feed.rss', `<rss><channel><item><link>${o}/xu-phat.html</link></item><item><link>${o}/down.html</link></item></channel></rss>`, { 'content-type': 'application/rss+xml' });
  page('/modern.html', fixture('article-modern.html'), 'text/html; charset=utf-8', '"m1"');
  page('/vinhphuc.html', cp1258Bare, 'text/html; charset=windows-1258', '"v1"');
  page('/kinh-doanh.htm', fixture('list-section.html'), 'text/html', '"k1"');
  page('/xu-phat.html', fixture('article-sapo-apart.html'), 'text/html', '"x1"');
  server.route('/down.html', (_q, res) => {
    res.writeHead(503);
    res.end();
  });
  server.page('/private/x.html', fixture('article-modern.html'));
});

afterAll(async () => {
  await server.stop();
});

describe('solieu fetch', () => {
  it('stores articles under their canonical URL, keeps every response compressed, records errors and the run', async () => {
    const o = server.origin;
    const s = await run({ sitemaps: [`${o}/sitemap-index.xml`], feeds: [`${o}/feed.rss`], urls: [`${o}/private/x.html`] });
    expect([s.status, s.pages, s.added, s.notArticles, s.errors]).toEqual(['completed', 6, 3, 1, 2]);
    const d = new Database(db, { readonly: true });
    const articles = d.prepare('SELECT key, source, url, title, published, published_from, text, extra FROM articles ORDER BY key').all() as { key: string; source: string; url: string; title: string; published: string; published_from: string; text: string; extra: string }[];
    expect(articles.map((a) => [a.key, a.source.replace(o, '')])).toEqual([
      [`${o}/hoa-binh-giai-ngan-von-dau-tu-cong-102260301.htm`, '/modern.html'], // its relative canonical link
      [`${o}/vinhphuc.html`, '/vinhphuc.html'], // no canonical link: the final URL
      ['https://dautu.example.vn/xu-phat-mot-ca-nhan-thao-tung-co-phieu-xyz-d538952.html', '/xu-phat.html'],
    ]);
    const vp = articles.find((a) => a.source.endsWith('/vinhphuc.html'))!;
    expect(vp.text).toContain('huyện Tam Đảo');
    expect([vp.published, vp.published_from]).toEqual(['2022-08-30', 'html']);
    expect(JSON.parse(vp.extra)).toMatchObject({ charset: 'windows-1258', published_at: '2022-08-30T07:46:45' });

    const pages = d.prepare('SELECT url, status, outcome, article_key, charset, etag, body, body_encoding, body_bytes, error FROM fetched_pages ORDER BY url').all() as Record<string, unknown>[];
    const byUrl = new Map(pages.map((p) => [String(p.url).replace(o, ''), p]));
    expect([...byUrl.keys()].sort()).toEqual(['/down.html', '/kinh-doanh.htm', '/modern.html', '/private/x.html', '/vinhphuc.html', '/xu-phat.html']);
    const modern = byUrl.get('/modern.html')!;
    expect([modern.status, modern.outcome, modern.etag, modern.body_encoding]).toEqual([200, 'article', '"m1"', 'br']);
    expect(decompressBody(modern.body as Buffer, modern.body_encoding as BodyEncoding).equals(fixture('article-modern.html'))).toBe(true);
    expect((modern.body as Buffer).length).toBeLessThan(Number(modern.body_bytes));
    expect(byUrl.get('/vinhphuc.html')!.charset).toBe('windows-1258');
    expect(byUrl.get('/kinh-doanh.htm')!.outcome).toBe('not-article');
    expect([byUrl.get('/down.html')!.outcome, byUrl.get('/down.html')!.body]).toEqual(['failed', null]);

    const errors = d.prepare('SELECT source, reason, detail FROM ingest_errors ORDER BY source').all() as { source: string; reason: string; detail: string }[];
    expect(errors.map((e) => [e.source.replace(o, ''), e.reason])).toEqual([['/down.html', 'fetch-failed'], ['/private/x.html', 'robots-disallowed']]);
    expect(errors[0]!.detail).toMatch(/HTTP 503 after 2 attempts/);
    const runRow = d.prepare('SELECT command, status, inputs, articles_new, errors, skipped_files FROM runs WHERE id = ?').get(s.runId) as Record<string, unknown>;
    expect(runRow).toMatchObject({ command: 'fetch', status: 'completed', articles_new: 3, errors: 2, skipped_files: 1 });
    expect(JSON.parse(String(runRow.inputs))).toEqual([`${o}/private/x.html`, `--sitemap ${o}/sitemap-index.xml`, `--feed ${o}/feed.rss`]);
    d.close();
  });

  it('asks again conditionally: a 304 keeps the stored copy and the article', async () => {
    const o = server.origin;
    const before = server.hits.length;
    const s = await run({ urls: [`${o}/modern.html`, `${o}/vinhphuc.html`] });
    expect([s.notModified, s.unchanged, s.added, s.errors]).toEqual([2, 2, 0, 0]);
    const sent = server.hits.slice(before).filter((h) => h.path === '/modern.html');
    expect(sent.map((h) => h.headers['if-none-match'])).toEqual(['"m1"']);
    expect(sent[0]!.headers['user-agent']).toMatch(/^solieu\/\d+\.\d+\.\d+ /);
    const d = new Database(db, { readonly: true });
    const row = d.prepare("SELECT outcome, status, body IS NOT NULL AS kept FROM fetched_pages WHERE url = ?").get(`${o}/modern.html`);
    expect(row).toEqual({ outcome: 'not-modified', status: 200, kept: 1 });
    d.close();
  });

  it('--reparse reads the stored bodies again without a single request', async () => {
    const before = server.hits.length;
    const s = await run({ reparse: true });
    expect(server.hits.length).toBe(before);
    expect([s.pages, s.seen, s.unchanged, s.notArticles, s.errors]).toEqual([4, 3, 3, 1, 0]);
    const missing = await run({ reparse: true, urls: [`${server.origin}/never-fetched.html`] });
    expect(missing.errors).toBe(1);
    expect(server.hits.length).toBe(before);
  });
});
