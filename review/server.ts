/**
 * `solieu review serve`: the review page. A plain node:http server on loopback, one database
 * connection, static files from review/static and a small JSON API.
 *
 * Guards, because a page on any other site can send requests to a local port:
 * - the Host header must name this server (a DNS-rebinding page arrives with its own name);
 * - a request whose Origin is not this server's is refused, reads included;
 * - every API request carries the per-session token, which only the page served here holds
 *   (another origin cannot read it), and writes must be JSON (no cross-site form posts);
 * - article text reaches the page as JSON and is inserted as text, never as HTML; the Content
 *   Security Policy forbids inline scripts besides.
 */
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, type DB } from '../db/open.js';
import { routeApi, HttpError } from './api.js';

export type ServeOptions = { db: string; port: number; host: string; reviewer: string; token?: string };
export type ReviewServer = { url: string; token: string; port: number; close(): Promise<void> };

const STATIC: Record<string, [string, string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/app.css': ['app.css', 'text/css; charset=utf-8'],
};

function staticDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path.join(here, 'static'), path.join(here, '..', '..', 'review', 'static')]) if (existsSync(dir)) return dir;
  throw new Error(`solieu: cannot find review/static beside ${here}`);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, v: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(v));

// `127.0.0.1`, `127.1.2.3`, `::1`, `localhost`.
export function isLoopback(host: string): boolean {
  return /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i.test(host);
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > 256 * 1024) throw new HttpError(413, 'request too large');
    chunks.push(c as Buffer);
  }
  try {
    return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
  } catch {
    throw new HttpError(400, 'body is not JSON');
  }
}

export async function serve(o: ServeOptions): Promise<ReviewServer> {
  const db: DB = openDb(o.db);
  const token = o.token ?? randomBytes(24).toString('hex');
  const dir = staticDir();
  const files = new Map(Object.entries(STATIC).map(([route, [name, type]]) => [route, { type, body: readFileSync(path.join(dir, name), 'utf8') }]));
  let port = o.port;
  const hostNames = () => {
    const names = isLoopback(o.host) ? ['127.0.0.1', 'localhost', '[::1]'] : [o.host.includes(':') ? `[${o.host}]` : o.host];
    return new Set(names.map((h) => `${h}:${port}`.toLowerCase()));
  };
  let allowed = hostNames();
  const anyHost = o.host === '0.0.0.0' || o.host === '::';

  const server = http.createServer((req, res) => {
    void (async () => {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!anyHost && !allowed.has(host)) return json(res, 421, { error: `this server does not answer for host "${host}"` });
      const origin = req.headers.origin;
      if ((origin !== undefined && origin.toLowerCase() !== `http://${host}`) || req.headers['sec-fetch-site'] === 'cross-site') {
        return json(res, 403, { error: 'requests from another origin are refused' });
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      const file = files.get(url.pathname);
      if (file && req.method === 'GET') {
        const body = url.pathname === '/' ? file.body.replace('{{TOKEN}}', token) : file.body;
        return send(res, 200, file.type, body);
      }
      if (!url.pathname.startsWith('/api/')) return json(res, 404, { error: 'not found' });
      const given = Buffer.from(String(req.headers['x-solieu-token'] ?? ''));
      if (given.length !== token.length || !timingSafeEqual(given, Buffer.from(token))) return json(res, 403, { error: 'missing or wrong session token: reload the page' });
      let body: unknown = {};
      if (req.method === 'POST') {
        if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return json(res, 415, { error: 'send JSON' });
        body = await readBody(req);
      } else if (req.method !== 'GET') return json(res, 405, { error: 'GET or POST' });
      const out = routeApi(db, req.method, url, body, o.reviewer);
      return json(res, 200, out);
    })().catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (!res.headersSent) json(res, status, { error: e instanceof Error ? e.message : String(e) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : o.port;
  allowed = hostNames();
  const shown = isLoopback(o.host) || anyHost ? '127.0.0.1' : o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `http://${shown}:${port}/`,
    token,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        db.close();
        resolve();
      });
    }),
  };
}
