/**
 * The article's main place: the unit it is about when a figure names none. Each mention counts
 * for its unit (three times in the headline or a dateline, twice in the lead), and for every
 * unit above it. From the most-named province we go down while one unit below holds most of
 * the weight: an article that names huyện Tam Dương four times and tỉnh Vĩnh Phúc once is about
 * Tam Dương; one about communes of three districts is about their province. An article about the whole country (`cả nước`, `Việt Nam`, several
 * provinces named together or one after the other, or no place at all) has none: its figures
 * are national.
 */
import { gazetteer } from '../../extractors/places/gazetteer.js';
import type { Doc } from '../doc.js';
import type { LinkedMention } from './places.js';

export type Node = { key: string; parent: string | null; mention: LinkedMention; own: number; total: number; tier: number };

export type MainPlace = { node: Node | null; national: boolean; byTier: (Node | null)[] };

/** Tree key of a mention: its unit, else its written level and name under its province. */
export function nodeKey(m: LinkedMention): string {
  return m.unit >= 0 ? `u${m.unit}` : `n:${m.level ?? ''}:${m.name}:${m.provinceUnit}`;
}

function parentKey(m: LinkedMention): string | null {
  const g = gazetteer();
  if (m.unit >= 0) return g.parent[m.unit]! >= 0 ? `u${g.parent[m.unit]}` : null;
  return m.provinceUnit >= 0 ? `u${m.provinceUnit}` : null;
}

/** `grouped` mentions are one of several units named together; `nation` counts national cues. */
export function mainPlace(doc: Doc, mentions: LinkedMention[], grouped: Set<LinkedMention>, nation: number[]): MainPlace {
  const g = gazetteer();
  const nodes = new Map<string, Node>();
  const ps = doc.seg.paragraphs;
  const weight = (pos: number, dateline: boolean) => {
    if (dateline || (ps[0] && pos < ps[0].end)) return 3;
    return ps[1] && pos < ps[1].end ? 2 : 1;
  };
  const ensure = (key: string, parent: string | null, m: LinkedMention, tier: number): Node => {
    let n = nodes.get(key);
    if (!n) {
      n = { key, parent, mention: m, own: 0, total: 0, tier };
      nodes.set(key, n);
    }
    return n;
  };
  const parents = new Set<LinkedMention>();
  for (const m of mentions) if (m.child) parents.add(m);
  let national = 0;
  for (const pos of nation) national += weight(pos, false);
  for (const m of mentions) {
    // `Cầu Giấy, Hà Nội` names one place; the credit line names the outlet's.
    if (parents.has(m) || m.via === 'credit') continue;
    const w = weight(m.span.start, m.via === 'dateline');
    if (grouped.has(m) && m.tier === 0) {
      national += w;
      continue;
    }
    let node = ensure(nodeKey(m), parentKey(m), m, m.tier);
    node.own += w;
    node.total += w;
    while (node.parent) {
      const u = Number(node.parent.slice(1));
      const up: LinkedMention = {
        span: m.span, level: g.levelName(u), name: g.name[u]!, code: g.placeKey(u), province: g.provinceName(u, doc.published),
        candidates: [], via: 'bare', unit: u, provinceUnit: g.province(u), tier: g.tier(u), child: null,
      };
      node = ensure(node.parent, g.parent[u]! >= 0 ? `u${g.parent[u]}` : null, up, g.tier(u));
      node.total += w;
    }
  }
  const byTier: (Node | null)[] = [null, null, null];
  const roots = [...nodes.values()].filter((n) => !n.parent).sort((a, b) => b.total - a.total);
  const top = roots[0];
  const others = roots.slice(1).reduce((s, n) => s + n.total, 0);
  if (!top || top.total <= national || top.total < others) return { node: null, national: true, byTier };
  // Down from the province while one unit below holds most of the weight.
  let node = top;
  for (;;) {
    let best: Node | null = null;
    for (const n of nodes.values()) if (n.parent === node.key && (!best || n.total > best.total)) best = n;
    if (!best || best.total < DESCEND * node.total) break;
    node = best;
  }
  // `toàn huyện`, `trên địa bàn tỉnh`: the main place and the units above it.
  for (let k: Node | undefined = node; k; k = k.parent ? nodes.get(k.parent) : undefined) byTier[Math.min(k.tier, 2)] ??= k;
  return { node, national: false, byTier };
}

// Share of a unit's weight that one unit below it must hold to be the main place instead.
const DESCEND = 0.5;
