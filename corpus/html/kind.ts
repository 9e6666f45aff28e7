/**
 * Article or not: a home page or a section's list of stories must yield no article, whatever
 * text the body finder scraped together from its teasers. Two generic tests, tuned on the 17
 * sites of ../shared/corpus/html (2012 and 2026 layouts):
 *
 * - many headline-like links (five words or more) inside what was taken as the body: a list
 *   of stories. Article bodies hold a handful at most (inline "related" boxes); the list and
 *   home pages measured hold 11 to 70 (those under 15 also fail the next test).
 * - neither a headline on the page that agrees with its title (`<h1>` = `og:title`) nor
 *   article markup (JSON-LD NewsArticle, `article:published_time`): section pages name
 *   the section in `<h1>` (`Kinh doanh`), which agrees with nothing. `og:type=article` is no
 *   evidence: list pages of several sites carry it.
 */
import type { Element } from './dom.js';

export type PageSignals = {
  /** Links in the body whose text reads like a headline. */
  headlineLinks: number;
  /** JSON-LD Article, or a non-empty `article:published_time`. */
  articleMarkup: boolean;
  /** The headline element that agrees with the page's title, if any. */
  titleEl: Element | null;
};

/**
 * Headline links that make the body a list: 10 on a page with no article markup, 15 with either
 * a matching headline or markup, 40 with both (an article can embed a long unnamed list of
 * related stories; a page that says it is an article and shows its headline gets the benefit).
 */
function maxHeadlineLinks(s: PageSignals): number {
  if (s.articleMarkup && s.titleEl) return 40;
  return s.articleMarkup ? 15 : s.titleEl ? 15 : 10;
}

/** Why the page is not an article, or null when it is one. */
export function judgePage(s: PageSignals & { text: string }): string | null {
  if (!s.text.trim()) return 'no text';
  if (s.headlineLinks > maxHeadlineLinks(s)) return `a list of stories (${s.headlineLinks} headline links where the body should be)`;
  if (!s.titleEl && !s.articleMarkup) return 'no headline that agrees with the page title, and no article markup';
  return null;
}
