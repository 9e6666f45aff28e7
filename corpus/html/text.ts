/**
 * The body's nodes -> the article's text: one line per paragraph (block), `<br>` breaks a line,
 * and a data table gives one line per row with its cells joined by ` | `, because statistics
 * often sit in tables (`Hà Nội | 1.234 | 99,5%`). Tables used for layout (nested tables, long
 * cells, one cell a row) are read as ordinary blocks. Images contribute nothing.
 */
import { type AnyNode, type Element, INLINE, isElement, tag, textOf, walkElements } from './dom.js';

const SKIP = new Set(['img', 'picture', 'source', 'figure-img', 'video', 'audio', 'iframe', 'script', 'style', 'noscript', 'svg', 'canvas', 'map', 'area']);

/** A table of figures rather than a page layout: no nested table, short cells, several columns. */
export function isDataTable(table: Element): boolean {
  let rows = 0;
  let multi = 0;
  for (const el of walkElements(table)) {
    if (el === table) continue;
    const t = tag(el);
    if (t === 'table') return false;
    if (t === 'tr') {
      rows++;
      const cells = el.children.filter((c): c is Element => isElement(c) && (tag(c) === 'td' || tag(c) === 'th'));
      const filled = cells.filter((c) => textOf(c).length > 0);
      if (filled.length >= 2) multi++;
      if (cells.some((c) => textOf(c).length > 300)) return false;
    }
  }
  return rows >= 2 && multi >= 1;
}

class Lines {
  readonly lines: string[] = [];
  private cur: string[] = [];
  push(s: string) {
    this.cur.push(s);
  }
  flush() {
    const line = this.cur.join('').replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
    if (line) this.lines.push(line);
    this.cur = [];
  }
}

function rowText(tr: Element): string {
  const cells = tr.children.filter((c): c is Element => isElement(c) && (tag(c) === 'td' || tag(c) === 'th'));
  return cells
    .map((c) => textOf(c))
    .filter((t) => t.length > 0)
    .join(' | ');
}

function emit(n: AnyNode, out: Lines): void {
  if (n.type === 'text') {
    out.push((n as unknown as { data: string }).data);
    return;
  }
  if (!isElement(n) || n.type !== 'tag') return;
  const t = tag(n);
  if (SKIP.has(t)) return;
  if (t === 'br') {
    out.flush();
    return;
  }
  if (INLINE.has(t)) {
    for (const c of n.children) emit(c, out);
    return;
  }
  out.flush();
  if (t === 'table' && isDataTable(n)) {
    for (const el of walkElements(n)) {
      if (tag(el) !== 'tr') continue;
      const row = rowText(el);
      if (row) {
        out.push(row);
        out.flush();
      }
    }
    return;
  }
  for (const c of n.children) emit(c, out);
  out.flush();
}

/**
 * The text of the body nodes, one paragraph a line. A paragraph of 40 characters or more that
 * repeats one already seen word for word is dropped: pages carry blocks twice (a desktop and a
 * print copy of the lead, Zing 2012), and a reader sees it once.
 */
export function nodesToText(nodes: AnyNode[]): string {
  const out = new Lines();
  for (const n of nodes) emit(n, out);
  out.flush();
  const seen = new Set<string>();
  return out.lines
    .filter((line) => {
      if (line.length < 40) return true;
      const key = line.replace(/[\s\u00a0]+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join('\n');
}
