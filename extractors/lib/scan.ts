/**
 * Finds the number expressions of a text that may be figures: digits with their magnitude
 * (`1,2 triệu`), ranges (`20-25`, `từ 1.000 đến 2.000`), ratios (`13/13`), chains
 * (`25 – 40 – 70 – 100.000`), spelled-out numbers (`hai mươi lăm`). What follows them
 * (%, a currency, a measure, a noun) is for the extractors to read.
 *
 * Numbers that are not figures never leave this file (VIETNAMESE.md §1.11): dates
 * (`30/8/2022`, `10-11-2021`), clock times (`7:46`, `10h30`), document numbers (`93-KH/HU`,
 * `Nghị quyết số 51`, `đề án 06`), labels (`mức độ 3`, `quận 1`, `lớp 6`), names with digits
 * (`4G`, `Covid-19`, `công nghiệp 4.0`), years (`năm 2022`, `2021 - 2025`), phone numbers,
 * list markers (`1.` at a line start).
 */
import type { Context } from './context.js';
import { wordsBefore, wordsAfter, before, after } from './context.js';
import { parseDigits, readMagnitude, parseSpelled, NUMBER_WORDS } from './numbers.js';
import { CURRENCIES, MEASURES, NOUN_STOP } from './units.js';
import { isLetter, isUpper, isWordChar } from './fold.js';

// `N tuần nay`, `N năm qua`, `N tháng tới`, `N ngày trước`, `N năm gần đây`, `N tháng đạt` (a period as subject)
const TIME_WINDOW = /^\s*(ngày|tuần|tháng|năm)\s+(nay|qua|tới|trước|sau|nữa|vừa qua|vừa rồi|gần đây|trở lại đây|liền|liên tiếp|đạt|ước đạt|ước tính)(?![\p{L}])/u;

export type NumExpr = {
  /** Start of the expression (first digit or number word). */
  start: number;
  /** End of the number text, magnitude included; for a range, the end of its second number. */
  end: number;
  value: number;
  valueMax?: number;
  total?: number;
  /** The digits of the first number as written (folded). */
  token: string;
  spelled: boolean;
  /** A magnitude word (`triệu`, `nghìn tỷ`) is part of the number. */
  magnitude: boolean;
  kind: 'number' | 'range' | 'ratio' | 'colon-ratio';
  /** For a member of a chain `25 – 40 – 70 – 100.000 đồng`: where the shared unit starts. */
  unitAt?: number;
  /** Text between the first number and the range connector (`%`, `đồng`), if a unit sat there. */
  innerUnit?: string;
  /** A qualifier word inside a range (`200 đến hơn 450`). */
  innerQualifier?: string;
};

/**
 * Every NumExpr is made here, with all its fields in one order (absent ones undefined): the
 * extractors read them at sites that V8 optimizes for the object shapes seen so far, and a
 * new shape (a field set only on some) throws that code away, to be compiled again, in every
 * worker thread.
 */
function expr(e: Pick<NumExpr, 'start' | 'end' | 'value' | 'token' | 'spelled' | 'magnitude' | 'kind'> & Partial<NumExpr>): NumExpr {
  return {
    start: e.start,
    end: e.end,
    value: e.value,
    valueMax: e.valueMax,
    total: e.total,
    token: e.token,
    spelled: e.spelled,
    magnitude: e.magnitude,
    kind: e.kind,
    unitAt: e.unitAt,
    innerUnit: e.innerUnit,
    innerQualifier: e.innerQualifier,
  };
}

const ATOM = /\d+(?:[.,]\d+)*/g;

// A measure right after the number (`nhà 32 m2`, `nâng cấp 14.030m`): then a label word before it is no label.
const MEASURE_FOLLOWS = /^\s?(m2|m²|m3|km2|km|ha|héc-ta|hecta|kg|tấn|tạ|lít|mét|m|cm|mm|g|gram)(?![\p{L}\p{N}])/u;

// Words before a number that make it a label, an identifier or a time, not a figure.
// `mức độ 3`, `quận 1`, `lớp 6`, `Vành đai 3`, `Nghị quyết 51`, `năm 2022`, `tháng 5`.
const LABELS_1 = new Set([
  'lớp', 'khối', 'quận', 'phường', 'thôn', 'tổ', 'khu', 'ấp', 'xóm', 'bản', 'đội', 'đường', 'phố', 'khóa', 'khoá',
  'phiên', 'điều', 'khoản', 'chương', 'mục', 'tầng', 'phòng', 'lô', 'sân', 'cổng', 'đợt', 'năm', 'tháng', 'quý',
  'ngày', 'lúc', 'phút', 'km', 'mã', 'model', 'iphone', 'galaxy', 'windows', 'ios', 'android', 'bảng', 'trang',
  'hình', 'clip', 'kênh', 'cấp', 'lần', 'bậc', 'câu', 'bài', 'tập', 'kỳ', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'tuyến',
  'cửa', 'bến', 'nhà', 'căn', 'chung', 'giờ', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'mùng', 'mồng', 'hôm',
  'tuần', 'version', 'phiên bản', 'luật', 'nghị', 'pin', 'gen', 'vòng', 'bước', 'hạng', 'thứ', 'top', 'hồ', 'nhóm',
  'đề', 'khóa', 'tiêu', 'chỉ', 'dự', 'gói', 'block', 'tòa', 'toà', 'buồng', 'giường', 'ga', 'phân', 'dãy', 'loại',
  'hiệp', 'mạch',
]);
const LABELS_2 = new Set([
  'mức độ', 'cấp độ', 'khu phố', 'dân phố', 'quốc lộ', 'tỉnh lộ', 'vành đai', 'phụ lục', 'số nhà', 'căn hộ',
  'giai đoạn', 'đề án', 'chương trình', 'nghị quyết', 'quyết định', 'nghị định', 'thông tư', 'chỉ thị', 'công văn',
  'kế hoạch', 'tờ trình', 'thông báo', 'báo cáo', 'phương án', 'tiêu chí', 'chỉ số', 'mục tiêu', 'tuyến đường',
  'hương lộ', 'đường số', 'lô số', 'khu vực', 'độ tuổi', 'giải pháp', 'nhiệm vụ', 'dự án', 'sư đoàn', 'trung đoàn', 'tiểu đoàn', 'quân khu',
  'quân đoàn', 'bệnh viện', 'trường', 'nhà máy', 'bến xe', 'đại hội', 'hội nghị', 'cuộc thi', 'mùa giải', 'bảng xếp',
  'lữ đoàn', 'đại đội', 'hải đội', 'binh đoàn', 'thế kỷ', 'thế kỉ', 'ví dụ', 'bán kết', 'tứ kết',
]);
// Nouns a number after which names one of them unless a counted noun follows: `bệnh nhân 2899`,
// `BN 91`, `lương tối thiểu vùng 1 năm 2017`; but `bệnh nhân 3 lần ngừng tim`, `vùng 12 hải lý`.
const NAMED_BY_NUMBER_1 = new Set(['bn', 'vùng']);
const NAMED_BY_NUMBER_2 = new Set(['bệnh nhân', 'ca bệnh', 'kỳ quay', 'mở thưởng']);
// ... where these words after the number do not count anything (`bệnh nhân 2899 người Hà Nam`)
const NOT_COUNTED_AFTER = /^ (năm|tháng|ngày|người|tăng|giảm|lên|xuống|mới|từ|khi|vì|nên|bị|tiếp)(?![\p{L}])/u;

