/**
 * `solieu fetch`: URLs (given, listed in a file, from sitemaps and feeds) fetched politely
 * (corpus/fetch/), each response stored compressed in `fetched_pages`, each HTML page read by the
 * HTML reader and stored as an article (key = its canonical URL, else its final URL; source =
 * the URL asked for). Failures go to `ingest_errors` (`fetch-failed`, `robots-disallowed`,
 * `private-address`, `too-large`, `bad-url`), list pages are skipped with a note, and the run is
 * a `runs` row (command `fetch`). `--reparse` reads the stored bodies again: no network.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { openDb } from '../db/open.js';
import { Store } from '../db/store.js';
import { FetchStore } from '../db/fetches.js';
import { Fetcher, type FetcherOptions, type FetchResult } from '../corpus/fetch/fetcher.js';
import { parseFeed, parseSitemap, parseUrlList } from '../corpus/fetch/urls.js';
import { readHtmlPage } from '../corpus/html/reader.js';
import { finishRun, startRun, writeOne, type RunSummary } from './run.js';
import { SOLIEU_VERSION } from './version.js';

export type FetchRunOptions = {
  db: string;
  urls?: string[];
  /** A file of URLs, one a line. */
  list?: string;
  sitemaps?: string[];
  feeds?: string[];
  /** Parse the stored bodies again (of `urls`, or all), fetching nothing. */
  reparse?: boolean;
  /** At most this many pages (after sitemaps and feeds are expanded). */
  limit?: number;
  quiet?: boolean;
  log?: (line: string) => void;
  fetcher?: Partial<FetcherOptions>;
};

export type FetchSummary = RunSummary & { pages: number; notModified: number; notArticles: number; requests: number };

// HTML, or a page served without a type: `text/html; charset=utf-8`, `application/xhtml+xml`
const HTML_TYPE = /html|^$/i;

const REASONS: Record<string, string> = { 'robots-disallowed': 'robots-disallowed', 'private-address': 'private-address', 'too-large': 'too-large', 'bad-url': 'bad-url', 'not-stored': 'not-stored' };

