/**
 * The metric key: one normalized string for "the same measured thing", so that a target and an
 * actual meet although their subjects are worded apart:
 *
 *   `phấn đấu đến năm 2025 tỷ lệ hộ nghèo của huyện Tam Dương giảm còn`  (target, 1,5%)
 *   `tỷ lệ hộ nghèo theo chuẩn đa chiều`                                  (actual, 2,1%)
 *      -> both `ty le ho ngheo|percent|%`
 *
 * key = `<subject words>|<kind>|<unit>`:
 *  - subject words: the subject with place names (`huyện Tam Dương`, `tỉnh Thanh Hóa`), numbers
 *    and years removed, cut before the modifiers that say where, when or by which standard
 *    (`theo`, `so với`, `tính đến`, `đến năm`, `giai đoạn`, `trên địa bàn`, `tại`), without
 *    the words that make it a target, a change or a bound (`phấn đấu`, `mục tiêu`, `tăng`, `giảm
 *    còn`, `đạt`, `khoảng`) or that only count (`số`, `tổng số`, `số lượng` at its start); at most
 *    MAX_WORDS syllables, then without diacritics, lower case (`đ` = `d`);
 *  - kind as stored; unit `%` for a percent, the currency with its rate for money (`VND/kg`),
 *    the unit or counted noun without diacritics otherwise (`ha`, `xa`, `nguoi`).
 * Place is not part of the key: `targets_vs_actuals` matches place and key separately.
 * NULL when there is no subject or nothing of it is left. Pure, fast, no database.
 */
import { asciiKey } from '../../extractors/lib/fold.js';

/** Bump when the key changes: stored keys are computed again (db/fts.ts). */
export const METRIC_KEY_VERSION = 1;

const MAX_WORDS = 10;

export type KeyedFigure = { kind: string; unit: string | null; subject: string | null };

// A place in a subject: a level word and capitalized words (`của huyện Tam Dương`,
// `tỉnh Thanh Hóa`, `TP. Hồ Chí Minh`, `thị xã Phú Thọ`). `xã đạt chuẩn` stays (lower case).
const PLACE =
  /(?:^|\s)(?:[cC]ủa\s+|[tT]ại\s+|[ởỞ]\s+)?(?:[tT]ỉnh|[tT]hành phố|TP\.?|[hH]uyện|[qQ]uận|[tT]hị xã|TX\.?|[xX]ã|[pP]hường|[tT]hị trấn|TT\.?)\s*(?:\p{Lu}[\p{L}\p{M}.]*(?:\s+|$))+/gu;
// Time phrases: `đến năm 2025`, `giai đoạn 2021-2025`, `6 tháng đầu năm 2023`, `quý II/2022`.
const TIME =
  /(?:^|\s)(?:(?:đến hết|tính đến|đến|tới|trong|vào|từ|cuối|đầu|giữa|sau|trước|của)\s+)?(?:\d+\s+tháng\s+(?:đầu|cuối)\s+năm|năm|giai đoạn|quý|tháng)(?:\s+(?:[ivx]+\b|\d)[\divx/.\s–-]*)?(?=\s|$)/gu;
