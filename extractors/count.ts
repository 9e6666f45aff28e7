/**
 * Counts of things, the default reading of a number that no other extractor claimed:
 * `182 cơ quan`, `1.057 người`, `13 xã, thị trấn`, `hai dự án`, `1,5 triệu cổ phần`,
 * and bare numbers in copular frames (`mức độ 3 là 12;`, `lên đến hơn 81.000.`).
 * unit = the counted noun as written (its first words, up to a verb or preposition).
 */
import type { Extractor } from './lib/extractor.js';
import { readRate } from './lib/extractor.js';
import { after, before, wordsAfter, wordsBefore } from './lib/context.js';
import { NOUN_STOP } from './lib/units.js';

const STOP_LED_NOUNS = new Set([
  'đề án', 'đề tài', 'đề thi', 'thành viên', 'thành phố', 'thành phần', 'chi nhánh', 'chi bộ', 'chi hội', 'chi cục',
  'bảo tàng', 'hoàn cảnh', 'tiếp viên', 'thu ngân', 'bảo vệ', 'chọn lựa', 'trực ban', 'cung đường', 'chỉ tiêu',
]);
const TIME_NOUN = /^\s(năm|tháng|ngày|tuần) (nay|ngoái|này|qua|trước|tới|sau)(?![\p{L}])/u;

// After `1 <noun>`: a measure of that one thing (`1 quả tầm 300g`, `1 quả từ 20 - 30g`, `1 nhánh 1 chùm`).
const PER_ONE = /^\s*[(:=]?\s*((tầm|từ|khoảng|chừng|nặng|dài|cao|rộng|giá)\s+)?\d/;

// Words before a number that make it an ordinal or a rank the rank extractor did not take.
const ORDINAL_BEFORE = new Set(['thứ', 'top', 'hạng', 'nhóm']);

// Words right before a bare number that make it a figure.
const BARE_FRAME = new Set([
  'là', 'đạt', 'trên', 'hơn', 'gần', 'khoảng', 'chỉ', 'còn', 'lên', 'xuống', 'tới', 'đến', 'từ', 'có', 'gồm', 'cả',
  'phải', 'tổng', 'được', 'chừng', 'tầm', 'xỉ', 'ước', 'quá', 'dưới', 'nhất', 'đa', 'thiểu', 'thêm', 'tăng', 'giảm',
  'vượt', 'mất', 'số', 'ngót', 'cộng', 'bằng', 'chiếm', 'ngưỡng', 'mức',
  // verbs of administrative reports, by their last syllable: `đã giải quyết 1.200`, `tiếp nhận 350`
  'quyết', 'nhận', 'lý', 'cấp', 'thu', 'chi', 'trợ', 'tuyển', 'đón', 'tra', 'hiện', 'bắt', 'giữ', 'trao',
  'tặng', 'khám', 'ký',
]);

function inBareFrame(f: string, start: number): boolean {
  if (/[:=]\s*$/.test(before(f, start, 4))) return true;
  if (BARE_FRAME.has(wordsBefore(f, start, 1)[0] ?? '')) return true;
  // the clause opens with what is counted: `Tổng số hồ sơ tiếp nhận 1.234`, `Số hộ nghèo toàn huyện 345`
  const b = before(f, start, 80);
  const clause = b.slice(Math.max(b.lastIndexOf(','), b.lastIndexOf(';'), b.lastIndexOf('.'), b.lastIndexOf('\n'), b.lastIndexOf('(')) + 1);
  return COUNT_SUBJECT.test(clause) && !/\d/.test(clause);
}

// (not names: `Tổng đài 8085`, `số điện thoại 113`, `số nhà 12`)
const COUNT_SUBJECT = /^\s*(?:tổng số|số lượng|số(?! (?:điện thoại|nhà|hiệu|hóa|hoá|tài khoản|báo danh|phòng|xe|máy|hotline|fax|đt)(?![\p{L}])))\s+\p{L}/u;

export const count: Extractor = {
  name: 'count',
  claim(e, ctx) {
    if (e.kind === 'ratio' || e.kind === 'colon-ratio') return null;
    const { f } = ctx;
    const w = wordsBefore(f, e.start, 1)[0] ?? '';
    if (ORDINAL_BEFORE.has(w)) return null;
    if (!Number.isFinite(e.value)) return null;
    // a date follows (`trong 2 ngày 22 - 23/5`): a time phrase
    if (/^\s?(ngày|tháng|năm)\s+\d/.test(after(f, e.end, 12))) return null;
    // (a number that shares the unit of the next one reads its noun there: `1,2 và 1,5 triệu người`)
    const words = wordsAfter(f, e.unitAt ?? e.end, 5);
    const noun: string[] = [];
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      // nouns whose first syllable is also a verb or a particle: `43 đề án`, `19 thành viên`
      if (NOUN_STOP.has(word) && STOP_LED_NOUNS.has(`${word} ${words[k + 1] ?? ''}`)) {
        noun.push(word, words[++k]!);
        continue;
      }
      if (NOUN_STOP.has(word) || /^\d/.test(word)) break;
      noun.push(word);
      if (noun.length >= 4) break;
    }
    // `đạt 83 triệu năm nay`: a time phrase, not the counted noun
    if (noun.length && TIME_NOUN.test(after(f, e.end, 16))) noun.length = 0;
    // tiers of government are structure, not statistics: `liên thông 4 cấp`, `2 cấp huyện, xã`
    if (noun[0] === 'cấp') return null;
    let unit = noun.length ? noun.join(' ') : undefined;
    // things per unit are a rate, a quantity: `13-20 con/kg`, `8 bác sĩ/10 ngàn dân`
    let perUnit = false;
    // A spelled number needs its noun (`hai dự án`); a lone word is not a figure.
    if (e.spelled && !unit) return null;
    if (unit) {
      const nounEnd = f.indexOf(noun[noun.length - 1]!, e.unitAt ?? e.end) + noun[noun.length - 1]!.length;
      // one of a thing described by a measure is no count: `1 quả tầm 300g`, `1 nhánh 1 chùm`
      if (e.value === 1 && e.kind === 'number' && !e.spelled && PER_ONE.test(after(f, nounEnd, 24))) return null;
      const rate = readRate(after(f, nounEnd, 30));
      if (rate) {
        unit += rate.unit;
        perUnit = true;
      }
    }
    // A bare number (no counted noun) is a figure only in a frame that makes it one: `TTHC đạt
    // mức độ 3 là 12`, `lên đến hơn 81.000`, `năm 2022: 94`; not a score, a table cell, a list
    // item, an age or a name (`(2-6, 7-6, 6-4)`, `Sài Gòn 15 5 4 6`, `ở tuổi 66`, `Cars 3`).
    if (!unit && !inBareFrame(f, e.start)) return null;
    // A fraction without a magnitude is no count of things: `1,5 giáo viên/lớp` is a quantity.
    const fractional = !Number.isInteger(e.value) && !e.magnitude;
    const isRange = e.kind === 'range';
    return {
      kind: fractional || perUnit ? 'quantity' : 'count',
      value: e.value,
      ...(isRange && e.valueMax !== undefined ? { valueMax: e.valueMax } : {}),
      ...(unit ? { unit } : {}),
      qualifier: isRange ? 'range' : 'exact',
      span: { start: e.start, end: e.end },
      extractor: 'count',
    };
  },
};
