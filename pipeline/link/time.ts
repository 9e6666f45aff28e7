/**
 * Time expressions of an article, resolved to a year and, where finer, a period
 * (VIETNAMESE.md §4): `năm 2022`, `tháng 5/2023` (2023-05), `quý II/2022` (2022-Q2),
 * `6 tháng đầu năm` (H1), `ngày 31/12/2015`, `năm học 2017-2018`, `giai đoạn 2021-2025`,
 * `đến năm 2025` (a horizon), `năm nay` / `năm ngoái` / `tháng trước` against the publication
 * date. A comparison base (`so với cùng kỳ năm 2016`, `so với năm 2014`) is found too, and marked,
 * so that it is never taken for the time of the figure.
 */

export type TimeRole = 'point' | 'horizon' | 'base';

export type TimeExpr = {
  start: number;
  end: number;
  year: number | null;
  /** `2023-05`, `2023-H1`, `2022-Q2`, `2015-12-31`, or null when only the year is known. */
  period: string | null;
  role: TimeRole;
  /** The year was taken from context (`6 tháng đầu năm`, `tháng 6`): fill it from the frame. */
  needsYear: boolean;
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const MONTH_WORDS: Record<string, number> = {
  giêng: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12, chạp: 12,
};
const pad = (n: number) => String(n).padStart(2, '0');
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;

/**
 * `needs`: a test that holds on every text where the rule can match (the text has `tháng`, or
 * `quý`, ...); the rule runs only where it holds. Each rule is a pass over the whole text, and
 * most articles name no month, quarter or school year. The tests search for a rare letter
 * first, several times cheaper than a rule's pass: `ăm học` for `năm học`, `ửa` for `nửa`
 * (measured on the bench dump: findTimes ~20% cheaper).
 */
type Gate = 'thang' | 'thangOrNua' | 'quy' | 'namHoc';
type Gates = Partial<Record<Gate, boolean>>;
const GATES: Record<Gate, (f: string, g: Gates) => boolean> = {
  thang: (f) => /tháng/.test(f),
  thangOrNua: (f, g) => (g.thang ??= /tháng/.test(f)) || /ửa/.test(f),
  quy: (f) => /quý/.test(f),
  namHoc: (f) => /ăm học/.test(f),
};
type Rule = { re: RegExp; needs?: Gate; make(m: RegExpExecArray, pub: Pub, f: string, at: number): Omit<TimeExpr, 'start' | 'end' | 'role'> | null };
type Pub = { year: number | null; month: number | null };

// Longest and most specific first; every match claims its span.
const RULES: Rule[] = [
  // `năm học 2017-2018` is its autumn's year; `học kỳ 2, năm học 2016 - 2017` its spring's
  { re: new RegExp(String.raw`(học kỳ (?:2|ii|hai),?\s*)?năm học ${YEAR}\s*[-–]\s*${YEAR}`, 'g'), needs: 'namHoc', make: (m) => ({ year: m[1] ? +m[3]! : +m[2]!, period: `${m[2]}-${m[3]}`, needsYear: false }) },
  // `giai đoạn 2021 - 2025`, `nhiệm kỳ 2020-2025`, `2016-2020`
  { re: new RegExp(String.raw`(?<!\d)${YEAR}\s*[-–]\s*${YEAR}`, 'g'), make: (m) => ({ year: +m[2]!, period: `${m[1]}-${m[2]}`, needsYear: false }) },
  // `ngày 31/12/2015`, `31-12-2016`, `30.8.2022`
  { re: new RegExp(String.raw`(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2${YEAR}`, 'g'), make: (m) => day(+m[4]!, +m[3]!, +m[1]!) },
  // `tháng 5/2023`, `tháng 5-2015`, `tháng 5 năm 2023`, `T5/2023`
  { re: new RegExp(String.raw`(?:tháng|t)\s?(\d{1,2})\s*(?:[/-]|năm)\s*${YEAR}`, 'g'), make: (m) => month(+m[2]!, +m[1]!) },
  // `quý II/2022`, `quý 2-2022`, `quý II năm 2022`, `Q2/2022`
  { re: new RegExp(String.raw`(?:quý|q)\s?(iv|iii|ii|i|[1-4])(?![\p{L}\d])\s*(?:[/-]|năm)\s*${YEAR}`, 'gu'), make: (m) => ({ year: +m[2]!, period: `${m[2]}-Q${ROMAN[m[1]!]}`, needsYear: false }) },
  // `6 tháng đầu năm 2017`, `sáu tháng đầu năm`, `6 tháng cuối năm`, `9 tháng năm 2017`, `nửa đầu năm`
  { re: new RegExp(String.raw`(tháng|nửa)\s+(đầu|cuối)?\s*(?:của\s+)?năm(?:\s+${YEAR})?`, 'g'), needs: 'thangOrNua', make: (m, _pub, f, at) => half(m, f, at) },
  { re: new RegExp(String.raw`(6|sáu|9|chín)\s+tháng(?:\s+(?:qua|vừa qua))?(?![\p{L}])`, 'gu'), needs: 'thang', make: (m) => ({ year: null, period: m[1] === '6' || m[1] === 'sáu' ? 'H1' : '9M', needsYear: true }) },
  // `quý II`, `quý 1` without a year
  { re: /quý\s?(iv|iii|ii|i|[1-4])(?![\p{L}\d])/gu, needs: 'quy', make: (m) => ({ year: null, period: `Q${ROMAN[m[1]!]}`, needsYear: true }) },
  // `tháng 6`, `tháng sáu` without a year; `ngày 22/4`, `ngày 8-5` without a year
  { re: /tháng\s?(\d{1,2}|giêng|chạp|mười hai|mười một|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?![\p{L}\d/-])/gu, needs: 'thang', make: (m) => monthOnly(m[1]!) },
  { re: /(?<![\d/.,-])(\d{1,2})[/-](\d{1,2})(?![\d/.,-])/g, make: (m, _pub, f, at) => (/(ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến)\s$/.test(f.slice(Math.max(0, at - 6), at)) ? dayOnly(+m[2]!, +m[1]!) : null) },
  // `năm 2022`, `trong năm 2022`, `cuối năm 2020`, bare `2017`
  { re: new RegExp(String.raw`(?<![\d.,/-])${YEAR}(?![.,]\d|\s?[-–]\s?\d)`, 'g'), make: (m) => ({ year: +m[1]!, period: null, needsYear: false }) },
  // relative years and months
  { re: /năm (nay|ngoái|trước|qua|tới|sau|sau nữa)(?![\p{L}])/gu, make: (m, pub) => relYear(m[1]!, pub) },
  { re: /tháng (này|trước|qua|tới|sau)(?![\p{L}])/gu, needs: 'thang', make: (m, pub) => relMonth(m[1]!, pub) },
];

function day(y: number, mo: number, d: number) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { year: y, period: `${y}-${pad(mo)}-${pad(d)}`, needsYear: false };
}
function month(y: number, mo: number) {
  if (mo < 1 || mo > 12) return null;
  return { year: y, period: `${y}-${pad(mo)}`, needsYear: false };
}
function monthOnly(w: string) {
  const mo = /^\d+$/.test(w) ? +w : MONTH_WORDS[w];
  if (!mo || mo > 12) return null;
  return { year: null, period: pad(mo), needsYear: true };
}
function dayOnly(mo: number, d: number) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { year: null, period: `${pad(mo)}-${pad(d)}`, needsYear: true };
}
function half(m: RegExpExecArray, f: string, at: number) {
  // `6 tháng đầu năm`: the count stands before `tháng`
  const n = m[1] === 'nửa' ? 'nửa' : /(?:^|[^\p{L}\p{N}])(6|sáu|9|chín|3|ba)\s+$/u.exec(f.slice(Math.max(0, at - 6), at))?.[1];
  if (!n) return null;
  const where = m[2];
  const y = m[3] ? +m[3] : null;
  let p: string;
  if (n === 'nửa') p = where === 'cuối' ? 'H2' : 'H1';
  else if (n === '6' || n === 'sáu') p = where === 'cuối' ? 'H2' : 'H1';
  else if (n === '3' || n === 'ba') p = where === 'cuối' ? 'Q4' : 'Q1';
  else p = '9M';
  if (!where && !y) return null; // `6 năm` is a duration
  return y ? { year: y, period: `${y}-${p}`, needsYear: false } : { year: null, period: p, needsYear: true };
}
function relYear(w: string, pub: Pub) {
  if (pub.year === null) return null;
  const off = w === 'nay' ? 0 : w === 'ngoái' || w === 'trước' || w === 'qua' ? -1 : w === 'sau nữa' ? 2 : 1;
  return { year: pub.year + off, period: null, needsYear: false };
}
function relMonth(w: string, pub: Pub) {
  if (pub.year === null || pub.month === null) return null;
  const off = w === 'này' ? 0 : w === 'trước' || w === 'qua' ? -1 : 1;
  const d = new Date(Date.UTC(pub.year, pub.month - 1 + off, 1));
  return { year: d.getUTCFullYear(), period: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, needsYear: false };
}

