/**
 * What a page says about itself: headline, canonical URL, author, description. Meta tags
 * (`og:title`, `article:author`), JSON-LD and the visible headline are weighed against each
 * other: the in-page `<h1>` wins when it agrees with the meta title (NLĐ edits the `<title>`
 * but readers see the `<h1>`; 24h appends an unaccented copy to `og:title`), the meta title
 * otherwise.
 */
import type { CheerioAPI } from 'cheerio';
import { type Element, classId, isElement, tag, textOf } from './dom.js';
import { decodeEntities, squash } from './entities.js';
import { type LdObject, ldAuthors, ldString, ldUrl } from './jsonld.js';
import { foldForCompare } from './similar.js';

export function metaContent($: CheerioAPI, ...names: string[]): string {
  for (const name of names) {
    const v = $(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
      .map((_, el) => $(el).attr('content') ?? '')
      .get()
      .map((s) => squash(decodeEntities(s)))
      .find((s) => s.length > 0);
    if (v) return v;
  }
  return '';
}

// Separators between a headline and the site's name in `<title>`:
//   `Chốt lịch nghỉ lễ Tết 2013 của công chức, viên chức - Sự kiện - Dân trí`
//   `Can Lộ Lộ lả lơi với khăn tắm | Giải trí | Soha.vn`
const TITLE_SEPARATOR = /\s+[|–—»:]{1,2}\s+|\s+-\s+/;

function words(s: string): string[] {
  return foldForCompare(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Share of `a`'s words found in `b` (0..1). */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  if (!wa.length) return 0;
  const wb = new Set(words(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

export type TitleFound = { title: string | null; el: Element | null; from: 'heading' | 'meta' | 'json-ld' | 'title-tag' | null };

// Elements named as a headline: `div.title-detail`, `h1.detail-title`, `p.article-title`.
const HEADLINE_CLASS = /(^|[\s_-])(title|headline|tieu-?de)([\s_-]|$)/;

function headingCandidates($: CheerioAPI): Element[] {
  const out: Element[] = [];
  $('h1, h2, h3, div, p, span, strong').each((_, el) => {
    if (!isElement(el)) return;
    const t = tag(el);
    const named = HEADLINE_CLASS.test(classId(el));
    if (t !== 'h1' && !named) return;
    if (/logo/.test(classId(el))) return;
    if ($(el).closest('a').length || $(el).find('a').length > 1) return;
    const text = textOf(el);
    // Four words at least: a section's name (`Kinh doanh`) is not a headline.
    if (text.split(' ').length < 4 || text.length > 300) return;
    out.push(el);
  });
  return out;
}

/** The headline: an on-page heading that agrees with the meta title, else the meta title. */
export function findTitle($: CheerioAPI, ld: LdObject | null): TitleFound {
  const metaTitles = [metaContent($, 'og:title'), ldString(ld, 'headline'), metaContent($, 'twitter:title', 'title')].filter(Boolean);
  const docTitle = squash(decodeEntities($('title').first().text()));
  const docSegments = docTitle.split(TITLE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  // Without meta titles, `<title>` and its leading segments (`Những người khổ hạnh vì bớt lạ`
  // of `Những người khổ hạnh vì bớt lạ - Ảnh | Trang thông tin ... - VnExpress iOne`).
  const prefixes = docSegments.map((_, i) => docSegments.slice(0, i + 1).join(' - '));
  const references = metaTitles.length ? metaTitles : docTitle ? [docTitle, ...prefixes] : [];
  let best: { el: Element; score: number } | null = null;
  for (const el of headingCandidates($)) {
    const text = textOf(el);
    for (const ref of references) {
      const a = overlap(text, ref);
      const b = overlap(ref, text);
      if (a < 0.8 || b < 0.5) continue;
      const score = a + b + (tag(el) === 'h1' ? 0.2 : 0);
      if (!best || score > best.score) best = { el, score };
    }
  }
  if (best) return { title: textOf(best.el), el: best.el, from: 'heading' };
  const og = metaContent($, 'og:title');
  if (og) return { title: og, el: null, from: 'meta' };
  const headline = ldString(ld, 'headline');
  if (headline) return { title: headline, el: null, from: 'json-ld' };
  const first = docSegments[0];
  if (first) return { title: first, el: null, from: 'title-tag' };
  return { title: null, el: null, from: null };
}

function absolute(href: string, base: string | null): string | null {
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The canonical URL: `<link rel="canonical">`, `og:url`, the JSON-LD page, else the URL given. */
export function findCanonical($: CheerioAPI, ld: LdObject | null, pageUrl: string | null): string | null {
  const candidates = [$('link[rel="canonical"]').attr('href') ?? '', metaContent($, 'og:url', 'canonical'), ldUrl(ld)];
  for (const c of candidates) {
    const u = c.trim() ? absolute(c.trim(), pageUrl) : null;
    if (u) return u;
  }
  return pageUrl;
}

// A site, not a person: `baodautu.vn`, `VCCorp.vn`, `TUOI TRE ONLINE`, `VietNamNet News`.
const SITE_LIKE = /\.(vn|com|net|org)\b|online|\bnews\b|^báo\b|channel|corp|^https?:/i;

// A byline element: `a.author`, `p.author-name`, `div.tac-gia`, `span.byline`.
const BYLINE_CLASS = /author|byline|tac-?gia|writer|reporter|nguoi-?viet/;

/** The site's name as its host spells it: `vnexpress` for `https://vnexpress.net/...`. */
function hostLabel(url: string | null): string | null {
  try {
    const parts = new URL(url ?? '').hostname.replace(/^www\./, '').split('.');
    return parts.length >= 2 ? (parts[parts.length - 2] === 'com' ? parts[parts.length - 3] ?? null : parts[parts.length - 2] ?? null) : null;
  } catch {
    return null;
  }
}

/** The author: JSON-LD, a byline element, then meta tags; site names are not authors. */
export function findAuthor($: CheerioAPI, ld: LdObject | null, pageUrl: string | null = null): string | null {
  const label = hostLabel(pageUrl);
  // `VnExpress` on vnexpress.net, `baodantridientu` on dantri.com.vn, `baotuoitre` on tuoitre.vn.
  const isSite = (name: string) => {
    const compact = foldForCompare(name).replace(/[^a-z0-9]/g, '');
    return SITE_LIKE.test(name) || (!!label && label.length >= 3 && compact.includes(label));
  };
  // `Theo Hồ Hương` (according to), `By ...`: the name is what follows.
  const bare = (name: string) => name.replace(/^(theo|by|tác giả:?)\s+/i, '').trim();
  const fromLd = ldAuthors(ld).map(bare).filter((a) => a && !isSite(a));
  if (fromLd.length) return fromLd.join(', ');
  let byline: string | null = null;
  $('[rel="author"], [itemprop="author"], a, span, p, div, strong').each((_, el) => {
    if (byline || !isElement(el)) return;
    if (!BYLINE_CLASS.test(classId(el)) && el.attribs.rel !== 'author' && el.attribs.itemprop !== 'author') return;
    const text = bare(squash(el.attribs.content ?? textOf(el)));
    if (text.length >= 3 && text.length <= 60 && !/\d{2}/.test(text) && !isSite(text)) byline = text;
  });
  if (byline) return byline;
  for (const name of ['article:author', 'dable:author', 'author']) {
    const v = metaContent($, name);
    if (v && !isSite(v)) return bare(v.replace(/;\s*/g, ', '));
  }
  return null;
}

export function findDescription($: CheerioAPI, ld: LdObject | null): string | null {
  return metaContent($, 'og:description', 'description', 'twitter:description') || ldString(ld, 'description') || null;
}