function stripFragment(url: string): string {
  return url.replace(/#.*$/, '');
}

export async function runFetch(opts: FetchRunOptions): Promise<FetchSummary> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const note = (l: string) => {
    if (!opts.quiet) log(l);
  };
  const db = openDb(opts.db);
  const store = new Store(db);
  const pages = new FetchStore(db);
  const inputs = [...(opts.urls ?? []), ...(opts.list ? [`--list ${opts.list}`] : []), ...(opts.sitemaps ?? []).map((u) => `--sitemap ${u}`), ...(opts.feeds ?? []).map((u) => `--feed ${u}`)];
  const { sleep: _s, now: _n, resolve: _r, allowed: _a, ...shown } = opts.fetcher ?? {};
  const runId = startRun(db, 'fetch', inputs, { reparse: !!opts.reparse, limit: opts.limit ?? null, ...shown });
  const s: FetchSummary = {
    runId, seen: 0, added: 0, changed: 0, unchanged: 0, reextracted: 0, duplicates: 0, figures: 0, errors: 0, skippedFiles: 0,
    status: 'completed', seconds: 0, pages: 0, notModified: 0, notArticles: 0, requests: 0,
  };
  const started = Date.now();
  const fetcher = new Fetcher({ userAgent: `solieu/${SOLIEU_VERSION} (statistics from Vietnamese news)`, ...opts.fetcher });
  const onSignal = () => {
    s.status = 'interrupted';
    fetcher.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const fail = (source: string, code: string, detail: string) => {
    s.errors++;
    store.error(runId, { source, reason: REASONS[code] ?? 'fetch-failed', detail: `${code}: ${detail}` });
    log(`error: ${detail}`);
  };

  /** Reads one page's body as HTML and stores the article, if it is one. */
  const readPage = (url: string, finalUrl: string, body: Buffer, contentType: string | null, fetchedAt: string | null) => {
    if (!HTML_TYPE.test(contentType ?? '')) {
      note(`note: skipped ${url}: not HTML (${contentType})`);
      return { outcome: 'not-html' as const, key: null, charset: null };
    }
    const { item, charset } = readHtmlPage(body, { key: finalUrl, source: url, externalId: null, url: finalUrl, contentType, extra: fetchedAt ? { fetched_at: fetchedAt } : undefined });
    if (item.type !== 'article') {
      s.notArticles++;
      s.skippedFiles++;
      if (item.type === 'note') note(`note: ${item.message}`);
      return { outcome: 'not-article' as const, key: null, charset };
    }
    const article = item.article;
    article.key = article.url ?? finalUrl;
    s.seen++;
    writeOne(store, article, runId, false, s, log);
    return { outcome: 'article' as const, key: article.key, charset };
  };

  const handle = db.transaction((r: FetchResult) => {
    s.pages++;
    if (!r.ok) {
      pages.saveCheck({ url: r.url, outcome: 'failed', error: `${r.error.code}: ${r.error.message}`, attempts: r.attempts, runId });
      if (r.error.code !== 'stopped') fail(r.url, r.error.code, r.error.message);
      return;
    }
    if (r.notModified) {
      s.notModified++;
      s.unchanged++;
      pages.saveCheck({ url: r.url, outcome: 'not-modified', error: null, attempts: r.attempts, runId });
      return;
    }
    const res = r.response;
    const fetchedAt = new Date().toISOString();
    const got = readPage(r.url, res.url, res.body, res.headers['content-type'] ?? null, fetchedAt);
    pages.saveBody({ url: r.url, finalUrl: res.url, status: res.status, headers: res.headers, body: res.body, charset: got.charset, outcome: got.outcome, articleKey: got.key, attempts: r.attempts, runId });
  });

  try {
    if (opts.reparse) {
      const urls = opts.urls?.length ? opts.urls.map(stripFragment) : pages.storedUrls();
      db.transaction(() => {
        for (const url of urls) {
          const meta = pages.find(url);
          const body = meta ? pages.body(url) : null;
          if (!meta || !body) {
            fail(url, 'not-stored', `${url}: no stored page to parse again (fetch it first)`);
            continue;
          }
          s.pages++;
          const got = readPage(url, meta.finalUrl ?? url, body, meta.contentType, meta.fetchedAt);
          pages.setParsed(url, got.outcome, got.key, got.charset);
        }
      })();
    } else {
      const urls = await gatherUrls(opts, fetcher, fail, note);
      const todo = opts.limit !== undefined ? urls.slice(0, opts.limit) : urls;
      if (!opts.quiet) log(`fetching ${todo.length} URL${todo.length === 1 ? '' : 's'}`);
      await Promise.all(
        todo.map((url) => {
          const known = pages.find(url);
          const conditional = known?.fetchedAt ? { etag: known.etag, lastModified: known.lastModified } : {};
          return fetcher.fetch(url, conditional).then((r) => handle(r));
        }),
      );
    }
  } catch (e) {
    s.status = 'failed';
    log(`error: ${(e as Error).message}`);
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    s.requests = fetcher.requests;
    s.seconds = (Date.now() - started) / 1000;
    finishRun(db, s);
    db.close();
  }
  return s;
}

/** The page URLs to fetch: given ones, a list file, and the pages of sitemaps and feeds. */
async function gatherUrls(opts: FetchRunOptions, fetcher: Fetcher, fail: (source: string, code: string, detail: string) => void, note: (l: string) => void): Promise<string[]> {
  const urls: string[] = [];
  for (const u of opts.urls ?? []) urls.push(stripFragment(u));
  if (opts.list) {
    let text: string;
    try {
      text = readFileSync(opts.list, 'utf8');
    } catch (e) {
      fail(opts.list, 'bad-url', `${opts.list}: ${(e as Error).message}`);
      text = '';
    }
    const { urls: listed, bad } = parseUrlList(text);
    for (const b of bad) fail(opts.list, 'bad-url', `${opts.list}: not a URL: ${b}`);
    urls.push(...listed);
  }
  const xml = async (url: string): Promise<string | null> => {
    const r = await fetcher.fetch(url);
    if (!r.ok) {
      fail(url, r.error.code, r.error.message);
      return null;
    }
    // `sitemap.xml.gz` is often served as a gzip file rather than gzip-encoded.
    const body = r.response.body[0] === 0x1f && r.response.body[1] === 0x8b ? gunzipSync(r.response.body) : r.response.body;
    return body.toString('utf8');
  };
  const seenMaps = new Set<string>();
  const walkSitemap = async (url: string, depth: number): Promise<void> => {
    if (seenMaps.has(url) || depth > 3) return;
    seenMaps.add(url);
    const text = await xml(url);
    if (text === null) return;
    const map = parseSitemap(text, url);
    if (!map.pages.length && !map.sitemaps.length) note(`note: ${url}: no URLs in this sitemap`);
    urls.push(...map.pages.map((p) => p.url));
    for (const child of map.sitemaps) await walkSitemap(child, depth + 1);
  };
  for (const sm of opts.sitemaps ?? []) await walkSitemap(sm, 0);
  for (const feed of opts.feeds ?? []) {
    const text = await xml(feed);
    if (text === null) continue;
    const items = parseFeed(text, feed);
    if (!items.length) note(`note: ${feed}: no items in this feed`);
    urls.push(...items);
  }
  return [...new Set(urls)];
}