// `so với cùng kỳ năm 2016`, `so cùng kỳ`, `so với năm 2014`, `so với thực hiện năm 2016`, `so với tháng trước`
const BASE_BEFORE = /(so với|so|bằng|hơn|với)\s+((cùng kỳ|thực hiện|kế hoạch|mức|kết quả|số liệu|đầu|cuối)\s+)*(năm\s+|tháng\s+|quý\s+)?$|(so với|hơn)\s+(\S+\s+){1,4}(năm|tháng|quý)\s+$/;
// `đến năm 2025`, `tới năm 2030`, `đến hết năm 2025`, `định hướng đến năm 2030`, `tầm nhìn 2045`
const HORIZON_BEFORE = /(đến|tới|trước)\s+(hết\s+|cuối\s+)?(năm\s+)?$|tầm nhìn\s+(đến\s+)?(năm\s+)?$/;

/** Every time expression of the folded text, in order, with its role. */
export function findTimes(f: string, published: string | null): TimeExpr[] {
  const pub: Pub = { year: published ? +published.slice(0, 4) : null, month: published && published.length >= 7 ? +published.slice(5, 7) : null };
  const taken: Array<[number, number]> = [];
  const out: TimeExpr[] = [];
  const gates: Gates = {};
  for (const rule of RULES) {
    if (rule.needs && !(gates[rule.needs] ??= GATES[rule.needs](f, gates))) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(f))) {
      let start = m.index;
      const end = start + m[0].length;
      while (f[start] === ' ') start++;
      if (start >= end) continue;
      if (start > 0 && /[\p{L}\p{N}]/u.test(f[start - 1] ?? '')) continue;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      const made = rule.make(m, pub, f, start);
      if (!made) continue;
      taken.push([start, end]);
      const left = f.slice(Math.max(0, start - 40), start);
      let role: TimeRole = 'point';
      if (/năm|^\d{4}|^(19|20)/.test(f.slice(start, end)) || made.period) {
        if (BASE_BEFORE.test(left) || /cùng kỳ\s*$/.test(left)) role = 'base';
        else if (HORIZON_BEFORE.test(left)) role = 'horizon';
      }
      out.push({ start, end, ...made, role });
    }
  }
  // `cùng kỳ` alone is a comparison base too (no year of its own)
  return out.sort((a, b) => a.start - b.start);
}

/** Fills `needsYear` expressions from the nearest explicit year before them (or the publication year). */
export function fillYears(times: TimeExpr[], pubYear: number | null): void {
  let lastYear: number | null = null;
  for (const t of times) {
    if (t.year !== null && !t.needsYear) {
      if (t.role === 'point') lastYear = t.year;
      continue;
    }
    const y = lastYear ?? pubYear;
    if (y === null) continue;
    t.year = y;
    if (t.period) t.period = `${y}-${t.period}`;
  }
}