// Phrases that mean "the whole place", removed: `toàn tỉnh`, `cả nước`.
const WHOLE_PLACE = /(?:^|\s)(?:toàn|cả)\s+(?:tỉnh|huyện|thành phố|thị xã|xã|quận|phường|nước|vùng)(?=\s|$)/gu;
// Where the measured thing ends and its where/when/standard begins (`tỷ lệ hộ nghèo theo chuẩn
// đa chiều`, `so với cùng kỳ`, `trên địa bàn`): the rest is cut once the subject has begun.
const CUT = /\s(?:theo|so với|cùng kỳ|tính đến|tính từ|trên địa bàn|địa bàn|tại|ở|trong đó)(?:\s|$)/u;
// Compounds whose syllables are also stop words: kept whole (`tăng trưởng` is growth, not `tăng`).
const COMPOUNDS: [RegExp, string][] = [
  [/tăng trưởng/gu, 'tăng_trưởng'],
  [/tăng cường/gu, 'tăng_cường'],
  [/gia tăng/gu, 'gia_tăng'],
  [/giảm nghèo/gu, 'giảm_nghèo'],
  [/có thẩm quyền/gu, 'có_thẩm_quyền'],
];
// Words of targets, changes, bounds and linking, removed wherever they stand.
const STOP_PHRASES = [
  'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'kế hoạch', 'dự kiến', 'dự báo', 'định hướng', 'tầm nhìn', 'đề ra', 'đặt ra',
  'ước đạt', 'ước tính', 'ước', 'tăng thêm', 'giảm thêm', 'giảm còn', 'giảm xuống', 'tăng lên', 'lên tới', 'lên đến',
  'xuống còn', 'ít nhất', 'tối thiểu', 'tối đa', 'trở lên', 'trở xuống', 'không quá', 'xấp xỉ', 'khoảng', 'gần',
  'hơn', 'dưới', 'trên', 'tăng', 'giảm', 'lên', 'xuống', 'còn', 'đạt được', 'đạt', 'phải', 'cần', 'sẽ', 'đã', 'đang',
  'được', 'là', 'có', 'các', 'những', 'toàn bộ', 'thêm', 'với', 'và', 'của', 'cho', 'mỗi', 'bình quân', 'trung bình',
  'hiện nay', 'đến nay', 'hiện', 'nay', 'chiếm', 'tương đương', 'lần lượt', 'đến', 'tới', 'từ',
];
const STOP_WORDS = STOP_PHRASES.sort((a, b) => b.length - a.length).join('|');
const STOP = new RegExp(`(?:^|\\s)(?:${STOP_WORDS})(?=\\s|$)`, 'gu');
const LEADING_STOP = new RegExp(`^(?:${STOP_WORDS}|tổng số lượng|tổng số|số lượng|tổng|số|lượng)(?:\\s+|$)`, 'u');

/** The subject part of the key, or null when nothing is left. */
export function subjectKey(subject: string | null): string | null {
  if (!subject) return null;
  let s = ' ' + subject.normalize('NFC').replace(/\s+/g, ' ') + ' ';
  s = s.replace(PLACE, ' ').toLowerCase();
  s = s.replace(TIME, ' ');
  s = ' ' + s.replace(/[^\p{L}\p{M}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim() + ' ';
  s = s.replace(/\s\S*\p{N}\S*(?=\s)/gu, ' ').replace(WHOLE_PLACE, ' ');
  for (const [re, joined] of COMPOUNDS) s = s.replace(re, joined);
  s = s.replace(/\s+/g, ' ').trim();
  // the words before the measured thing (`phấn đấu`, `số`, `tổng`), then what follows it
  for (let m = LEADING_STOP.exec(s); m && m[0]; m = LEADING_STOP.exec(s)) s = s.slice(m[0].length);
  const cut = CUT.exec(s);
  if (cut && cut.index > 0) s = s.slice(0, cut.index);
  s = (' ' + s + ' ').replace(STOP, ' ').replace(STOP, ' ');
  const words = asciiKey(s.replace(/_/g, ' ')).split(' ').filter(Boolean).slice(0, MAX_WORDS);
  return words.length ? words.join(' ') : null;
}

/** The unit part of the key. */
export function unitKey(kind: string, unit: string | null): string {
  if (kind === 'percent') return '%';
  if (!unit) return '';
  if (kind === 'money') return unit.replace(/\s+/g, '').toUpperCase();
  return asciiKey(unit);
}

/** `subject words|kind|unit`, or null when the figure has no usable subject. */
export function metricKey(f: KeyedFigure): string | null {
  const s = subjectKey(f.subject);
  return s ? `${s}|${f.kind}|${unitKey(f.kind, f.unit)}` : null;
}
