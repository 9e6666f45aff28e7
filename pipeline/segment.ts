/**
 * Paragraphs, sentences and `;`-clauses of an article, as spans of its text.
 *
 * A dot ends a sentence only when white space and a capital, a digit, a quote or a bracket
 * follow, and the word before it is not an abbreviation: `TP. Hồ Chí Minh`, `ThS. Nguyễn`,
 * `PGS.TS. Lê`, `v.v. Các`, `Ảnh: M.T.H.` stay whole; `1.057`, `99,86%` never split because
 * no space follows their dots and commas. An ellipsis followed by a capital ends a sentence
 * (`tạm vắng... Nhiều dịch vụ`). Colons do not split: a list after `gồm:` belongs to its
 * sentence. Semicolons outside brackets split clauses.
 */
import type { Span } from '../extractors/types.js';
import { isUpper, isDigit } from '../extractors/lib/fold.js';

export type Segments = {
  paragraphs: Span[];
  sentences: Span[];
  /** Index into `paragraphs` for each sentence. */
  sentenceParagraph: number[];
  clauses: Span[];
  /** Index into `sentences` for each clause. */
  clauseSentence: number[];
};

// Words that end with a dot without ending a sentence (lower case, without the dot).
export const ABBREVIATIONS = new Set([
  'tp', 'tx', 'tt', 'h', 'q', 'p', 'ths', 'ts', 'pgs', 'gs', 'bs', 'bsckii', 'bscki', 'ks', 'cn', 'ls',
  'v.v', 'vv', 'v/v', 'tr', 'st', 'no', 'đ/c', 'đc', 'pts', 'nsnd', 'nsưt', 'nxb', 'ubnd', 'mr', 'ms', 'dr', 'gđ',
  'pv', 'btv', 'ctv', 'ts.bs', 'ths.bs', 'pgs.ts', 'gs.ts', 'tskh', 'kts', 'ncs', 'sđt', 'đt', 'vd', 'ví dụ', 'tel',
]);

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '—', '•', '+', '*']);

export function segment(text: string): Segments {
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  const sentenceParagraph: number[] = [];
  const clauses: Span[] = [];
  const clauseSentence: number[] = [];

  let p = 0;
  while (p <= text.length) {
    let nl = text.indexOf('\n', p);
    if (nl < 0) nl = text.length;
    const span = trim(text, p, nl);
    if (span) {
      const pi = paragraphs.length;
      paragraphs.push(span);
      for (const s of splitSentences(text, span.start, span.end)) {
        const si = sentences.length;
        sentences.push(s);
        sentenceParagraph.push(pi);
        for (const c of splitClauses(text, s.start, s.end)) {
          clauses.push(c);
          clauseSentence.push(si);
        }
      }
    }
    p = nl + 1;
  }
  return { paragraphs, sentences, sentenceParagraph, clauses, clauseSentence };
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

// Sentence-final punctuation, found by the regex engine rather than a loop over every character.
const TERMINAL = /[.!?…]/g;
const CLOSERS = '.!?…"”’\')]»';

function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  TERMINAL.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(text)) && m.index < end) {
    const i = m.index;
    const ch = text[i];
    // Extend over a run of terminal punctuation and closing quotes/brackets: `...`, `?!`, `."`, `.)`
    let j = i + 1;
    while (j < end && CLOSERS.includes(text[j]!)) j++;
    if (j >= end) break; // paragraph end closes the sentence anyway
    TERMINAL.lastIndex = j;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    const next = text[k] ?? '';
    const startsNew = isUpper(text, k) || isDigit(text, k) || OPENERS.has(next);
    if (!startsNew) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(text, from, i)) continue;
    const sp = trim(text, from, j);
    if (sp) out.push(sp);
    from = k;
    TERMINAL.lastIndex = k;
  }
  const last = trim(text, from, end);
  if (last) out.push(last);
  return out;
}

/** The word before the dot at `dot` is an abbreviation or a single-letter initial. */
export function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1)) && text[w - 1] !== '(') w--;
  if (w === dot) return false;
  const raw = text.slice(w, dot);
  const word = raw.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // the part after the word's last dot: `PGS.TS` -> `ts`
  const d = word.lastIndexOf('.');
  if (d >= 0 && ABBREVIATIONS.has(word.slice(d + 1))) return true;
  // Initials: `M.T.H`, `V.`, `A.` (a capital letter alone, or dotted capitals); most words
  // before a dot are longer, with no dot after their first letter (the second code unit, or the
  // third after an astral capital)
  if (raw.length > 2 && raw.charCodeAt(1) !== 46 && raw.charCodeAt(2) !== 46) return false;
  return INITIALS.test(raw);
}
const INITIALS = /^(\p{Lu}\.)*\p{Lu}$/u;

function splitClauses(text: string, start: number, end: number): Span[] {
  const semi = text.indexOf(';', start);
  if (semi < 0 || semi >= end) {
    const only = trim(text, start, end);
    return only ? [only] : [];
  }
  const out: Span[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++; // ( [
    else if (c === 41 || c === 93) {
      if (depth > 0) depth--; // ) ]
    } else if (c === 59 && depth === 0) {
      const cl = trim(text, from, i);
      if (cl) out.push(cl);
      from = i + 1;
    }
  }
  const last = trim(text, from, end);
  if (last) out.push(last);
  return out;
}

/** Index of the span in `spans` (sorted, disjoint) that contains position `pos`, or -1. */
export function spanIndexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
