/**
 * What in an article's text can say where a figure is: the places it names, `cả nước` and the
 * like (the whole country), and level words without a name that point back to the article's
 * own unit (`toàn huyện`, `trên địa bàn tỉnh`, `huyện đã triển khai`, `Nhân dân trong huyện`).
 */
import type { LevelSpot } from '../../extractors/places/detect.js';
import { asciiOf, codeAt, isCapitalAt } from '../../extractors/places/keys.js';
import { tierOfLevel } from '../../extractors/places/gazetteer.js';
import type { Doc } from '../doc.js';
import type { LinkedMention } from './places.js';

export type Cue = {
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

// `cả nước`, `toàn quốc`, `Việt Nam`, `nước ta`: the whole country; but not in a comparison
// (`dẫn đầu cả nước`, `cao nhất cả nước`, `so với cả nước`).
// A ministry named near a figure is not enough (`Bộ Y tế` visits a provincial hospital): the
// national totals of ministries come with these words or in articles that name no province.
const NATION_WORDS = ['cả nước', 'toàn quốc', 'việt nam', 'nước ta', 'trong nước'];
const COMPARISON = /(?:đầu|nhất|so với|thứ \S+|hàng|top|bình quân)\s*(?:của |trong |trên |toàn |)$/;
// A level word with no name after it points back to the article's unit (its tier), and so does
// `trên địa bàn` alone (3: the article's unit, whatever its tier).
// ... unless it counts units or names a tier: `13 xã`, `các xã`, `cấp huyện`, `từ huyện đến xã`.
const NOT_BACK_BEFORE = /(?:\d|cấp|các|những|mỗi|từng|từ|đến|tới|nhiều|số|và|hoặc|\/|(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn),)\s*$/;
// `xã hội`, `Tỉnh ủy`, `huyện đoàn`, `thành phố thông minh`: other words.
const NOT_BACK_AFTER = /^\s*(?:hội|ủy|uỷ|đoàn|đội|bộ|trưởng|thông minh|trực thuộc|loại|,\s*(?:thị|xã|phường|huyện|tỉnh|thành|quận))/;
// `của huyện`, `tại xã X`, `ở Hà Nội`, `trên địa bàn`: a place bound to what comes before it.
const BINDING = /(?:của|tại|ở|thuộc|trong|trên|toàn|cả|địa bàn)\s*$/;
const ROUTE_END = /(?:đường sắt|đường bộ|cao tốc|tuyến|quốc lộ|đường dây|cầu|tàu|chuyến bay|đường)\s+[\p{Lu}][\p{L}\p{M}.]*(?:\s[\p{Lu}][\p{L}\p{M}]*)*\s?[-–]\s?$/u;
const LEVEL_AFTER = /^\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|tp|tx)/i;

/** The far end of a route named by its ends: `đường sắt Cát Linh - Hà Đông` is no place a figure is about. */
export function isRouteEnd(doc: Doc, m: LinkedMention): boolean {
  return m.via === 'bare' && ROUTE_END.test(doc.text.slice(Math.max(0, m.span.start - 40), m.span.start));
}

export function collectCues(doc: Doc, mentions: LinkedMention[], spots: LevelSpot[]): Cue[] {
  const f = doc.f;
  const cue = (start: number, end: number, mention: LinkedMention | null, nation: boolean, backTier: number, bound: boolean): Cue => ({ start, end, mention, nation, backTier, bound, grouped: false, head: false });
  const bound = (start: number) => BINDING.test(f.slice(Math.max(0, start - 14), start));
  const cues: Cue[] = [];
  for (const m of mentions) {
    if (m.via === 'credit' || inBody(f, m.span.start)) continue;
    // the far end of a route named by its ends: `đường sắt Cát Linh - Hà Đông`, `cao tốc Trung Lương - Mỹ Thuận`
    if (isRouteEnd(doc, m)) continue;
    cues.push(cue(m.span.start, m.span.end, m, false, -1, bound(m.span.start)));
  }
  for (const w of NATION_WORDS) {
    for (let i = f.indexOf(w); i >= 0; i = f.indexOf(w, i + w.length)) {
      if (!wordAt(f, i, i + w.length) || COMPARISON.test(f.slice(Math.max(0, i - 20), i)) || inBody(f, i)) continue;
      cues.push(cue(i, i + w.length, null, true, -1, bound(i)));
    }
  }
  const back = (start: number, end: number, tier: number, isBound: boolean) => {
    // A name follows: `huyện Tam Dương`, `trên địa bàn tỉnh Thanh Hóa` are mentions, not pointers.
    let k = end;
    while (doc.text[k] === ' ' || doc.text[k] === '.' || doc.text[k] === '\u00a0') k++;
    if (isCapitalAt(doc.text, k) || (codeAt(doc.text, k) >= 48 && codeAt(doc.text, k) <= 57)) return;
    if (tier === 3 && LEVEL_AFTER.test(doc.text.slice(end, end + 20))) return;
    const before = f.slice(Math.max(0, start - 24), start);
    if (NOT_BACK_BEFORE.test(before) || NOT_BACK_AFTER.test(f.slice(end, end + 20))) return;
    cues.push(cue(start, end, null, false, tier, isBound || BINDING.test(before)));
  };
  for (const s of spots) if (!s.abbreviation) back(s.start, s.end, tierOfLevel(s.level), false);
  for (let i = f.indexOf('trên địa bàn'); i >= 0; i = f.indexOf('trên địa bàn', i + 12)) {
    if (wordAt(f, i, i + 12)) back(i, i + 12, 3, true);
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

// A quick look for the head words before the exact test (this runs for every cue).
const BODY_HEAD = /nxb|nhà xuất bản|đại học|đh|học viện|ngân hàng|tập đoàn|công ty|thông tấn|hãng|hiệp hội|liên đoàn|clb|câu lạc bộ/;

function inBody(f: string, start: number): boolean {
  const window = f.slice(Math.max(0, start - 40), start);
  return BODY_HEAD.test(window) && BODY.test(window);
}

/** A whole word (or phrase) between start and end. */
function wordAt(f: string, start: number, end: number): boolean {
  return asciiOf(codeAt(f, start - 1)) === 0 && asciiOf(codeAt(f, end)) === 0;
}

// How far into a sentence a place may start and still head what follows: `Theo ông Nguyễn Văn A, Chủ tịch UBND xã X`.
const HEAD_REACH = 40;
const POSSESSIVE = /của\s*(?:ubnd\s*|hđnd\s*|ủy ban nhân dân\s*)?$/;
