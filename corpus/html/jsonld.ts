/**
 * JSON-LD blocks (`<script type="application/ld+json">`): the NewsArticle most Vietnamese
 * news sites embed gives the headline, datePublished and author. The JSON in the wild is often
 * not strict (raw newlines inside strings, trailing commas), so parsing is lenient; strings may
 * hold character references (`"Ch&#237;nh s&#225;ch"`), decoded by the readers of the values.
 */
import type { CheerioAPI } from 'cheerio';
import { decodeEntities, squash } from './entities.js';

export type LdObject = Record<string, unknown>;

function parseLenient(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    // Control characters are invalid inside JSON strings and harmless as spaces outside them;
    // `, }` and `, ]` are the other common slips.
    const fixed = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(fixed);
    } catch {
      return null;
    }
  }
}

function flatten(v: unknown, out: LdObject[], depth = 0): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) flatten(x, out, depth + 1);
    return;
  }
  const o = v as LdObject;
  out.push(o);
  if (Array.isArray(o['@graph'])) flatten(o['@graph'], out, depth + 1);
}

/** Every JSON-LD object of the page, `@graph` members included, in document order. */
export function jsonLdObjects($: CheerioAPI): LdObject[] {
  const out: LdObject[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    flatten(parseLenient($(el).text()), out);
  });
  return out;
}

export function ldTypes(o: LdObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

// NewsArticle, Article, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, LiveBlogPosting...
const ARTICLE_TYPE = /Article$|BlogPosting$|^Report$/;

/** The page's article object (the first whose type is an Article or BlogPosting), or null. */
export function ldArticle(objects: LdObject[]): LdObject | null {
  return objects.find((o) => ldTypes(o).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

/** A string field, decoded and squashed; '' when absent. */
export function ldString(o: LdObject | null, key: string): string {
  const v = o?.[key];
  return typeof v === 'string' ? squash(decodeEntities(v)) : '';
}

/** Author names of an article object: `author` as a string, a Person, or a list of them. */
export function ldAuthors(o: LdObject | null): string[] {
  const v = o?.author;
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names: string[] = [];
  for (const a of list) {
    const name = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as LdObject).name : null;
    if (typeof name === 'string' && squash(name)) names.push(squash(decodeEntities(name)));
  }
  return names;
}

/** The page URL an article object names (`mainEntityOfPage`, `url`), or ''. */
export function ldUrl(o: LdObject | null): string {
  const main = o?.mainEntityOfPage;
  if (typeof main === 'string') return main.replace(/#.*$/, '');
  if (main && typeof main === 'object' && typeof (main as LdObject)['@id'] === 'string') return String((main as LdObject)['@id']).replace(/#.*$/, '');
  return ldString(o, 'url');
}
