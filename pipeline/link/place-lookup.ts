/**
 * From a name a reviewer types to the units it may be: `huyện Tam Dương`, `Tam Duong`,
 * `TP.HCM`, `Thanh Hoá`, `quận 1`. With a level word only units of that level (or, failing
 * that, of its tier) are returned; the closest spelling wins (same marks, then same letters
 * without tone marks, then the bare letters).
 */
import { gazetteer, LEVELS, tierOfLevel, type NameEntry } from '../../extractors/places/gazetteer.js';
import { compactKey, foldedKey, tonelessKey } from '../../extractors/places/keys.js';
import { readLevelWord } from '../../extractors/places/levels.js';
import { fold } from '../../extractors/lib/fold.js';
import type { PlaceLevel } from '../../extractors/types.js';

export type PlaceCandidate = {
  /** `places.code`: the GSO code, `2025:` before a post-reform one. */
  code: string;
  level: PlaceLevel;
  name: string;
  /** Province name (before the reform for a pre-reform unit). */
  province: string;
};

export function lookupPlaces(name: string): PlaceCandidate[] {
  const g = gazetteer();
  const text = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!text) return [];
  const f = fold(text);
  let level = -1;
  let rest = text;
  const lw = readLevelWord(text.charAt(0).toUpperCase() + text.slice(1), f, 0);
  if (lw && lw.end < text.length) {
    level = lw.level;
    rest = text.slice(lw.end).replace(/^[\s.]+/, '');
  }
  let entries: NameEntry[] = g.entries().get(compactKey(rest)) ?? [];
  if (!entries.length && lw && rest !== text) {
    // `Thị xã` alone, `Tân Thành` typed with a word that only looks like a level: try it whole.
    entries = g.entries().get(compactKey(text)) ?? [];
    level = -1;
  }
  if (level >= 0) {
    const exact = entries.filter((e) => e.level === level);
    entries = exact.length ? exact : entries.filter((e) => (level === 1 ? g.tier(e.unit) <= 1 : tierOfLevel(level) === g.tier(e.unit)));
  }
  const fk = foldedKey(rest);
  const tk = tonelessKey(rest);
  const best = entries.filter((e) => e.folded === fk);
  const near = best.length ? best : entries.filter((e) => e.toneless === tk);
  const chosen = near.length ? near : entries;
  const seen = new Set<number>();
  const out: PlaceCandidate[] = [];
  for (const e of chosen) {
    if (seen.has(e.unit)) continue;
    seen.add(e.unit);
    out.push({ code: g.placeKey(e.unit), level: LEVELS[g.level[e.unit]!]!, name: g.name[e.unit]!, province: g.provinceName(e.unit, '2025-06-30') });
  }
  // Higher units first, pre-reform before post-reform, then by code.
  return out.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
}

function rank(c: PlaceCandidate): number {
  const post = c.code.startsWith('2025:') ? 10 : 0;
  const tier = c.level === 'tỉnh' ? 0 : c.level === 'thành phố' ? (c.code.replace('2025:', '').length === 2 ? 0 : 1) : ['huyện', 'quận', 'thị xã'].includes(c.level) ? 1 : 2;
  return post + tier;
}
