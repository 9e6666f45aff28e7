/**
 * Finding the article body, readability-style: every block of running text scores its
 * container (and, less, the containers above), by length and commas; a container's score is cut
 * by the share of its text in links; class names like `content`/`detail` add, furniture names
 * subtract. The best container wins, with sibling blocks that clearly belong to it.
 */
import { type AnyNode, type Element, INLINE, classId, isElement, linkDensity, tag, textOf } from './dom.js';
import { ARTICLE_WORDS, isFurnitureName, ownInlineText } from './clean.js';

// Blocks that hold paragraphs; a `div` holding only text and inline tags counts as one.
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'div', 'section', 'article', 'center']);

/** `score` ranks; `text` is the part earned from paragraphs alone (no class-name bonus). */
export type Candidate = { el: Element; score: number; text: number };

function baseScore(el: Element): number {
  const t = tag(el);
  let s = 0;
  if (t === 'div' || t === 'article' || t === 'section' || t === 'main') s += 5;
  else if (t === 'pre' || t === 'td' || t === 'blockquote') s += 3;
  else if (t === 'ol' || t === 'ul' || t === 'dl' || t === 'dd' || t === 'dt' || t === 'li' || t === 'form') s -= 3;
  else if (/^h[1-6]$/.test(t) || t === 'th') s -= 5;
  const ci = classId(el);
  if (ARTICLE_WORDS.test(ci)) s += 25;
  if (isFurnitureName(el)) s -= 25;
  return s;
}

/** Scores containers; returns the candidates, best first. */
export function scoreCandidates(root: Element): Candidate[] {
  const scores = new Map<Element, { base: number; text: number }>();
  const add = (el: Element | null, points: number) => {
    if (!el || !isElement(el) || tag(el) === 'html') return;
    const s = scores.get(el) ?? { base: baseScore(el), text: 0 };
    s.text += points;
    scores.set(el, s);
  };
  const visit = (n: AnyNode): void => {
    if (!isElement(n) || n.type !== 'tag') return;
    const t = tag(n);
    if (INLINE.has(t)) return;
    if (PARAGRAPH_TAGS.has(t) || t === 'body') {
      const own = ownInlineText(n);
      if (own.length >= 25) {
        // One point, one per comma (Vietnamese prose is comma-rich; menus are not), up to
        // three for length.
        const points = 1 + (own.match(/[,，]/g)?.length ?? 0) + Math.min(Math.floor(own.length / 100), 3);
        // A text-holding div is its own container; a paragraph scores the block around it.
        const isParagraph = t !== 'div' && t !== 'section' && t !== 'article' && t !== 'body';
        const first = isParagraph ? (n.parent as Element | null) : n;
        add(first, points);
        const second = first?.parent as Element | null;
        add(second, points / 2);
        const third = second?.parent as Element | null;
        add(third, points / 3);
      }
    }
    for (const c of n.children) visit(c);
  };
  visit(root);
  const out: Candidate[] = [];
  for (const [el, s] of scores) {
    const keep = 1 - linkDensity(el);
    out.push({ el, score: (s.base + s.text) * keep, text: s.text * keep });
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}

/**
 * The body: the best candidate, moved up to its parent when the parent's own score is close
 * (the text is split between sibling containers), plus siblings that score well or are
 * paragraphs of prose. Returns the nodes in document order.
 */
export function pickBody(root: Element): { nodes: Element[]; top: Candidate } | null {
  const cands = scoreCandidates(root);
  let top = cands[0];
  if (!top || top.score < 5) return null;
  const byEl = new Map(cands.map((c) => [c.el, c]));
  // Readability's rule: when several good candidates share an ancestor, the body spans them.
  // Compared on text alone: a class bonus makes every short forum reply look as good as the post.
  // Nested candidates (the top's own container or parts) are not "other" candidates.
  const good = cands.slice(1, 6).filter((c) => c.text >= top!.text * 0.75 && !isInside(c.el, top!.el) && !isInside(top!.el, c.el));
  if (good.length >= 2) {
    let p = top.el.parent as Element | null;
    while (p && isElement(p) && tag(p) !== 'body') {
      const holds = good.filter((c) => isInside(c.el, p!)).length;
      if (holds >= 2) {
        top = byEl.get(p) ?? { el: p, score: top.score, text: top.text };
        break;
      }
      p = p.parent as Element | null;
    }
  }
  const parent = top.el.parent as Element | null;
  if (!parent || !isElement(parent)) return { nodes: [top.el], top };
  const threshold = Math.max(10, top.score * 0.2);
  const nodes: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib) || sib.type !== 'tag') continue;
    if (sib === top.el) {
      nodes.push(sib);
      continue;
    }
    // A sibling must hold text of its own: a class bonus alone (`detail-title`, `detail-meta`)
    // would pull in the headline and the byline.
    const c = byEl.get(sib);
    if (c && c.text > 0 && c.score >= threshold) {
      nodes.push(sib);
      continue;
    }
    if (tag(sib) === 'p') {
      const text = textOf(sib);
      const ld = linkDensity(sib, text.length);
      if ((text.length > 80 && ld < 0.25) || (text.length > 0 && text.length <= 80 && ld === 0 && /[.!?…]$/.test(text))) nodes.push(sib);
    }
  }
  return { nodes, top };
}

function isInside(inner: AnyNode, outer: AnyNode): boolean {
  let p: AnyNode | null = inner.parent as AnyNode | null;
  while (p) {
    if (p === outer) return true;
    p = p.parent as AnyNode | null;
  }
  return false;
}
