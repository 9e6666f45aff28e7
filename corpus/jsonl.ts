/**
 * JSON Lines dumps (`.jsonl`, `.jsonl.gz`, `.ndjson`, or `-` for stdin): one article a line,
 * `{"id", "url", "date", "title", "text"}` by default, other field names by option; fields
 * solieu does not use are kept in `articles.extra`. Streamed: memory stays flat whatever the size.
 * A bad line (malformed JSON, no text) is an error for that line only; the dump goes on.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Transform, type Readable } from 'node:stream';
import type { SourceItem } from './types.js';
import { decodeUtf8 } from './utf8.js';

export type FieldNames = { id: string; url: string; date: string; title: string; text: string };
export const DEFAULT_FIELDS: FieldNames = { id: 'id', url: 'url', date: 'date', title: 'title', text: 'text' };

export function isJsonl(file: string): boolean {
  return /\.(jsonl|ndjson|jsonl\.gz|ndjson\.gz)$/i.test(file);
}

/** The file (or stdin) as a byte stream, gunzipped when its name ends in `.gz`. `onBytes` counts the bytes read from disk, for progress. */
export function openMaybeGzip(file: string, stdin?: Readable, onBytes?: (n: number) => void): Readable {
  const raw = stdin ?? createReadStream(file, { highWaterMark: 1 << 18 });
  const gz = /\.gz$/i.test(file);
  if (!gz && !onBytes) return raw;
  const next: Transform = gz
    ? createGunzip({ chunkSize: 1 << 16 })
    : new Transform({ transform: (c: Buffer, _enc, done) => done(null, c) });
  if (onBytes) raw.on('data', (c: Buffer) => onBytes(c.length));
  // pipe() does not forward errors: a missing or unreadable file must end the next stream too
  raw.on('error', (e: Error) => next.destroy(e));
  return raw.pipe(next);
}

export async function* readJsonl(
  file: string,
  fields: FieldNames = DEFAULT_FIELDS,
  stdin?: Readable,
  onBytes?: (n: number) => void,
): AsyncGenerator<SourceItem> {
  const source = stdin ? '-' : file;
  let stream: Readable;
  try {
    stream = openMaybeGzip(file, stdin, onBytes);
  } catch (e) {
    yield { type: 'error', source, reason: 'unreadable', detail: `${source}: ${(e as Error).message}` };
    return;
  }
  let n = 0;
  try {
    for await (const line of splitLines(stream)) {
      n++;
      if (!line.trim()) continue;
      yield parseLine(n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, n, source, fields);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'missing' : 'unreadable';
    yield { type: 'error', source, line: n || null, reason, detail: `${source}${n ? `:${n}` : ''}: ${err.code === 'ENOENT' ? 'no such file' : err.message}` };
  }
}

/**
 * The lines of a byte stream, decoded as UTF-8 one line at a time (a `\r` before the `\n` is
 * dropped). Cheaper than readline, which decodes, re-scans and copies every chunk: on the
 * 78 MB bench dump this takes ~0.5 s instead of ~0.9 s. Pulls the stream, so a slow consumer
 * holds the file back (backpressure) instead of buffering it.
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let rest: Buffer | null = null;
  for await (const chunk of stream) {
    const c = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let s = 0;
    let i = c.indexOf(10);
    if (i < 0) {
      rest = rest ? Buffer.concat([rest, c]) : Buffer.from(c);
      continue;
    }
    if (rest) {
      yield decodeLine(Buffer.concat([rest, c.subarray(0, i)]), 0, rest.length + i);
      rest = null;
      s = i + 1;
      i = c.indexOf(10, s);
    }
    const lines: string[] = [];
    for (; i >= 0; i = c.indexOf(10, s)) {
      lines.push(decodeLine(c, s, i));
      s = i + 1;
    }
    // the tail is copied: the stream may reuse its chunk
    rest = s < c.length ? Buffer.from(c.subarray(s)) : null;
    yield* lines;
  }
  if (rest) yield decodeLine(rest, 0, rest.length);
}

function decodeLine(b: Buffer, start: number, end: number): string {
  return decodeUtf8(b, start, end > start && b[end - 1] === 13 ? end - 1 : end);
}

export function parseLine(line: string, n: number, source: string, fields: FieldNames): SourceItem {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { type: 'error', source, line: n, reason: 'malformed-json', detail: `${source}:${n}: malformed JSON (${(e as Error).message})` };
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    return { type: 'error', source, line: n, reason: 'malformed-json', detail: `${source}:${n}: a line must be a JSON object` };
  }
  const r = rec as Record<string, unknown>;
  const id = r[fields.id];
  const externalId = id === undefined || id === null || id === '' ? null : String(id);
  const text = r[fields.text];
  if (typeof text !== 'string' || !text.trim()) {
    return {
      type: 'error', source, line: n, externalId, reason: typeof text === 'string' ? 'empty' : 'no-text',
      detail: `${source}:${n}: ${typeof text === 'string' ? 'empty text' : `no "${fields.text}" string field`}${externalId ? ` (id ${externalId})` : ''}`,
    };
  }
  const used = new Set(Object.values(fields));
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!used.has(k)) extra[k] = v;
  const str = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
  return {
    type: 'article',
    article: {
      key: `${source}#${externalId ?? `L${n}`}`,
      externalId,
      source,
      url: str(r[fields.url]),
      title: str(r[fields.title]),
      date: r[fields.date],
      text,
      extra: Object.keys(extra).length ? extra : null,
      line: n,
    },
  };
}
