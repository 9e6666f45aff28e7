/**
 * Target or actual (VIETNAMESE.md §3). A figure is a target when a plan marker governs it:
 *   - a marker that opens the sentence governs all of it: `Phấn đấu đến năm 2025, A; B; C`,
 *     `Theo kế hoạch, ...`, `Dự kiến, ...`, `Mục tiêu đến năm 2020: ...`
 *   - a marker inside the figure's clause, before it: `đặt mục tiêu giảm 15% chi phí`,
 *     `dự kiến lên đến hơn 81.000`, `Nhà nước sẽ nắm giữ 49%`, `đảm bảo 100% người dân`
 *   - `sẽ` after it in the clause: `4,08% vốn điều lệ sẽ được bán đấu giá`
 *   - a horizon ahead of the publication date: `Đến năm 2025, hoàn thành CĐS tại 12 huyện`
 *   - the clause before, in the same sentence, was a plan (the list goes on after `;`)
 *   - a list announced by `chỉ tiêu ... như sau:` or `Mục tiêu ...:`
 * It is actual when an achievement marker stands between the plan marker and the figure
 * (`đã`, `đạt được`, `đến nay`, `hiện nay`), when the plan is a yardstick (`đạt 70% kế hoạch`,
 * `vượt chỉ tiêu`, `so với kế hoạch`), for rules (`sẽ bị phạt`), and by default.
 */
import type { Modality } from '../../extractors/types.js';
import { spaceStartBefore } from '../../extractors/lib/context.js';

const W = (words: string[]) => new RegExp(words.map((w) => `(?<![\\p{L}])(?:${w})(?![\\p{L}])`).join('|'), 'gu');

