// robots.txt rules (RFC 9309) and the URL sources of `solieu fetch`: lists, sitemaps, feeds.
import { describe, expect, it } from 'vitest';
import { parseRobots } from '../corpus/fetch/robots.js';
import { retryAfterMs } from '../corpus/fetch/fetcher.js';
import { parseFeed, parseSitemap, parseUrlList } from '../corpus/fetch/urls.js';

const UA = 'solieu/0.1 (+https://example.org)';

describe('robots.txt', () => {
  const robots = parseRobots(
    [
      '# comments and odd spacing are fine',
      'User-agent: Googlebot',
      'Disallow: /',
      '',
      'User-agent: *',
      'Disallow: /search',
      'Disallow: /*.pdf$',
      'Disallow: /tin-tuc/*/print',
      'Allow: /search/help',
      'Crawl-delay: 1.5',
      'Sitemap: https://baothu.vn/sitemap.xml',
    ].join('\n'),
    UA,
  );

  it.each([
    ['/', true],
    ['/kinh-te.htm', true],
    ['/search', false],
    ['/search?q=gia-vang', false],
    ['/search/help', true],
    ['/bao-cao.pdf', false],
    ['/bao-cao.pdf?x=1', true],
    ['/tin-tuc/2026/print', false],
    ['/robots.txt', true],
  ])('%s allowed: %s', (path, allowed) => {
    expect(robots.allows(path)).toBe(allowed);
  });

  it('reads Crawl-delay and Sitemap lines', () => {
    expect(robots.crawlDelay).toBe(1.5);
    expect(robots.sitemaps).toEqual(['https://baothu.vn/sitemap.xml']);
  });

  it('uses the group naming our product token over *, and allows on a tie', () => {
    const r = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: Solieu\nUser-agent: other\nDisallow: /x\nAllow: /x\n', UA);
    expect(r.allows('/a')).toBe(true);
    expect(r.allows('/x')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow:\n', UA).allows('/a')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow: /\n', UA).allows('/a')).toBe(false);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs('Sat, 07 Mar 2026 01:00:30 GMT', Date.parse('2026-03-07T01:00:00Z'))).toBe(30_000);
    expect(retryAfterMs(undefined, 0)).toBeNull();
    expect(retryAfterMs('soon', 0)).toBeNull();
  });
});

describe('URL sources', () => {
  it('a list file: one URL a line, comments and bad lines apart', () => {
    const { urls, bad } = parseUrlList('# tin hôm nay\nhttps://baothu.vn/a.htm\n\nhttps://baothu.vn/b.htm#binh-luan  # trùng\nhttps://baothu.vn/a.htm\nnot a url\nftp://x/y\n');
    expect(urls).toEqual(['https://baothu.vn/a.htm', 'https://baothu.vn/b.htm']);
    expect(bad).toEqual(['not a url', 'ftp://x/y']);
  });

  it('a sitemap and a sitemap index', () => {
    const page = parseSitemap(`<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://baothu.vn/a.htm</loc><lastmod>2026-03-07T08:00:00+07:00</lastmod><news:news><news:title>A</news:title></news:news></url>
        <url><loc> /b.htm </loc></url>
        <url><loc>https://baothu.vn/a.htm</loc></url>
      </urlset>`, 'https://baothu.vn/sitemap-news.xml');
    expect(page.pages).toEqual([
      { url: 'https://baothu.vn/a.htm', lastmod: '2026-03-07T08:00:00+07:00' },
      { url: 'https://baothu.vn/b.htm', lastmod: null },
    ]);
    const index = parseSitemap(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://baothu.vn/sitemaps/2026-03.xml</loc></sitemap><sitemap><loc>https://baothu.vn/sitemaps/2026-02.xml.gz</loc></sitemap>
    </sitemapindex>`);
    expect(index).toEqual({ pages: [], sitemaps: ['https://baothu.vn/sitemaps/2026-03.xml', 'https://baothu.vn/sitemaps/2026-02.xml.gz'] });
  });

  it('RSS 2.0 and Atom feeds', () => {
    expect(parseFeed(`<rss version="2.0"><channel><title>Kinh doanh</title><link>https://baothu.vn/</link>
      <item><title>A</title><link>https://baothu.vn/a.htm</link></item>
      <item><title>B</title><guid isPermaLink="true">https://baothu.vn/b.htm</guid></item>
      <item><title>C</title><link><![CDATA[https://baothu.vn/c.htm?utm=rss]]></link></item>
    </channel></rss>`)).toEqual(['https://baothu.vn/a.htm', 'https://baothu.vn/b.htm', 'https://baothu.vn/c.htm?utm=rss']);
    expect(parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://baothu.vn/"/>
      <entry><title>A</title><link rel="alternate" type="text/html" href="/a.htm"/><link rel="enclosure" href="/a.jpg"/></entry>
      <entry><title>B</title><link href="https://baothu.vn/b.htm"/></entry>
    </feed>`, 'https://baothu.vn/atom.xml')).toEqual(['https://baothu.vn/a.htm', 'https://baothu.vn/b.htm']);
  });
});