// The day of the week: `sáng thứ 7 tuần trước`, `vào thứ 2`, `từ thứ 2 đến thứ 6` (but `xếp thứ 7`).
const WEEKDAY_BEFORE = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'khuya', 'hôm', 'ngày', 'vào', 'mỗi', 'các', 'hằng', 'hàng', 'từ', 'đến', 'tới', 'và', 'hoặc', 'cuối']);
const DIVISION_MOVES = new Set(['xuống', 'lên', 'trụ', 'thăng', 'rớt', 'tụt']);
const RANK_VERBS = new Set(['xếp', 'đứng', 'hạng', 'về', 'giữ', 'lên', 'xuống', 'tụt', 'vươn']);
const WEEKDAY_AFTER = /^ (tuần|này|tới|vừa|trước|hàng|hằng|ngày|\(ngày|\(\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2})(?![\p{L}])/u;
const TIME_LABELS = new Set(['tháng', 'năm', 'quý', 'tuần', 'giờ', 'phút', 'số', 'kỳ', 'khóa', 'khoá', 'đợt']);

// Training levels are nouns: `sơ cấp 13.464 người`, `trung cấp 664 người`.
const LEVEL_NOUNS = new Set(['sơ cấp', 'trung cấp', 'cao cấp', 'nâng cấp']);

// Level words that only label when they are not a figure themselves (`hạng`, `thứ`, `top`, `nhóm`
// feed the rank extractor; `chỉ` is `chỉ 2 người`: only). Kept out of LABELS_1 lookups below.
const NOT_LABEL_WHEN_QUALIFIED = new Set(['chỉ', 'dự', 'đề', 'tiêu', 'nghị', 'trường', 'hạng', 'thứ', 'top', 'nhóm']);

const LIST_LABELS = ['bệnh nhân', 'mức độ', 'cấp độ', 'lớp', 'khối', 'quận', 'phường', 'ngày', 'tháng', 'quý', 'khóa', 'điều', 'khoản', 'tầng', 'loại', 'hạng', 'thứ', 'tổ', 'thôn', 'đợt', 'giai đoạn', 'năm'];
const LIST_TAIL = /\d(, ?| và | hoặc )$/;
const LABEL_LIST = new RegExp(String.raw`(?<![\p{L}])(${LIST_LABELS.join('|')}) \d[\d.]*((, ?| và | hoặc | - )\d[\d.]*)*(, ?| và | hoặc )$`, 'u');

// A counted noun after a range (`từ 3-4 người`): then `3-4` is no day and month.
const NOUN_AFTER_RANGE = /^\s+(?!(tại|ở|và|của|năm|đến|tới|vừa|qua|này|hằng|hàng|là|có|sẽ|đã|về|với|cho|khi|thì|mà|theo|trong|nhưng|được|bị|lúc|để)(?![\p{L}]))[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/u;

// A lower-case word that is not a particle follows: `mức độ 3 và 57 thủ tục` counts procedures.
const NOUN_FOLLOWS = /^ (?!(của|tại|ở|và|là|đã|được|với|do|thuộc|có|trong|trên|đến|cho|theo|sẽ|đang|tập)(?![\p{L}]))[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/u;

// `số 51` is a number label unless it is `con số`, `tổng số`, `trong số`... (`tổng số 90 người`)
const SO_KEEP = new Set(['con', 'tổng', 'trong', 'với', 'có', 'gồm', 'lượng', 'sổ', 'tổng cộng', 'ở', 'trên', 'là']);

// A number that a qualifier or verb introduces is a figure even if it looks like a year (`hơn 2000 người`).
const YEAR_AS_FIGURE_BEFORE = new Set(['hơn', 'trên', 'khoảng', 'gần', 'dưới', 'có', 'với', 'gồm', 'tổng', 'xấp', 'xỉ', 'đạt', 'được', 'chừng', 'tầm', 'ước']);

// Cues that make `d/m` a date: `ngày 3/3`, `sáng 3/3`, `từ 25/12`.
const DATE_CUES = new Set([
  'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'lúc', 'mùng',
  'mồng', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'nhật', 'qua', 'khuya', 'rạng', 'hết', 'tính', 'cuối', 'đầu', 'là',
]);

// Spelled numbers start with a digit word (`hai`, `mười`, `một trăm`, `nửa triệu`); the words of
// the run after it are read one by one. Found by one pass of a literal alternation, word
// boundaries checked by character code: a lookbehind with Unicode classes was five times slower.
const STARTS = /một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|nửa/g;
const NEXT_WORD = /[\p{L}\p{M}]+/uy;


/** Runs of number words separated by single spaces: [start, end, words]. */
function numberWordRuns(f: string): Array<[number, number, string[]]> {
  const starts: number[] = [];
  STARTS.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = STARTS.exec(f))) {
    if (!isWordChar(f, s.index - 1) && !isWordChar(f, s.index + s[0].length)) starts.push(s.index);
  }
  const runs: Array<[number, number, string[]]> = [];
  let covered = -1;
  for (const s of starts) {
    if (s < covered) continue;
    const words: string[] = [];
    let end = s;
    let pos = s;
    for (;;) {
      NEXT_WORD.lastIndex = pos;
      const m = NEXT_WORD.exec(f);
      if (!m || !NUMBER_WORDS.has(m[0]) || isWordChar(f, pos + m[0].length)) break;
      words.push(m[0]);
      end = pos + m[0].length;
      if (f[end] !== ' ') break;
      pos = end + 1;
    }
    if (!words.length) continue;
    runs.push([s, end, words]);
    covered = end;
  }
  return runs;
}

// A spelled number is a figure only before a noun and outside these frames.
const SPELLED_SKIP_BEFORE = new Set([
  'thứ', 'tháng', 'quý', 'lần', 'khóa', 'khoá', 'lớp', 'số', 'hạng', 'giải', 'tuần', 'ngày', 'mùng', 'mồng', 'hàng',
  'vài', 'dăm', 'mấy', 'bà', 'ông', 'anh', 'chị', 'cô', 'chú', 'bác', 'em', 'con', 'cháu', 'mẹ', 'bố', 'ba',
  'cả', 'kỳ', 'năm', 'đời', 'thế', 'chương', 'phần', 'tập', 'bậc', 'chín', 'một', 'đệ', 'tứ', 'tam', 'nhị',
]);
const SPELLED_SKIP_AFTER = new Set([
  'mẹ', 'má', 'tôi', 'nó', 'em', 'anh', 'chị', 'ơi', 'à', 'số', 'cách', 'phần', 'cửa', 'chiều', 'mình', 'lòng',
  'thời', 'khi', 'lúc', 'nào', 'là', 'và', 'hay', 'hoặc', 'trong', 'mươi', 'mặt', 'bên', 'phía', 'chiều', 'lần',
  'giờ', 'tay', 'chân', 'đầu', 'thứ', 'vòng', 'nữa', 'ngày', 'này', 'đó', 'kia', 'tuổi', 'dòng', 'sao', 'hoa',
  'nhất', 'ngôi', 'cụ', 'bên', 'chị', 'cậu', 'phải', 'tiếng', 'xu', 'đồng', 'năm', 'đêm', 'lăm', 'nhà', 'miền', 'chúng',
]);

export function scanNumbers(ctx: Context): NumExpr[] {
  const out: NumExpr[] = [];
  const { f } = ctx;
  ATOM.lastIndex = 0;
  let m: RegExpExecArray | null;
  let phoneUntil = -1;
  while ((m = ATOM.exec(f))) {
    const start = m.index;
    const tokEnd = start + m[0].length;
    if (start < phoneUntil) continue;
    const r = readAtom(ctx, start, tokEnd, m[0]);
    if (r === 'phone') {
      phoneUntil = start + 40;
      continue;
    }
    if (!r) continue;
    if ('skipTo' in r) {
      ATOM.lastIndex = Math.max(ATOM.lastIndex, r.skipTo);
      continue;
    }
    if (Array.isArray(r)) {
      out.push(...r);
      const last = r[r.length - 1];
      if (last) ATOM.lastIndex = Math.max(ATOM.lastIndex, last.end);
      continue;
    }
    out.push(r);
    ATOM.lastIndex = Math.max(ATOM.lastIndex, r.end);
  }
  const spelled = scanSpelled(ctx, out);
  if (spelled.length) {
    out.push(...spelled);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const PHONE_HINT = /thoại|đt|hotline|tel|fax|nóng/;

type AtomResult = NumExpr | NumExpr[] | null | 'phone' | { skipTo: number };

/**
 * What the digits at `start..tokEnd` are: a number expression (or several: a chain), not a figure (null), a phone
 * number, or a span to skip (a date, a code, a score). It decides in steps, each a function of
 * its own that returns `undefined` when it does not decide: V8 optimizes each apart, and one
 * long chain of tests costs more to compile than its parts (the optimizing compiler is slower
 * than linear in a function's size) and is compiled again whole after every deopt.
 */
function readAtom(ctx: Context, start: number, tokEnd: number, token: string): AtomResult {
  const { f } = ctx;
  const prev = f[start - 1];
  const near = notAFigureByItsNeighbours(ctx, start, token, prev);
  if (near !== undefined) return near;
  const rest = after(f, tokEnd, 48);
  const shape = datesCodesAndGlued(ctx, start, tokEnd, token, prev, rest);
  if (shape !== undefined) return shape;

  const words = wordsBefore(f, start, 3);
  const w1 = words[words.length - 1] ?? '';
  const w2 = words.length >= 2 ? `${words[words.length - 2]} ${w1}` : '';
  const unitFollows = /^\s?(%|phần trăm)|^\s*(nghìn|ngàn|triệu|tỷ|tỉ|đồng|usd|vnđ|vnd|đ(?![\p{L}]))/u.test(rest) || MEASURE_FOLLOWS.test(rest);
  const listed = scoresAndListItems(ctx, start, tokEnd, token, prev, rest);
  if (listed !== undefined) return listed;
  const label = labelOrName(ctx, start, tokEnd, token, rest, words, w1, w2, unitFollows);
  if (label !== undefined) return label;
  if (w1 === 'thứ' && /^[2-7]$/.test(token)) {
    const w0 = words[words.length - 2] ?? '';
    if (WEEKDAY_BEFORE.has(w0) || (WEEKDAY_AFTER.test(rest) && !RANK_VERBS.has(w0))) return null;
  }
  // `chỉ hơn nhóm xuống hạng 1 điểm`: relegation, promotion; no rank
  const movesDivision = w1 === 'hạng' && words.length >= 2 && DIVISION_MOVES.has(words[words.length - 2]!);
  if (!movesDivision && (w1 === 'thứ' || w1 === 'top' || w1 === 'hạng' || (w1 === 'nhóm' && !unitFollows))) {
    // `xếp thứ 5/63 tỉnh`: the field size after the slash
    const field = /^\s?\/\s?(\d{1,4})(?![\d/.,])/.exec(rest);
    const value = parseDigits(token, ctx.style) ?? NaN;
    if (field) return expr({ start, end: tokEnd + field[0].length, value, total: Number(field[1]), token, spelled: false, magnitude: false, kind: 'number' });
    return expr({ start, end: tokEnd, value, token, spelled: false, magnitude: false, kind: 'number' });
  }

  // Years: `2022`, `2021 - 2025`, `2017-2018`.
  if (/^(19|20)\d{2}$/.test(token)) {
    const figureCue = YEAR_AS_FIGURE_BEFORE.has(w1);
    const unit = /^\s?(%|phần trăm)|^\s*(nghìn|ngàn|triệu|tỷ|tỉ|đồng|usd|vnđ|vnd|đ(?![\p{L}])|ha|tấn|kg|km|m2|người|hộ|học sinh|lượt|con|cây|doanh nghiệp|trường hợp|ca|sinh viên)/u.test(rest);
    if (!(figureCue && unit) && !(unit && !/^\s*[-–—]\s*(19|20)\d{2}/.test(rest) && w1 !== 'năm')) return null;
    if (w1 === 'năm' || w1 === 'từ' || w1 === 'đoạn' || w1 === 'kỳ') return null;
  }

  // Ratio `13/13 xã`, `199/213 thôn`, `2.235/ 21.304`; a date `3/3` when a date cue precedes.
  const slash = /^\s?\/\s?(\d+(?:[.,]\d+)*)/.exec(rest);
  if (slash) {
    return readSlash(ctx, start, tokEnd, token, slash, w1);
  }

  // Thresholds of age: `từ 15 tuổi trở lên`, `dưới 6 tuổi`.
  if (/^\s*tuổi/.test(rest) && (['từ', 'dưới', 'đủ', 'ngoài', 'quá'].includes(w1) || /^\s*tuổi\s+trở\s+(lên|xuống)/.test(rest))) return null;
  // Durations that are time phrases: `6 tháng đầu năm`, `9 tháng năm 2017`, `6 tháng cuối năm`.
  if (/^\s*tháng\s+(đầu|cuối)\s+năm|^\s*tháng\s+(của\s+)?năm\s+\d{4}|^\s*tháng\s+(đầu|cuối)(?![\p{L}])/u.test(rest)) return null;
  // Clock: `lúc 9 giờ`, `9 giờ sáng`, `9 giờ 30`, `khoảng 8 giờ ngày 23/6`.
  if (/^\s*giờ\s+(sáng|chiều|tối|trưa|đêm|ngày|hôm|\d)/.test(rest) || (/^\s*giờ/.test(rest) && (w1 === 'lúc' || w1 === 'vào'))) return null;
  // `Đến khoảng 17 giờ, mọi người ra về`, `từ 7 giờ`: an hour of the day (not `trong 17 giờ`)
  if (/^\s*giờ(?![\p{L}])/u.test(rest) && Number(token) <= 24 && /(lúc|vào|đến|tới|từ)\s+(khoảng\s+)?$/.test(before(f, start, 16))) return null;
  // Time windows: `1 tuần nay`, `gần 1 năm qua`, `2 năm vừa rồi`, `trong 5 năm tới`, `10 ngày trước`, `cách đây 2 tháng`.
  if (TIME_WINDOW.test(rest) || (/^\s*(ngày|tuần|tháng|năm)(?![\p{L}])/u.test(rest) && /cách đây\s*(khoảng\s*)?$/.test(before(f, start, 20)))) return null;
  // Scores: `tỷ số 2-1`, `thắng 3-0`, `chấp nhận thất bại 0-2` (the dash after first: the
  // end-anchored test of the words before tries every position of them).
  if (/^\s?[-–]\s?\d{1,2}(?!\d|[.,]\d)/.test(rest) && /(tỷ số|tỉ số|thắng|thua|hòa|hoà|thất bại|cách biệt|chiến thắng)\s+(\S+\s+){0,3}$/.test(before(f, start, 40))) {
    const m = /^\s?[-–]\s?\d{1,2}/.exec(rest);
    return { skipTo: tokEnd + (m?.[0].length ?? 0) };
  }

  return readNumber(ctx, start, tokEnd, token);
}

/** Names with digits, the tail of a date, phone numbers (before the number). */
function notAFigureByItsNeighbours(ctx: Context, start: number, token: string, prev: string | undefined): AtomResult | undefined {
  const { f } = ctx;
  // Names with digits: `H5N1`, `QL1A`, `A1`; `Covid-19`, `SARS-CoV-2`.
  if (start > 0 && isLetter(f, start - 1)) return null;
  if (prev === '-' && isLetter(f, start - 2)) return null;
  if (prev === '.' && /\d/.test(f[start - 2] ?? '')) return null; // `1. 057`-like remnants, `4.0.1`
  if (prev === '/' || prev === ':' || prev === '+' || prev === '#' || prev === '@' || prev === '_') return null;
  // The tail of a date or year span the atom before did not take: `10-11-2021`, `2021-2025`.
  if ((prev === '-' || prev === '–') && /\d/.test(f[start - 2] ?? '')) return null;
  if (prev === '.' && isLetter(f, start - 2)) return null; // `TP.1`? `v.2`: not figures
  // Phone numbers: `0912 345 678`, `0237.3852.123`, `1900 1234` after a phone cue.
  if (/^0\d{3,}$/.test(token) || /^0\d{2,3}[.]\d{3,4}[.]\d{3,4}$/.test(token)) return 'phone';
  const cue = before(f, start, 24);
  if (PHONE_HINT.test(cue) && /(điện thoại|đt|hotline|sđt|tel|fax|đường dây nóng)\s*[:.]?\s*(số\s*)?$/.test(cue)) return 'phone';
  // after an area code: `(08) 38641457`, `(024) 3825 3536`
  if (token.length >= 3 && /\(0\d{1,3}\)\s?$/.test(cue)) return 'phone';
  return undefined;
}

/** Day-month dates, exponents, minutes, hotlines, plates, dates and codes, clock times, glued units, versions (after the number). */
function datesCodesAndGlued(ctx: Context, start: number, tokEnd: number, token: string, prev: string | undefined, rest: string): AtomResult | undefined {
  const { f } = ctx;
  // A day and month written with a dot: `hôm nay (8.2)`, `từ 1.3 - 31.5`, `Đợt 3: từ 30.8 – 27.9`
  // (a decimal would be written with a comma, or have its unit after it).
  const dotDate = DOT_DATE.exec(token);
  // (not with a unit after it: `giảm trọng lượng tới 3.3 kg`)
  if (dotDate && isDayMonth(dotDate[1]!, dotDate[2]!) && !/^\s?[\p{L}%]/u.test(rest)) {
    const pair = /^\s?[-–]\s?(\d{1,2})\.(\d{1,2})(?![\d.,]\d)/.exec(rest);
    if (pair && isDayMonth(pair[1]!, pair[2]!)) return { skipTo: tokEnd + pair[0].length };
    if ((prev === '(' && /^\)/.test(rest)) || isDateCue(f, start)) return null;
  }
  // A square or cubic exponent that lost its superscript: `khoảng 2.000 m 2 .`, `600 m 3,`
  if ((token === '2' || token === '3') && /\d\s?(k?m|cm|dm)\s$/.test(before(f, start, 12)) && !/^\s?\d/.test(rest)) return null;
  // A minute of a match: `(Thế Dương, 54’)`, `bắt đầu 1':`.
  if (/^['’′](?![\p{L}\p{N}])/u.test(rest) && token.length <= 3) return null;
  // Hotlines: `tổng đài 18006684`, `1900 1234`.
  if (/^(1800|1900)\d{4,6}$/.test(token) || ((token === '1800' || token === '1900') && /^[ .]\d{4}(?!\d|[.,]\d)/.test(rest) && !/năm\s*$/.test(before(f, start, 8)))) return 'phone';
  // Number plates: `BKS: 37C – 17409`, `xe 29A - 123.45`.
  if (/(^|[\s(:])\d{2}[A-Z]{1,2}\d?\s?[-–.]\s?$/.test(ctx.text.slice(Math.max(0, start - 10), start))) return { skipTo: tokEnd + (/^[.,]\d+/.exec(rest)?.[0].length ?? 0) };
  // Dates and codes right after the token.
  // Dates: `30/8/2022`, `10-11-2021`, `30.8.2022` (the same separator twice, a day and a month).
  const date = /^([/.-])(\d{1,2})\1(\d{2}|\d{4})(?!\d)/.exec(rest);
  if (date && /^\d{1,2}$/.test(token) && Number(token) <= 31 && Number(date[2]) >= 1 && Number(date[2]) <= 12) {
    return { skipTo: tokEnd + date[0].length };
  }
  if (/^\s?tháng\s+(\d|giêng|chạp)/.test(rest)) return null; // `30 tháng 8 năm 2022`, `13 tháng Giêng`
  // A day and month without a year after a date cue: `ngày 13 đến 17-2 tại`, `sáng 3-3,`
  const dm = /^-(\d{1,2})(?!\d|[.,/-]\d)/.exec(rest);
  // A range of days in one month: `từ 22 đến 27/6`, `từ 3-16/7`, `từ 07-09/7/2017`, `từ ngày 19 đến 24-7`
  const days = DAY_RANGE.exec(rest);
  if (days && /^\d{1,2}$/.test(token) && Number(token) >= 1 && Number(token) < Number(days[1]) && Number(days[1]) <= 31 && Number(days[2]) >= 1 && Number(days[2]) <= 12 && !NOUN_AFTER_RANGE.test(rest.slice(days[0].length))) {
    return { skipTo: tokEnd + days[0].length };
  }
  if (dm && Number(token) <= 31 && Number(dm[1]) >= 1 && Number(dm[1]) <= 12 && isDateCue(f, start) && !NOUN_AFTER_RANGE.test(rest.slice(dm[0].length))) {
    return { skipTo: tokEnd + dm[0].length };
  }
  // Codes: `93-KH/HU`, `06-NQ/TU`, `06/QĐ-TTg`, `389/TP`, `42/2022/NĐ-CP` (not rates `/kg`, `/người`).
  if (/^-[a-zđ]/.test(rest)) return null;
  if (/^\/[a-zđ]/.test(rest) && isCodeSuffix(ctx.text.slice(tokEnd, tokEnd + 24))) return null;
  if (/^\/\d{4}\//.test(rest)) return null; // 42/2022/...
  if (/^:\d/.test(rest)) {
    // odds after `tỉ lệ`: `tỉ lệ 3:1`, `2,9:1`; otherwise a clock time `7:46`, `10:46`
    if (/t[ỉỷ] lệ[^.;]{0,40}$/.test(before(f, start, 50))) return colonRatio(ctx, start, tokEnd, token, rest);
    if (/^:\d{2}/.test(rest)) return null;
  }
  if (/^h\d{0,2}(?![\p{L}])/u.test(rest) && /^\d{1,2}$/.test(token)) return null; // 10h30, 8h
  // a range of clock hours: `2-3h sáng`, `7 - 9h tối`
  const hours = /^\s?[-–]\s?\d{1,2}h(\d{2})?\s+(sáng|chiều|tối|trưa|đêm|khuya)(?![\p{L}])/u.exec(rest);
  if (hours && Number(token) <= 24) return { skipTo: tokEnd + hours[0].length };
  // Glued letters: a unit (`16.171m2`, `50.000đ`, `2giờ`, `300g`) or a name (`4G`, `3D`, `F0`).
  if (isLetter(f, tokEnd)) {
    const glued = /^[\p{L}\p{M}\d²³$]+/u.exec(rest)?.[0] ?? '';
    if (!isGluedUnit(glued)) return null;
    // `4G`, `5G`, `3D`: one capital letter glued to a number is a name, `300g` is grams.
    const original = ctx.text.slice(tokEnd, tokEnd + glued.length);
    if (original.length === 1 && isUpper(ctx.text, tokEnd)) return null;
  }
  // `công nghiệp 4.0`, `Web 2.0`: a version, not a quantity.
  if (/^\d\.0$/.test(token) && !/^\s?(%|phần trăm)/.test(rest)) return null;
  return undefined;
}

/** Scores between two names, list items run into the line before, list markers. */
function scoresAndListItems(ctx: Context, start: number, tokEnd: number, token: string, prev: string | undefined, rest: string): AtomResult | undefined {
  const { f } = ctx;
  // Scores between two names: `Barcelona 1-1 Atlético`, `Caen 0-4 Bordeaux`.
  if (/^\d{1,2}$/.test(token) && /^\s?[-–:]\s?\d{1,2}\s+\p{Lu}/u.test(ctx.text.slice(tokEnd, tokEnd + 12)) && /\p{L}\s+$/u.test(ctx.text.slice(Math.max(0, start - 3), start)) && isUpperWordBefore(ctx.text, start)) {
    const m = /^\s?[-–:]\s?\d{1,2}/.exec(rest);
    return { skipTo: tokEnd + (m?.[0].length ?? 0) };
  }
  // A list item run into the line before: `... nhập cảnh  2. Barack Obama`
  if (/^\d{1,2}$/.test(token) && /^\.\s+\p{Lu}/u.test(ctx.text.slice(tokEnd, tokEnd + 4)) && /(\s{2}|[.!?:;)]\s)$|^$/.test(ctx.text.slice(Math.max(0, start - 2), start))) return null;
  // List markers at a line start: `1. `, `2) `, `(1)`.
  const lineStart = before(f, start, 3).trim() === '' && (start === 0 || /\n\s*$/.test(f.slice(Math.max(0, start - 3), start)));
  if (lineStart && /^[.)]\s/.test(rest)) return null;
  if (prev === '(' && /^\)/.test(rest) && token.length <= 2) return null;
  return undefined;
}

/** Labels (`mức độ 3`, `quận 1`, `năm 2022`) and numbers that end a name, unless a unit or a range follows. */
function labelOrName(ctx: Context, start: number, tokEnd: number, token: string, rest: string, words: string[], w1: string, w2: string, unitFollows: boolean): AtomResult | undefined {
  const { f } = ctx;
  // Labels: `mức độ 3`, `quận 1`, `Nghị quyết 51`, `năm 2022`, `lớp 6`.
  // `loại 13-20 con/kg`: a range of things after a grade word is a figure, not a label
  // (but `tháng 5-2015`, `ngày 22 - 23/5` are dates).
  const rangeFollows = /^\s?[-–]\s?\d+(?:[.,]\d+)?\s+[a-zđ]/.test(rest) && !DATE_CUES.has(w1) && !TIME_LABELS.has(w1);
  if (!unitFollows && !rangeFollows) {
    // (a label range is skipped whole: `gió cấp 2 - 3`)
    const labelRange = /^\s?[-–]\s?\d{1,3}(?!\d|[.,]\d)/.exec(rest);
    const label = labelRange ? { skipTo: tokEnd + labelRange[0].length } : null;
    if (LABELS_2.has(w2)) return label;
    if (LABELS_1.has(w1) && !NOT_LABEL_WHEN_QUALIFIED.has(w1) && !LEVEL_NOUNS.has(w2)) return label;
    if ((NAMED_BY_NUMBER_1.has(w1) || NAMED_BY_NUMBER_2.has(w2)) && (!NOUN_FOLLOWS.test(rest) || NOT_COUNTED_AFTER.test(rest) || /^ \p{Lu}/u.test(ctx.text.slice(tokEnd, tokEnd + 3)))) return null;
    // a list that continues a label: `mức độ 3, 4`, `lớp 2 và 6`, `ngày 18, 19, 20/4`
    // (a cheap look first: the text right before ends in `N, ` or `N và `)
    const b40 = before(f, start, 40);
    if (LIST_TAIL.test(b40) && LABEL_LIST.test(b40) && !(NOUN_FOLLOWS.test(rest) && !NOUN_STOP.has(wordsAfter(f, tokEnd, 1)[0] ?? ''))) return null;
    // a number that ends a name: `Tháp Bà 86`, `BCĐ 389 Hà Nội`, `Cục 6 Đường sắt`, `Tiếng Việt 2 của`
    if (endsName(ctx, start, tokEnd)) return null;
    // an address or a name follows: `(29 Phạm Văn Đồng, TP Nha Trang)`
    if (/^ \p{Lu}[\p{Ll}\p{M}]+ \p{Lu}/u.test(ctx.text.slice(tokEnd, tokEnd + 40))) return null;
    // a book or subject with its grade: `môn Toán 6,`, `sách Tiếng Việt 2 của`, `Ngữ văn 6 tập 1`
    if (/^\d{1,2}$/.test(token) && Number(token) <= 12 && /(môn|sách|sgk|giáo trình)[^.;]{0,30}$/.test(before(f, start, 40)) && !NOUN_FOLLOWS.test(rest.replace(/^ tập(?![\p{L}])/u, ','))) return null;
    if (w1 === 'số' && !SO_KEEP.has(words[words.length - 2] ?? '')) return label;
  }
  return undefined;
}

const DAY_RANGE = /^\s?(?:[-–]|đến|tới)\s?(\d{1,2})\s?[/-]\s?(\d{1,2})(?:[/-](?:\d{4}|\d{2}))?(?![\d/]|[.,]\d)/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})$/;
const isDayMonth = (d: string, m: string) => Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12;

/** A word before the number that makes `d-m` a date: `ngày 3-3`, `sáng 3-3`, `sáng nay 23-5`. */
function isDateCue(f: string, start: number): boolean {
  const ws = wordsBefore(f, start, 2);
  const w1 = ws[ws.length - 1];
  const w2 = ws.length >= 2 ? ws[0] : undefined;
  if (w1 === undefined) return false;
  return DATE_CUES.has(w1) || (w1 === 'nay' && w2 !== undefined && DATE_CUES.has(w2) && w2 !== 'đến' && w2 !== 'tới');
}

/** `/QĐ-TTg`, `/TP`, `/HU`: a code (capitals, or a hyphen inside); `/kg`, `/người`: a rate. */
/**
 * A number that ends a proper name: the word before it is capitalised inside the sentence and
 * nothing countable follows. `Tháp Bà 86 (TP. Nha Trang)`, `BCĐ 389 Hà Nội`, `Cục 6 Đường sắt`,
 * `Tổng đài 8085)`, `Tiếng Việt 2 của NXB`; but `UBND 13 xã`, `Trong 3 ngày` stay figures.
 */
function endsName(ctx: Context, start: number, tokEnd: number): boolean {
  const { text, f } = ctx;
  if (text[start - 1] !== ' ') return false;
  let w = start - 1;
  while (w > 0 && /[\p{L}\p{M}&]/u.test(text[w - 1] ?? '')) w--;
  if (w === start - 1 || !isUpper(text, w)) return false;
  // the capitalised word opens a sentence: `Trong 3 ngày`, `Có 5 người`
  const lead = text.slice(Math.max(0, w - 3), w);
  if (w === 0 || /(^|[.!?:;\n"“]\s*)$/.test(lead)) return false;
  const next = f.slice(tokEnd, tokEnd + 30);
  if (/^\s*([,.;:)(\]\n]|$)/.test(next)) return true;
  const m = /^ ([\p{L}\p{M}]+)/u.exec(next);
  if (!m) return false;
  if (isUpper(text, tokEnd + 1)) return true;
  return ['của', 'tại', 'ở', 'và', 'là', 'đã', 'được', 'với', 'do', 'thuộc', 'có'].includes(m[1]!);
}

/** The word right before `start` (across spaces) begins with a capital: `Barcelona 1-1`. */
function isUpperWordBefore(text: string, start: number): boolean {
  let w = start;
  while (w > 0 && text[w - 1] === ' ') w--;
  let k = w;
  while (k > 0 && /[\p{L}\p{M}'’.-]/u.test(text[k - 1] ?? '')) k--;
  return k < w && isUpper(text, k);
}

function isCodeSuffix(original: string): boolean {
  const code = /^\/([\p{L}&]+)([-/]?)/u.exec(original);
  if (!code) return false;
  if (code[2]) return true;
  const letters = code[1]!;
  return letters.length >= 2 && letters === letters.toUpperCase() && !/^(KG|HA|M2|USD|VND|VNĐ)$/.test(letters);
}

function isGluedUnit(glued: string): boolean {
  const g = glued.replace(/\d+$/, (d) => (d === '2' || d === '3' ? d : ''));
  if (MEASURES[g] || CURRENCIES[g]) return true;
  if (/^(đ|k|tr|triệu|tỷ|tỉ|nghìn|ngàn|m2|m3|km2|kg|g|gr|gram|ha|km|cm|mm|m|ml|lít|tấn|giờ|ngày|tháng|năm|tuổi|kw|kwh|mw|kv|mb|gb|usd|vnd|vnđ)$/.test(g)) return true;
  return false;
}

function num(ctx: Context, token: string, integer = false): number | null {
  return parseDigits(token, ctx.style, integer);
}

/** A number with its magnitude, and a range or chain if a connector follows. */
function readNumber(ctx: Context, start: number, tokEnd: number, token: string): NumExpr | NumExpr[] | null {
  const { f } = ctx;
  let end = tokEnd;
  const rest0 = after(f, tokEnd, 40);
  // Integer reading of `1,057 người` (a comma before 3 digits on a count noun).
  const next = wordsAfter(f, tokEnd, 2).join(' ');
  const integer = /^(người|hộ|xã|thôn|doanh nghiệp|hồ sơ|học sinh|sinh viên|bệnh nhân|trường hợp|lượt|con|cây|căn|dự án|vụ|em|giáo viên|công nhân|hội viên|thành viên|cơ quan|đơn vị)/.test(next);
  let value = num(ctx, token, integer);
  if (value === null) return null;
  let magnitude = false;
  const mag = readMagnitude(rest0);
  if (mag) {
    value *= mag.multiplier;
    end += mag.length;
    magnitude = true;
    // Additive compounds: `1 tỷ 200 triệu`, `2 triệu 500 nghìn`, `1 triệu rưỡi`.
    const add = /^ (\d{1,3}) (triệu|nghìn|ngàn|trăm)(?![\p{L}])/u.exec(f.slice(end, end + 20));
    const half = /^ (rưỡi|rưởi)(?![\p{L}])/u.exec(f.slice(end, end + 8));
    if (add) {
      const addMul = add[2] === 'triệu' ? 1e6 : add[2] === 'trăm' ? 100 : 1e3;
      if (addMul < mag.multiplier) {
        value += Number(add[1]) * addMul;
        end += add[0].length;
      }
    } else if (half) {
      value += mag.multiplier / 2;
      end += half[0].length;
    }
  }
  const first: NumExpr = expr({ start, end, value, token, spelled: false, magnitude, kind: 'number' });
  return readRange(ctx, first) ?? (magnitude ? null : sharedMagnitude(ctx, first)) ?? first;
}

// `lần lượt là 44 và 47 triệu đồng`, `12 hoặc 15 tỷ`: the second number's magnitude (and what
// follows it) belongs to the first too.
const SHARED_MAGNITUDE = /^\s+(?:và|hoặc)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?(\d+(?:[.,]\d+)*)\s*(nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}])/u;

function sharedMagnitude(ctx: Context, first: NumExpr): NumExpr | null {
  const m = SHARED_MAGNITUDE.exec(after(ctx.f, first.end, 40));
  if (!m) return null;
  const mag = readMagnitude(' ' + m[2]!);
  if (!mag) return null;
  // the first number must be a plain amount no bigger than the unit counts (`44 và 47 triệu`, not `2016 và 47 triệu`)
  if (!/^\d{1,3}([.,]\d{1,3})?$/.test(first.token)) return null;
  return expr({ ...first, value: first.value * mag.multiplier, magnitude: true, unitAt: first.end + m[0].length });
}

// Between two numbers: `-`, `–`, `—`, `đến`, `tới`, `~`, optionally after a unit and with a
// qualifier on the second (`200 đến hơn 450 triệu`). `từ X lên Y` is not a range: two figures.
const CONNECTOR = /^(\s*(%|phần trăm|(?:[\p{L}$€£₫²³0-9]+(?: [\p{L}]+)?)))?(\s*[-–—~]\s*|\s+(?:đến|tới)\s+)(?:(hơn|trên|gần|khoảng)\s+)?(\d+(?:[.,]\d+)*)/u;

function readRange(ctx: Context, first: NumExpr): NumExpr | NumExpr[] | null {
  const { f } = ctx;
  const rest = after(f, first.end, 60);
  const m = CONNECTOR.exec(rest);
  if (!m) return null;
  const inner = (m[2] ?? '').trim();
  if (inner && !(inner === '%' || inner === 'phần trăm' || CURRENCIES[inner] || MEASURES[inner] || isGluedUnit(inner))) return null;
  const connector = (m[3] ?? '').trim();
  // A hyphen right after a year-like or before a year: `2021 - 2025` was filtered; `10-11` days?
  const secondToken = m[5]!;
  const secondStart = first.end + m.index + m[0].length - secondToken.length;
  const secondTokEnd = secondStart + secondToken.length;
  const afterSecond = after(f, secondTokEnd, 40);
  if (/^[/.-]\d/.test(afterSecond)) return null; // `25-26/12` a day range; `2-3/4`
  if (/^(19|20)\d{2}$/.test(secondToken) && !m[4] && first.value < 1900) return null;
  if (isLetter(f, secondTokEnd) && !isGluedUnit(/^[\p{L}\p{M}\d²³]+/u.exec(afterSecond)?.[0] ?? '')) return null;
  const integer = false;
  let second = num(ctx, secondToken, integer);
  if (second === null) return null;
  let end = secondTokEnd;
  let secondMag = 1;
  const mag = readMagnitude(afterSecond);
  if (mag) {
    secondMag = mag.multiplier;
    second *= mag.multiplier;
    end += mag.length;
  }
  let low = first.value;
  if (!first.magnitude && mag) low *= secondMag; // `1,5 - 2 triệu`, `30 - 40 nghìn`
  // Shared thousands: `30 – 40.000 đồng` = 30.000 – 40.000 (the short form drops `.000`).
  if (!first.magnitude && !mag && /^\d{1,3}$/.test(first.token) && /^\d{1,3}([.,]000)+$/.test(secondToken) && second >= 1000 && low * 1000 <= second) {
    low *= 1000;
  }
  // A chain `25 – 40 – 70 – 100.000 đồng/tháng`: more dash-joined numbers follow.
  if (/^[-–—]$/.test(connector) && /^\s*[-–—]\s*\d/.test(f.slice(end, end + 6))) {
    return readChain(ctx, first);
  }
  if (!(second > low)) return null;
  // A range with `đến`/`tới` but no `từ` before it, after a verb of change: `tăng 20 đến 25`? keep.
  return expr({
    start: first.start,
    end,
    value: low,
    valueMax: second,
    token: first.token,
    spelled: false,
    magnitude: first.magnitude || !!mag,
    kind: 'range',
    innerUnit: inner || undefined,
    innerQualifier: m[4] || undefined,
  });
}

/** `25 – 40 – 70 – 100.000 đồng/tháng`: separate figures sharing the last one's unit. */
function readChain(ctx: Context, first: NumExpr): NumExpr[] | null {
  const { f } = ctx;
  const members: { start: number; end: number; token: string }[] = [{ start: first.start, end: first.end, token: first.token }];
  let pos = first.end;
  const re = /^\s*[-–—]\s*(\d+(?:[.,]\d+)*)/;
  for (;;) {
    const m = re.exec(f.slice(pos, pos + 30));
    if (!m) break;
    const tok = m[1]!;
    const s = pos + m[0].length - tok.length;
    members.push({ start: s, end: s + tok.length, token: tok });
    pos = s + tok.length;
  }
  if (members.length < 3) return null;
  const last = members[members.length - 1]!;
  const lastValue = num(ctx, last.token);
  if (lastValue === null) return null;
  const shared = /^\d{1,3}([.,]000)+$/.test(last.token);
  const unitAt = last.end;
  return members.map((mm, i) => {
    let v = num(ctx, mm.token) ?? NaN;
    if (i < members.length - 1 && shared && /^\d{1,3}$/.test(mm.token)) v *= 1000;
    return expr({ start: mm.start, end: mm.end, value: v, token: mm.token, spelled: false, magnitude: false, kind: 'number', unitAt });
  });
}

function readSlash(ctx: Context, start: number, tokEnd: number, token: string, slash: RegExpExecArray, w1: string): NumExpr | null {
  const { f } = ctx;
  const a = num(ctx, token, true);
  const b = num(ctx, slash[1]!, true);
  if (a === null || b === null) return null;
  const end = tokEnd + slash[0].length;
  const afterText = after(f, end, 30);
  if (/^[/.-]\d/.test(afterText)) return null; // d/m/y
  const dateLike = a >= 1 && a <= 31 && b >= 1 && b <= 12 && Number.isInteger(a) && Number.isInteger(b);
  const nounAfter = /^\s*[\p{L}]/u.test(afterText) && !/^\s*(năm|vừa|qua|tới|này|sáng|chiều|tối|trưa|đêm|hằng|hàng|là|và|,)/u.test(afterText);
  if (dateLike && (DATE_CUES.has(w1) || !nounAfter)) return null;
  if (/^(19|20)\d{2}$/.test(slash[1]!)) return null; // 5/2023 (month/year)
  if (a > b && !(b === 7 && a === 24)) return null; // 30/4 (a date), `24/7` is a ratio of its own
  // a name: `xổ số Mega 6/45`, `Power 6/55` (a capitalised word before, nothing counted after)
  if (endsName(ctx, start, end)) return null;
  // an address: `ĐKTT 49/166 phường Máy Chai`, `trú tại 12/3 đường Lê Lợi`, `số nhà 49/166`
  if (/(đktt|trú|trú tại|ở|số nhà|địa chỉ|nhà số)\s*:?\s*$/.test(before(f, start, 14)) || /^\s*(đường|phố|phường|hẻm|ngõ|kiệt|ngách|tổ|khu phố|ấp|thôn)\s+\p{Lu}?/u.test(after(f, end, 12)) && /^\s*\p{L}+\s+\p{Lu}/u.test(ctx.text.slice(end, end + 30))) return null;
  return expr({ start, end, value: a, total: b, token, spelled: false, magnitude: false, kind: 'ratio' });
}

function colonRatio(ctx: Context, start: number, tokEnd: number, token: string, rest: string): NumExpr | null {
  const m = /^:(\d+(?:,\d+)?)/.exec(rest);
  if (!m) return null;
  const a = num(ctx, token);
  const b = num(ctx, m[1]!);
  if (a === null || b === null) return null;
  return expr({ start, end: tokEnd + m[0].length, value: a, total: b, token, spelled: false, magnitude: false, kind: 'colon-ratio' });
}

/** Spelled-out numbers before a noun: `hai dự án`, `Ba trường hợp`, `mười lăm người`, `một nửa`. */
function scanSpelled(ctx: Context, digits: NumExpr[]): NumExpr[] {
  const { f, text } = ctx;
  const out: NumExpr[] = [];
  let di = 0;
  for (const [start, end, words] of numberWordRuns(f)) {
    while (di < digits.length && digits[di]!.end <= start) di++;
    const d = digits[di];
    if (d && d.start < end) continue; // part of a digit expression (`1,2 triệu`)
    // A run that ends in a magnitude only (`hàng trăm`, `nghìn`) or is a lone ambiguous word.
    const hasDigitWord = words.some((w) => !['trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'chục', 'mươi', 'linh', 'lẻ', 'rưỡi', 'rưởi', 'nửa', 'không'].includes(w));
    const isHalf = words.length === 2 && words[0] === 'một' && words[1] === 'nửa';
    const halfScale = words.length === 2 && words[0] === 'nửa' && ['triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn'].includes(words[1]!);
    if (!hasDigitWord && !isHalf && !halfScale) continue;
    if (words.length === 1 && ['một', 'năm', 'tư', 'mốt', 'lăm', 'nhăm', 'linh', 'lẻ', 'không', 'ba'].includes(words[0]!) && !(words[0] === 'ba' && isUpper(text, start))) {
      continue;
    }
    if (words[0] === 'không' || words[0] === 'mươi' || words[0] === 'linh' || words[0] === 'lẻ') continue;
    const value = parseSpelled(words);
    if (value === null || value === 0) continue;
    const prevWords = wordsBefore(f, start, 1);
    const pw = prevWords[0] ?? '';
    if (SPELLED_SKIP_BEFORE.has(pw)) continue;
    const nextWords = wordsAfter(f, end, 1);
    const nw = nextWords[0] ?? '';
    if (!nw || (SPELLED_SKIP_AFTER.has(nw) && !isHalf && !halfScale)) continue;
    if (!isHalf && /^\s*[,.;:)]/.test(f.slice(end, end + 2))) continue;
    // Capitalised inside a sentence: a name (`Hai Bà Trưng`, `Ba Đình`, `Bảy Núi`).
    if (isUpper(text, start)) {
      const sentenceStart = /(^|[.!?:\n"“]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
      if (!sentenceStart) continue;
      const nextStart = end + (f.slice(end).length - f.slice(end).trimStart().length);
      if (isUpper(text, nextStart)) continue;
    }
    out.push(expr({ start, end, value, token: words.join(' '), spelled: true, magnitude: words.some((w) => ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'].includes(w)), kind: 'number' }));
  }
  return out;
}
