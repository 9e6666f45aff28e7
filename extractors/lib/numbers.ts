/**
 * The Vietnamese number grammar: digits with separators, magnitude words, spelled-out numbers.
 * Pure functions; nothing here throws on text.
 *
 * Separators (VIETNAMESE.md §1.1-1.2): Vietnamese style is comma = decimal, dot = thousands
 * (`99,86%`, `1.057`, `1.234.567`, `80,887 tỷ`); some articles use the English style
 * (`295.1 tỷ`, `1,500,050.30`). An article's style is detected once; a single number is read
 * by these rules:
 *   both separators            -> the last one is the decimal mark      `1.500.050,30`
 *   one separator repeated     -> grouping, groups of exactly 3          `1.234.567`
 *   separator + 1, 2, 4+ digits -> decimal                               `3.5%`, `99,86%`
 *   separator + exactly 3      -> the article's style decides            `1.057` (vi) = 1057
 *     and a comma before 3 digits on a count noun is grouping              `1,057 người` = 1057
 */

export type NumberStyle = 'vi' | 'en';

// Evidence of Vietnamese style: `1.234.567`, `1.234,5`, `99,86` (comma + 1-2 digits).
const VI_EVIDENCE = /\d\.\d{3}\.\d{3}(?!\d)|\d\.\d{3},\d|(?<![\d.,])\d+,\d{1,2}(?![\d.,])/;
// Evidence of English style: `1,234,567`, `1,234.5`, `12,500 người` (comma + 3 digits, no decimal).
const EN_EVIDENCE = /\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d|(?<![\d.,])\d{1,3},\d{3}(?![\d.,])/;

/** The article's separator style: English only with English evidence and no Vietnamese evidence. */
export function detectStyle(text: string): NumberStyle {
  return EN_EVIDENCE.test(text) && !VI_EVIDENCE.test(text) ? 'en' : 'vi';
}

/**
 * The value of a digit token such as `1.057`, `99,86`, `1.500.050,30`, or null when the
 * separators make it no number (a date `30.8.2022`, a phone `0237.3852.123`, a version `1.2.3`).
 * `integer` says the context wants an integer (a count noun, no magnitude word).
 */
export function parseDigits(token: string, style: NumberStyle, integer = false): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const seps = token.replace(/\d/g, '');
  if (!/^[.,]+$/.test(seps)) return null;
  const parts = token.split(/[.,]/);
  if (parts.some((p) => p === '')) return null;
  const hasDot = seps.includes('.');
  const hasComma = seps.includes(',');
  if (hasDot && hasComma) {
    const lastSep = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
    const intPart = token.slice(0, lastSep);
    const frac = token.slice(lastSep + 1);
    const groupSep = token[lastSep] === '.' ? ',' : '.';
    if (intPart.includes(token[lastSep]!)) return null; // `1.234.5,6` no; decimal mark twice
    const groups = intPart.split(groupSep);
    if (!validGroups(groups)) return null;
    return Number(groups.join('') + '.' + frac);
  }
  if (parts.length > 2) {
    return validGroups(parts) ? Number(parts.join('')) : null;
  }
  const [a, b] = parts as [string, string];
  if (b.length !== 3 || a.length > 3 || /^0\d/.test(a)) {
    // `3.5`, `99,86`, `0,5123`; a leading zero before 3 digits (`0,125`) is a decimal too
    return Number(a + '.' + b);
  }
  if (a === '0') return Number(a + '.' + b);
  const sep = seps;
  if (sep === '.') return style === 'en' ? Number(a + '.' + b) : Number(a + b);
  // comma + 3 digits
  if (style === 'en' || integer) return Number(a + b);
  return Number(a + '.' + b);
}

function validGroups(groups: string[]): boolean {
  if (groups.length === 0) return false;
  const [first, ...rest] = groups;
  if (!first || first.length > 3 || (first.length > 1 && first.startsWith('0'))) return false;
  return rest.every((g) => g.length === 3);
}

/** Magnitude words and their multipliers (`nghìn tỷ` before `nghìn`: longest first). */
export const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 1e12], ['nghìn tỉ', 1e12], ['ngàn tỷ', 1e12], ['ngàn tỉ', 1e12],
  ['triệu tỷ', 1e15], ['trăm nghìn', 1e5], ['trăm ngàn', 1e5], ['trăm triệu', 1e8], ['trăm tỷ', 1e11],
  ['chục nghìn', 1e4], ['chục ngàn', 1e4], ['chục triệu', 1e7], ['chục tỷ', 1e10],
  ['nghìn', 1e3], ['ngàn', 1e3], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9], ['vạn', 1e4],
  ['trăm', 100], ['chục', 10],
];

// `1,2 triệu`, `3.500 tỷ`, `2 nghìn tỷ`, `1 triệu rưỡi`; abbreviations `1,2 tr`, `50k`.
// Matched on folded text right after the digits. A magnitude must end at a word boundary.
const MAGNITUDE_RE = new RegExp(
  String.raw`^[ ]?(${MAGNITUDES.map(([w]) => w.replace(/ /g, '[ ]')).join('|')}|tr(?=[ .,;:)/]|$)|k(?=[ .,;:)/]|$))(?![\p{L}\p{N}])`,
  'u',
);

