/**
 * Places: the administrative units an article names (`place_mentions`), and the unit each figure
 * is about (`place_name`, `place_code`, `province`).
 *
 * Detection is pure text matching (extractors/places/); here the article's context decides
 * which unit each name is (place-resolve.ts) and which one each figure belongs to (place-scope.ts).
 */
import type { Figure, PlaceLevel, PlaceMention } from '../../extractors/types.js';
import { detectPlaces, type LevelSpot } from '../../extractors/places/detect.js';
import { gazetteer, LEVELS, type Gazetteer } from '../../extractors/places/gazetteer.js';
import { fold } from '../../extractors/lib/fold.js';
import type { Doc } from '../doc.js';
import { provincesOfSource } from './place-context.js';
import { resolvePlaces, type Resolved } from './place-resolve.js';
import { scopeFigures } from './place-scope.js';

export { lookupPlaces, type PlaceCandidate } from './place-lookup.js';

export type PlaceScope = { placeName: string | null; placeCode: string | null; province: string | null };

export type PlaceLinks = { mentions: PlaceMention[]; scopes: PlaceScope[] };

/** A kept mention with what the figure scope needs. */
export type LinkedMention = PlaceMention & {
  unit: number;
  provinceUnit: number;
  tier: number;
  /** The mention this one names the parent of (`xã Võ Liệt, huyện Thanh Chương`), or null. */
  child: LinkedMention | null;
};

export function linkPlaces(doc: Doc, figures: Figure[]): PlaceLinks {
  const g = gazetteer();
  const spots: LevelSpot[] = [];
  const raws = detectPlaces(doc.text, doc.f, spots);
  const title = doc.title && !doc.text.startsWith(doc.title) ? detectPlaces(doc.title, fold(doc.title)) : [];
  const resolved = resolvePlaces(raws, doc.published, provincesOfSource(doc.url, doc.text), title);
  const credit = creditStart(doc);
  const linked: LinkedMention[] = [];
  const byRaw = new Map<number, LinkedMention>();
  resolved.forEach((r, k) => {
    if (!r.keep) return;
    const m = toMention(g, r, doc.published, r.raw.start >= credit);
    byRaw.set(k, m);
    linked.push(m);
  });
  resolved.forEach((r, k) => {
    const parent = byRaw.get(r.raw.parent);
    const child = byRaw.get(k);
    // `xã Võ Liệt, huyện Thanh Chương`: linked when the child may lie inside the parent.
    const fits = child && parent && (child.unit < 0 || parent.unit < 0 || g.within(child.unit, parent.unit));
    if (parent && child && fits && !parent.child) parent.child = child;
  });
  const scopes = scopeFigures(doc, figures, linked, spots);
  return { mentions: linked.map(stripLinked), scopes };
}

function toMention(g: Gazetteer, r: Resolved, date: string | null, inCredit: boolean): LinkedMention {
  const raw = r.raw;
  const u = r.unit;
  let level: PlaceLevel | null = raw.level >= 0 ? LEVELS[raw.level]! : null;
  let name = raw.written;
  if (u >= 0) {
    const entry = raw.entries.find((e) => e.unit === u);
    // A list item has no level word of its own: `các quận như quận Hà Đông, ..., Thanh Trì` (a huyện).
    if (raw.via === 'list' && g.level[u] !== raw.level) level = g.levelName(u);
    if (!level) level = entry ? LEVELS[entry.level]! : g.levelName(u);
    // A typo matched to its unit keeps the article's spelling (`xã Đăk Ngọc` for Đăk Ngọk).
    name = r.fuzzy ? raw.written : g.name[u]!;
    // The province an article of that date knew: `Thừa Thiên Huế` before 2025, written as such.
    if (g.parent[u] === -1 && !g.isPost(u)) {
      const former = g.provinceName(u, date);
      if (former !== name && (level === 'tỉnh' || entry?.level === 0)) {
        name = former;
        level = 'tỉnh';
      }
    }
  } else if (r.candidates.length) {
    const levels = new Set(r.candidates.map((c) => g.level[c]!));
    const names = new Set(r.candidates.map((c) => g.name[c]!));
    if (!level && levels.size === 1) level = LEVELS[[...levels][0]!]!;
    if (names.size === 1) name = [...names][0]!;
  }
  const province = r.province >= 0 ? g.provinceName(r.province, date) : null;
  return {
    span: { start: raw.start, end: raw.end },
    level,
    name,
    code: u >= 0 ? g.placeKey(u) : null,
    province,
    candidates: u >= 0 ? [] : r.candidates.map((c) => g.placeKey(c)),
    via: inCredit ? 'credit' : raw.via,
    unit: u,
    provinceUnit: r.province,
    tier: u >= 0 ? g.tier(u) : tierOf(level),
    child: null,
  };
}

function tierOf(level: PlaceLevel | null): number {
  if (level === 'tỉnh' || level === 'thành phố') return level === 'tỉnh' ? 0 : 1;
  if (level === 'huyện' || level === 'quận' || level === 'thị xã') return 1;
  return 2;
}

function stripLinked(m: LinkedMention): PlaceMention {
  return { span: m.span, level: m.level, name: m.name, code: m.code, province: m.province, candidates: m.candidates, via: m.via };
}

// `Theo Hồng Yến (Cổng Thông tin - Giao tiếp điện tử tỉnh Vĩnh Phúc)`, `Nguồn: Báo Thanh Hóa`:
// a closing credit names the outlet's province.
function creditStart(doc: Doc): number {
  const paras = doc.seg.paragraphs;
  for (let k = paras.length - 1; k >= Math.max(2, paras.length - 2); k--) {
    const p = paras[k]!;
    const line = doc.f.slice(p.start, p.end);
    // Not `Theo bà Nguyễn Thị Tố Trân, Phó Giám đốc Sở NN&PTNT tỉnh Bình Định, năm nay ...`.
    if (/^(theo|nguồn)\b/.test(line) && (line.length < 100 || /\)\s*$/.test(line))) return p.start;
  }
  return Number.POSITIVE_INFINITY;
}

