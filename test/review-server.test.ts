/**
 * The review page's server: who may talk to it (host, origin, token), and that its writes are
 * review rows like any other. What the browser shows is tested in review-browser.test.ts.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/open.js';
import { serve, type ReviewServer } from '../review/server.js';
import { figureByQuote, sampleDb } from './review-fixture.js';

let db: DB;
let server: ReviewServer;

beforeAll(async () => {
  const s = await sampleDb();
  db = s.db;
  server = await serve({ db: s.file, port: 0, host: '127.0.0.1', reviewer: 'lan' });
});
afterAll(async () => {
  await server.close();
  db.close();
});

type Res = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(path: string, o: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path, method: o.method ?? 'GET', headers: o.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (o.body !== undefined) req.write(JSON.stringify(o.body));
    req.end();
  });
}

const own = () => `http://127.0.0.1:${server.port}`;
const auth = () => ({ 'X-Solieu-Token': server.token, 'Content-Type': 'application/json', Origin: own() });
const reviews = () => db.prepare('SELECT count(*) FROM reviews').pluck().get() as number;

describe('review server', () => {
  it('listens on loopback and serves the page with its token and a strict CSP', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const r = await request('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain(`<meta name="solieu-token" content="${server.token}">`);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(r.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
  });

  it('answers the API only with the session token', async () => {
    expect((await request('/api/queue')).status).toBe(403);
    expect((await request('/api/queue', { headers: { 'X-Solieu-Token': 'f'.repeat(48) } })).status).toBe(403);
    const ok = await request('/api/queue?status=pending', { headers: { 'X-Solieu-Token': server.token } });
    expect(ok.status).toBe(200);
    const q = JSON.parse(ok.body) as { items: unknown[]; counts: { pending: number } };
    expect(q.items.length).toBe(q.counts.pending);
  });

  it('pages the queue by the last figure seen', async () => {
    const get = async (q: string) => JSON.parse((await request(`/api/queue?${q}`, { headers: { 'X-Solieu-Token': server.token } })).body) as
      { items: { id: number; article_id: number; char_start: number }[] };
    const all = (await get('limit=5000')).items.map((i) => i.id);
    const first = (await get('limit=7')).items;
    const last = first[first.length - 1]!;
    const next = (await get(`limit=7&after=${last.article_id},${last.char_start},${last.id}`)).items;
    expect([...first, ...next].map((i) => i.id)).toEqual(all.slice(0, 14));
  });

  it('refuses writes without the token, from another origin, for another host, or not as JSON', async () => {
    const f = figureByQuote(db, '99,86%');
    const n = reviews();
    const body = { decision: 'accept' };
    const path = `/api/figure/${f.id}`;
    expect((await request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: own() }, body })).status).toBe(403);
    const foreign = await request(path, { method: 'POST', headers: { ...auth(), Origin: 'http://evil.example' }, body });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatch(/another origin/);
    expect((await request('/api/queue', { headers: { 'X-Solieu-Token': server.token, Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await request(path, { method: 'POST', headers: { ...auth(), 'Sec-Fetch-Site': 'cross-site' }, body })).status).toBe(403);
    expect((await request(path, { method: 'POST', headers: { ...auth(), Host: `evil.example:${server.port}`, Origin: `http://evil.example:${server.port}` }, body })).status).toBe(421);
    expect((await request(path, { method: 'POST', headers: { ...auth(), 'Content-Type': 'text/plain' }, body })).status).toBe(415);
    expect(reviews()).toBe(n);
  });

  it('writes a review row for every change, with the session reviewer', async () => {
    const f = figureByQuote(db, '99,86%');
    const r = await request(`/api/figure/${f.id}`, { method: 'POST', headers: auth(), body: { decision: 'correct', changes: { value: '99,87' }, note: 'bản in' } });
    expect(r.status).toBe(200);
    const { action } = JSON.parse(r.body) as { action: number };
    expect(db.prepare('SELECT field, old_value, new_value, reviewer, via, note FROM reviews WHERE action_id = ?').all(action))
      .toEqual([{ field: 'value', old_value: '99.86', new_value: '99.87', reviewer: 'lan', via: 'web', note: 'bản in' }]);
    const bad = await request(`/api/figure/${f.id}`, { method: 'POST', headers: auth(), body: { decision: 'correct', changes: { year: 'năm ngoái' } } });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ error: 'year: year "năm ngoái" is not a year between 1900 and 2100' });
    const u = await request('/api/undo', { method: 'POST', headers: auth(), body: { action } });
    expect(u.status).toBe(200);
    expect(db.prepare('SELECT value FROM figures WHERE id = ?').pluck().get(f.id)).toBe(99.86);
  });
});
