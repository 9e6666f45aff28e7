/**
 * Small helpers over the parsed tree (domhandler nodes, as cheerio builds them): text with
 * collapsed spaces, link text, class-and-id strings. Working on nodes directly keeps the
 * scoring passes over a 500 KB page in milliseconds.
 */
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element };

export function isElement(n: AnyNode | null | undefined): n is Element {
  return !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');
}

/** Tags that flow inside a line of text; anything else starts a new block. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr',
]);

export function tag(n: Element): string {
  return n.name.toLowerCase();
}

/** `class` and `id` together, lower case: what boilerplate patterns are matched against. */
export function classId(n: Element): string {
  return `${n.attribs.class ?? ''} ${n.attribs.id ?? ''}`.toLowerCase();
}

// Text and link-text lengths are asked for the same nodes many times while scoring a page;
// they are remembered per node, and forgotten for a node's ancestors when it is removed.
const textCache = new WeakMap<AnyNode, string>();
const linkCache = new WeakMap<AnyNode, number>();

/** All text under a node, spaces collapsed. */
export function textOf(n: AnyNode): string {
  const known = textCache.get(n);
  if (known !== undefined) return known;
  const parts: string[] = [];
  collect(n, parts);
  const text = parts.join('').replace(/[\s\u00a0]+/g, ' ').trim();
  textCache.set(n, text);
  return text;
}

function collect(n: AnyNode, out: string[]): void {
  if (n.type === 'text') {
    out.push((n as unknown as { data: string }).data);
    return;
  }
  if (!isElement(n)) return;
  if (n.type !== 'tag') return; // script and style hold no visible text
  const t = tag(n);
  if (t === 'br') {
    out.push(' ');
    return;
  }
  const block = !INLINE.has(t);
  if (block) out.push(' ');
  for (const c of n.children) collect(c, out);
  if (block) out.push(' ');
}

/** Length of the text under `a` elements below a node (collapsed spaces). */
export function linkTextLength(n: AnyNode): number {
  if (!isElement(n)) return 0;
  if (tag(n) === 'a') return textOf(n).length;
  const known = linkCache.get(n);
  if (known !== undefined) return known;
  let sum = 0;
  for (const c of n.children) sum += linkTextLength(c);
  linkCache.set(n, sum);
  return sum;
}

/** Share of a node's text that sits in links: near 1 for menus and lists of headlines. */
export function linkDensity(n: AnyNode, textLength = textOf(n).length): number {
  return textLength ? Math.min(1, linkTextLength(n) / textLength) : 0;
}

/** Element descendants in document order (the node itself first). */
export function* walkElements(n: AnyNode): Generator<Element> {
  if (!isElement(n)) return;
  yield n;
  for (const c of n.children) yield* walkElements(c);
}

export function ancestors(n: AnyNode): Element[] {
  const out: Element[] = [];
  let p = n.parent;
  while (p && isElement(p as AnyNode)) {
    out.push(p as Element);
    p = p.parent;
  }
  return out;
}

export function contains(outer: AnyNode, inner: AnyNode): boolean {
  let p: AnyNode | null = inner;
  while (p) {
    if (p === outer) return true;
    p = p.parent as AnyNode | null;
  }
  return false;
}

export function removeNode(n: AnyNode): void {
  const p = n.parent;
  if (!p) return;
  for (let a: AnyNode | null = p as AnyNode; a; a = a.parent as AnyNode | null) {
    textCache.delete(a);
    linkCache.delete(a);
  }
  const i = p.children.indexOf(n as never);
  if (i >= 0) p.children.splice(i, 1);
  const prev = n.prev;
  const next = n.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  n.parent = null;
  n.prev = null;
  n.next = null;
}

/**
 * Where each element starts in the page's visible text (characters before it): how far
 * apart two elements are as a reader sees them, whatever the markup between them.
 */
export function textPositions(root: AnyNode): Map<Element, number> {
  const pos = new Map<Element, number>();
  let at = 0;
  const visit = (n: AnyNode): void => {
    if (n.type === 'text') {
      at += (n as unknown as { data: string }).data.trim().length;
      return;
    }
    if (!isElement(n)) {
      if ('children' in n) for (const c of (n as unknown as Element).children) visit(c);
      return;
    }
    pos.set(n, at);
    if (n.type !== 'tag') return;
    for (const c of n.children) visit(c);
  };
  visit(root);
  return pos;
}
