/**
 * Which unit each detected name is: by its level word, its parents in the text (`xã Hà Sơn (Hà
 * Trung)`), the units valid at the article's date, and what else the article names (its
 * provinces and districts, its web address). A name the text cannot decide between several units
 * keeps its candidates and no province (`huyện Vĩnh Thạnh`, in Bình Định and in Cần Thơ): never
 * a guess. Bare names are kept only where the article makes them places: a province name, a
 * district whose province the article names or that it also writes with its level word, a
 * commune that it also writes with its level word.
 */
import { gazetteer, POST_REFORM_FROM, type Gazetteer } from '../../extractors/places/gazetteer.js';
import type { RawMention } from '../../extractors/places/detect.js';
import { compactKey } from '../../extractors/places/keys.js';
import { fuzzyUnit } from './place-fuzzy.js';

export type Resolved = {
  raw: RawMention;
  /** The unit, or -1 when the text cannot decide (or the unit is not in the lists). */
  unit: number;
  /** Units it may be (several when ambiguous). */
  candidates: number[];
  /** Province unit known even when the unit is not (all candidates in one province, or an unlisted unit's parent). */
  province: number;
  keep: boolean;
  /** Matched to its unit despite a typo (one edit). */
  fuzzy: boolean;
};

type Anchors = { provinces: Map<number, number>; districts: Map<number, number> };

export function resolvePlaces(raws: RawMention[], published: string | null, sourceProvinces: number[], titleRaws: RawMention[] = []): Resolved[] {
  const g = gazetteer();
  const post = !!published && published >= POST_REFORM_FROM;
  const res: Resolved[] = raws.map((raw) => ({ raw, unit: -1, candidates: candidatesOf(g, raw, post), province: -1, keep: true, fuzzy: false }));
  // Parents narrow their children and the other way round, outermost pair first.
  for (let k = res.length - 1; k >= 0; k--) {
    const p = res[k]!.raw.parent;
    if (p >= 0) narrowPair(g, res[k]!, res[p]!);
  }
  const titles: Resolved[] = titleRaws.map((raw) => ({ raw, unit: -1, candidates: candidatesOf(g, raw, post), province: -1, keep: true, fuzzy: false }));
  for (let pass = 0; pass < 2; pass++) {
    const anchors = anchorsOf(g, [...res, ...titles], sourceProvinces);
    for (const r of res) decide(g, r, anchors);
  }
  const anchors = anchorsOf(g, [...res, ...titles], sourceProvinces);
  const written = writtenWithLevel(g, res);
  for (const r of res) {
    if (r.raw.quality === 'unlisted') placeUnlisted(g, r, res, anchors);
    r.keep = keepBare(g, r, res, anchors, written);
  }
  return res;
}

/** Units the text can be, before context: level and era fitted; bare names at their highest tier. */
function candidatesOf(g: Gazetteer, raw: RawMention, post: boolean): number[] {
  let units = [...new Set(raw.entries.map((e) => e.unit))];
  const era = units.filter((u) => g.isPost(u) === post);
  if (era.length) units = era;
  if (raw.level < 0 && raw.via !== 'list' && units.length > 1) {
    const top = Math.min(...units.map((u) => g.tier(u)));
    units = units.filter((u) => g.tier(u) === top);
  }
  return units;
}

function narrowPair(g: Gazetteer, child: Resolved, parent: Resolved): void {
  const childTier = Math.min(...child.candidates.map((u) => g.tier(u)), 3);
  let parents = parent.candidates;
  if (parent.raw.level < 0 && child.candidates.length) {
    // A bare parent in brackets may be any tier above its child: `Hà Sơn (Hà Trung)`.
    parents = [...new Set(parent.raw.entries.map((e) => e.unit))].filter((u) => g.tier(u) < childTier && g.isPost(u) === g.isPost(child.candidates[0]!));
    if (!parents.length) return;
  }
  const kids = child.candidates.filter((c) => parents.some((p) => g.within(c, p)));
  if (kids.length) {
    child.candidates = kids;
    parent.candidates = parents.filter((p) => kids.some((c) => g.within(c, p)));
  } else if (child.raw.level >= 0 && parents.length === 1) {
    // `xã Đức Thắng, huyện Hiệp Hòa`: merged away before the list was made; its parent is known.
    child.candidates = [];
    child.raw.entries = [];
    child.raw.quality = 'unlisted';
    child.province = g.province(parents[0]!);
  }
  if (parents.length === 1 && !kids.length && child.raw.quality === 'unlisted') child.province = g.province(parents[0]!);
}

function anchorsOf(g: Gazetteer, res: Resolved[], sourceProvinces: number[]): Anchors {
  const provinces = new Map<number, number>();
  const districts = new Map<number, number>();
  const add = (m: Map<number, number>, u: number, w: number) => m.set(u, (m.get(u) ?? 0) + w);
  for (const u of sourceProvinces) add(provinces, u, 2);
  for (const r of res) {
    const u = r.unit >= 0 ? r.unit : r.candidates.length === 1 ? r.candidates[0]! : -1;
    if (u < 0 || (r.raw.level < 0 && r.raw.quality === 'ascii')) continue;
    add(provinces, g.province(u), 1);
    const d = g.district(u);
    if (d >= 0) add(districts, d, 1);
  }
  return { provinces, districts };
}

