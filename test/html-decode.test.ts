// Charsets (HTTP header, <meta>, BOM, Windows-1258), character references and lenient JSON-LD.
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, sniffMetaCharset } from '../corpus/html/decode.js';
import { decodeEntities } from '../corpus/html/entities.js';
import { jsonLdObjects, ldArticle, ldAuthors, ldString } from '../corpus/html/jsonld.js';
import { parseHtml } from '../corpus/html/page.js';

const cp1258 = readFileSync(new URL('./fixtures/html/cp1258.html', import.meta.url));

describe('charset', () => {
  it('reads the charset of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1258"')).toBe('windows-1258');
    expect(charsetFromContentType('text/html;charset=UTF-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
  });

  it('sniffs <meta charset> and <meta http-equiv> in the first bytes', () => {
    expect(sniffMetaCharset(Buffer.from('<meta charset="utf-8">'))).toBe('utf-8');
    expect(sniffMetaCharset(cp1258)).toBe('windows-1258');
  });

  it('decodes a Windows-1258 page (tones as combining bytes) to NFC text', () => {
    expect(cp1258.includes(Buffer.from('Vĩnh', 'utf8'))).toBe(false); // the fixture really is not UTF-8
    const d = decodeHtml(cp1258);
    expect(d.charset).toBe('windows-1258');
    expect(d.from).toBe('meta');
    expect(d.text).toContain('Tỉnh Vĩnh Phúc có 99,5% hộ dân dùng nước sạch');
    expect(d.text).toBe(d.text.normalize('NFC'));
    const page = parseHtml(d.text);
    expect(page.kind === 'article' && page.text).toContain('tỷ lệ hộ dân nông thôn của tỉnh Vĩnh Phúc được sử dụng nước sạch đạt 99,5%');
  });

  it('lets the HTTP header decide when the page declares nothing', () => {
    const bare = Buffer.from(cp1258.toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1');
    expect(sniffMetaCharset(bare)).toBeNull();
    const d = decodeHtml(bare, 'text/html; charset=windows-1258');
    expect(d.from).toBe('header');
    expect(d.text).toContain('huyện Tam Đảo');
  });

  it('prefers the header over the meta tag, as browsers do', () => {
    const page = Buffer.from('<meta charset="windows-1258"><p>Hà Nội</p>', 'utf8');
    expect(decodeHtml(page, 'text/html; charset=utf-8').text).toContain('Hà Nội');
  });

  it('reads a page labelled Latin-1 as UTF-8 when its bytes are UTF-8', () => {
    const page = Buffer.from('<meta charset="iso-8859-1"><p>Thành phố Hồ Chí Minh</p>', 'utf8');
    const d = decodeHtml(page);
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain('Thành phố Hồ Chí Minh');
  });

  it('honours a byte order mark, and falls back to Windows-1258 for undeclared non-UTF-8 bytes', () => {
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Đà Nẵng</p>')])).from).toBe('bom');
    const legacy = iconv.encode('<p>Hà Nội có nhiều hồ</p>', 'windows-1258');
    const d = decodeHtml(legacy);
    expect(d.charset).toBe('windows-1258');
    expect(d.text).toContain('Hà N');
  });
});

describe('character references', () => {
  it('decodes numeric and named references, twice-encoded ones too', () => {
    expect(decodeEntities('Ch&#237;nh s&#225;ch mới')).toBe('Chính sách mới');
    expect(decodeEntities('Chi&amp;#7871;n s&amp;#7921;')).toBe('Chiến sự');
    expect(decodeEntities('5 &quot;bóng hồng&quot; &agrave; &x;')).toBe('5 "bóng hồng" à &x;');
  });
});

describe('JSON-LD', () => {
  it('parses blocks with raw newlines and trailing commas, and @graph', () => {
    const $ = cheerio.load(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Gi&#225; v&#224;ng
      tăng", "author": [{"@type": "Person", "name": "Tri Túc"}, "Hà Thu"], }</script>
      <script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": ["Thing", "ReportageNewsArticle"], "datePublished": "2026-03-07"}]}</script>`);
    const objs = jsonLdObjects($);
    expect(objs.length).toBe(4);
    const a = ldArticle(objs);
    expect(ldString(a, 'headline')).toBe('Giá vàng tăng');
    expect(ldAuthors(a)).toEqual(['Tri Túc', 'Hà Thu']);
    expect(ldArticle(objs.slice(1))?.datePublished).toBe('2026-03-07');
  });

  it('ignores blocks that are not JSON', () => {
    const $ = cheerio.load('<script type="application/ld+json">{ not json </script>');
    expect(jsonLdObjects($)).toEqual([]);
  });
});
