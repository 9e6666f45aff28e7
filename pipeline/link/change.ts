/**
 * Change or level (ANNOTATION.md `change`): `tăng 5% so với cùng kỳ` up, `giảm 3.000 hộ nghèo`
 * down, `tăng thêm 6 thủ tục` up, `tăng nhẹ 3000-4000 đồng` up, `(tăng 10%)` up,
 * `tăng 1,1% và 6,2%` (both up), `cao hơn 0,5 độ C so với` up;
 * levels: `tăng lên 15%`, `giảm còn 3%`, `giảm xuống 2 tỷ`, `đạt`, `chiếm`, `là`, `tăng từ X lên Y`.
 */
import type { Change } from '../../extractors/types.js';

// The verb right before the figure, with the adverbs and qualifiers that may sit between.
const VERB = /(?<![\p{L}])(tăng|giảm|tăng trưởng|nâng|hạ|cao hơn|thấp hơn|nhiều hơn|ít hơn|lớn hơn|nhỏ hơn|vượt|sụt|sụt giảm|tụt|mất)((\s+(thêm|nhẹ|mạnh|nhanh|đột biến|bình quân|trung bình|tới|đến|khoảng|gần|hơn|trên|chừng|ước|xấp xỉ|tối thiểu|ít nhất|tối đa|từ|được|mạnh mẽ|đáng kể|thêm được|lần lượt là|lần lượt|chỉ|mỗi năm|hằng năm|hàng năm))*)\s*$/u;
// A cheap look before the full pattern: one of the verbs is in the tail at all.
const VERB_HINT = /tăng|giảm|hơn|vượt|sụt|tụt|mất|nâng|hạ/;
// A figure joined to the previous one: `tăng 1,1% và 6,2%`, `giảm 2,6% và tăng 11,6%`
const JOINED = /^\s*(và|,|hoặc|-)\s*(khoảng\s+|gần\s+|hơn\s+|trên\s+)?$/u;

export type ChangeInput = {
  /** Folded text of the clause before the figure. */
  before: string;
  /** Folded text after the figure, to the end of its clause. */
  after: string;
  /** Change of the previous figure in the same clause, and the text between them. */
  previous: { change: Change | null; between: string } | null;
};

export function changeOf(x: ChangeInput): Change | null {
  const tail = x.before.slice(-90);
  const m = VERB_HINT.test(tail) ? VERB.exec(tail) : null;
  if (m) {
    const verb = m[1]!;
    // `tăng từ 20 lên 25`: the first number is the old level, not a change
    if (/(?<![\p{L}])từ\s*$/u.test(x.before) && /^[^;.]{0,40}?(?<![\p{L}])(lên|xuống|còn)(?![\p{L}])/u.test(x.after) && !/^\s?[-–]/.test(x.after)) return null;
    if (/^(cao|nhiều|lớn) hơn$/.test(verb) || /^(thấp|ít|nhỏ) hơn$/.test(verb)) {
      // a comparison is a change only with its base: `cao hơn 0,5 độ C so với`
      if (!/(?<![\p{L}])so(?![\p{L}])/u.test(x.after.slice(0, 60))) return null;
      return /^(cao|nhiều|lớn)/.test(verb) ? 'up' : 'down';
    }
    if (verb === 'vượt') return /^[^;.]{0,30}(so với|so)/.test(x.after) ? 'up' : null;
    if (verb === 'nâng' || verb === 'mất') return null;
    return /^(tăng|nâng)/.test(verb) ? 'up' : 'down';
  }
  if (x.previous && x.previous.change && JOINED.test(x.previous.between)) return x.previous.change;
  return null;
}
