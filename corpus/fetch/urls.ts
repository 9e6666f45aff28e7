/**
 * Where URLs to fetch come from besides the command line: a list file (one URL a line, `#`
 * comments), an XML sitemap (`<urlset>` of pages, or a `<sitemapindex>` of more sitemaps), an
 * RSS 2.0 or Atom feed. Parsers are pure: text in, URLs out, relative links resolved against
 * the document's own URL, duplicates dropped, fragments removed.
 */
import * as cheerio from 'cheerio';

export type Sitemap = { pages: { url: string; lastmod: string | null }[]; sitemaps: string[] };

function absolute(href: string, base: string | null): string | null {
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

function unique(urls: (string | null)[]): string[] {
  return [...new Set(urls.filter((u): u is string => !!u))];
}

/** A list file: one URL a line; blank lines and `# comments` skipped. */
export function parseUrlList(text: string): { urls: string[]; bad: string[] } {
  const urls: string[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const u = absolute(line, null);
    if (u) urls.push(u);
    else bad.push(line);
  }
  return { urls: unique(urls), bad };
}

/** An XML sitemap or sitemap index. */
export function parseSitemap(xml: string, base: string | null = null): Sitemap {
  const $ = cheerio.load(xml, { xml: true });
  const pages = $('url')
    .map((_, el) => ({ url: absolute($(el).children('loc').first().text(), base), lastmod: $(el).children('lastmod').first().text().trim() || null }))
    .get()
    .filter((p): p is { url: string; lastmod: string | null } => !!p.url);
  const seen = new Set<string>();
  const deduped = pages.filter((p) => (seen.has(p.url) ? false : (seen.add(p.url), true)));
  const sitemaps = unique($('sitemap > loc').map((_, el) => absolute($(el).text(), base)).get());
  return { pages: deduped, sitemaps };
}

/** Item links of an RSS 2.0 (`<item><link>`) or Atom (`<entry><link href>`) feed. */
export function parseFeed(xml: string, base: string | null = null): string[] {
  const $ = cheerio.load(xml, { xml: true });
  const rss = $('item')
    .map((_, el) => {
      const link = $(el).children('link').first().text();
      const guid = $(el).children('guid').first();
      const permalink = guid.attr('isPermaLink') !== 'false' ? guid.text() : '';
      return absolute(link || permalink, base);
    })
    .get();
  const atom = $('entry')
    .map((_, el) => {
      const links = $(el).children('link');
      const alt = links.filter((_, l) => ($(l).attr('rel') ?? 'alternate') === 'alternate').first();
      return absolute((alt.length ? alt : links.first()).attr('href') ?? '', base);
    })
    .get();
  return unique([...rss, ...atom]);
}

/** Whether a body looks like a sitemap or feed rather than a page (for `--sitemap`/`--feed` answers). */
export function looksLikeXml(body: string): boolean {
  return /^\s*(<\?xml|<urlset|<sitemapindex|<rss|<feed)/i.test(body);
}
