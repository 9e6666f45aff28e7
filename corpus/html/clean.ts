/**
 * Removing what is never article text before the body is looked for: scripts and widgets,
 * hidden elements, and blocks whose class or id names them as furniture (menus, comments, share
 * boxes, related links, ads). A furniture-named block that holds a lot of prose is kept: class
 * names lie (a body inside `div.main-content.share-enabled`), prose does not.
 */
import { type AnyNode, type Element, INLINE, classId, isElement, linkDensity, removeNode, tag, textOf } from './dom.js';

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'button', 'input', 'select', 'option', 'textarea',
  'svg', 'canvas', 'object', 'embed', 'template', 'nav', 'link', 'meta', 'head', 'audio', 'video', 'map', 'dialog',
  'menu', 'aside',
]);

// Class or id words of page furniture, in English and in Vietnamese slugs:
//   `box-comment`, `binh-luan`, `social-share`, `list_news_relation_top`, `tin-lien-quan`,
//   `ads-banner`, `adsbygoogle`, `quang-cao`, `box-tag`, `breadcrumb`, `menu-top`, `sidebar`
// (`relat(ed|ion)`, not `relat`: Tailwind pages carry `relative` on every other element.)
const FURNITURE = new RegExp(
  [
    String.raw`comment`, String.raw`binh-?luan`, String.raw`y-?kien`, String.raw`disqus`, String.raw`share`, String.raw`sharing`,
    String.raw`social`, String.raw`sociable`, String.raw`\blike`, String.raw`relat(ed|ion)`, String.raw`lien-?quan`, String.raw`tin-?khac`,
    String.raw`cung-?chuyen-?muc`, String.raw`xem-?them`, String.raw`doc-?them`, String.raw`xem-?nhieu`, String.raw`doc-?nhieu`,
    String.raw`most-?(read|view|popular)`, String.raw`banner`, String.raw`advert`, String.raw`adsbygoogle`, String.raw`\bads?\b`,
    String.raw`\bads?[-_]`, String.raw`[-_]ads?\b`, String.raw`\badv\b`, String.raw`quang-?cao`, String.raw`\bqc\b`, String.raw`sponsor`,
    String.raw`promo`, String.raw`popup`, String.raw`modal`, String.raw`newsletter`, String.raw`subscri`, String.raw`breadcrumb`,
    String.raw`\bmenu`, String.raw`navbar`, String.raw`\bnav\b`, String.raw`sidebar`, String.raw`side-?bar`, String.raw`widget`,
    String.raw`footer`, String.raw`\btags?\b`, String.raw`tag-?list`, String.raw`box-?tag`, String.raw`keyword`, String.raw`tu-?khoa`,
    String.raw`rating`, String.raw`\bvote`, String.raw`\bprint`, String.raw`email-print`, String.raw`toolbar`, String.raw`outbrain`,
    String.raw`taboola`, String.raw`recommend`, String.raw`pagination`, String.raw`paging`, String.raw`\bpager`, String.raw`login`,
    String.raw`signup`, String.raw`cookie`, String.raw`gdpr`, String.raw`weather`, String.raw`thoi-?tiet`,
  ].join('|'),
);

/** Class/id words that mark the article itself (scored up when looking for the body). */
export const ARTICLE_WORDS = /article|\bbody|content|entry|\bmain|\bpost|\bstory|detail|\btext|noi-?dung|chi-?tiet|fck|cms/;

export function isFurnitureName(el: Element): boolean {
  const ci = classId(el);
  return ci.trim() !== '' && FURNITURE.test(ci);
}

/** Characters in paragraphs of prose below a node: long text blocks that are mostly not links. */
export function proseLength(n: AnyNode): number {
  let sum = 0;
  const visit = (x: AnyNode): void => {
    if (!isElement(x) || x.type !== 'tag') return;
    const inline = ownInlineText(x);
    if (inline.length >= 80 && linkDensity(x, textOf(x).length) < 0.35) sum += inline.length;
    for (const c of x.children) if (isElement(c) && !INLINE.has(tag(c))) visit(c);
  };
  visit(n);
  return sum;
}

/** The text a block holds directly: its text nodes and inline children, not its child blocks. */
export function ownInlineText(el: Element): string {
  const parts: string[] = [];
  for (const c of el.children) {
    if (c.type === 'text') parts.push((c as unknown as { data: string }).data);
    else if (isElement(c) && c.type === 'tag' && INLINE.has(tag(c))) parts.push(' ', textOf(c), ' ');
  }
  return parts.join('').replace(/[\s\u00a0]+/g, ' ').trim();
}

function isHidden(el: Element): boolean {
  const style = (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return 'hidden' in el.attribs || /display:none|visibility:hidden/.test(style) || el.attribs['aria-hidden'] === 'true';
}

/**
 * Drops, in place, what cannot be article text. A furniture-named block holding `keepProse`
 * characters of prose or more stays (it holds the body).
 */
export function stripBoilerplate(root: AnyNode, keepProse = 600): void {
  const visit = (n: AnyNode): void => {
    if (!('children' in n)) return;
    for (const c of [...(n as Element).children]) {
      if (c.type === 'comment' || c.type === 'directive' || c.type === 'cdata') {
        removeNode(c);
        continue;
      }
      if (!isElement(c)) continue;
      const t = tag(c);
      if (DROP_TAGS.has(t) || c.type !== 'tag' || isHidden(c)) {
        removeNode(c);
        continue;
      }
      if (t !== 'body' && t !== 'html' && isFurnitureName(c) && proseLength(c) < keepProse) {
        removeNode(c);
        continue;
      }
      visit(c);
    }
  };
  visit(root);
}
