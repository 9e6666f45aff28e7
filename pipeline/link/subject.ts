/**
 * What a figure measures: a short phrase of its clause, never reaching over another figure.
 *   `tỷ lệ sử dụng văn bản điện tử ký số của UBND huyện đạt 100%` -> the words before `đạt`
 *   `100% cán bộ công chức, viên chức cấp huyện, 80% ...`        -> the words after the figure
 *   `kết nối đường truyền số liệu chuyên dùng đến 26 đơn vị`       -> both sides
 *   `của UBND huyện đạt 100%; của UBND cấp xã đạt 99,86%`          -> the second keeps the head
 *                                                                     of the first (ellipsis)
 *   `tăng 1,1% và 6,2%`, `25 – 40 – 70 – 100.000 đồng`             -> coordinated figures share
 *   `Tổng số hồ sơ ... tại 9 cảng vụ ... là 23.993 hồ sơ`          -> the clause head, then `…`
 * The text between two figures of a clause is split at its last comma, `và` or `;`: the words
 * after `100%` up to the comma belong to it, the rest to the next figure. Parenthesised asides
 * go first when a phrase is too long.
 */
import type { Span } from '../../extractors/types.js';
import { spaceStartBefore } from '../../extractors/lib/context.js';

// A subject stays under 150 characters (ANNOTATION.md): the left part gets up to 100, the right
// part what is left of 140.
const MAX_LEFT = 100;
const MAX_TOTAL = 140;

// Copulas and bounds that link a subject to its figure, stripped from the end of the left part:
// `tỷ lệ ... đạt`, `tổng số ... là`, `chiếm khoảng`, `lên tới hơn`, `ở mức`. Verbs stay (`tuyển được`).
export const TRAILING_LINKS = [
  'đạt', 'đạt mức', 'là', 'chiếm', 'ở mức', 'mức', 'lên tới', 'lên đến', 'con số', 'khoảng', 'gần', 'hơn', 'trên', 'dưới',
  'xấp xỉ', 'ước', 'ước đạt', 'ước tính', 'tối thiểu', 'tối đa', 'không quá', 'ít nhất', 'lần lượt là', 'lần lượt',
  'tương đương', 'vào khoảng', 'tầm', 'cả', 'chừng', 'từ', 'tới', 'đến', 'là hơn', 'là khoảng', 'có tới', 'chỉ', 'chỉ có',
];
// By last character, longest first (the longest that fits starts leftmost).
const LINKS_BY_LAST = new Map<number, string[]>();
for (const w of [...TRAILING_LINKS].sort((a, b) => b.length - a.length)) {
  const c = w.charCodeAt(w.length - 1);
  LINKS_BY_LAST.set(c, [...(LINKS_BY_LAST.get(c) ?? []), w]);
}
const LETTER = /\p{L}/u;

/**
 * Where a word of TRAILING_LINKS ends `s` (spaces after it allowed) as a whole word, its start
 * leftmost, or -1: `/(?<![\p{L}])(đạt|đạt mức|...)\s*$/u.exec(s)?.index`, read from the end
 * (see extractors/lib/context.ts).
 */
