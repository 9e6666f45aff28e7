/**
 * Publication dates: from a dump's `date` field, from header lines, from HTML meta.
 * Vietnamese order is always day, month, year. Results are ISO strings, possibly partial
 * (`2023-08`). Never the day of the run.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

// chrono-node reads the free forms only: loaded the first time one is met (it takes ~0.1 s to
// load, paid by every worker thread of a batch run if loaded up front).
const require = createRequire(import.meta.url);
let chrono: typeof Chrono | null = null;
const chronoVi = () => (chrono ??= require('chrono-node') as typeof Chrono).vi;

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31/2
  return `${y}-${pad(m)}-${pad(d)}`;
}

// A header line that is only a date, with its label and time:
//   `• Cập nhật: Thứ ba, 30/8/2022 | 7:46:45 AM`   `14/11/2024 - 10:46`
//   `Thứ năm, 01/06/2023 15:17`   `Ngày đăng: 12-05-2021 08:00`   `Cập nhật lúc 10:46 14/11/2024`
const LABEL = String.raw`(?:[•·\-*|]\s*)?(?:(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|đăng|ngày|thời gian|published|updated|posted|date)(?:\s+(?:lúc|ngày))?\s*:?\s*)?`;
const WEEKDAY = String.raw`(?:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*,?\s*)?`;
const TIME = String.raw`(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|sa|ch)?(?:\s*\(?gmt[+-]\d+\)?)?)`;
const DMY = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const HEADER_RE = new RegExp(
  String.raw`^${LABEL}(?:${TIME}\s*[,|-]?\s*)?${WEEKDAY}${DMY}(?:\s*(?:[|,-]|lúc)?\s*${TIME})?\s*$`,
  'iu',
);

/** The date of a header line such as `Cập nhật: Thứ ba, 30/8/2022 | 7:46:45 AM`, or null. */
export function findHeaderDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 80) return null;
  const m = HEADER_RE.exec(t);
  if (!m) return null;
  return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
}

/**
 * A date as dumps and pages write it: ISO (`2023-08-30`, `2023-08`, `2023-08-30T10:46:00+07:00`),
 * Vietnamese (`30/8/2022`, `14/11/2024 - 10:46`, `ngày 30 tháng 8 năm 2022`), or a year.
 * Returns the ISO date (partial where the input is partial) or null.
 */
export function parseDateValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value >= 1900 && value <= 2100) return String(value);
    const d = new Date(value > 1e11 ? value : value * 1000);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  const s = String(value).trim();
  if (!s) return null;
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (y < 1900 || y > 2100) return null;
    if (!m[2]) return String(y);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    if (!m[3]) return `${y}-${pad(mo)}`;
    return isoDay(y, mo, Number(m[3]));
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(s);
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  const header = findHeaderDate(s);
  if (header) return header;
  // Free forms: `ngày 30 tháng 8 năm 2022`, RFC 2822 dates in feeds and HTTP headers.
  const rfc = Date.parse(s);
  if (!Number.isNaN(rfc) && /[a-z]{3}/i.test(s) && /\d{4}/.test(s)) return new Date(rfc).toISOString().slice(0, 10);
  const results = chronoVi().parse(s, new Date(Date.UTC(2000, 0, 1)));
  const first = results[0];
  if (first && first.start.isCertain('year')) {
    const y = first.start.get('year') ?? 0;
    const mo = first.start.isCertain('month') ? first.start.get('month') : null;
    const d = first.start.isCertain('day') ? first.start.get('day') : null;
    if (mo && d) return isoDay(y, mo, d);
    if (mo) return `${y}-${pad(mo)}`;
    return y >= 1900 && y <= 2100 ? String(y) : null;
  }
  return null;
}
