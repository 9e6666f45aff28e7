/**
 * The metric key: one normalized string for "the same measured thing", so that a target and an
 * actual meet although their subjects are worded apart:
 *
 *   `phấn đấu đến năm 2025 tỷ lệ hộ nghèo của huyện Tam Dương giảm còn`  (target, 1,5%)
 *   `tỷ lệ hộ nghèo theo chuẩn đa chiều`                                  (actual, 2,1%)
 *      -> both `ty le ho ngheo|percent|%`
 *
 * key = `<subject words>|<kind>|<unit>`:
 *  - subject words: the subject's syllables without place names (`huyện Tam Dương`), numbers,
 *    time phrases (`đến năm 2025`, `giai đoạn 2021-2025`, `6 tháng đầu năm`), the words that make
 *    it a target, a change or a bound (`phấn đấu`, `mục tiêu`, `tăng`, `giảm còn`, `đạt`,
 *    `khoảng`) and, at its start, the words that only count (`số`, `tổng số`, `số lượng`); cut
 *    before the modifiers that say where or by which standard (`theo`, `so với`, `trên địa bàn`,
 *    `tại`); at most MAX_WORDS syllables, at least MIN_WORDS; without diacritics, lower case, `đ` = `d`;
 *  - kind as stored; unit `%` for a percent, the currency with its rate for money (`VND/KG`),
 *    the unit or counted noun without diacritics otherwise (`ha`, `xa`, `nguoi`).
 * Place is not part of the key: `targets_vs_actuals` matches place and key separately.
 * NULL when there is no subject or nothing of it is left.
 *
 * It runs for every figure (pipeline/analyze.ts), so it works on syllables with set lookups
 * (one regex for places, a char-code loop to split), not on the string with many regexes.
 */
import { asciiKey } from '../../extractors/lib/fold.js';

/** Bump when the key changes: stored keys are computed again (db/fts.ts refreshMetricKeys). */
export const METRIC_KEY_VERSION = 4;

const MAX_WORDS = 10;
const MIN_WORDS = 2;

export type KeyedFigure = { kind: string; unit?: string | null; subject: string | null };

// A place in a subject: a level word and capitalized words (`của huyện Tam Dương`,
// `tỉnh Thanh Hóa`, `TP. Hồ Chí Minh`, `thị xã Phú Thọ`). `xã đạt chuẩn` stays (lower case).
const LEVEL_HINT = /[tT]ỉnh|[tT]hành phố|TP|[hH]uyện|[qQ]uận|[tT]hị|TX|[xX]ã|[pP]hường|TT/;
const PLACE =
  /(?:[cC]ủa\s+|[tT]ại\s+|[ởỞ]\s+)?(?:[tT]ỉnh|[tT]hành phố|TP\.?|[hH]uyện|[qQ]uận|[tT]hị xã|TX\.?|[xX]ã|[pP]hường|[tT]hị trấn|TT\.?)\s*(?:\p{Lu}[\p{L}\p{M}.]*(?:\s+|$))+/gu;

/** Phrases as syllable lists, looked up by their first syllable, longest first. */
function phrases(list: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of list) {
    const w = p.split(' ');
    const first = w[0]!;
    m.set(first, [...(m.get(first) ?? []), w].sort((a, b) => b.length - a.length));
  }
  return m;
}

/** Length of the phrase of `set` that starts at `i`, or 0. */
function at(set: Map<string, string[][]>, w: string[], i: number): number {
  const cands = set.get(w[i]!);
  if (!cands) return 0;
  next: for (const p of cands) {
    if (i + p.length > w.length) continue;
    for (let k = 1; k < p.length; k++) if (w[i + k] !== p[k]) continue next;
    return p.length;
  }
  return 0;
}

