/**
 * Polite fetching: one p-queue per host (its concurrency), a global p-queue (total concurrency),
 * and a minimum spacing between request starts to the same host: the larger of `delayMs` and the
 * host's robots.txt Crawl-delay (a Crawl-delay also drops the host to one request at a time).
 * robots.txt is read once per host and obeyed, for redirect targets too. 429, 5xx and network
 * failures are retried with exponential backoff, or after Retry-After when the server gives it
 * (which also holds back the host's other requests). A URL with a stored ETag / Last-Modified is
 * asked for conditionally; 304 means the stored copy stands.
 *
 * Time is injectable (`sleep`, `now`) so tests count spacing and backoff without waiting.
 */
import PQueue from 'p-queue';
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { addressPolicy, guardedLookup, type AddressPolicy } from './guard.js';
import { FetchError, httpGet, type HttpResponse } from './http.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type Robots } from './robots.js';

export type FetcherOptions = {
  userAgent: string;
  /** Requests in flight, all hosts together. */
  concurrency: number;
  /** Requests in flight to one host. */
  perHost: number;
  /** Minimum time between request starts to one host, in ms. */
  delayMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff, doubled at each retry. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the URL fails as rate-limited. */
  maxRetryAfterMs: number;
  allowPrivate: boolean;
  /** Tests: which addresses may be connected to (default: public ones, or all with allowPrivate). */
  allowed?: AddressPolicy;
  /** Tests: DNS resolution. */
  resolve?: LookupFunction;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called as each request starts (a verbose log; tests read the spacing from it). */
  onRequest?: (url: string, at: number) => void;
};

export const DEFAULT_FETCHER: FetcherOptions = {
  // pipeline/fetch.ts adds the version: `solieu/0.1.0 (...)`.
  userAgent: 'solieu (statistics from Vietnamese news)',
  concurrency: 8,
  perHost: 2,
  delayMs: 1000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  backoffMs: 1000,
  maxRetryAfterMs: 120_000,
  allowPrivate: false,
};

export type Conditional = { etag?: string | null; lastModified?: string | null };

export type FetchResult =
  | { ok: true; url: string; response: HttpResponse; attempts: number; notModified: boolean }
  | { ok: false; url: string; error: FetchError; attempts: number };

