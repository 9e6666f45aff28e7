// The fetcher against a local HTTP server: robots.txt, per-host limits and spacing, retries,
// redirects, size limits, timeouts, conditional requests. Time is a fake clock: spacing and
// backoff are read from the waits the fetcher asked for, never measured.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { Fetcher, type FetcherOptions } from '../corpus/fetch/fetcher.js';
import { TestServer, fakeTime } from './helpers/http-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function server(robots?: string, shared?: { inFlight: number; max: number }): Promise<TestServer> {
  const s = await new TestServer(shared).start();
  servers.push(s);
  if (robots !== undefined) s.page('/robots.txt', robots, { 'content-type': 'text/plain' });
  return s;
}

function fetcher(extra: Partial<FetcherOptions> = {}) {
  const time = fakeTime();
  const starts: { url: string; at: number }[] = [];
  const f = new Fetcher({
    allowPrivate: true, delayMs: 0, retries: 3, backoffMs: 1000, timeoutMs: 5000, now: time.now, sleep: time.sleep,
    onRequest: (url, at) => starts.push({ url, at }), ...extra,
  });
  return { f, time, starts };
}

const html = (title: string) => `<html><head><title>${title}</title></head><body><p>${title}</p></body></html>`;

describe('robots.txt', () => {
  it('is read once per host and obeyed: Disallow, a longer Allow, our own group', async () => {
    const s = await server('User-agent: *\nDisallow: /\n\nUser-agent: solieu\nDisallow: /private/\nAllow: /private/open\n');
    for (const p of ['/a', '/b', '/private/open-page']) s.page(p, html(p));
    const { f } = fetcher();
    const results = await Promise.all(['/a', '/b', '/private/x', '/private/open-page'].map((p) => f.fetch(s.origin + p)));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'ok', 'robots-disallowed', 'ok']);
    expect(s.count('/robots.txt')).toBe(1);
    expect(s.count('/private/x')).toBe(0);
  });

  it('a missing robots.txt allows everything; an erroring one keeps us out', async () => {
    const open = await server();
    open.page('/a', html('a'));
    const shut = await server();
    shut.route('/robots.txt', (_q, res) => {
      res.writeHead(500);
      res.end();
    });
    shut.page('/a', html('a'));
    const { f } = fetcher();
    expect((await f.fetch(open.origin + '/a')).ok).toBe(true);
    const r = await f.fetch(shut.origin + '/a');
    expect(r.ok ? 'ok' : r.error.code).toBe('robots-unreachable');
    expect(shut.count('/a')).toBe(0);
  });

  it('Crawl-delay spaces the requests to the host and allows one at a time', async () => {
    const s = await server('User-agent: *\nCrawl-delay: 2\n');
    const paths = ['/1', '/2', '/3', '/4', '/5'];
    for (const p of paths) s.page(p, html(p));
    const { f, starts: log } = fetcher({ perHost: 4, delayMs: 100 });
    const results = await Promise.all(paths.map((p) => f.fetch(s.origin + p)));
    expect(results.every((r) => r.ok)).toBe(true);
    const starts = log.map((x) => x.at);
    expect(starts).toHaveLength(6); // robots.txt + 5 pages
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(2000);
    expect(s.maxInFlight).toBe(1);
  });
});

describe('rate limits', () => {
  it('holds per-host and total concurrency', async () => {
    const slow = (s: TestServer) => (p: string) =>
      s.route(p, (_q, res) => {
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(html(p));
        }, 20);
      });
    const both = { inFlight: 0, max: 0 };
    const a = await server('', both);
    const b = await server('', both);
    const paths = Array.from({ length: 8 }, (_, i) => `/p${i}`);
    paths.forEach(slow(a));
    paths.forEach(slow(b));
    const { f } = fetcher({ perHost: 2, concurrency: 3 });
    const results = await Promise.all([...paths.map((p) => f.fetch(a.origin + p)), ...paths.map((p) => f.fetch(b.origin + p))]);
    expect(results.every((r) => r.ok)).toBe(true);
    // The limits are reached (the server is slow enough to fill them), never passed.
    expect(a.maxInFlight).toBeLessThanOrEqual(2);
    expect(b.maxInFlight).toBeLessThanOrEqual(2);
    expect(Math.max(a.maxInFlight, b.maxInFlight)).toBe(2);
    expect(both.max).toBe(3);
  });

  it('spaces request starts to one host by the delay', async () => {
    const s = await server('');
    const paths = ['/1', '/2', '/3', '/4'];
    for (const p of paths) s.page(p, html(p));
    const { f, starts: log } = fetcher({ perHost: 2, delayMs: 500 });
    await Promise.all(paths.map((p) => f.fetch(s.origin + p)));
    const starts = log.map((x) => x.at);
    expect(starts).toHaveLength(5); // robots.txt + 4 pages
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(500);
  });
});

