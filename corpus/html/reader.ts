/**
 * HTML into the pipeline: saved pages (`.html`, `.htm`, `.xhtml`, `.html.gz`), and the bodies of
 * fetched pages and WARC records, all through `htmlToItem`. A page that is an article becomes a
 * RawArticle (title, publication time from the page, canonical URL, author kept in `extra`);
 * a list or home page is skipped with a note naming why, never stored as an article.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { SourceItem } from '../types.js';
import { decodeHtml } from './decode.js';
import { parseHtml } from './page.js';

import { HTML_FILE } from '../kinds.js';

export { isHtmlFile } from '../kinds.js';

export type HtmlContext = {
  /** Identity of the article (`articles.key`). */
  key: string;
  /** The file, dump or URL it was read from. */
  source: string;
  externalId: string | null;
  /** The page's URL when known (WARC target, fetched URL): base for relative links, fallback URL. */
  url?: string | null;
  /** The HTTP Content-Type header, when there is one: its charset wins over the page's meta. */
  contentType?: string | null;
  /** Record number in a WARC file, for error reports. */
  line?: number | null;
  /** Facts about how the page was obtained, kept in `articles.extra` (`warc_date`, `fetched_at`). */
  extra?: Record<string, unknown>;
};

/** One page's bytes -> an article, or a note saying why the page is not one. */
export function htmlToItem(bytes: Uint8Array, ctx: HtmlContext): SourceItem {
  return readHtmlPage(bytes, ctx).item;
}

/** As `htmlToItem`, with the charset the bytes were read with (the fetcher records it). */
export function readHtmlPage(bytes: Uint8Array, ctx: HtmlContext): { item: SourceItem; charset: string } {
  const decoded = decodeHtml(bytes, ctx.contentType);
  return { item: pageItem(decoded.text, decoded.charset, ctx), charset: decoded.charset };
}

function pageItem(html: string, charset: string, ctx: HtmlContext): SourceItem {
  const decoded = { text: html, charset };
  const page = parseHtml(decoded.text, { url: ctx.url ?? null });
  const where = ctx.line ? `${ctx.source} record ${ctx.line}` : ctx.source;
  if (page.kind !== 'article') {
    const about = ctx.url && ctx.url !== ctx.source ? ` (${ctx.url})` : '';
    return { type: 'note', source: ctx.source, message: `skipped ${where}${about}: not an article: ${page.reason}`, skippedFile: true };
  }
  const extra: Record<string, unknown> = { ...ctx.extra };
  if (page.published) extra.published_at = page.published;
  if (page.author) extra.author = page.author;
  if (decoded.charset !== 'utf-8') extra.charset = decoded.charset;
  return {
    type: 'article',
    article: {
      key: ctx.key,
      externalId: ctx.externalId,
      source: ctx.source,
      url: page.canonicalUrl ?? ctx.url ?? null,
      title: page.title,
      date: page.published,
      dateFrom: page.published ? 'html' : undefined,
      text: page.text,
      extra: Object.keys(extra).length ? extra : null,
      line: ctx.line ?? null,
    },
  };
}

/** A saved page: key = the path, external id = the file name without its extensions. */
export async function* readHtmlFile(file: string, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
    onBytes?.(bytes.length);
    if (/\.gz$/i.test(file)) bytes = gunzipSync(bytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'missing' : 'unreadable';
    yield { type: 'error', source: file, reason, detail: `${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}` };
    return;
  }
  const externalId = path.basename(file).replace(HTML_FILE, '');
  yield htmlToItem(bytes, { key: file, source: file, externalId });
}
