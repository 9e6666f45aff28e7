/**
 * Change or level (ANNOTATION.md `change`): `tăng 5% so với cùng kỳ` up, `giảm 3.000 hộ nghèo`
 * down, `tăng thêm 6 thủ tục` up, `tăng nhẹ 3000-4000 đồng` up, `(tăng 10%)` up,
 * `tăng 1,1% và 6,2%` (both up), `cao hơn 0,5 độ C so với` up;
 * levels: `tăng lên 15%`, `giảm còn 3%`, `giảm xuống 2 tỷ`, `đạt`, `chiếm`, `là`, `tăng từ X lên Y`.
 */
import type { Change } from '../../extractors/types.js';

// The verb right before the figure, with the adverbs and qualifiers that may sit between.
const VERB = /(?<![\p{L}])(?<!chặt |xe )(tăng|giảm|tăng trưởng|nâng|hạ|cao hơn|thấp hơn|nhiều hơn|ít hơn|lớn hơn|nhỏ hơn|vượt|sụt|sụt giảm|tụt|mất)((\s+(thêm|nhẹ|mạnh|nhanh|đột biến|bình quân|trung bình|tới|đến|khoảng|gần|hơn|trên|chừng|ước|xấp xỉ|tối thiểu|ít nhất|tối đa|từ|được|mạnh mẽ|đáng kể|thêm được|lần lượt là|lần lượt|chỉ|mỗi năm|hằng năm|hàng năm))*)\s*$/u;
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
  // the verb, then what changed: `tăng quỹ BHYT 48.222 triệu đồng`, `giảm chi BHXH số tiền là 50
  // triệu đồng`, `tăng nộp ngân sách hơn 54 tỷ đồng` (not `tăng cường`, `tăng lên`, `giảm còn`)
  const object = VERB_HINT.test(tail) ? VERB_OBJECT.exec(tail) : null;
  if (object && !OBJECT_STOP.test(object[2]!) && object[2]!.trim().split(/\s+/).length <= 6) return object[1] === 'tăng' ? 'up' : 'down';
  return null;
}

const VERB_OBJECT = /(?<![\p{L}])(?<!xe )(tăng|giảm)\s+(?!(?:cường|trưởng|thiểu|nghèo|lên|xuống|còn|giá trị|tốc|dần|đều|ca|gia|áp|gấp|cả)(?![\p{L}]))([\p{L}\p{M}\s]{2,50}?)\s*(?:(?:số tiền là|số tiền|tổng số|là|:)\s*)?(?:(?:khoảng|gần|hơn|trên|chừng|xấp xỉ)\s+)?$/u;
// words that make the figure a level or another clause: `tăng thu nhập lên 50 triệu`, `giảm ... đạt`
const OBJECT_STOP = /(?<![\p{L}])(lên|xuống|còn|đạt|chiếm|bằng|từ|có|được|với|và|so|của|nhưng|trong|tại|ở|khi|thì|mà|đến|tới|cho|gồm|là do|nên|để|vì|gấp|giữa|về|sau|dù|cả|trở lại|trước)(?![\p{L}])/u;
