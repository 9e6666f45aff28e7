/**
 * One HTTP GET with node:http(s), redirects followed by hand so each hop is checked: the
 * address guard (guard.ts) at connection time, a veto hook (robots.txt of the new host), a
 * limit on hops. The body is decoded (gzip, deflate, br) and cut off at a maximum size; the
 * whole exchange has a deadline. Failures are FetchErrors with a code and whether a retry may help.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { RefusedAddressError, refusedLiteral, type AddressPolicy } from './guard.js';

export type FetchErrorCode =
  | 'bad-url' | 'private-address' | 'too-many-redirects' | 'too-large' | 'timeout' | 'network'
  | 'robots-disallowed' | 'robots-unreachable' | 'http-error' | 'rate-limited' | 'stopped';

export class FetchError extends Error {
  constructor(readonly code: FetchErrorCode, message: string, readonly retryable = false, readonly status?: number) {
    super(message);
  }
}

export type HttpResponse = {
  /** The URL of the last hop. */
  url: string;
  status: number;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body after content decoding (empty for 304). */
  body: Buffer;
  /** URLs redirected from, in order. */
  redirects: string[];
};

export type HttpOptions = {
  headers?: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowed: AddressPolicy;
  lookup: LookupFunction;
  /** Called before each hop after the first; throw a FetchError to stop there. */
  beforeRedirect?: (to: URL) => Promise<void>;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function httpGet(start: string, opts: HttpOptions): Promise<HttpResponse> {
  let url: URL;
  try {
    url = new URL(start);
  } catch {
    throw new FetchError('bad-url', `not a URL: ${start}`);
  }
  const redirects: string[] = [];
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('bad-url', `${url.href}: only http and https URLs are fetched`);
    const refused = refusedLiteral(url, opts.allowed);
    if (refused) throw new FetchError('private-address', `${url.href}: ${refused.message}`);
    const res = await exchange(url, opts, deadline);
    const location = res.headers.location;
    if (REDIRECTS.has(res.status) && location) {
      if (redirects.length >= opts.maxRedirects) throw new FetchError('too-many-redirects', `${start}: more than ${opts.maxRedirects} redirects`);
      redirects.push(url.href);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new FetchError('bad-url', `${url.href} redirects to a bad URL: ${location}`);
      }
      next.hash = '';
      await opts.beforeRedirect?.(next);
      url = next;
      continue;
    }
    return { ...res, url: url.href, redirects };
  }
}

function exchange(url: URL, opts: HttpOptions, deadline: number): Promise<Omit<HttpResponse, 'redirects'>> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (e: FetchError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e);
    };
    const remaining = deadline - Date.now();
    const timer = setTimeout(() => fail(new FetchError('timeout', `${url.href}: no complete answer within ${opts.timeoutMs} ms`, true)), Math.max(1, remaining));
    const req = lib.request(url, {
      method: 'GET',
      headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', ...opts.headers },
      lookup: opts.lookup,
      // A fresh connection per request: the address check runs for every one.
      agent: false,
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e instanceof RefusedAddressError || e.code === 'EREFUSEDADDRESS') fail(new FetchError('private-address', `${url.href}: ${e.message}`));
      else fail(new FetchError('network', `${url.href}: ${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' '), !/ENOTFOUND|EPROTO|CERT|SSL/.test(e.code ?? e.message)));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes && !REDIRECTS.has(status)) {
        fail(new FetchError('too-large', `${url.href}: ${declared} bytes announced, over the ${opts.maxBytes}-byte limit`));
        return;
      }
      if (status === 304 || REDIRECTS.has(status) || status === 204) {
        res.resume();
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ url: url.href, status, headers, body: Buffer.alloc(0) });
        });
        return;
      }
      let stream: Readable = res;
      const enc = (headers['content-encoding'] ?? '').toLowerCase().trim();
      if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(zlib.createGunzip());
      else if (enc === 'deflate') stream = res.pipe(zlib.createInflate());
      else if (enc === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > opts.maxBytes) {
          fail(new FetchError('too-large', `${url.href}: body over the ${opts.maxBytes}-byte limit`));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', (e) => fail(new FetchError('network', `${url.href}: ${e.message}`, true)));
      res.on('aborted', () => fail(new FetchError('network', `${url.href}: connection closed before the body was complete`, true)));
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ url: url.href, status, headers, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}
