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
import type { LinkedMention, PlaceScope } from './places.js';
import { mainPlace, type MainPlace, type Node } from './place-main.js';

type Cue = {
  start: number;
  end: number;
  mention: LinkedMention | null;
  nation: boolean;
  /** Tier a level word without a name points back to (`toàn huyện` -> 1); 3 = `trên địa bàn`; -1 = none. */
  backTier: number;
  /** Written right after `của`, `tại`, `ở`...: binds to the figure before it. */
  bound: boolean;
  /** One of several units of a tier named together (`Hà Nội và TP.HCM`). */
  grouped: boolean;
  /** Opens its sentence (`Tại xã Xuân Lập, ...`, `Trên địa bàn tỉnh có ...`): the topic of what follows. */
  head: boolean;
};

const NATION: PlaceScope = { placeName: 'Việt Nam', placeCode: null, province: null };
const NONE: PlaceScope = { placeName: null, placeCode: null, province: null };

// `cả nước`, `toàn quốc`, `Việt Nam`, `nước ta`: the whole country; but not in a comparison
// (`dẫn đầu cả nước`, `cao nhất cả nước`, `so với cả nước`).
const NATION_RE = /(?<![\p{L}\p{N}])(?:cả nước|toàn quốc|việt nam|nước ta|trong nước)(?![\p{L}\p{N}])/gu;
const COMPARISON = /(?:đầu|nhất|so với|thứ \S+|hàng|top|bình quân)\s*(?:của |trong |trên |toàn |)$/;
// A level word with no name after it points back to the article's unit: `toàn huyện`, `trên
// địa bàn tỉnh`, `huyện đã triển khai`, `Nhân dân trong huyện`.
const LEVEL_RE = /(?<![\p{L}\p{N}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|trên địa bàn)(?![\p{L}\p{N}])/gu;
const BACK_TIER: Record<string, number> = { tỉnh: 0, 'thành phố': 0, huyện: 1, quận: 1, 'thị xã': 1, xã: 2, phường: 2, 'thị trấn': 2, 'trên địa bàn': 3 };
// ... unless it counts units or names a tier: `13 xã`, `các xã`, `cấp huyện`, `từ huyện đến xã`.
const NOT_BACK_BEFORE = /(?:\d|cấp|các|những|mỗi|từng|từ|đến|tới|nhiều|số|và|hoặc|\/|(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn),)\s*$/;
// `xã hội`, `Tỉnh ủy`, `huyện đoàn`, `thành phố thông minh`: other words.
const NOT_BACK_AFTER = /^\s*(?:hội|ủy|uỷ|đoàn|đội|bộ|trưởng|thông minh|trực thuộc|loại|,\s*(?:thị|xã|phường|huyện|tỉnh|thành|quận))/;
// `của huyện`, `tại xã X`, `ở Hà Nội`, `trên địa bàn`: a place bound to what comes before it.
const BINDING = /(?:của|tại|ở|thuộc|trong|trên|toàn|cả|địa bàn)\s*$/;
const LEVEL_AFTER = /^\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|tp|tx)/i;
// How far after a figure a place bound to it may start: `1 cổng thông tin điện tử của huyện`.
const BOUND_REACH = 60;

export function scopeFigures(doc: Doc, figures: Figure[], mentions: LinkedMention[]): PlaceScope[] {
  if (!figures.length) return [];
  const cues = collectCues(doc, mentions);
  const grouped = new Set(cues.filter((c) => c.grouped && c.mention).map((c) => c.mention!));
  const main = mainPlace(doc, mentions, grouped, cues.filter((c) => c.nation).map((c) => c.start));
  const starts = cues.map((c) => c.start);
  const figStarts = figures.map((f) => f.span.start).sort((a, b) => a - b);
  return figures.map((fig) => scopeOne(doc, fig, cues, starts, figStarts, main));
}

