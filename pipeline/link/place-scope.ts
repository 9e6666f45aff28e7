/**
 * The unit each figure is about. The nearest place named before it in its own clause; else the
 * nearest named earlier in its paragraph (the place heading the paragraph or the list); else the
 * article's main place (place-main.ts). `toàn huyện`, `trên địa bàn tỉnh` point back to the
 * article's unit of that level; `cả nước`, `toàn quốc` to the country (`Việt Nam`, no province).
 * Two units named together right before a figure (`Hà Nội và TP.HCM có ...`) leave it NULL.
 */
import type { Figure } from '../../extractors/types.js';
import { spanIndexAt } from '../segment.js';
import type { Doc } from '../doc.js';
import type { LevelSpot } from '../../extractors/places/detect.js';
import type { LinkedMention, PlaceScope } from './places.js';
import { mainPlace, type MainPlace, type Node } from './place-main.js';
import { collectCues, isRouteEnd, type Cue } from './place-cues.js';

const NATION: PlaceScope = { placeName: 'Việt Nam', placeCode: null, province: null };
const NONE: PlaceScope = { placeName: null, placeCode: null, province: null };
const FINE_RULE = /(?<![\p{L}])(phạt tiền|mức phạt|bị phạt|phạt)\s+(?:\S+\s+){0,3}?từ\s*$/u;
// How far after a figure a place bound to it may start: `1 cổng thông tin điện tử của huyện`.
const BOUND_REACH = 60;

export function scopeFigures(doc: Doc, figures: Figure[], mentions: LinkedMention[], spots: LevelSpot[]): PlaceScope[] {
  if (!figures.length) return [];
  const cues = collectCues(doc, mentions, spots);
  const grouped = new Set(cues.filter((c) => c.grouped && c.mention).map((c) => c.mention!));
  const main = mainPlace(doc, mentions.filter((m) => !isRouteEnd(doc, m)), grouped, cues.filter((c) => c.nation).map((c) => c.start));
  const starts = cues.map((c) => c.start);
  const figStarts = figures.map((f) => f.span.start).sort((a, b) => a - b);
  return figures.map((fig) => scopeOne(doc, fig, cues, starts, figStarts, main));
}

function scopeOne(doc: Doc, fig: Figure, cues: Cue[], starts: number[], figStarts: number[], main: MainPlace): PlaceScope {
  const pos = fig.span.start;
  const ci = spanIndexAt(doc.seg.clauses, pos);
  const clause = ci >= 0 ? doc.seg.clauses[ci]! : fig.span;
  const si = ci >= 0 ? doc.seg.clauseSentence[ci]! : spanIndexAt(doc.seg.sentences, pos);
  const pi = si >= 0 ? doc.seg.sentenceParagraph[si]! : -1;
  const para = pi >= 0 ? doc.seg.paragraphs[pi]! : { start: 0, end: doc.text.length };
  const sentence = si >= 0 ? doc.seg.sentences[si]! : clause;
  const first = upperBound(starts, pos);
  // 0. A range of fines is a rule, and rules on fines come from national decrees: `Phạt tiền từ
  // 3.000.000 đồng đến 5.000.000 đồng đối với ...` (an event, `xử phạt công ty X 672 triệu đồng`,
  // has one amount and keeps its place), unless a place is named inside the phrase.
  const fineFrom = Math.max(clause.start, pos - 60);
  const fine = fig.valueMax !== undefined ? FINE_RULE.exec(doc.f.slice(fineFrom, pos)) : null;
  if (fine && !cues.some((c) => c.mention && c.start >= fineFrom + fine.index && c.start < pos)) return NATION;
  // 1. `1 cổng thông tin điện tử của huyện`, `500 hộ ở xã X`: bound to the figure, before the next one.
  const nextFig = figStarts[upperBound(figStarts, pos)] ?? Number.POSITIVE_INFINITY;
  for (let k = first; k < cues.length; k++) {
    const c = cues[k]!;
    if (c.start < fig.span.end) continue;
    if (c.start >= clause.end || c.start >= nextFig || c.start - fig.span.end > BOUND_REACH) break;
    const got = c.bound && !c.grouped ? fromCue(cues, k, main, para.start, sentence.start) : null;
    if (got) return got;
  }
  // 2. The nearest before it in its clause, 3. in its sentence (lists of several units aside).
  let k = first - 1;
  for (; k >= 0; k--) {
    const c = cues[k]!;
    if (c.end > pos) continue;
    if (c.start < sentence.start) break;
    const own = c.start >= clause.start;
    if (c.grouped) {
      if (own) return NONE;
      continue;
    }
    const got = fromCue(cues, k, main, para.start, sentence.start);
    if (got) return got;
  }
  // 4. The topic: the last place opening a sentence before it (`Tại xã Xuân Lập, ...`), in its
  // paragraph; in an article about several provinces, back to the last subheading.
  const reset = main.national ? lastHeading(doc, pi) : para.start;
  for (; k >= 0 && cues[k]!.start >= reset; k--) {
    const got = cues[k]!.head ? fromCue(cues, k, main, para.start, sentence.start) : null;
    if (got) return got;
  }
  return fromMain(main);
}