type Host = { queue: PQueue; nextStart: number; lastStart: number; robots: Promise<Robots> | null; crawlDelayMs: number };

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT` -> ms from now, or null. */
export function retryAfterMs(value: string | undefined, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

export class Fetcher {
  readonly opts: FetcherOptions;
  private readonly hosts = new Map<string, Host>();
  private readonly global: PQueue;
  private readonly lookup: LookupFunction;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private stopped = false;
  /** Requests sent, robots.txt included (for reports and tests). */
  requests = 0;

  constructor(opts: Partial<FetcherOptions> = {}) {
    this.opts = { ...DEFAULT_FETCHER, ...opts };
    this.global = new PQueue({ concurrency: this.opts.concurrency });
    const allowed = this.opts.allowed ?? addressPolicy(this.opts.allowPrivate);
    this.opts.allowed = allowed;
    this.lookup = guardedLookup(allowed, this.opts.resolve ?? (dns.lookup as LookupFunction));
    this.sleep = this.opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = this.opts.now ?? Date.now;
  }

  /** Stops starting requests: queued URLs come back at once as failed with `stopped`. */
  stop(): void {
    this.stopped = true;
  }

  private host(origin: string): Host {
    let h = this.hosts.get(origin);
    if (!h) {
      h = { queue: new PQueue({ concurrency: this.opts.perHost }), nextStart: 0, lastStart: -Infinity, robots: null, crawlDelayMs: 0 };
      this.hosts.set(origin, h);
    }
    return h;
  }

  private spacing(h: Host): number {
    return Math.max(this.opts.delayMs, h.crawlDelayMs);
  }

  /**
   * One request to a host: book the host's next start time and wait for it (holding no global
   * slot), then take a global slot; if waiting for that slot let another request to the host
   * start meanwhile, wait again, so starts stay `spacing` apart. Returns the start time.
   */
  private async request(h: Host, url: string, headers: Record<string, string>, beforeRedirect?: (to: URL) => Promise<void>): Promise<{ started: number; res: HttpResponse }> {
    if (this.stopped) throw new FetchError('stopped', 'fetching was stopped');
    const t = this.now();
    const booked = Math.max(t, h.nextStart);
    h.nextStart = booked + this.spacing(h);
    if (booked > t) await this.sleep(booked - t);
    return this.global.add(async () => {
      const early = h.lastStart + this.spacing(h) - this.now();
      if (early > 0) await this.sleep(early);
      if (this.stopped) throw new FetchError('stopped', 'fetching was stopped');
      const started = this.now();
      h.lastStart = started;
      this.requests++;
      this.opts.onRequest?.(url, started);
      const res = await httpGet(url, {
        headers: { 'user-agent': this.opts.userAgent, ...headers },
        timeoutMs: this.opts.timeoutMs,
        maxBytes: this.opts.maxBytes,
        maxRedirects: this.opts.maxRedirects,
        allowed: this.opts.allowed!,
        lookup: this.lookup,
        beforeRedirect,
      });
      return { started, res };
    });
  }

  /** The host's robots.txt, fetched once (through the host's spacing). */
  robotsFor(origin: string): Promise<Robots> {
    const h = this.host(origin);
    h.robots ??= (async () => {
      let robots: Robots;
      let started = this.now();
      try {
        const got = await this.request(h, `${origin}/robots.txt`, {});
        started = got.started;
        const res = got.res;
        if (res.status >= 200 && res.status < 300) robots = parseRobots(res.body.toString('utf8'), this.opts.userAgent);
        // RFC 9309: a 4xx robots.txt means no rules; a server error means keep out for now.
        else if (res.status >= 400 && res.status < 500) robots = ALLOW_ALL;
        else robots = DISALLOW_ALL;
      } catch (e) {
        if (e instanceof FetchError && (e.code === 'private-address' || e.code === 'bad-url' || e.code === 'stopped')) throw e;
        robots = DISALLOW_ALL;
      }
      if (robots.crawlDelay) {
        h.crawlDelayMs = robots.crawlDelay * 1000;
        h.queue.concurrency = 1;
        h.nextStart = Math.max(h.nextStart, started + h.crawlDelayMs);
      }
      return robots;
    })();
    return h.robots;
  }

  private async checkRobots(u: URL): Promise<void> {
    let robots: Robots;
    try {
      robots = await this.robotsFor(u.origin);
    } catch (e) {
      // The host was refused while asking for its robots.txt: report it for the page.
      if (e instanceof FetchError) throw new FetchError(e.code, e.message.replace(`${u.origin}/robots.txt`, u.href), e.retryable, e.status);
      throw e;
    }
    if (robots === DISALLOW_ALL) throw new FetchError('robots-unreachable', `${u.href}: ${u.origin}/robots.txt could not be read; not fetching`);
    if (!robots.allows(u.pathname + u.search)) throw new FetchError('robots-disallowed', `${u.href}: disallowed by ${u.origin}/robots.txt`);
  }

  /** Fetches a URL politely. Never throws: failures come back as `{ ok: false }`. */
  fetch(url: string, conditional: Conditional = {}): Promise<FetchResult> {
    let u: URL;
    try {
      u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
    } catch {
      return Promise.resolve({ ok: false, url, error: new FetchError('bad-url', `not an http(s) URL: ${url}`), attempts: 0 });
    }
    const h = this.host(u.origin);
    const headers: Record<string, string> = {};
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    let attempts = 0;
    const task = async (): Promise<FetchResult> => {
      try {
        await this.checkRobots(u);
        for (;;) {
          attempts++;
          let res: HttpResponse | null = null;
          let error: FetchError | null = null;
          try {
            res = (await this.request(h, u.href, headers, (to) => this.checkRobots(to))).res;
          } catch (e) {
            error = e instanceof FetchError ? e : new FetchError('network', `${u.href}: ${(e as Error).message}`, true);
          }
          const status = res?.status ?? 0;
          const retryable = error ? error.retryable : RETRY_STATUS.has(status);
          if (!retryable) {
            if (error) return { ok: false, url, error, attempts };
            if (status === 304) return { ok: true, url, response: res!, attempts, notModified: true };
            if (status >= 200 && status < 300) return { ok: true, url, response: res!, attempts, notModified: false };
            return { ok: false, url, error: new FetchError('http-error', `${u.href}: HTTP ${status}`, false, status), attempts };
          }
          const told = retryAfterMs(res?.headers['retry-after'], this.now());
          if (told !== null && told > this.opts.maxRetryAfterMs) {
            return { ok: false, url, error: new FetchError('rate-limited', `${u.href}: HTTP ${status}, Retry-After ${Math.round(told / 1000)} s is longer than we wait`, false, status), attempts };
          }
          if (attempts > this.opts.retries) {
            return { ok: false, url, error: error ?? new FetchError('http-error', `${u.href}: HTTP ${status} after ${attempts} attempts`, false, status), attempts };
          }
          const wait = told ?? this.opts.backoffMs * 2 ** (attempts - 1);
          // The whole host waits: a 429 or 503 is about the server, not this URL.
          h.nextStart = Math.max(h.nextStart, this.now() + wait);
        }
      } catch (e) {
        const error = e instanceof FetchError ? e : new FetchError('network', `${u.href}: ${(e as Error).message}`);
        return { ok: false, url, error, attempts };
      }
    };
    // robots.txt first: its Crawl-delay sets the host's concurrency before any page takes a slot.
    return this.robotsFor(u.origin).then(
      () => h.queue.add(task),
      () => h.queue.add(task),
    );
  }

  /** Resolves when every queued URL is done. */
  async idle(): Promise<void> {
    await Promise.all([...this.hosts.values()].map((h) => h.queue.onIdle()));
    await this.global.onIdle();
  }
}