/** One candidate supported by the article's other names, or none. */
function decide(g: Gazetteer, r: Resolved, a: Anchors): void {
  if (r.candidates.length === 1) {
    r.unit = r.candidates[0]!;
    r.province = g.province(r.unit);
    return;
  }
  if (!r.candidates.length) return;
  const score = (u: number) => {
    const d = g.district(u);
    // A district named elsewhere counts, but not the name itself (`huyện Vĩnh Thạnh` twice).
    const ownDistrict = d >= 0 && d !== u ? (a.districts.get(d) ?? 0) * 10 : 0;
    return ownDistrict + (a.provinces.get(g.province(u)) ?? 0);
  };
  const scored = r.candidates.map((u) => [u, score(u)] as const).sort((x, y) => y[1] - x[1]);
  const [best, second] = scored;
  if (best && best[1] > 0 && (!second || best[1] > second[1])) {
    r.unit = best[0];
    r.province = g.province(best[0]);
    return;
  }
  const provs = new Set(r.candidates.map((u) => g.province(u)));
  r.province = provs.size === 1 ? [...provs][0]! : -1;
}

/** Units (and unlisted names) the article writes with a level word somewhere: `huyện Tam Dương`. */
function writtenWithLevel(g: Gazetteer, res: Resolved[]): Set<string> {
  const out = new Set<string>();
  for (const r of res) {
    if (r.raw.level < 0 && r.raw.via !== 'list') continue;
    out.add(compactKey(r.raw.written));
    for (const u of r.candidates) out.add('#' + u);
  }
  void g;
  return out;
}

function keepBare(g: Gazetteer, r: Resolved, res: Resolved[], a: Anchors, written: Set<string>): boolean {
  const raw = r.raw;
  if (raw.level >= 0 || raw.via === 'list') {
    // `thị xã Thọ Xuân` in an article that also writes `huyện Thọ Xuân`: a planned (or former)
    // unit under another level, not the listed one.
    if (r.unit >= 0 && raw.level >= 0 && raw.level !== g.level[r.unit] && !(raw.level <= 1 && g.level[r.unit]! <= 1)) {
      const official = res.some((o) => o.unit === r.unit && o.raw.level === g.level[r.unit]);
      if (official) return false;
    }
    return true;
  }
  const units = r.unit >= 0 ? [r.unit] : r.candidates;
  if (!units.length) return false;
  const tier = Math.min(...units.map((u) => g.tier(u)));
  const coref = units.some((u) => written.has('#' + u)) || written.has(compactKey(raw.written));
  if (coref) return true;
  // A parent in brackets or after a comma, of a unit that fits inside it.
  const isParentOf = res.some((c) => c.raw.parent >= 0 && res[c.raw.parent] === r && c.candidates.some((k) => units.some((u) => g.within(k, u) && k !== u)));
  if (tier === 0) return raw.quality !== 'ascii' || raw.written.length >= 6 || isParentOf;
  if (isParentOf) return true;
  if (tier === 1 && r.unit >= 0 && raw.quality !== 'ascii' && compactKey(raw.written).length >= 5) {
    // Its province named by something other than itself; or a name no other unit bears
    // (`Nha Trang`, `Vũng Tàu`, `Đà Lạt`), written with its marks.
    const p = g.province(r.unit);
    const own = res.filter((o) => o.unit === r.unit).length;
    if ((a.provinces.get(p) ?? 0) > own || raw.via === 'dateline') return true;
    return raw.quality === 'exact' && uniqueName(g, raw);
  }
  return false;
}

/** No other pre-reform unit has this name (any level): `Nha Trang` yes, `Thống Nhất` no. */
function uniqueName(g: Gazetteer, raw: RawMention): boolean {
  const pre = new Set(raw.entries.filter((e) => !g.isPost(e.unit) && e.use === '').map((e) => e.unit));
  return pre.size === 1;
}

/** A unit missing from the lists: its province from its parent, else the article's one province. */
function placeUnlisted(g: Gazetteer, r: Resolved, res: Resolved[], a: Anchors): void {
  const parent = r.raw.parent >= 0 ? res[r.raw.parent] : undefined;
  const within = parent && parent.unit >= 0 ? parent.unit : -1;
  if (within >= 0) r.province = g.province(within);
  const scope = within >= 0 ? [within] : [...a.provinces.keys()];
  const fuzzy = fuzzyUnit(g, r.raw.written, r.raw.levels, scope);
  if (fuzzy >= 0) {
    r.fuzzy = true;
    r.unit = fuzzy;
    r.candidates = [fuzzy];
    r.province = g.province(fuzzy);
    return;
  }
  if (r.province < 0 && a.provinces.size === 1) r.province = [...a.provinces.keys()][0]!;
  // `quận 2`, `quận 9` (merged into Thủ Đức in 2021): only one province numbers its quận.
  if (r.province < 0 && /^\d+$/.test(r.raw.written)) {
    const provs = numberingProvinces(g, r.raw.levels);
    if (provs.size === 1) r.province = [...provs][0]!;
  }
}

const numbering = new Map<string, Set<number>>();

/** Provinces (pre-reform) with units of these levels named by a number. */
function numberingProvinces(g: Gazetteer, levels: number[]): Set<number> {
  const key = levels.join(',');
  let out = numbering.get(key);
  if (!out) {
    out = new Set();
    for (let u = 0; u < g.pre; u++) if (levels.includes(g.level[u]!) && /^\d+$/.test(g.name[u]!)) out.add(g.province(u));
    numbering.set(key, out);
  }
  return out;
}
