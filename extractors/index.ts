/**
 * The extractors, IN ORDER, and the function that runs them over a text.
 *
 * The first extractor that claims a number expression wins:
 *   1. rank      `xếp thứ 2`, `xếp thứ 5/63 tỉnh`: a rank cue outranks the ratio reading of a slash
 *   2. ratio     `13/13 xã`, `tỉ lệ 3:1`: a slash pair is a ratio before anything looks at its unit
 *   3. percent   `99,86%`: the sign decides
 *   4. money     `3.500 tỷ đồng`, `50.000đ/kg`: a currency decides
 *   5. quantity  `1.200 ha`, `gấp 2 lần`: a measure decides
 *   6. count     everything left that reads as a number of things (`182 cơ quan`, `là 12;`)
 * Pattern extractors then add figures without digits (`gấp đôi`), and the qualifier refiner
 * attaches bounds (`khoảng`, `trên`, `trở lên`).
 */
import type { Figure } from './types.js';
import type { Extractor, PatternExtractor } from './lib/extractor.js';
import { makeContext, type Context } from './lib/context.js';
import { scanNumbers } from './lib/scan.js';
import { rank } from './rank.js';
import { ratio } from './ratio.js';
import { percent } from './percent.js';
import { money } from './money.js';
import { quantity, multiples } from './quantity.js';
import { count } from './count.js';
import { qualify } from './qualifiers.js';

export const EXTRACTORS: readonly Extractor[] = [rank, ratio, percent, money, quantity, count];
export const PATTERN_EXTRACTORS: readonly PatternExtractor[] = [multiples];

/** Every figure of a text, in text order, spans disjoint. Never throws on text. */
export function extractFigures(text: string, context?: Context): Figure[] {
  const ctx = context ?? makeContext(text);
  const figures: Figure[] = [];
  for (const e of scanNumbers(ctx)) {
    if (!Number.isFinite(e.value)) continue;
    for (const x of EXTRACTORS) {
      const fig = x.claim(e, ctx);
      if (fig) {
        figures.push(fig);
        break;
      }
    }
  }
  for (const p of PATTERN_EXTRACTORS) figures.push(...p.find(ctx));
  figures.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return qualify(dropOverlaps(figures), ctx);
}

/** Keeps the first of overlapping figures (the scan never makes them; pattern extractors may). */
function dropOverlaps(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  let lastEnd = -1;
  for (const f of figures) {
    if (f.span.start < lastEnd) continue;
    out.push(f);
    lastEnd = f.span.end;
  }
  return out;
}

export { makeContext };