// Time words that go with a number next to them: `năm 2025`, `giai đoạn 2021-2025`,
// `6 tháng đầu năm`, `quý II`, `nhiệm kỳ 2020-2025`.
const TIME = phrases(['năm', 'giai đoạn', 'quý', 'tháng', 'tháng đầu năm', 'tháng cuối năm', 'nhiệm kỳ', 'kỳ']);
// Words before a time phrase that go with it: `đến năm`, `tính đến hết năm`, `trong giai đoạn`.
const TIME_LEAD = new Set(['đến', 'hết', 'tính', 'tới', 'trong', 'vào', 'từ', 'cuối', 'đầu', 'giữa', 'sau', 'trước', 'của', 'cả']);
const ROMAN = /^[ivx]+$/;
// Where the measured thing ends and its where/when/standard begins (`tỷ lệ hộ nghèo theo chuẩn
// đa chiều`, `so với cùng kỳ`, `trên địa bàn`): the rest is cut once the subject has begun.
const CUT = phrases(['theo', 'so với', 'cùng kỳ', 'tính đến', 'tính từ', 'trên địa bàn', 'địa bàn', 'tại', 'ở', 'trong đó', 'năm nay', 'năm trước']);
// Compounds whose syllables are also stop words: kept whole (`tăng trưởng` is growth, not `tăng`).
const COMPOUND = phrases(['tăng trưởng', 'tăng cường', 'gia tăng', 'giảm nghèo', 'có thẩm quyền', 'thu nhập']);
// Words of targets, changes, bounds and linking, removed wherever they stand; `toàn tỉnh`, `cả nước`.
const STOP = phrases([
  'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'kế hoạch', 'dự kiến', 'dự báo', 'định hướng', 'tầm nhìn', 'đề ra', 'đặt ra',
  'ước đạt', 'ước tính', 'ước', 'tăng thêm', 'giảm thêm', 'giảm còn', 'giảm xuống', 'tăng lên', 'lên tới', 'lên đến',
  'xuống còn', 'ít nhất', 'tối thiểu', 'tối đa', 'trở lên', 'trở xuống', 'không quá', 'xấp xỉ', 'khoảng', 'gần',
  'hơn', 'dưới', 'trên', 'tăng', 'giảm', 'lên', 'xuống', 'còn', 'đạt được', 'đạt', 'phải', 'cần', 'sẽ', 'đã', 'đang',
  'được', 'là', 'có', 'các', 'những', 'toàn bộ', 'thêm', 'với', 'và', 'của', 'cho', 'mỗi', 'bình quân', 'trung bình',
  'hiện nay', 'đến nay', 'hiện', 'nay', 'chiếm', 'tương đương', 'lần lượt', 'đến', 'tới', 'từ',
  'của tỉnh', 'của huyện', 'của thành phố', 'của thị xã', 'của xã', 'của quận', 'của phường', 'của thị trấn',
  'toàn tỉnh', 'toàn huyện', 'toàn thành phố', 'toàn thị xã', 'toàn xã', 'toàn quận', 'toàn quốc', 'cả nước', 'cả tỉnh', 'cả huyện',
]);
// Counting words at the start: `số xã đạt chuẩn` = `xã đạt chuẩn`; `tổng vốn` = `vốn`.
const LEADING_COUNT = phrases(['tổng số lượng', 'tổng số', 'số lượng', 'tổng', 'số', 'lượng']);

const hasDigit = (w: string | undefined) => w !== undefined && /\d/.test(w);

// One lookup per syllable says which lists a phrase may start with it in.
const [IS_TIME, IS_LEAD, IS_CUT, IS_COMPOUND, IS_STOP, IS_COUNT] = [1, 2, 4, 8, 16, 32];
const ROLE = new Map<string, number>();
const lists: [Map<string, string[][]> | Set<string>, number][] = [
  [TIME, IS_TIME], [TIME_LEAD, IS_LEAD], [CUT, IS_CUT], [COMPOUND, IS_COMPOUND], [STOP, IS_STOP], [LEADING_COUNT, IS_COUNT],
];
for (const [list, bit] of lists) for (const k of list.keys()) ROLE.set(k, (ROLE.get(k) ?? 0) | bit);
const role = (w: string) => ROLE.get(w) ?? 0;

// Syllables looked at: the key keeps MAX_WORDS of them, and a subject may be a long clause.
const MAX_SYLLABLES = 32;
const MAX_CHARS = 200;

/** Letters, marks and digits in runs, split at anything else (a char-code loop: regexes with
 * Unicode classes cost more than the rest of the key). */
function syllables(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length && out.length < MAX_SYLLABLES; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const word = c < LATIN_END ? WORD_CHAR[c] === 1 : !SEPARATOR.test(s[i]!);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}
const SEPARATOR = /[^\p{L}\p{M}\p{N}]/u;
const COMBINING = /[\u0300-\u036f]/;
// Vietnamese letters, combining marks and Latin punctuation all lie below U+2000: a table.
const LATIN_END = 0x2000;
const WORD_CHAR = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) WORD_CHAR[c] = SEPARATOR.test(String.fromCharCode(c)) ? 0 : 1;

