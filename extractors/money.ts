/**
 * Money: `3.500 tỷ đồng`, `1,2 triệu USD`, `50.000đ`, `5.000 đồng/kg`, `2.000.000đ/người/tháng`,
 * `20,9 USD mỗi tấn`, `$5`, `US$ 2 triệu`, `từ 1.000 đến 2.000 đồng`, and amounts whose currency
 * is implied by their magnitude (`tổng tài sản đạt gần 54 tỷ`: dong).
 * Value in units of the currency; unit = ISO code plus the rate (`VND/kg`).
 */
import type { Extractor } from './lib/extractor.js';
import { readRate } from './lib/extractor.js';
import { after, before, wordsAfter } from './lib/context.js';
import { CURRENCIES, DONG_COMPOUNDS, NOUN_STOP } from './lib/units.js';

const CURRENCY_WORDS = Object.keys(CURRENCIES).sort((a, b) => b.length - a.length);
const CURRENCY_AFTER = new RegExp(
  String.raw`^\s?(${CURRENCY_WORDS.map((w) => w.replace(/[$.]/g, (c) => '\\' + c)).join('|')})(?![\p{L}\p{M}])`,
  'u',
);
const CURRENCY_BEFORE = /(usd|us\$|\$|vnd|vnđ|eur|€|£)\s?$/;
// `đô` is a dollar only when it is not the start of another word: `đô thị`, `đô vật`.
const DO_NOT_CURRENCY = new Set(['thị', 'vật', 'đốc', 'hội', 'tuyển', 'úy', 'thành', 'la', 'hộ']);

// `giảm từ 20 tỷ năm 2017`, `54 tỷ năm nay`: a year after the amount (not `4,5 tỷ năm` of age)
const YEAR_AFTER = /^\s*năm\s+(\d{4}|nay|ngoái|trước|qua|tới|sau|này)(?![\p{L}\d])/u;

// What a bare amount counts when the clause names it: `lưu lượng hành khách dự kiến đạt 83 triệu`,
// `dân số khoảng 97 triệu` (people, not dong), unless money is named too (`doanh thu từ lượt khách`).
const COUNTED_BEFORE = /(?<![\p{L}])(lưu lượng|số lượng|dân số|số dân|số người|số lượt|lượt khách|hành khách|thuê bao|người dùng|sản lượng|lượng khách|số khách|lượt xem|lượt truy cập|cổ phiếu|cổ phần|liều vắc)(?![\p{L}])/u;
const MONEY_BEFORE = /(?<![\p{L}])(tiền|giá|doanh thu|doanh số|vốn|lợi nhuận|lãi|thu nhập|ngân sách|chi phí|kinh phí|đầu tư|nợ|lương|thuế|tài sản|trị giá|giá trị|kim ngạch|thu|chi|đồng|usd)(?![\p{L}])/u;
function countedBefore(b: string): boolean {
  return COUNTED_BEFORE.test(b) && !MONEY_BEFORE.test(b);
}

export const money: Extractor = {
  name: 'money',
  claim(e, ctx) {
    if (e.kind === 'ratio' || e.kind === 'colon-ratio') return null;
    const { f } = ctx;
    const unitAt = e.unitAt ?? e.end;
    const rest = after(f, unitAt, 60);
    let code: string | null = null;
    let end = unitAt;
    const m = CURRENCY_AFTER.exec(rest);
    if (m) {
      const word = m[1]!;
      const next = wordsAfter(f, unitAt + m[0].length, 1)[0] ?? '';
      const glued = /^[\p{L}\p{M}]/u.test(f[unitAt + m[0].length] ?? '');
      // after a magnitude `đồng` is always the currency: `2 triệu đồng tiền "tự nguyện"`
      if (word === 'đồng' && !e.magnitude && DONG_COMPOUNDS.has(next) && !/^\s?\//.test(rest.slice(m[0].length))) return null;
      if (word === 'đô' && DO_NOT_CURRENCY.has(next)) return null;
      // `RM`, `Rs` as written (capital R): ringgit, rupees
      if ((word === 'rs' || word === 'rm') && !/^\s?R/.test(ctx.text.slice(unitAt, unitAt + 3))) return null;
      if (word === 'yên' || word === 'tệ' || word === 'won' || word === 'đô' || word === 'bảng') {
        // only right after a magnitude or a number with no noun reading (`5 yên`... rare words)
        if (!e.magnitude && word !== 'đô') return null;
      }
      if (!glued) {
        code = CURRENCIES[word] ?? null;
        end = unitAt + m[0].length;
      }
    }
    if (!code) {
      const b = CURRENCY_BEFORE.exec(before(f, e.start, 6));
      if (b) code = CURRENCIES[b[1]!] ?? null;
    }
    if (!code && e.magnitude && e.value >= 1e6 && !e.spelled) {
      // `đạt gần 54 tỷ`, `giảm từ 20 tỷ năm 2017`: a bare amount in millions or billions is dong
      // when no counted noun follows.
      const next = wordsAfter(f, e.end, 1)[0];
      const punct = /^\s*([.,;:)]|$)/.test(rest);
      if ((punct || (next !== undefined && (NOUN_STOP.has(next) || (next === 'năm' && YEAR_AFTER.test(rest))))) && !countedBefore(before(f, e.start, 50))) code = 'VND';
    }
    if (!code) return null;
    let unit = code;
    const rate = readRate(after(f, end, 40));
    if (rate) {
      unit += rate.unit;
      end += rate.length;
    }
    const isRange = e.kind === 'range';
    return {
      kind: 'money',
      value: e.value,
      ...(isRange && e.valueMax !== undefined ? { valueMax: e.valueMax } : {}),
      unit,
      qualifier: isRange ? 'range' : 'exact',
      span: { start: e.start, end: e.unitAt !== undefined ? e.end : end },
      extractor: 'money',
    };
  },
};
