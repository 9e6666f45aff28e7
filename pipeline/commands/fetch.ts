/**
 * `solieu fetch <url...> | --list FILE | --sitemap URL | --feed URL`: fetch news pages politely
 * (robots.txt, per-host limits, retries) and store them as articles; `--reparse` reads the
 * stored responses again without fetching.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { defaultDb } from '../cli.js';

const collect = (v: string, acc: string[]) => [...acc, v];

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function parsePositive(v: string): number {
  const n = parseCount(v);
  if (n < 1) throw new InvalidArgumentError('expected 1 or more');
  return n;
}

export function register(program: Command): void {
  program
    .command('fetch')
    .description('fetch news pages (URLs, a list file, sitemaps, RSS/Atom feeds) and store them as articles')
    .argument('[urls...]', 'page URLs')
    .option('--list <file>', 'a file of URLs, one a line (# comments)')
    .option('--sitemap <url>', 'an XML sitemap or sitemap index; repeatable', collect, [])
    .option('--feed <url>', 'an RSS or Atom feed; repeatable', collect, [])
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('--allow-private', 'allow private, loopback and link-local addresses (refused by default)')
    .option('--reparse', 'read the stored responses again (of the URLs given, or all) without fetching')
    .option('--limit <n>', 'fetch at most n pages', parseCount)
    .option('--concurrency <n>', 'requests in flight, all hosts together', parsePositive, 8)
    .option('--per-host <n>', 'requests in flight to one host', parsePositive, 2)
    .option('--delay <ms>', 'minimum time between requests to one host (robots.txt Crawl-delay can raise it)', parseCount, 1000)
    .option('--timeout <ms>', 'time allowed for one request, redirects included', parsePositive, 30_000)
    .option('--max-bytes <n>', 'largest response body accepted', parsePositive, 10 * 1024 * 1024)
    .option('--max-redirects <n>', 'redirects followed at most', parseCount, 5)
    .option('--retries <n>', 'retries after a 429, a 5xx or a network error', parseCount, 3)
    .option('--user-agent <ua>', 'User-Agent header (its first word is matched against robots.txt)')
    .option('--quiet', 'print errors only')
    .action(async (urls: string[], o: Record<string, unknown>) => {
      const sitemaps = o.sitemap as string[];
      const feeds = o.feed as string[];
      if (!urls.length && !o.list && !sitemaps.length && !feeds.length && !o.reparse) {
        throw new InvalidArgumentError('give URLs, --list FILE, --sitemap URL, --feed URL, or --reparse');
      }
      const { runFetch } = await import('../fetch.js');
      const s = await runFetch({
        db: String(o.db),
        urls,
        list: o.list as string | undefined,
        sitemaps,
        feeds,
        reparse: !!o.reparse,
        limit: o.limit as number | undefined,
        quiet: !!o.quiet,
        fetcher: {
          allowPrivate: !!o.allowPrivate,
          concurrency: o.concurrency as number,
          perHost: o.perHost as number,
          delayMs: o.delay as number,
          timeoutMs: o.timeout as number,
          maxBytes: o.maxBytes as number,
          maxRedirects: o.maxRedirects as number,
          retries: o.retries as number,
          ...(o.userAgent ? { userAgent: String(o.userAgent) } : {}),
        },
      });
      process.stderr.write(
        `solieu: run ${s.runId} ${s.status}: ${s.pages} pages (${s.requests} requests), ${s.seen} articles, ${s.added} new, ${s.changed} changed, ` +
          `${s.unchanged} unchanged (${s.notModified} not modified), ${s.duplicates} duplicates, ${s.notArticles} not articles, ` +
          `${s.figures} figures, ${s.errors} errors in ${s.seconds.toFixed(1)} s -> ${String(o.db)}\n`,
      );
      if (s.status === 'interrupted') process.exitCode = 130;
      else if (s.errors > 0) process.exitCode = 1;
    });
}