/** The subject part of the key, or null when nothing is left. */
export function subjectKey(subject: string | null): string | null {
  if (!subject) return null;
  let s = subject.length > MAX_CHARS ? subject.slice(0, MAX_CHARS) : subject;
  // stored subjects are slices of NFC text; normalize() costs as much as the rest, so only on need
  if (COMBINING.test(s)) s = s.normalize('NFC');
  // (the place pattern only when a level word is there at all: it is the costliest step)
  const words = syllables((LEVEL_HINT.test(s) ? s.replace(PLACE, ' ') : s).toLowerCase());
  if (!words.length) return null;
  const digits = /\d/.test(subject);
  // 1. numbers, and time phrases with a number beside them (with the words that lead them in)
  const w: string[] = [];
  const roles: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (digits && hasDigit(t)) continue;
    const r = role(t);
    if (r & IS_TIME) {
      const n = at(TIME, words, i);
      // (never read outside the array: V8 slows down a lot on `words[-1]`)
      const after = i + n < words.length ? words[i + n] : undefined;
      const before = i > 0 ? words[i - 1] : undefined;
      const roman = t === 'quý' && after !== undefined && ROMAN.test(after);
      if (n && (roman || (digits && (hasDigit(after) || hasDigit(before))))) {
        while (roles.length && roles[roles.length - 1]! & IS_LEAD) {
          w.pop();
          roles.pop();
        }
        i += n - 1 + (roman ? 1 : 0);
        continue;
      }
    }
    w.push(t);
    roles.push(r);
  }
  // 2. compounds kept whole, then the words before the measured thing, then the cut
  const joined: string[] = [];
  const jroles: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const n = roles[i]! & IS_COMPOUND ? at(COMPOUND, w, i) : 0;
    joined.push(n ? w.slice(i, i + n).join('_') : w[i]!);
    jroles.push(n ? 0 : roles[i]!);
    if (n) i += n - 1;
  }
  let start = 0;
  while (start < joined.length) {
    const r = jroles[start]!;
    const n = (r & IS_STOP ? at(STOP, joined, start) : 0) || (r & IS_COUNT ? at(LEADING_COUNT, joined, start) : 0);
    if (!n) break;
    start += n;
  }
  const kept: string[] = [];
  let count = 0;
  for (let i = start; i < joined.length && count < MAX_WORDS; i++) {
    const r = jroles[i]!;
    if (r & IS_CUT && i > start && at(CUT, joined, i)) break;
    const n = r & IS_STOP ? at(STOP, joined, i) : 0;
    if (n) {
      i += n - 1;
      continue;
    }
    const word = joined[i]!;
    if (!word.includes('_')) {
      kept.push(asciiSyllable(word));
      count++;
    } else for (const part of word.split('_')) if (count++ < MAX_WORDS) kept.push(asciiSyllable(part));
  }
  // one syllable (`người`, `xã`) says what is counted, not which measure: too weak to match on
  return kept.length >= MIN_WORDS ? kept.join(' ') : null;
}

/** `fold` computed once per distinct string (up to `limit` of them are kept). */
function once(fold: (s: string) => string, limit: number): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = fold(s);
      if (seen.size < limit) seen.set(s, v);
    }
    return v;
  };
}

// A syllable without diacritics, character by character: what `asciiKey(syllable)` keeps of each
// one, without its spaces (`người` -> `nguoi`). Each character's part is computed the first time
// it is met; characters from U+2000 on (rare in a syllable) take the whole-string way. (Keys
// measured 12% cheaper than with a cache of the syllables' folds, a map of some 50,000 strings.)
const CHAR_ASCII: (string | undefined)[] = new Array<string | undefined>(0x2000).fill(undefined);
export function asciiSyllable(syllable: string): string {
  let out = '';
  for (let i = 0; i < syllable.length; i++) {
    const c = syllable.charCodeAt(i);
    if (c >= 0x2000) return asciiKey(syllable).replace(/ /g, '');
    out += CHAR_ASCII[c] ??= asciiKey(String.fromCharCode(c)).replace(/ /g, '');
  }
  return out;
}
// A few hundred units make most figures (`người`, `xã`, `ha`).
const asciiUnit = once(asciiKey, 10_000);

/** The unit part of the key. */
export function unitKey(kind: string, unit: string | null): string {
  if (kind === 'percent') return '%';
  if (!unit) return '';
  if (kind === 'money') return unit.replace(/\s+/g, '').toUpperCase();
  return asciiUnit(unit);
}

/** `subject words|kind|unit`, or null when the figure has no usable subject. */
export function metricKey(f: KeyedFigure): string | null {
  const s = subjectKey(f.subject);
  return s ? `${s}|${f.kind}|${unitKey(f.kind, f.unit ?? null)}` : null;
}