export type Magnitude = { multiplier: number; length: number };

/** A magnitude word at the start of `after` (folded text), e.g. ` triệu đồng` -> 1e6. */
export function readMagnitude(after: string): Magnitude | null {
  const m = MAGNITUDE_RE.exec(after);
  if (!m) return null;
  const word = m[1]!;
  const mult = word === 'tr' ? 1e6 : word === 'k' ? 1e3 : (MAGNITUDES.find(([w]) => w === word)?.[1] ?? 1);
  return { multiplier: mult, length: m[0].length };
}

// ---------------------------------------------------------------------------------------
// Spelled-out numbers: `hai`, `mười lăm`, `hai mươi mốt`, `một trăm linh năm`,
// `ba nghìn sáu trăm`, `hai nghìn tư` (= 2400), `một nửa` (= 0.5), `rưỡi` (+ half).

const DIGIT_WORDS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5,
  sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const SCALE_WORDS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

export const NUMBER_WORDS = new Set([
  ...Object.keys(DIGIT_WORDS), ...Object.keys(SCALE_WORDS), 'mười', 'mươi', 'linh', 'lẻ', 'trăm', 'chục', 'rưỡi', 'rưởi', 'nửa',
]);

/** The value of a run of number words (folded, single spaces), or null if it is not a number. */
export function parseSpelled(words: string[]): number | null {
  if (words.length === 0) return null;
  if (words.length === 2 && words[0] === 'một' && words[1] === 'nửa') return 0.5;
  if (words.length === 1 && words[0] === 'nửa') return 0.5;
  // `nửa triệu` = 500 000
  if (words.length === 2 && words[0] === 'nửa' && SCALE_WORDS[words[1]!]) return SCALE_WORDS[words[1]!]! / 2;
  let total = 0;
  let i = 0;
  let lastScale = Infinity;
  while (i < words.length) {
    const r = below1000(words, i);
    if (!r) return null;
    let value = r.value;
    i = r.next;
    const w = words[i];
    const scale = w !== undefined ? SCALE_WORDS[w] : undefined;
    if (scale !== undefined) {
      if (scale >= lastScale) return null;
      i++;
      value *= scale;
      // `hai nghìn tư` = 2400, `một triệu rưỡi` = 1.5 million
      const nw = words[i];
      if (nw === 'rưỡi' || nw === 'rưởi') {
        value += scale / 2;
        i++;
      } else if (nw !== undefined && DIGIT_WORDS[nw] !== undefined && words[i + 1] === undefined) {
        value += (DIGIT_WORDS[nw] ?? 0) * (scale / 10);
        i++;
      }
      lastScale = scale;
      total += value;
      continue;
    }
    total += value;
    if (i < words.length) return null;
  }
  return total;
}

function below1000(words: string[], i: number): { value: number; next: number } | null {
  let value = 0;
  let seen = false;
  const w0 = words[i];
  const d0 = w0 !== undefined ? DIGIT_WORDS[w0] : undefined;
  // hundreds
  if (d0 !== undefined && words[i + 1] === 'trăm') {
    value = d0 * 100;
    i += 2;
    seen = true;
    const w = words[i];
    if (w === 'linh' || w === 'lẻ') {
      const d = DIGIT_WORDS[words[i + 1] ?? ''];
      if (d === undefined) return null;
      return { value: value + d, next: i + 2 };
    }
    if (w === 'rưỡi' || w === 'rưởi') return { value: value + 50, next: i + 1 };
    // `một trăm mốt` = 110 (a lone digit after trăm multiplies ten), but not before a scale word
    if (w !== undefined && DIGIT_WORDS[w] !== undefined && words[i + 1] !== 'mươi' && !(words[i + 1] && SCALE_WORDS[words[i + 1]!])) {
      return { value: value + (DIGIT_WORDS[w] ?? 0) * 10, next: i + 1 };
    }
  }
  // tens
  const t = words[i];
  if (t === 'mười') {
    value += 10;
    i++;
    seen = true;
    const d = DIGIT_WORDS[words[i] ?? ''];
    if (d !== undefined && words[i] !== 'không') {
      value += d;
      i++;
    }
    return { value, next: i };
  }
  const dt = t !== undefined ? DIGIT_WORDS[t] : undefined;
  if (dt !== undefined && words[i + 1] === 'mươi') {
    value += dt * 10;
    i += 2;
    const d = DIGIT_WORDS[words[i] ?? ''];
    if (d !== undefined) {
      value += d;
      i++;
    }
    return { value, next: i };
  }
  if (dt !== undefined && words[i + 1] === 'chục') {
    return { value: value + dt * 10, next: i + 2 };
  }
  if (dt !== undefined) {
    return { value: value + dt, next: i + 1 };
  }
  return seen ? { value, next: i } : null;
}
