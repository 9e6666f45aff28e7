/**
 * WARC files (`.warc`, `.warc.gz`, Common Crawl style), read as a stream with warcio: each
 * `response` (or `resource`) record holding HTML goes through the HTML path with the record's
 * target URI as the page URL and its Content-Type header for the charset. The record's date is
 * when the page was crawled, not published: it is kept in `extra.warc_date`, and the
 * publication date comes from the page itself. Requests, metadata, revisits, redirects, errors
 * and non-HTML payloads are counted and reported in one note at the end. Memory holds one record
 * at a time; a record larger than the limit is skipped with an error.
 */
import { createReadStream } from 'node:fs';
import type { SourceItem } from './types.js';
import { htmlToItem } from './html/reader.js';

export { isWarc } from './kinds.js';

/** Records with a larger payload are not read (a page is rarely over a few megabytes). */
export const MAX_WARC_RECORD_BYTES = 20 * 1024 * 1024;

// `<urn:uuid:6a3f0c1e-...>` -> `6a3f0c1e-...`
function recordId(raw: string | null | undefined): string | null {
  const id = (raw ?? '').trim().replace(/^<|>$/g, '').replace(/^urn:uuid:/i, '');
  return id || null;
}

export async function* readWarc(file: string, onBytes?: (n: number) => void, maxRecordBytes = MAX_WARC_RECORD_BYTES): AsyncGenerator<SourceItem> {
  const { WARCParser } = await import('warcio');
  const stream = createReadStream(file);
  if (onBytes) stream.on('data', (chunk) => onBytes(chunk.length));
  const streamErrors: Error[] = [];
  stream.on('error', (e) => streamErrors.push(e));
  let n = 0;
  let articles = 0;
  const skipped = new Map<string, number>();
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
  try {
    for await (const record of new WARCParser(stream)) {
      n++;
      const type = record.warcType;
      if (type !== 'response' && type !== 'resource') {
        skip(`${type} records`);
        continue;
      }
      const http = record.httpHeaders;
      const status = Number(http?.statusCode ?? 200);
      if (type === 'response' && (status < 200 || status >= 300)) {
        skip(`HTTP ${status} responses`);
        continue;
      }
      const contentType = http?.headers.get('content-type') ?? record.warcContentType ?? null;
      if (!/html/i.test(contentType ?? '')) {
        skip('non-HTML payloads');
        continue;
      }
      const uri = record.warcTargetURI ?? null;
      const id = recordId(record.warcHeader('WARC-Record-ID'));
      if (record.warcContentLength > maxRecordBytes) {
        yield { type: 'error', source: file, line: n, externalId: id, reason: 'too-large', detail: `${file} record ${n} (${uri ?? 'no URI'}): ${record.warcContentLength} bytes, over the ${maxRecordBytes}-byte limit` };
        continue;
      }
      const bytes = await record.readFully(true);
      // warcio hands out what there is of a cut-off last record; its reader still expects bytes.
      const unread = (record as unknown as { _reader?: { limit?: number } })._reader?.limit ?? 0;
      if (unread > 0) {
        yield { type: 'error', source: file, line: n, externalId: id, reason: 'unreadable', detail: `${file} record ${n} (${uri ?? 'no URI'}): the file ends ${unread} bytes before the record does` };
        return;
      }
      const item = htmlToItem(bytes, {
        key: `${file}#${id ?? `record-${n}`}`,
        source: file,
        externalId: id,
        url: uri,
        contentType,
        line: n,
        extra: record.warcDate ? { warc_date: record.warcDate } : undefined,
      });
      if (item.type === 'article') articles++;
      yield item;
    }
  } catch (e) {
    const err = (streamErrors[0] ?? e) as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'missing' : 'unreadable';
    yield { type: 'error', source: file, line: n || null, reason, detail: `${file}${n ? ` after record ${n}` : ''}: ${err.code === 'ENOENT' ? 'no such file' : err.message}` };
    return;
  }
  if (skipped.size) {
    const parts = [...skipped].map(([why, count]) => `${count} ${why}`).join(', ');
    yield { type: 'note', source: file, message: `${file}: ${n} records, ${articles} articles; skipped ${parts}` };
  }
}
