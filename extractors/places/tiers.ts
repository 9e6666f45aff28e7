/**
 * Levels and tiers of what the text names: which listed forms fit the level word written before
 * them, and how high or low a mention may sit (0 province, 1 district, 2 commune).
 */
import { gazetteer, tierOfLevel, type NameEntry, type Tier } from './gazetteer.js';
import type { RawMention } from './detect.js';

/** Forms whose level is one of `levels`; failing that, of the same tier (`huyện Quế Võ`, now a thị xã). */
export function fitLevels(entries: NameEntry[], levels: number[]): NameEntry[] {
  if (!levels.length) return entries;
  const exact = entries.filter((e) => levels.includes(e.level));
  if (exact.length) return exact;
  const g = gazetteer();
  return entries.filter((e) => levels.some((l) => levelFitsTier(l, g.tier(e.unit))));
}

function levelFitsTier(level: number, tier: Tier): boolean {
  return level === 1 ? tier <= 1 : tierOfLevel(level) === tier;
}

function mentionTiers(m: RawMention): Tier[] {
  const g = gazetteer();
  if (m.entries.length) return m.entries.map((e) => g.tier(e.unit));
  return m.levels.map((l) => (l === 1 ? 1 : tierOfLevel(l)));
}
export function minTier(m: RawMention): number {
  return Math.min(...mentionTiers(m), 3);
}
export function maxTier(m: RawMention): number {
  return Math.max(...mentionTiers(m), -1);
}
