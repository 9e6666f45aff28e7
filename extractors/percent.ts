/**
 * Percentages: `99,86%`, `đạt 99,86 %`, `20-25%`, `20% - 25%`, `ba phần trăm`,
 * `tăng 2,5 điểm phần trăm`, `một nửa số trường` (= 50%).
 */
import type { Extractor } from './lib/extractor.js';
import { after } from './lib/context.js';

// `%` right after the number or after one space; `phần trăm` spelled; `điểm phần trăm` (points).
const PERCENT_AFTER = /^(\s?%|\s+phần trăm(?![\p{L}])|\s+điểm phần trăm(?![\p{L}]))/u;

const SHARED_PERCENT = /^\s+(?:và|hoặc)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d+(?:[.,]\d+)?\s?%/;

export const percent: Extractor = {
  name: 'percent',
  claim(e, ctx) {
    if (e.kind === 'ratio' || e.kind === 'colon-ratio') return null;
    const m = PERCENT_AFTER.exec(after(ctx.f, e.end, 20));
    // `một nửa` / `nửa` as a share: `khoảng một nửa số trường tiểu học`
    if (!m) {
      if (e.spelled && e.value === 0.5) {
        return { kind: 'percent', value: 50, unit: '%', qualifier: 'exact', span: { start: e.start, end: e.end }, extractor: 'percent' };
      }
      if (e.kind === 'range' && (e.innerUnit === '%' || e.innerUnit === 'phần trăm')) {
        // `20% - 25` followed by nothing: still a percent range
        return figure(e.start, e.end, e.value, e.valueMax);
      }
      // `lần lượt là 84 và 90%`, `5,2 và 7,1%`: the next number's sign is this one's too
      if (e.kind === 'number' && !e.magnitude && SHARED_PERCENT.test(after(ctx.f, e.end, 30))) return figure(e.start, e.end, e.value);
      return null;
    }
    const unit = m[0].includes('điểm') ? 'điểm phần trăm' : '%';
    return { ...figure(e.start, e.end + m[0].length, e.value, e.valueMax), unit };
  },
};

function figure(start: number, end: number, value: number, valueMax?: number) {
  return {
    kind: 'percent' as const,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit: '%',
    qualifier: (valueMax !== undefined ? 'range' : 'exact') as 'range' | 'exact',
    span: { start, end },
    extractor: 'percent',
  };
}
