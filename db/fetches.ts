/**
 * The `fetched_pages` table: raw responses of `solieu fetch`, bodies compressed with Brotli
 * (node:zlib) so a page is parsed again without being fetched again.
 */
import zlib from 'node:zlib';
import type { DB } from './open.js';

export type BodyEncoding = 'br' | 'gzip' | 'deflate' | 'identity';
export type FetchOutcome = 'article' | 'not-article' | 'not-html' | 'not-modified' | 'failed';

export type StoredPage = {
  url: string;
  finalUrl: string | null;
  status: number | null;
  headers: Record<string, string>;
  contentType: string | null;
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string | null;
  outcome: FetchOutcome;
  articleKey: string | null;
};

type Row = {
  url: string; final_url: string | null; status: number | null; headers: string | null; content_type: string | null;
  charset: string | null; etag: string | null; last_modified: string | null; fetched_at: string | null; outcome: FetchOutcome;
  article_key: string | null; body: Buffer | null; body_encoding: BodyEncoding | null;
};

export function compressBody(body: Buffer, encoding: BodyEncoding = 'br'): Buffer {
  if (encoding === 'br') return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (encoding === 'gzip') return zlib.gzipSync(body);
  if (encoding === 'deflate') return zlib.deflateSync(body);
  return body;
}

export function decompressBody(body: Buffer, encoding: BodyEncoding): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return body;
}

export class FetchStore {
  private readonly get;
  private readonly upsertBody;
  private readonly upsertCheck;
  private readonly listUrls;

  constructor(readonly db: DB) {
    this.get = db.prepare('SELECT * FROM fetched_pages WHERE url = ?');
    this.upsertBody = db.prepare(`INSERT INTO fetched_pages
        (url, final_url, status, headers, content_type, charset, etag, last_modified, fetched_at, checked_at, body, body_encoding, body_bytes, outcome, article_key, error, attempts, run_id)
      VALUES (@url, @finalUrl, @status, @headers, @contentType, @charset, @etag, @lastModified, @at, @at, @body, @encoding, @bytes, @outcome, @articleKey, NULL, @attempts, @runId)
      ON CONFLICT(url) DO UPDATE SET final_url = excluded.final_url, status = excluded.status, headers = excluded.headers,
        content_type = excluded.content_type, charset = excluded.charset, etag = excluded.etag, last_modified = excluded.last_modified,
        fetched_at = excluded.fetched_at, checked_at = excluded.checked_at, body = excluded.body, body_encoding = excluded.body_encoding,
        body_bytes = excluded.body_bytes, outcome = excluded.outcome, article_key = excluded.article_key, error = NULL,
        attempts = excluded.attempts, run_id = excluded.run_id`);
    // A 304 or a failure: the stored body (if any) stays; only the last check is recorded.
    this.upsertCheck = db.prepare(`INSERT INTO fetched_pages (url, checked_at, outcome, error, attempts, run_id)
      VALUES (@url, @at, @outcome, @error, @attempts, @runId)
      ON CONFLICT(url) DO UPDATE SET checked_at = excluded.checked_at, outcome = excluded.outcome, error = excluded.error,
        attempts = excluded.attempts, run_id = excluded.run_id`);
    this.listUrls = db.prepare('SELECT url FROM fetched_pages WHERE body IS NOT NULL ORDER BY id');
  }

  /** What is stored for a URL (without the body), or null. */
  find(url: string): StoredPage | null {
    const r = this.get.get(url) as Row | undefined;
    if (!r) return null;
    return {
      url: r.url, finalUrl: r.final_url, status: r.status, headers: r.headers ? (JSON.parse(r.headers) as Record<string, string>) : {},
      contentType: r.content_type, charset: r.charset, etag: r.etag, lastModified: r.last_modified, fetchedAt: r.fetched_at,
      outcome: r.outcome, articleKey: r.article_key,
    };
  }

  /** The stored body, decompressed, or null. */
  body(url: string): Buffer | null {
    const r = this.get.get(url) as Row | undefined;
    if (!r?.body || !r.body_encoding) return null;
    return decompressBody(r.body, r.body_encoding);
  }

  /** Stores a received page (replacing the earlier copy). */
  saveBody(p: {
    url: string; finalUrl: string; status: number; headers: Record<string, string>; body: Buffer; charset: string | null;
    outcome: FetchOutcome; articleKey: string | null; attempts: number; runId: number | null; encoding?: BodyEncoding;
  }): void {
    const encoding = p.encoding ?? 'br';
    this.upsertBody.run({
      url: p.url, finalUrl: p.finalUrl, status: p.status, headers: JSON.stringify(p.headers), contentType: p.headers['content-type'] ?? null,
      charset: p.charset, etag: p.headers.etag ?? null, lastModified: p.headers['last-modified'] ?? null, at: new Date().toISOString(),
      body: compressBody(p.body, encoding), encoding, bytes: p.body.length, outcome: p.outcome, articleKey: p.articleKey,
      attempts: p.attempts, runId: p.runId,
    });
  }

  /** Records a check that brought no new body: a 304, or a failure. */
  saveCheck(p: { url: string; outcome: 'not-modified' | 'failed'; error: string | null; attempts: number; runId: number | null }): void {
    this.upsertCheck.run({ ...p, at: new Date().toISOString() });
  }

  /** URLs with a stored body, oldest first (for `--reparse` without URLs). */
  storedUrls(): string[] {
    return (this.listUrls.all() as { url: string }[]).map((r) => r.url);
  }

  /** Updates what parsing made of a stored page. */
  setParsed(url: string, outcome: FetchOutcome, articleKey: string | null, charset: string | null): void {
    this.db.prepare('UPDATE fetched_pages SET outcome = ?, article_key = ?, charset = ? WHERE url = ?').run(outcome, articleKey, charset, url);
  }
}