function collectCues(doc: Doc, mentions: LinkedMention[]): Cue[] {
  const f = doc.f;
  const cue = (start: number, end: number, mention: LinkedMention | null, nation: boolean, backTier: number, bound: boolean): Cue => ({ start, end, mention, nation, backTier, bound, grouped: false, head: false });
  const cues: Cue[] = [];
  for (const m of mentions) {
    if (m.via === 'credit' || inBody(f, m.span.start)) continue;
    cues.push(cue(m.span.start, m.span.end, m, false, -1, BINDING.test(f.slice(Math.max(0, m.span.start - 14), m.span.start))));
  }
  for (const m of f.matchAll(NATION_RE)) {
    if (COMPARISON.test(f.slice(Math.max(0, m.index - 20), m.index)) || inBody(f, m.index)) continue;
    cues.push(cue(m.index, m.index + m[0].length, null, true, -1, BINDING.test(f.slice(Math.max(0, m.index - 14), m.index))));
  }
  for (const m of f.matchAll(LEVEL_RE)) {
    const end = m.index + m[0].length;
    const after = doc.text.slice(end, end + 20);
    // A name follows: `huyện Tam Dương`, `trên địa bàn tỉnh Thanh Hóa` are mentions, not pointers.
    if (/^[\s.]*[\p{Lu}\d]/u.test(after) || (m[0] === 'trên địa bàn' && LEVEL_AFTER.test(after))) continue;
    const before = f.slice(Math.max(0, m.index - 24), m.index);
    if (NOT_BACK_BEFORE.test(before) || NOT_BACK_AFTER.test(f.slice(end, end + 20))) continue;
    cues.push(cue(m.index, end, null, false, BACK_TIER[m[0]]!, BINDING.test(before) || m[0] === 'trên địa bàn'));
  }
  cues.sort((a, b) => a.start - b.start);
  // `Hà Nội và TP.HCM`, `Bình Định, Phú Yên, Khánh Hòa`: several units of one tier together.
  for (let k = 1; k < cues.length; k++) {
    const a = cues[k - 1]!;
    const b = cues[k]!;
    if (!a.mention || !b.mention || a.mention.tier !== b.mention.tier || a.mention.name === b.mention.name) continue;
    if (b.mention.via === 'list' || /^\s*(?:,|và|cùng|hoặc|với|-|–)\s*$/.test(doc.text.slice(a.end, b.start))) {
      a.grouped = true;
      b.grouped = true;
    }
  }
  markHeads(doc, cues);
  return cues;
}

/**
 * A cue near the start of its sentence heads what follows, unless the sentence goes through
 * several units of one tier (`Đơn cử như Hà Nội còn nợ ...; TP.HCM nợ ...`).
 */
function markHeads(doc: Doc, cues: Cue[]): void {
  const sentences = doc.seg.sentences;
  let k = 0;
  for (const s of sentences) {
    while (k < cues.length && cues[k]!.start < s.start) k++;
    let j = k;
    const names = new Map<number, Set<string>>();
    while (j < cues.length && cues[j]!.start < s.end) {
      const m = cues[j]!.mention;
      if (m && !m.child) names.set(m.tier, (names.get(m.tier) ?? new Set()).add(m.name));
      j++;
    }
    if ([...names.values()].some((n) => n.size > 1)) continue;
    for (let i = k; i < j && cues[i]!.start - s.start <= HEAD_REACH; i++) {
      const c = cues[i]!;
      // `Trên cơ sở chỉ đạo của UBND tỉnh, ...`: a possessive is not the sentence's topic.
      if (!c.grouped && !POSSESSIVE.test(doc.f.slice(Math.max(s.start, c.start - 12), c.start))) c.head = true;
    }
  }
}

// Places inside the name of a national body are not what a figure is about: `NXB Giáo dục
// Việt Nam`, `NXB ĐH Sư phạm TP.HCM`, `Ngân hàng Nông nghiệp Việt Nam`.
const BODY = /(?:nxb|nhà xuất bản|đại học|đh|học viện|ngân hàng|tập đoàn|tổng công ty|công ty|thông tấn|hãng|hiệp hội|liên đoàn|clb|câu lạc bộ)(?:\s+[^\s,;.:()]+){0,5}\s*$/;

function inBody(f: string, start: number): boolean {
  return BODY.test(f.slice(Math.max(0, start - 40), start));
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

// How far into a sentence a place may start and still head what follows: `Theo ông Nguyễn Văn A, Chủ tịch UBND xã X`.
const HEAD_REACH = 40;
const POSSESSIVE = /của\s*(?:ubnd\s*|hđnd\s*|ủy ban nhân dân\s*)?$/;

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