// Markers that govern a whole sentence when they open it.
const OPENER = /^[\s"“(-]*(?:cụ thể,?\s*)?(?:(?:đối với|về)\s+(?:các\s+)?(?=chỉ tiêu|mục tiêu|kế hoạch))?(phấn đấu|mục tiêu|chỉ tiêu|theo kế hoạch|kế hoạch|dự kiến|dự báo|dự tính|định hướng|theo phương án|phương án|theo lộ trình|theo đề xuất|đề xuất|theo dự thảo|dự thảo|tầm nhìn|đến năm \d{4}|tới năm \d{4}|năm \d{4},? (?:tỉnh|huyện|thành phố|xã|ngành|công ty|bộ)? ?(?:sẽ|phấn đấu|dự kiến))/u;
// Markers inside the figure's clause, before it.
const IN_CLAUSE = W([
  'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'dự kiến', 'dự báo', 'dự tính', 'dự định', 'đề ra', 'định hướng', 'tầm nhìn',
  'đề xuất', 'sẽ(?! bị)', 'quy hoạch', 'hướng tới', 'kế hoạch', 'dự thảo',
]);
// Cheap looks before the full patterns: a plan or requirement word is there at all.
const PLAN_HINT = /phấn|tiêu|dự|đề|định|tầm|sẽ|hoạch|hướng/;
const REQUIREMENT_HINT = /bảo|cần|phải/;
// Requirements right before the figure: `đảm bảo 100% người dân`, `Cần hơn 251 tỷ đồng`, `phải tăng gấp đôi`.
const REQUIREMENT_BEFORE = /(?<![\p{L}])(?<!chỉ )(đảm bảo|bảo đảm|cần|cần có|cần thêm|phải đạt|phải tăng|phải có|tối thiểu phải)(\s+(khoảng|hơn|trên|gần|tối thiểu|ít nhất|từ|tăng|gấp))?\s*$/u;
// `sẽ` (or a plan verb) after the figure in its clause.
// Not when another clause opens on the way (`cuỗm 20 triệu bảng và tuyên bố sẽ không ...`) or
// `sẽ` tells a consequence, not a plan (`Mất 5 gương mặt tốt nhất sẽ ảnh hưởng`, `15 phút ngồi thiền sẽ giúp`).
const AFTER_IN_CLAUSE = /^(?:(?!(?<![\p{L}])(?:và|nhưng|mà|rồi|thì|khi|nếu|để)(?![\p{L}]))[^;.,]){0,60}?(?<![\p{L}])sẽ(?! (?:bị|giúp|ảnh hưởng|khiến|làm|gây|trở nên|có thể))(?![\p{L}])/u;
// Achievement markers between the plan marker and the figure reset it to actual.
const ACTUAL_RE = /(?<![\p{L}])(đã|đạt được|đến nay|hiện nay|hiện có|hiện tại|thực hiện được|vừa qua|năm qua|qua đó|kết quả)(?![\p{L}])/u;
const ACTUAL_HINT = /đã|được|nay|hiện|qua|kết/;
const ACTUAL = { test: (s: string) => ACTUAL_HINT.test(s) && ACTUAL_RE.test(s) };
// The plan as a yardstick: `đạt 70% kế hoạch`, `vượt chỉ tiêu`, `so với kế hoạch`, `bằng 54,8% kế hoạch năm`.
const YARDSTICK = /(đạt|vượt|bằng|so với|hoàn thành|theo|như|đã đề ra)\s+(\S+\s+){0,3}$/u;
const YARDSTICK_AFTER = /^\s?(%\s*)?(so với\s+)?(kế hoạch|chỉ tiêu|dự toán|mục tiêu)/u;
// Rules and penalties are not plans: `sẽ bị phạt 2 triệu đồng`, `Phạt tiền từ ...`.
const RULE = /(?<![\p{L}])(bị phạt|phạt tiền|mức phạt|xử phạt)(?![\p{L}])/u;

export type ModalityInput = {
  /** Folded text of the sentence before the figure. */
  sentenceBefore: string;
  /** Folded text of the clause before the figure. */
  clauseBefore: string;
  /** Folded text of the clause after the figure. */
  after: string;
  /** Year of a horizon (`đến năm 2025`) governing the figure, if any. */
  horizonYear: number | null;
  /** Year of a point in time in the figure's clause, if any. */
  pointYear: number | null;
  /** The publication year (null when the article is undated: then no year is "in the future"). */
  nowYear: number | null;
  /** The year an undated article speaks of most (see meaning.ts), for horizons only. */
  articleYear: number | null;
  /** The previous clause of the same sentence was a target; the paragraph is a plan list. */
  previousClauseTarget: boolean;
  inheritedTarget: boolean;
};

export function modalityOf(x: ModalityInput): Modality {
  if (YARDSTICK_AFTER.test(x.after)) return 'actual';
  if (x.clauseBefore.includes('phạt') && RULE.test(x.clauseBefore)) return 'actual';
  const opener = OPENER.exec(x.sentenceBefore);
  if (opener && !ACTUAL.test(x.sentenceBefore.slice(opener[0].length))) return 'target';
  let last = -1;
  IN_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (PLAN_HINT.test(x.clauseBefore) && (m = IN_CLAUSE.exec(x.clauseBefore))) {
    if (/kế hoạch|chỉ tiêu|mục tiêu/.test(m[0]) && YARDSTICK.test(x.clauseBefore.slice(Math.max(0, m.index - 30), m.index))) continue;
    // `theo đề xuất của Cục Thuế`: a proposal already acted upon
    if (m[0] === 'đề xuất' && /theo\s+$/.test(x.clauseBefore.slice(Math.max(0, m.index - 6), m.index))) continue;
    // `giá đề xuất`: the maker's list price, a fact
    if (m[0] === 'đề xuất' && /giá\s+$/.test(x.clauseBefore.slice(Math.max(0, m.index - 5), m.index))) continue;
    last = m.index + m[0].length;
  }
  if (last >= 0 && !ACTUAL.test(x.clauseBefore.slice(last))) return 'target';
  if (REQUIREMENT_HINT.test(x.clauseBefore.slice(-40)) && REQUIREMENT_BEFORE.test(x.clauseBefore.slice(-60))) return 'target';
  if (AFTER_IN_CLAUSE.test(x.after)) return 'target';
  const actualHere = ACTUAL.test(x.clauseBefore);
  // a horizon is a strong sign: an undated article is measured against the year it speaks of
  const now = x.nowYear ?? x.articleYear;
  if (x.horizonYear !== null && now !== null && x.horizonYear > now && !actualHere) return 'target';
  if (x.pointYear !== null && x.nowYear !== null && x.pointYear > x.nowYear && !actualHere) return 'target';
  if ((x.previousClauseTarget || x.inheritedTarget) && !actualHere) return 'target';
  return 'actual';
}

/** A paragraph whose first sentence opens with a plan marker is a plan: `Cụ thể, đối với chỉ tiêu CĐS cấp huyện: ...`. */
export function opensPlan(sentenceFolded: string): boolean {
  return OPENER.test(sentenceFolded);
}

/** A sentence that announces a plan list: `chỉ tiêu ... cụ thể như sau:`, `Mục tiêu đến năm 2025:`. */
export function announcesPlanList(sentenceFolded: string): boolean {
  if (!endsWithColon(sentenceFolded)) return false;
  IN_CLAUSE.lastIndex = 0;
  return IN_CLAUSE.test(sentenceFolded) || OPENER.test(sentenceFolded);
}

/** `/:\s*$/.test(s)`, read from the end (see extractors/lib/context.ts): it runs for every figure's previous sentence. */
export function endsWithColon(s: string): boolean {
  const e = spaceStartBefore(s);
  return e > 0 && s.charCodeAt(e - 1) === 58;
}
