/**
 * Ranks: `xếp thứ 2`, `đứng thứ 5/63 tỉnh`, `xếp hạng 3`, `top 10`, `cao thứ 3`,
 * `nhóm 10 tỉnh, thành phố dẫn đầu`. Weekdays (`thứ 2`, `Thứ ba, 30/8`) and ordinals of things
 * (`sinh con thứ 3`, `lần thứ 2`) are not ranks.
 */
import type { Extractor } from './lib/extractor.js';
import { before, after, endsWithWordAndSpace } from './lib/context.js';

const RANK_BEFORE = /(xếp|đứng|xếp hạng|vươn lên|tụt xuống|tụt|lên|giữ|đạt|cao|thấp|lớn|nhỏ|nhiều|ít)\s+(thứ|hạng)\s+$|(xếp hạng|hạng|top)\s+$/;
// `nhóm xuống hạng 1 điểm`, `lên hạng`: a division, not a rank
const DIVISION_MOVE = /(?<![\p{L}])(xuống|lên|trụ|thăng|rớt|tụt) hạng\s+$/u;
const GROUP_BEFORE = /(nhóm|tốp|top)\s+$/;
// The last word of every match of RANK_BEFORE and of GROUP_BEFORE (tested first: cheaper).
const RANK_LAST = ['thứ', 'hạng', 'top'];
const GROUP_LAST = ['nhóm', 'tốp', 'top'];
const GROUP_AFTER = /^[^.;:]{0,40}?(dẫn đầu|đứng đầu|hàng đầu|tốp đầu|cao nhất|thấp nhất|đầu bảng|cuối bảng)/;

export const rank: Extractor = {
  name: 'rank',
  claim(e, ctx) {
    const { f } = ctx;
    const b = before(f, e.start, 24);
    if (endsWithWordAndSpace(b, RANK_LAST) && RANK_BEFORE.test(b) && !DIVISION_MOVE.test(b)) {
      return {
        kind: 'rank',
        value: e.value,
        ...(e.total !== undefined ? { total: e.total } : {}),
        qualifier: 'exact',
        span: { start: e.start, end: e.end },
        extractor: 'rank',
      };
    }
    if (endsWithWordAndSpace(b, GROUP_LAST) && GROUP_BEFORE.test(b) && GROUP_AFTER.test(after(f, e.end, 60))) {
      return { kind: 'rank', value: e.value, qualifier: 'exact', span: { start: e.start, end: e.end }, extractor: 'rank' };
    }
    return null;
  },
};