describe('retries', () => {
  it('retries 5xx with exponential backoff, then succeeds', async () => {
    const s = await server('');
    s.route('/flaky', (_q, res, n) => {
      res.writeHead(n <= 2 ? 503 : 200, { 'content-type': 'text/html' });
      res.end(html('flaky'));
    });
    const { f, time } = fetcher();
    const r = await f.fetch(s.origin + '/flaky');
    expect(r.ok).toBe(true);
    expect(r.attempts).toBe(3);
    expect(time.t.sleeps).toEqual([1000, 2000]);
  });

  it('waits as long as Retry-After says on a 429, and gives up when it says too long', async () => {
    const s = await server('');
    s.route('/busy', (_q, res, n) => {
      res.writeHead(n === 1 ? 429 : 200, n === 1 ? { 'retry-after': '7' } : { 'content-type': 'text/html' });
      res.end(html('busy'));
    });
    s.route('/closed', (_q, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    });
    const { f, time } = fetcher();
    const r = await f.fetch(s.origin + '/busy');
    expect(r.ok && r.attempts).toBe(2);
    expect(time.t.sleeps).toEqual([7000]);
    const c = await f.fetch(s.origin + '/closed');
    expect(c.ok ? 'ok' : c.error.code).toBe('rate-limited');
    expect(s.count('/closed')).toBe(1);
  });

  it('retries a dropped connection, and stops after the retries allowed', async () => {
    const s = await server('');
    s.route('/drop-once', (req, res, n) => {
      if (n === 1) return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(html('ok'));
    });
    s.route('/down', (_q, res) => {
      res.writeHead(500);
      res.end();
    });
    const { f } = fetcher({ retries: 2 });
    const r = await f.fetch(s.origin + '/drop-once');
    expect(r.ok && r.attempts).toBe(2);
    const d = await f.fetch(s.origin + '/down');
    expect(d.ok).toBe(false);
    if (!d.ok) expect([d.error.code, d.error.status, d.attempts]).toEqual(['http-error', 500, 3]);
  });

  it('does not retry a 404', async () => {
    const s = await server('');
    const { f, time } = fetcher();
    const r = await f.fetch(s.origin + '/nothing');
    expect(r.ok ? 0 : [r.error.status, r.attempts]).toEqual([404, 1]);
    expect(time.t.sleeps).toEqual([]);
  });
});

describe('redirects', () => {
  it('follows relative and absolute redirects to the final URL', async () => {
    const s = await server('');
    s.route('/r1', (_q, res) => {
      res.writeHead(302, { location: '/r2' });
      res.end();
    });
    s.route('/r2', (_q, res) => {
      res.writeHead(301, { location: `${s.origin}/final#top` });
      res.end();
    });
    s.page('/final', html('final'));
    const { f } = fetcher();
    const r = await f.fetch(s.origin + '/r1');
    expect(r.ok && r.response.url).toBe(`${s.origin}/final`);
    expect(r.ok && r.response.redirects).toEqual([`${s.origin}/r1`, `${s.origin}/r2`]);
  });

  it('stops at the redirect limit, and at a target robots.txt forbids', async () => {
    const s = await server('User-agent: *\nDisallow: /secret\n');
    s.route('/loop', (_q, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    });
    s.route('/to-secret', (_q, res) => {
      res.writeHead(302, { location: '/secret' });
      res.end();
    });
    const { f } = fetcher({ maxRedirects: 3 });
    const loop = await f.fetch(s.origin + '/loop');
    expect(loop.ok ? 'ok' : loop.error.code).toBe('too-many-redirects');
    expect(s.count('/loop')).toBe(4);
    const secret = await f.fetch(s.origin + '/to-secret');
    expect(secret.ok ? 'ok' : secret.error.code).toBe('robots-disallowed');
    expect(s.count('/secret')).toBe(0);
  });
});

describe('size and time limits', () => {
  it('refuses bodies over the limit: announced, streamed, or inflating from gzip', async () => {
    const s = await server('');
    const big = Buffer.alloc(50_000, 'a');
    s.page('/announced', big, { 'content-type': 'text/html', 'content-length': String(big.length) });
    s.route('/streamed', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(10_000, 'b'));
      res.end();
    });
    s.page('/bomb', gzipSync(Buffer.alloc(5_000_000, 'c')), { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    s.page('/small', gzipSync(Buffer.from(html('small'))), { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    const { f } = fetcher({ maxBytes: 20_000 });
    for (const p of ['/announced', '/streamed', '/bomb']) {
      const r = await f.fetch(s.origin + p);
      expect(r.ok ? 'ok' : r.error.code, p).toBe('too-large');
    }
    const ok = await f.fetch(s.origin + '/small');
    expect(ok.ok && ok.response.body.toString()).toContain('<p>small</p>');
  });

  it('gives up on a server that does not answer in time', async () => {
    const s = await server('');
    s.route('/hang', () => undefined);
    const { f } = fetcher({ timeoutMs: 150, retries: 1 });
    const r = await f.fetch(s.origin + '/hang');
    expect(r.ok ? 'ok' : [r.error.code, r.attempts]).toEqual(['timeout', 2]);
  });
});

describe('conditional requests', () => {
  it('sends the stored ETag and Last-Modified; a 304 is "not modified"', async () => {
    const s = await server('');
    s.route('/page', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Sat, 07 Mar 2026 01:00:00 GMT' });
      res.end(html('page'));
    });
    const { f } = fetcher();
    const first = await f.fetch(s.origin + '/page');
    expect(first.ok && first.notModified).toBe(false);
    const again = await f.fetch(s.origin + '/page', { etag: '"v1"', lastModified: 'Sat, 07 Mar 2026 01:00:00 GMT' });
    expect(again.ok && again.notModified).toBe(true);
    const hit = s.hits.filter((h) => h.path === '/page')[1]!;
    expect(hit.headers['if-modified-since']).toBe('Sat, 07 Mar 2026 01:00:00 GMT');
    expect(hit.headers['user-agent']).toMatch(/^solieu\b/);
  });
});