/** Start of the nearest short line without a final stop before paragraph pi (a subheading), or 0. */
function lastHeading(doc: Doc, pi: number): number {
  const ps = doc.seg.paragraphs;
  for (let j = pi; j > 0; j--) {
    const p = ps[j]!;
    if (p.end - p.start < 80 && !/[.!?…:;"”)]$/.test(doc.text.slice(p.end - 1, p.end))) return p.start;
  }
  return 0;
}


function fromCue(cues: Cue[], k: number, main: MainPlace, paraStart: number, sentenceStart: number): PlaceScope | null {
  const c = cues[k]!;
  if (c.nation) return NATION;
  if (c.backTier >= 0) return backTo(cues, k, c.backTier, main, paraStart, sentenceStart);
  let m = c.mention!;
  // `xã Võ Liệt, huyện Thanh Chương, Nghệ An`: the most specific of a chain of parents.
  while (m.child && m.child.span.start < m.span.start) m = m.child;
  return fromMention(m);
}

/**
 * `toàn huyện`, `của xã`, `trên địa bàn`: the unit of that tier named last before it in its
 * paragraph (any unit, in its sentence, for `trên địa bàn`); else the article's main place when
 * it is of that tier; else the last of that tier named before; else the unit of that tier above
 * the main place. A commune word (`của xã`, `tại xã`) that none of these settles is generic (the
 * communes of the district at hand) and decides nothing: null.
 */
function backTo(cues: Cue[], k: number, tier: number, main: MainPlace, paraStart: number, sentenceStart: number): PlaceScope | null {
  const last = (from: number, fits: (m: LinkedMention) => boolean) => {
    for (let j = k - 1; j >= 0 && cues[j]!.start >= from; j--) {
      const m = cues[j]!.mention;
      if (m && fits(m) && !cues[j]!.grouped) return m;
    }
    return null;
  };
  if (tier === 3) {
    const near = last(sentenceStart, () => true);
    return near ? fromMention(near) : fromMain(main);
  }
  const local = last(paraStart, (m) => m.tier === tier);
  if (local) return fromMention(local);
  if (main.node && main.node.tier === tier) return fromMention(main.node.mention);
  if (tier === 2) return null;
  const any = last(0, (m) => m.tier === tier);
  if (any) return fromMention(any);
  const above = main.byTier[tier];
  return above ? fromMention(above.mention) : fromMain(main);
}

function fromMain(main: MainPlace): PlaceScope {
  if (main.node) return fromNode(main.node);
  return main.national ? NATION : NONE;
}

function fromNode(n: Node): PlaceScope {
  return fromMention(n.mention);
}

function fromMention(m: LinkedMention): PlaceScope {
  return { placeName: m.level ? `${m.level} ${m.name}` : m.name, placeCode: m.code, province: m.province };
}

function upperBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
