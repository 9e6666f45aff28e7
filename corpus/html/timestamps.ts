/**
 * Publication times as pages write them, to one ISO form: `2026-03-07T08:01:53+07:00` when the
 * page gives a zone (converted to Vietnam time, so the date is the one readers saw), else local
 * `2026-03-07T08:47` as shown, or a bare date `2012-12-25`. corpus/dates.ts reads the date part.
 * Pure functions; null when the text holds no usable time.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const VN_OFFSET_MIN = 7 * 60;

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
}

function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 61;
}

type Parts = { y: number; m: number; d: number; h?: number; mi?: number; s?: number; offsetMin?: number };

/** Formats parts; a zone is applied by moving the time to UTC+7. */
export function formatParts(p: Parts): string | null {
  if (!validDay(p.y, p.m, p.d)) return null;
  if (p.h === undefined || p.mi === undefined) return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  const s = p.s ?? 0;
  if (!validTime(p.h, p.mi, s)) return null;
  const secs = p.s !== undefined ? `:${pad(p.s)}` : '';
  if (p.offsetMin === undefined) return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}${secs}`;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, s) + (VN_OFFSET_MIN - p.offsetMin) * 60000);
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  return `${date}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}${secs}+07:00`;
}

function offsetMinutes(z: string | undefined): number | undefined {
  if (!z) return undefined;
  if (/^(z|gmt|utc)$/i.test(z)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

// Machine forms from meta tags and JSON-LD:
//   `2026-03-07T08:01:53+07:00`  `2026-03-07T08:52:11.000 +07:00`  `2012-12-23T14:02+07:00`
//   `2026-03-07 08:07`  `2026-03-07T00:01:00`  `2012-12-25`  `2026-03-07T01:01:53Z`
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?)?$/i;

/** A machine-readable timestamp (ISO 8601, epoch seconds, RFC 2822) -> normalised ISO, or null. */
export function normalizeTimestamp(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  const m = ISO.exec(s);
  if (m) {
    const p: Parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (m[4] !== undefined) {
      p.h = Number(m[4]);
      p.mi = Number(m[5]);
      if (m[6] !== undefined) p.s = Number(m[6]);
      p.offsetMin = offsetMinutes(m[7]);
    }
    return formatParts(p);
  }
  // `1772843936`: epoch seconds (VnExpress's article_updatetime).
  if (/^\d{10}$/.test(s)) return fromDate(new Date(Number(s) * 1000));
  // `Sat, 07 Mar 2026 08:01:53 +0700`: feeds and HTTP dates.
  if (/^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return fromDate(new Date(t));
  }
  return parseVisibleDate(s);
}

function fromDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return formatParts({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), offsetMin: 0 });
}

export type DateOrder = 'dmy' | 'mdy';

// A date as Vietnamese pages show it, day first: `07/03/2026`, `24/12/12`, `19.12.2012`, `26-12-2012`.
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]*\d)/;
// `ngày 07 tháng 03 năm 2026`, `Ngày 7 tháng 3, 2026`
const WORDED_DATE = /(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})/i;
// A time beside it: `08:47`, `10:18:05`, `8h07`, `03:04 AM`, `11:05 tối`, `10g30`
const TIME = /(?<![\d:])(\d{1,2})\s*(?::|h|g)\s*(\d{2})(?::(\d{2}))?(?!\d)\s*(am|pm|sa|ch|sáng|trưa|chiều|tối|đêm)?/i;
// `GMT+7`, `(GMT+07:00)`, `UTC+7`
const ZONE = /\b(?:gmt|utc)\s*([+-]\s*\d{1,2}(?::?\d{2})?)/i;

/**
 * A date line as shown on a page: `Thứ bảy, 07/03/2026 - 08:07`, `- 07/03/2026 08:47`,
 * `Thứ năm, 20/12/2012, 10:18 GMT+7`, `Cập nhật thứ hai, ngày 24/12/12 11:05 tối`,
 * `Thứ Bảy, Ngày 07 tháng 03 năm 2026`. Day before month unless `order` says the page writes
 * month first (`Published on 03-08-2011`, on a site whose other dates read `12-27-2012`).
 */
export function parseVisibleDate(text: string, order: DateOrder = 'dmy'): string | null {
  const s = text.replace(/\s+/g, ' ');
  if (s.length > 160) return null;
  let p: Parts | null = null;
  let rest = s;
  const n = NUMERIC_DATE.exec(s);
  if (n) {
    const a = Number(n[1]);
    const b = Number(n[3]);
    const y = n[4]!.length === 2 ? 2000 + Number(n[4]) : Number(n[4]);
    const [d, m] = order === 'mdy' ? [b, a] : [a, b];
    p = { y, m, d };
    rest = s.slice(0, n.index) + ' ' + s.slice(n.index + n[0].length);
  } else {
    const w = WORDED_DATE.exec(s);
    if (w) {
      p = { y: Number(w[3]), m: Number(w[2]), d: Number(w[1]) };
      rest = s.slice(0, w.index) + ' ' + s.slice(w.index + w[0].length);
    }
  }
  if (!p) return null;
  const t = TIME.exec(rest);
  if (t) {
    let h = Number(t[1]);
    const mer = (t[4] ?? '').toLowerCase();
    if ((mer === 'pm' || mer === 'ch' || mer === 'chiều' || mer === 'tối') && h < 12) h += 12;
    if ((mer === 'am' || mer === 'sa') && h === 12) h = 0;
    if (mer === 'đêm' && h === 12) h = 0;
    p.h = h;
    p.mi = Number(t[2]);
    if (t[3] !== undefined) p.s = Number(t[3]);
    const z = ZONE.exec(rest);
    if (z) p.offsetMin = offsetMinutes(z[1]!.replace(/\s+/g, ''));
  }
  return formatParts(p);
}

/**
 * The order a page writes numeric dates in: month first only when some date on the page can
 * only be read month first (`12-27-2012`) and none can only be read day first (`27-12-2012`).
 */
export function pageDateOrder(text: string): DateOrder {
  let dmyOnly = 0;
  let mdyOnly = 0;
  const re = new RegExp(NUMERIC_DATE.source, 'g');
  for (const m of text.matchAll(re)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmyOnly++;
    else if (b > 12 && a <= 12) mdyOnly++;
  }
  return mdyOnly > 0 && dmyOnly === 0 ? 'mdy' : 'dmy';
}
