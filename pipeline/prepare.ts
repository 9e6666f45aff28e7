/**
 * From an article as read to the rows that will be stored: text preparation, publication date,
 * analysis. Pure and synchronous, so it can run on a worker thread.
 */
import { createHash } from 'node:crypto';
import type { RawArticle } from '../corpus/types.js';
import { prepareText, type PreparedText } from '../corpus/normalize.js';
import { parseDateValue } from '../corpus/dates.js';
import type { StoredArticle } from '../db/store.js';
import { analyze, type AnalyzeOptions } from './analyze.js';
import { EXTRACTOR_VERSION } from './version.js';

export function contentHash(raw: RawArticle): string {
  return createHash('sha256').update(raw.title ?? '').update('\u0000').update(raw.text).digest('hex');
}

export class EmptyArticleError extends Error {}

export type PrepareOptions = AnalyzeOptions & {
  /** `prepareText(raw.text)`, when the caller already has it (then `raw.text` is not read). */
  prepared?: PreparedText | undefined;
};

export function prepareArticle(raw: RawArticle, hash: string = contentHash(raw), opts: PrepareOptions = {}): StoredArticle {
  const prepared = opts.prepared ?? prepareText(raw.text);
  if (!prepared.text.trim()) throw new EmptyArticleError('no text left after removing page furniture');
  const fromInput = parseDateValue(raw.date);
  const published = fromInput ?? prepared.published;
  const publishedFrom = fromInput ? (raw.dateFrom ?? 'input') : prepared.published ? prepared.publishedFrom : null;
  const title = raw.title ? raw.title.normalize('NFC').trim() || null : null;
  const { figures, mentions } = analyze({ text: prepared.text, title, url: raw.url ?? null, source: raw.source, published }, opts);
  return {
    key: raw.key,
    externalId: raw.externalId,
    source: raw.source,
    url: raw.url ?? null,
    title,
    published,
    publishedFrom,
    text: prepared.text,
    contentHash: hash,
    extra: raw.extra ? JSON.stringify(raw.extra) : null,
    extractorVersion: EXTRACTOR_VERSION,
    figures,
    mentions,
  };
}
