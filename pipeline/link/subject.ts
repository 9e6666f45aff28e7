/**
 * What a figure measures: a short phrase of its clause, never reaching over another figure.
 *   `tỷ lệ sử dụng văn bản điện tử ký số của UBND huyện đạt 100%` -> the words before `đạt`
 *   `100% cán bộ công chức, viên chức cấp huyện, 80% ...`        -> the words after the figure
 *   `kết nối đường truyền số liệu chuyên dùng đến 26 đơn vị`       -> both sides
 *   `của UBND huyện đạt 100%; của UBND cấp xã đạt 99,86%`          -> the second keeps the head
 *                                                                     of the first (ellipsis)
 * The text between two figures of a clause is split at its last comma, `và` or `;`: the words
 * after `100%` up to the comma belong to it, the rest to the next figure.
 */
import type { Span } from '../../extractors/types.js';

const MAX_LEFT = 90;
const MAX_RIGHT = 80;

// Words that link a subject to its figure, stripped from the end of the left part:
// `tỷ lệ ... đạt`, `tổng số ... là`, `chiếm khoảng`, `lên tới hơn`, `ở mức`.
const TRAILING_LINK = /(\s|^)(đạt|đạt được|đạt mức|là|chiếm|có|có tới|với|gồm|ở mức|mức|lên|lên tới|lên đến|xuống|xuống còn|còn|tới|đến|tăng|giảm|tăng thêm|giảm thêm|bằng|từ|tổng cộng|tổng số|con số|khoảng|gần|hơn|trên|dưới|xấp xỉ|ước|ước đạt|ước tính|tối thiểu|tối đa|không quá|ít nhất|chỉ|chỉ có|lần lượt là|tương đương|trị giá|giá|mất|hết|cho|của|thêm|nhẹ|mạnh|là hơn|là khoảng|vào khoảng|tầm|trung bình|bình quân|cả|được|đã|đã có|hiện có|có khoảng|nay|hiện|trong|và|tại)\s*$/u;
// Discourse openers stripped from the start: `Đến nay,`, `Trong đó,`, `Đồng thời,`.
const LEADING = /^(\s|[,;:.\-–—•+*(")]|(đến nay|hiện nay|đến thời điểm (này|hiện tại)|trong đó|đồng thời|bên cạnh đó|ngoài ra|cụ thể|theo đó|tuy nhiên|riêng|còn|và|nhưng|với|trong khi đó)(?![\p{L}]))+/u;
const DELIMITER = /[,;:(]|\s(và|còn|trong đó|trong khi|nhưng|hoặc)\s/gu;
const ELLIPSIS_HEADS = /^(của|tại|ở|đối với|với|trong|cho|thuộc)(?![\p{L}])/u;

export type SubjectFigure = { span: Span; clause: Span; sentence: Span };

/** Subjects of the figures of one article, in order (same indexes as `figures`). */
export function subjects(text: string, f: string, figures: SubjectFigure[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < figures.length; i++) {
    const fig = figures[i]!;
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const samePrev = prev && prev.clause.start === fig.clause.start;
    const sameNext = next && next.clause.start === fig.clause.start;
    let leftStart = fig.clause.start;
    if (samePrev) leftStart = lastDelimiterEnd(f, prev.span.end, fig.span.start) ?? prev.span.end;
    let rightEnd = fig.clause.end;
    if (sameNext) rightEnd = lastDelimiterStart(f, fig.span.end, next.span.start) ?? next.span.start;
    // a sentence end inside the clause (should not happen) or a closing bracket bounds the right
    let left = clean(text.slice(Math.max(leftStart, fig.span.start - 400), fig.span.start), 'left');
    let right = clean(text.slice(fig.span.end, rightEnd), 'right');
    // ellipsis: `của UBND cấp xã đạt` borrows the head of the previous figure's subject
    const prevSubject = out[i - 1];
    if (prev && prev.sentence.start === fig.sentence.start && prevSubject && ELLIPSIS_HEADS.test(left.toLowerCase())) {
      const head = headOf(prevSubject);
      if (head && !left.toLowerCase().startsWith(head.toLowerCase())) left = `${head} ${left}`;
    }
    left = cutLeft(left, MAX_LEFT);
    right = cutRight(right, MAX_RIGHT);
    const subject = [left, right].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    out.push(subject.length >= 2 ? subject : null);
  }
  return out;
}

function lastDelimiterEnd(f: string, from: number, to: number): number | null {
  const between = f.slice(from, to);
  let last: number | null = null;
  DELIMITER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DELIMITER.exec(between))) last = from + m.index + m[0].length;
  return last;
}

function lastDelimiterStart(f: string, from: number, to: number): number | null {
  const between = f.slice(from, to);
  let last: number | null = null;
  DELIMITER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DELIMITER.exec(between))) last = from + m.index;
  return last;
}

function clean(s: string, side: 'left' | 'right'): string {
  let t = s.replace(/\s+/g, ' ');
  if (side === 'left') {
    for (let k = 0; k < 6; k++) {
      const before = t;
      t = t.replace(/[\s,:;(–—-]+$/u, '');
      const lower = t.toLowerCase();
      const m = TRAILING_LINK.exec(lower);
      if (m) t = t.slice(0, m.index).trimEnd();
      if (t === before) break;
    }
  } else {
    // a unit or rate already part of the figure's quote may repeat: drop leading punctuation only
    t = t.replace(/^[\s,;:)\]]+/u, '');
    const stop = /[.!?](\s|$)/.exec(t);
    if (stop) t = t.slice(0, stop.index);
    t = t.replace(/[\s,;:(–—-]+$/u, '');
  }
  const lead = LEADING.exec(t.toLowerCase());
  if (lead && lead[0].length) t = t.slice(lead[0].length);
  return t.trim();
}

/** The words before the first preposition of a subject: its head (`tỷ lệ ... ký số` of `... của UBND huyện`). */
function headOf(subject: string): string | null {
  const m = /\s(của|tại|ở|đối với|trong|cho|thuộc)\s/u.exec(subject.toLowerCase());
  if (!m) return null;
  const head = subject.slice(0, m.index).trim();
  return head.length >= 4 ? head : null;
}

function cutLeft(s: string, max: number): string {
  if (s.length <= max) return s;
  const tail = s.slice(s.length - max);
  const comma = tail.indexOf(', ');
  if (comma >= 0 && comma < max / 2) return tail.slice(comma + 2);
  const sp = tail.indexOf(' ');
  return sp >= 0 ? tail.slice(sp + 1) : tail;
}

function cutRight(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max);
  const sp = head.lastIndexOf(' ');
  return sp > 0 ? head.slice(0, sp) : head;
}