export function trailingLinkAt(s: string): number {
  const e = spaceStartBefore(s);
  const words = e > 0 ? LINKS_BY_LAST.get(s.charCodeAt(e - 1)) : undefined;
  if (!words) return -1;
  for (const w of words) {
    const start = e - w.length;
    if (start < 0 || !s.startsWith(w, start)) continue;
    if (start > 0) {
      // the character before, a surrogate pair taken whole
      const low = s.charCodeAt(start - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && start > 1 && (s.charCodeAt(start - 2) & 0xfc00) === 0xd800;
      if (LETTER.test(s.slice(start - (pair ? 2 : 1), start))) continue;
    }
    return start;
  }
  return -1;
}
const COPULA_END = /(?<![\p{L}])(đạt|đạt được|là|chiếm|ở mức|bằng|lên tới|lên đến|tổng cộng|:)\s*$/u;
// Discourse openers and time frames stripped from the start: `Đến nay,`, `Trong đó,`, `Ngày 10-2-2017,`.
const LEADING = /^(\s|[,;:.\-–—•+*(")…]|(đến nay|hiện nay|hiện|đến thời điểm (này|hiện tại)|trong đó|đồng thời|bên cạnh đó|ngoài ra|cụ thể|theo đó|tuy nhiên|riêng|còn(?! (?:nợ|lại|thiếu|tồn))|và|nhưng|với|trong khi đó|như vậy|do đó|vì vậy|theo|tính đến|đến|trong)(?![\p{L}])|(ngày|tháng|quý|năm|đầu|cuối|giữa|hết)\s+(\d{1,2}[/-])?(\d{1,2}[/-])?\d{1,4}(?![\d\p{L}])|(quý|năm)\s+[ivx]+(\/\d{4})?(?![\p{L}])|(sáng|chiều|tối|trưa|đêm)\s+\d{1,2}[/-]\d{1,2})+/u;
// A measure or rate left at the start of the right part: `14.030m đường` -> `đường`.
const LEADING_UNIT = /^\s?(m2|m²|m3|km2|km|cm|mm|m|ha|kg|gram|g|tấn|tạ|lít|%|đồng|đ)(?![\p{L}\p{N}])(\s?\/\s?[\p{L}\d]+)*/u;
// `còn` only right before the figure (`giảm 24% ... còn 34 tỷ đồng`: down to); elsewhere it is
// "still" (`khối công lập còn thiếu đến 3.319 giáo viên`), and `, còn` has its comma.
const DELIMITER = /[,;:]|\s(và|trong đó|trong khi|nhưng|hoặc)\s|\scòn\s(?=(?:(?:khoảng|gần|hơn|trên|dưới)\s)?$)/gu;
const ELLIPSIS_HEADS = /^(của|tại|ở|đối với|với|trong|cho|thuộc)(?![\p{L}])/u;
// A left part that is only a change verb: `tăng`, `giảm gần`, `tăng tương ứng`.
const CHANGE_ONLY = /^((và|,)\s*)?((ước|đã|lần lượt|cũng|vẫn)\s+)?(tăng|giảm|bằng|tương đương|tăng tương ứng|tăng lên|giảm xuống|giảm còn)?((\s+(thêm|nhẹ|mạnh|khoảng|gần|hơn|trên|lần lượt|tương ứng))*)$/u;
// A left part with no word of its own: `đạt tỷ lệ`, `với con số`, `chiếm`.
const GENERIC_LEFT = /^(?:(?:đạt|là|với|chiếm|bằng|ở|mức|ở mức|tỷ lệ|tỉ lệ|con số|tổng số|tổng cộng|tương ứng|tương đương)(?:\s+|$))*$/u;
const CONNECTOR_ONLY = /^[\s,]*([-–—/]|và|hoặc|hay|đến|tới)?[\s,]*(khoảng|gần|hơn|trên)?\s*$/u;

export type SubjectFigure = { span: Span; clause: Span; sentence: Span; kind?: string; unit?: string | null };

/** Subjects of the figures of one article, in order (same indexes as `figures`). */
export function subjects(text: string, f: string, figures: SubjectFigure[]): (string | null)[] {
  const out: (string | null)[] = [];
  // the words before each figure (its metric when the figure follows a copula)
  const lefts: string[] = [];
  for (let i = 0; i < figures.length; i++) {
    const fig = figures[i]!;
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const samePrev = !!prev && prev.clause.start === fig.clause.start;
    const sameNext = !!next && next.clause.start === fig.clause.start;
    // coordinated with the previous figure: `tăng 1,1% và 6,2%`, `25 – 40 – 70`, `84% và trên 90,35%`
    // (not figures of different things: `trên 8 tỉ đồng, 6.233 ngày công lao động`)
    const sameThing = prev === undefined || prev.kind === undefined || (prev.kind === fig.kind && (prev.unit ?? null) === (fig.unit ?? null));
    if (samePrev && sameThing && out[i - 1] && CONNECTOR_ONLY.test(f.slice(prev.span.end, fig.span.start))) {
      out.push(out[i - 1]!);
      lefts.push(lefts[i - 1] ?? '');
      continue;
    }
    let leftStart = fig.clause.start;
    if (samePrev) leftStart = lastDelimiterEnd(f, prev.span.end, fig.span.start) ?? prev.span.end;
    let rightEnd = fig.clause.end;
    if (sameNext) rightEnd = lastDelimiterStart(f, fig.span.end, next.span.start) ?? next.span.start;
    let left = cleanLeft(text.slice(Math.max(leftStart, fig.span.start - 220), fig.span.start));
    // `13/13 xã ... vận hành phần mềm một cửa điện tử liên thông, đạt 100%`: nothing of its own
    // before the copula, so the words between the two figures are what it measures
    const copula = samePrev && COPULA_END.test(f.slice(Math.max(leftStart, fig.span.start - 30), fig.span.start));
    if (!left && copula) {
      left = cleanLeft(cleanRight(text.slice(prev.span.end, leftStart)));
    }
    const right = cleanRight(text.slice(fig.span.end, Math.min(rightEnd, fig.span.end + 260)));
    // a copula whose subject opens the clause, before another figure: `Tổng số hồ sơ ... tại 9 cảng vụ ... là 23.993 hồ sơ`
    if (copula) {
      const first = figures.findIndex((g) => g.clause.start === fig.clause.start);
      const head = cleanLeft(text.slice(fig.clause.start, figures[first]!.span.start).replace(/(?<![\p{L}])(tại|ở|với|của|đến|cho|có|gồm)\s*$/u, ''));
      if (head && head !== left) left = `${cut(head, 60, 'head')} … ${left}`;
    }
    // a change after a level: `đạt 44.154 tỷ đồng, tăng 6,2%` measures the metric of the level
    if (prev && prev.sentence.start === fig.sentence.start && CHANGE_ONLY.test(left.toLowerCase()) && lefts[i - 1]) {
      left = `${lefts[i - 1]} ${left}`.trim();
    }
    // a rate with nothing of its own: `... đã được xử lý và trả lời doanh nghiệp, đạt tỷ lệ 76,1%`
    // measures what the clause before it says
    const ownStart = Math.max(leftStart, fig.span.start - 220);
    if (!right && ownStart > fig.sentence.start && GENERIC_LEFT.test(left.toLowerCase())) {
      const from = prev && prev.sentence.start === fig.sentence.start ? Math.max(prev.span.end, fig.sentence.start) : fig.sentence.start;
      const before = from < ownStart ? cleanLeft(cleanRight(text.slice(from, ownStart))) : '';
      if (before) left = `${cut(before, 80, 'tail')}, ${left}`.replace(/^, /, '');
    }
    // a short part after another figure of the sentence (`..., còn nợ 295,1 tỷ đồng`) keeps what
    // the sentence is about: its words before its first figure (`Dự án Golden Hills … còn nợ`)
    if (samePrev && left && !right && left.split(' ').length <= 3) {
      const first = figures.findIndex((g) => g.sentence.start === fig.sentence.start);
      const head = cleanLeft(text.slice(fig.sentence.start, figures[first]!.span.start).replace(/(?<![\p{L}])(tại|ở|với|của|đến|cho|có|gồm|là)\s*$/u, ''));
      if (head && !head.includes(left)) left = `${cut(head, 60, 'head')} … ${left}`;
    }
    lefts.push(left);
    // ellipsis: `của UBND cấp xã đạt` borrows the head of the previous figure's subject
    const prevSubject = out[i - 1];
    if (prev && prev.sentence.start === fig.sentence.start && prevSubject && ELLIPSIS_HEADS.test(left.toLowerCase())) {
      const head = headOf(prevSubject);
      if (head && !left.toLowerCase().startsWith(head.toLowerCase())) left = `${head} ${left}`;
    }
    // (the left part may take what the right part leaves: `tỷ lệ ủng hộ phương án ... khá cao, lần lượt là 84%`)
    const l = cut(left, Math.max(MAX_LEFT, MAX_TOTAL - 1 - spaces(right).length), 'tail');
    const subject = spaces([l, cut(right, MAX_TOTAL - l.length, 'head')].filter(Boolean).join(' ')).trim();
    out.push(subject.length >= 2 ? subject : null);
  }
  return out;
}

function lastDelimiterEnd(f: string, from: number, to: number): number | null {
  let last: number | null = null;
  for (const [s, e] of delimiters(f, from, to)) last = e ?? s;
  return last;
}

function lastDelimiterStart(f: string, from: number, to: number): number | null {
  let last: number | null = null;
  for (const [s] of delimiters(f, from, to)) last = s;
  return last;
}

/** Delimiters between two positions, outside parentheses. */
function delimiters(f: string, from: number, to: number): Array<[number, number]> {
  const between = f.slice(from, to);
  const out: Array<[number, number]> = [];
  DELIMITER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let depth = 0;
  let scanned = 0;
  while ((m = DELIMITER.exec(between))) {
    for (; scanned < m.index; scanned++) {
      const c = between.charCodeAt(scanned);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    if (depth > 0) continue;
    out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

const MANY_SPACES = /[^\S ]| {2}/;
const spaces = (s: string) => (MANY_SPACES.test(s) ? s.replace(/\s+/g, ' ') : s);

function cleanLeft(s: string): string {
  let t = spaces(s);
  for (let k = 0; k < 6; k++) {
    const before = t;
    t = trimEndClass(t);
    const tail = t.slice(-40).toLowerCase();
    const at = trailingLinkAt(tail);
    if (at >= 0) t = t.slice(0, t.length - tail.length + at).trimEnd();
    if (t === before) break;
  }
  return stripLeading(t);
}

function cleanRight(s: string): string {
  let t = spaces(s);
  const unit = LEADING_UNIT.exec(t);
  if (unit) t = t.slice(unit[0].length);
  t = t.replace(/^[\s,;:)\]]+/u, '');
  const stop = /[.!?](\s|$)|["”](\s*[,.]|$)/.exec(t);
  if (stop) t = t.slice(0, stop.index);
  return stripLeading(trimEndClass(t));
}

/** `t.replace(/[\s,;:(–—-]+$/u, '')`: trailing spaces and `, ; : ( – — -`, read from the end. */
export function trimEndClass(t: string): string {
  let e = t.length;
  for (;;) {
    e = spaceStartBefore(t, e);
    if (e === 0 || !TRIMMED.has(t[e - 1]!)) break;
    e--;
  }
  return e === t.length ? t : t.slice(0, e);
}
const TRIMMED = new Set([',', ';', ':', '(', '–', '—', '-']);

/** `s.replace(/\s*\([^()]*$/, '')`: a bracket left open at the end goes, read from the end. */
export function dropOpenBracket(s: string): string {
  const open = s.lastIndexOf('(');
  if (open < 0 || s.indexOf(')', open) >= 0) return s;
  return s.slice(0, spaceStartBefore(s, open));
}

function stripLeading(t: string): string {
  const lead = LEADING.exec(t.slice(0, 80).toLowerCase());
  return (lead && lead[0].length ? t.slice(lead[0].length) : t).trim();
}

/** The words before the first preposition of a subject: its head (`tỷ lệ ... ký số` of `... của UBND huyện`). */
function headOf(subject: string): string | null {
  const m = /\s(của|tại|ở|đối với|trong|cho|thuộc)\s/u.exec(subject.toLowerCase());
  if (!m) return null;
  const head = subject.slice(0, m.index).trim();
  return head.length >= 4 ? head : null;
}

/** Shortens a phrase to `max` characters: asides in brackets go first, then words from one end. */
function cut(s: string, max: number, keep: 'head' | 'tail'): string {
  if (s.length <= max) return s;
  const flat = dropOpenBracket(s.replace(/\s*\([^()]*\)/g, '')).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  if (keep === 'head') {
    const head = flat.slice(0, max);
    const sp = head.lastIndexOf(' ');
    return sp > 0 ? head.slice(0, sp) : head;
  }
  const tail = flat.slice(flat.length - max);
  const comma = tail.indexOf(', ');
  if (comma >= 0 && comma < max / 3) return tail.slice(comma + 2);
  const sp = tail.indexOf(' ');
  return sp >= 0 ? tail.slice(sp + 1) : tail;
}
