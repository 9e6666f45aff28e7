/**
 * Ratios of done to total: `13/13 xã, thị trấn`, `199/213 thôn`, `(2.235/ 21.304)`, and odds
 * after `tỉ lệ`: `tỉ lệ 3:1`, `2,9:1`. (`xếp thứ 5/63` is a rank: rank.ts claims it first.)
 */
import type { Extractor } from './lib/extractor.js';
import { wordsAfter } from './lib/context.js';
import { NOUN_STOP } from './lib/units.js';

export const ratio: Extractor = {
  name: 'ratio',
  claim(e, ctx) {
    if ((e.kind !== 'ratio' && e.kind !== 'colon-ratio') || e.total === undefined) return null;
    const words = wordsAfter(ctx.f, e.end, 3);
    const noun: string[] = [];
    for (const w of words) {
      if (NOUN_STOP.has(w)) break;
      noun.push(w);
    }
    const unit = e.kind === 'colon-ratio' ? undefined : noun.length ? noun.join(' ') : undefined;
    return {
      kind: 'ratio',
      value: e.value,
      total: e.total,
      ...(unit ? { unit } : {}),
      qualifier: 'exact',
      span: { start: e.start, end: e.end },
      extractor: 'ratio',
    };
  },
};
