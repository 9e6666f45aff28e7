/**
 * JSON Lines dumps (`.jsonl`, `.jsonl.gz`, `.ndjson`, or `-` for stdin): one article a line,
 * `{"id", "url", "date", "title", "text"}` by default, other field names by option; fields
 * solieu does not use are kept in `articles.extra`. Streamed: memory stays flat whatever the size.
 * A bad line (malformed JSON, no text) is an error for that line only; the dump goes on.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { SourceItem } from './types.js';

export type FieldNames = { id: string; url: string; date: string; title: string; text: string };
export const DEFAULT_FIELDS: FieldNames = { id: 'id', url: 'url', date: 'date', title: 'title', text: 'text' };

export function isJsonl(file: string): boolean {
  return /\.(jsonl|ndjson|jsonl\.gz|ndjson\.gz)$/i.test(file);
}

export function openMaybeGzip(file: string, stdin?: Readable): Readable {
  const raw = stdin ?? createReadStream(file);
  return /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
}

export async function* readJsonl(file: string, fields: FieldNames = DEFAULT_FIELDS, stdin?: Readable): AsyncGenerator<SourceItem> {
  const source = stdin ? '-' : file;
  let stream: Readable;
  try {
    stream = openMaybeGzip(file, stdin);
  } catch (e) {
    yield { type: 'error', source, reason: 'unreadable', detail: `${source}: ${(e as Error).message}` };
    return;
  }
  const errors: Error[] = [];
  stream.on('error', (e) => errors.push(e));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      yield parseLine(line, n, source, fields);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'missing' : 'unreadable';
    yield { type: 'error', source, line: n || null, reason, detail: `${source}${n ? `:${n}` : ''}: ${err.code === 'ENOENT' ? 'no such file' : err.message}` };
    return;
  }
  const err = errors[0];
  if (err) yield { type: 'error', source, line: n, reason: 'unreadable', detail: `${source}: ${err.message}` };
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
