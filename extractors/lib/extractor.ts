/**
 * The shape of an extractor, and small readers shared by them.
 *
 * An extractor claims number expressions (see scan.ts) by what surrounds them; the first in
 * `extractors/index.ts` order that returns a figure wins. A pattern extractor finds figures
 * that have no digits to scan (`gấp đôi`). Both return null instead of throwing.
 */
import type { Figure } from '../types.js';
import type { Context } from './context.js';
import type { NumExpr } from './scan.js';

export type Extractor = {
  name: string;
  claim(e: NumExpr, ctx: Context): Figure | null;
};

export type PatternExtractor = {
  name: string;
  find(ctx: Context): Figure[];
};

// Two-word rate units: `đồng/cổ phần`, `đồng/ngày công`, `đồng/suất ăn`.
const RATE_2 = new Set(['cổ phần', 'ngày công', 'lượt khách', 'suất ăn', 'học sinh', 'sinh viên', 'giáo viên', 'bệnh nhân', 'người dân', 'tháng lương', 'hộ dân', 'lao động', 'héc ta', 'mét vuông', 'cây số']);

export type Rate = { unit: string; length: number };

/**
 * A rate after a unit: `/kg`, `/người/tháng`, `/1kg`, `/1 ha`, ` /kg`, ` mỗi tấn`, ` một quả`.
 * `text` is the folded text right after the unit. Returns the rate as `/kg` and its length.
 */
export function readRate(text: string): Rate | null {
  let pos = 0;
  const parts: string[] = [];
  for (;;) {
    const m = /^\s?\/\s?(?:1\s?)?([\p{L}\p{M}]+\d?)(?: ([\p{L}\p{M}]+))?/u.exec(text.slice(pos));
    if (!m) break;
    const two = m[2] ? `${m[1]} ${m[2]}` : '';
    if (two && RATE_2.has(two)) {
      parts.push(two);
      pos += m[0].length;
    } else {
      parts.push(m[1]!);
      pos += m[0].length - (m[2] ? m[2].length + 1 : 0);
    }
    if (parts.length >= 3) break;
  }
  if (!parts.length) {
    const w = /^ (mỗi|một|1) ([\p{L}\p{M}]+)(?![\p{L}\p{M}])/u.exec(text);
    if (w && /^(kg|tấn|tạ|quả|con|người|tháng|năm|ngày|giờ|ca|lít|m2|ha|cân|chiếc|cái|bộ|suất|vé|lượt|căn|cuốn|hộp|chai|bao|thùng|chùm|buổi|tuần|lần|học sinh|hộ)$/.test(w[2]!)) {
      return { unit: `/${w[2]}`, length: w[0].length };
    }
    return null;
  }
  return { unit: '/' + parts.join('/'), length: pos };
}

/** A word boundary after position `i` of the folded text. */
export function boundaryAt(f: string, i: number): boolean {
  const ch = f[i];
  return ch === undefined || !/[\p{L}\p{M}\p{N}]/u.test(ch);
}
