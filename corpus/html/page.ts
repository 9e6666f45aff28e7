/**
 * One HTML page -> an article (headline, publication time, author, canonical URL, body text) or
 * the verdict that it is not one (a home page, a section's list of stories). Metadata is read on
 * the whole page first; then furniture is stripped, the body is found by scoring (score.ts), the
 * lead (sapo) that sites set apart above the body is put back in front, and the body becomes
 * text (text.ts). Generic rules only: no site has its own code path.
 */
import * as cheerio from 'cheerio';
import { type AnyNode, type Element, INLINE, contains, isElement, linkDensity, removeNode, tag, textOf, textPositions, walkElements } from './dom.js';
import { ownInlineText, stripBoilerplate } from './clean.js';
import { ldArticle, jsonLdObjects } from './jsonld.js';
import { findAuthor, findCanonical, findDescription, findTitle, metaContent, overlap } from './meta.js';
import { findPublished } from './published.js';
import { pickBody } from './score.js';
import { nodesToText } from './text.js';
import { pageDateOrder } from './timestamps.js';
import { classId } from './dom.js';
import { judgePage, type PageSignals } from './kind.js';
import { foldForCompare } from './similar.js';

export type HtmlArticle = {
  kind: 'article';
  title: string | null;
  /** ISO time as normalised by timestamps.ts (`2026-03-07T08:01:53+07:00`, `2012-12-25`). */
  published: string | null;
  publishedFrom: string | null;
  author: string | null;
  canonicalUrl: string | null;
  description: string | null;
  text: string;
};

export type HtmlNotArticle = {
  kind: 'not-article';
  /** Why: `list page (38 headline links, 120 characters of prose)`, `no text`. */
  reason: string;
  title: string | null;
  canonicalUrl: string | null;
};

export type HtmlPage = HtmlArticle | HtmlNotArticle;

export type ParseOptions = { url?: string | null };

// The lead a site sets apart from the body: `div.sapo_detail`, `h2.Lead`, `h2.pHead`, `p.description`.
const LEAD_CLASS = /sapo|\blead\b|summary|desc|excerpt|intro|chapeau|tom-?tat|abstract|phead|\bhead-?line/;

export function parseHtml(html: string, opts: ParseOptions = {}): HtmlPage {
  const $ = cheerio.load(html);
  const ld = ldArticle(jsonLdObjects($));
  const body = $('body').get(0) ?? $.root().get(0);
  const titleFound = findTitle($, ld);
  const pos = body ? textPositions(body) : new Map<Element, number>();
  const order = pageDateOrder(body ? textOf(body) : '');
  const published = findPublished($, ld, titleFound.el, pos, order);
  const canonicalUrl = findCanonical($, ld, opts.url ?? null);
  const author = findAuthor($, ld, canonicalUrl);
  const description = findDescription($, ld);
  const notArticle = (reason: string): HtmlNotArticle => ({ kind: 'not-article', reason, title: titleFound.title, canonicalUrl });
  if (!body || !isElement(body as AnyNode)) return notArticle('no body');

  stripBoilerplate(body);
  const picked = pickBody(body as Element);
  if (!picked) return notArticle('no text');
  const signals: PageSignals = {
    headlineLinks: countHeadlineLinks(picked.nodes),
    articleMarkup: !!ld || !!metaContent($, 'article:published_time'),
    titleEl: titleFound.el,
  };
  const nodes = dropRepeats(picked.nodes, titleFound.title, [titleFound.el, published?.el ?? null]);
  for (const n of nodes) dropLinkLists(n);
  let text = nodesToText(nodes);
  const lead = findLead(body as Element, nodes, description, titleFound.title, pos);
  if (lead && !foldForCompare(text).includes(foldForCompare(lead).slice(0, 60))) text = `${lead}\n${text}`;
  const verdict = judgePage({ ...signals, text });
  if (verdict) return notArticle(verdict);
  return {
    kind: 'article',
    title: titleFound.title,
    published: published?.value ?? null,
    publishedFrom: published?.from ?? null,
    author,
    canonicalUrl,
    description,
    text,
  };
}

/** Links whose text reads like a headline (five words or more): teasers of other stories. */
function countHeadlineLinks(nodes: Element[]): number {
  let n = 0;
  for (const root of nodes) {
    for (const el of walkElements(root)) {
      if (tag(el) === 'a' && textOf(el).split(' ').length >= 5) n++;
    }
  }
  return n;
}

/**
 * Removes the headline (and copies of it) and the date line when they sit inside the body;
 * returns the body nodes left.
 */
function dropRepeats(nodes: Element[], title: string | null, own: (Element | null)[]): Element[] {
  const folded = title ? foldForCompare(title) : null;
  const drop = (el: Element) => own.includes(el) || (!!folded && !INLINE.has(tag(el)) && foldForCompare(textOf(el)) === folded);
  const kept = nodes.filter((n) => !drop(n));
  for (const root of kept) {
    for (const el of [...walkElements(root)]) {
      if (el !== root && el.parent && drop(el)) removeNode(el);
    }
  }
  return kept;
}

/** Removes blocks inside the body that are mostly links: "Xem thêm", lists of related stories. */
function dropLinkLists(root: Element): void {
  for (const el of [...walkElements(root)]) {
    if (el === root || INLINE.has(tag(el)) || !el.parent) continue;
    const text = textOf(el);
    if (text.length > 0 && linkDensity(el, text.length) >= 0.6) removeNode(el);
  }
}

/**
 * The lead: a block named like one (`sapo`, `lead`), or whose text is the meta description,
 * standing before the body and outside it. Sites often put it apart from the body's container.
 */
function findLead(root: Element, bodyNodes: Element[], description: string | null, title: string | null, pos: Map<Element, number>): string | null {
  const first = bodyNodes[0];
  if (!first) return null;
  const bodyAt = pos.get(first) ?? Infinity;
  let best: string | null = null;
  for (const el of walkElements(root)) {
    if (INLINE.has(tag(el)) || bodyNodes.some((b) => contains(b, el) || contains(el, b))) continue;
    const at = pos.get(el);
    if (at === undefined || at > bodyAt || bodyAt - at > 3000) continue;
    const text = textOf(el);
    if (text.length < 40 || text.length > 1000 || linkDensity(el, text.length) > 0.15) continue;
    // Some sites' meta description is the headline again (GenK 2012).
    if (title && overlap(text, title) >= 0.8 && overlap(title, text) >= 0.8) continue;
    const named = LEAD_CLASS.test(classId(el));
    // Meta descriptions are the lead cut short or with words added (24h prefixes the slug).
    const same = !!description && Math.max(overlap(description, text), overlap(text, description)) >= 0.8;
    if ((named || same) && ownInlineText(el).length >= 40) best = text;
  }
  return best;
}
