/**
 * Small typos in a unit's name, where the article says where to look: `xã Đăk Ngọc, huyện Đăk
 * Hà` for the listed `Xã Đăk Ngọk`. One edit (a letter changed, added, dropped or two swapped)
 * on the letters without marks, among the units of the right level inside the named parent or
 * the article's provinces, and only when exactly one unit is that close: otherwise no match.
 */
import { tierOfLevel, type Gazetteer } from '../../extractors/places/gazetteer.js';
import { compactKey } from '../../extractors/places/keys.js';

export function fuzzyUnit(g: Gazetteer, written: string, levels: number[], scope: number[]): number {
  const key = compactKey(written);
  if (key.length < 5 || !scope.length || scope.length > 3) return -1;
  let found = -1;
  for (const s of scope) {
    for (const u of g.descendants(s)) {
      const name = g.compact(u);
      if (Math.abs(name.length - key.length) > 1 || !withinOneEdit(key, name)) continue;
      if (!levels.some((l) => l === g.level[u] || tierOfLevel(l) === g.tier(u))) continue;
      if (found >= 0 && found !== u) return -1;
      found = u;
    }
  }
  return found;
}

/** Damerau-Levenshtein distance <= 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
