/**
 * Measured quantities: `1.200 ha`, `16.171m2`, `2,5 tấn`, `35 km`, `105 tạ/ha`, `10 giờ/ngày`,
 * `22 tháng tù`, `kéo dài 21 ngày`, `gấp 2 lần`, `gấp đôi`, `1,5 - 2,5 lần so với`.
 * `hạ giá 3 lần` (three occasions) is a count (count.ts).
 */
import type { Extractor, PatternExtractor } from './lib/extractor.js';
import { readRate } from './lib/extractor.js';
import { after, before, wordsBefore } from './lib/context.js';
import { MEASURES } from './lib/units.js';
import type { Figure } from './types.js';

const MEASURE_WORDS = Object.keys(MEASURES).sort((a, b) => b.length - a.length);
const MEASURE_AFTER = new RegExp(
  String.raw`^\s?(${MEASURE_WORDS.map((w) => w.replace(/[/.]/g, (c) => '\\' + c)).join('|')})(?![\p{L}\p{M}\p{N}])`,
  'u',
);
// `năm`, `tháng` after a number start a date or a year phrase, not a measure:
// `5 tháng 6`, `ngày 30 tháng 8 năm 2022`, `3 năm 2022`.
const TIME_FOLLOWED_BY_NUMBER = /^\s?(tháng|năm|ngày)\s+(\d|giêng|chạp)/;
// `lần` is a multiple after these words, a number of occasions otherwise.
const MULTIPLE_BEFORE = new Set(['gấp', 'bằng', 'cao', 'thấp', 'lớn', 'nhỏ', 'nhiều', 'tăng', 'giảm', 'hơn', 'khoảng', 'tới']);

const GOLD_WEIGHT = /^\s?(chỉ|lượng|cây)(?=\s+vàng(?![\p{L}]))/u;
const TIME_UNITS = new Set(['năm', 'tháng', 'ngày', 'tuần']);
const TIME_AFTER = /^\s(nay|ngoái|này|qua|trước|tới|sau|\d{4})(?![\p{L}\d])/u;

export const quantity: Extractor = {
  name: 'quantity',
  claim(e, ctx) {
    if (e.kind === 'ratio' || e.kind === 'colon-ratio') return null;
    const { f } = ctx;
    const rest = after(f, e.end, 50);
    if (TIME_FOLLOWED_BY_NUMBER.test(rest)) return null;
    let m = MEASURE_AFTER.exec(rest);
    let unit: string | undefined;
    let end = e.end;
    if (m) {
      unit = MEASURES[m[1]!];
      end = e.end + m[0].length;
      // `2.000 m 2 .`: a superscript lost in the page's text
      const power = unit === 'm' || unit === 'km' ? /^ ([23])(?![\p{L}\d])/u.exec(after(f, end, 4)) : null;
      if (power && unit) unit += power[1];
      // `đạt 83 triệu năm nay`: a time phrase after an amount, not millions of years
      if (e.magnitude && TIME_UNITS.has(unit ?? '') && TIME_AFTER.test(after(f, end, 12))) return null;
    } else if (GOLD_WEIGHT.test(rest)) {
      // `mua 5 chỉ vàng`, `2 lượng vàng`, `1 cây vàng`: gold by weight
      m = GOLD_WEIGHT.exec(rest);
      unit = m![1]!;
      end = e.end + m![0].length;
    } else if (/^\s?lần(?![\p{L}])/u.test(rest)) {
      const w = wordsBefore(f, e.start, 1)[0] ?? '';
      const so = /^\s?lần\s+(so|trước|trở lên)/.test(rest);
      if (!MULTIPLE_BEFORE.has(w) && !so) return null;
      unit = 'lần';
      m = /^\s?lần/.exec(rest);
      end = e.end + (m?.[0].length ?? 0);
    } else {
      return null;
    }
    if (!unit) return null;
    // `độ C` only with the C; a bare `độ` is too ambiguous (it is also `about`).
    const rate = readRate(after(f, end, 40));
    if (rate && !/^\/(\d|ngày\s*\d)/.test(rate.unit)) {
      unit += rate.unit;
    }
    const isRange = e.kind === 'range';
    return {
      kind: 'quantity',
      value: e.value,
      ...(isRange && e.valueMax !== undefined ? { valueMax: e.valueMax } : {}),
      unit,
      qualifier: isRange ? 'range' : 'exact',
      span: { start: e.start, end: e.end },
      extractor: 'quantity',
    };
  },
};

// `gấp đôi` (x2), `gấp ba` (x3), `gấp rưỡi` (x1.5): multiples without digits.
const MULTIPLE_WORDS = /(?<![\p{L}\p{M}])gấp (đôi|rưỡi|rưởi|ba|bốn|năm|mười)(?![\p{L}\p{M}])/gu;
const MULTIPLE_VALUES: Record<string, number> = { đôi: 2, rưỡi: 1.5, rưởi: 1.5, ba: 3, bốn: 4, năm: 5, mười: 10 };

export const multiples: PatternExtractor = {
  name: 'quantity',
  find(ctx) {
    const out: Figure[] = [];
    MULTIPLE_WORDS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MULTIPLE_WORDS.exec(ctx.f))) {
      // `gấp ba lần`: the scanner does not read lone `ba`; `gấp năm 2020`: a year follows
      if (/^\s+\d/.test(after(ctx.f, m.index + m[0].length, 6))) continue;
      void before;
      out.push({
        kind: 'quantity',
        value: MULTIPLE_VALUES[m[1]!] ?? 2,
        unit: 'lần',
        qualifier: 'exact',
        span: { start: m.index, end: m.index + m[0].length },
        extractor: 'quantity',
      });
    }
    return out;
  },
};
