/**
 * Bounds on a figure (ANNOTATION.md `qualifier`): only words that bound the figure itself.
 *   before: `khoảng 40%` approx, `gần 200 người` approx, `trên 138 xã` more_than, `hơn 1.000 lượt`
 *           more_than, `dưới 10.000 đồng` less_than, `tối thiểu 15%` at_least, `không quá 18 ngày`
 *           at_most, `khoảng hơn 2.600` more_than, `ước đạt 1.106 nghìn tỷ` approx
 *   after:  `20% trở lên` at_least, `6 huyện, thị xã, thành phố trở lên` at_least, `N trở xuống` at_most
 *   not:    `100% lãnh đạo UBND cấp xã trở lên` (the bound is on the level `cấp xã`), `lên đến`, `tới`
 * Ranges keep `range`.
 */
import type { Figure, Qualifier } from './types.js';
import type { Context } from './lib/context.js';
import { before, after, spaceBefore, spaceStartBefore } from './lib/context.js';

// Longest first. The qualifier must sit right before the number, possibly followed by `là`, `từ`, `mức`.
const BEFORE: Array<[RegExp, Qualifier]> = [
  [/(khoảng|ước|ước đạt|ước tính|chừng) (hơn|trên)$/, 'more_than'],
  [/(lên (tới|đến)|đạt|có|là|với|tổng cộng|tổng số) (hơn|trên)$/, 'more_than'],
  [/trên dưới$/, 'approx'],
  [/(xấp xỉ|ước tính|ước đạt|ước khoảng|ước chừng|ước thực hiện|ước tăng|ước giảm|ước tính tăng|ước tính giảm|ước|khoảng chừng|khoảng|chừng|tầm|cỡ|gần như|gần|dao động khoảng|vào khoảng|độ khoảng|phỏng chừng)$/, 'approx'],
  [/(không dưới|không ít hơn|ít nhất|tối thiểu|tối thiểu là|ít nhất là)$/, 'at_least'],
  [/(không quá|không vượt quá|không hơn|tối đa|nhiều nhất|tối đa là|cao nhất là)$/, 'at_most'],
  [/(chưa đến|chưa tới|chưa đầy|không đến|không tới|không đầy|ít hơn|nhỏ hơn|thấp hơn|dưới)$/, 'less_than'],
  [/(hơn|trên|nhiều hơn|lớn hơn|cao hơn|vượt)$/, 'more_than'],
];
// Words allowed between the qualifier and the number: `khoảng từ 1,2`, `trên mức`, `gần như là`.
export const GAP_WORDS = ['là', 'từ', 'mức', 'con số', 'số', 'đạt'];
/** `s.replace(/(\s+(là|từ|mức|con số|số|đạt))*\s*$/, '')`, read from the end (see lib/context.ts). */
export function dropGap(s: string): string {
  const p = peelGap(s, spaceStartBefore(s));
  return p === s.length ? s : s.slice(0, p);
}

/** The smallest p <= e where s[p, e) is spaced gap words only (`con số` or `số`: both tried). */
function peelGap(s: string, e: number): number {
  let best = e;
  for (const w of GAP_WORDS) {
    const start = e - w.length;
    if (start < 1 || !s.startsWith(w, start) || !spaceBefore(s, start)) continue;
    best = Math.min(best, peelGap(s, spaceStartBefore(s, start)));
  }
  return best;
}
// Comparatives that state a change, not a bound, when a base follows: `cao hơn 0,5 độ C so với`.
const COMPARATIVE = /(nhiều|lớn|cao|ít|nhỏ|thấp) hơn$/;

export function qualify(figures: Figure[], ctx: Context): Figure[] {
  const { f } = ctx;
  for (const fig of figures) {
    if (fig.qualifier === 'range') continue;
    const left = dropGap(before(f, fig.span.start, 40));
    let q: Qualifier | null = null;
    for (const [re, qual] of BEFORE) {
      if (re.test(left)) {
        // The word must start at a word boundary: `hơn` not inside `chơn`
        const m = re.exec(left)!;
        const at = left.length - m[0].length;
        if (at > 0 && /[\p{L}\p{M}]/u.test(left[at - 1] ?? '')) continue;
        q = qual;
        if (COMPARATIVE.test(left) && /^[^.;]{0,40}\bso\b/.test(after(f, fig.span.end, 60))) q = null;
        break;
      }
    }
    if (!q) {
      const right = after(f, fig.span.end, 50);
      const m = /^([^.;:\d]{0,40}?)\s*trở (lên|xuống)(?![\p{L}])/u.exec(right);
      if (m && !/cấp|tuổi|độ|hạng|bậc/.test(m[1]!) && m[1]!.split(/\s+/).filter(Boolean).length <= 6) {
        q = m[2] === 'lên' ? 'at_least' : 'at_most';
      }
    }
    if (q) fig.qualifier = q;
  }
  return figures;
}
