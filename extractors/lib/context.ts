/**
 * What an extractor sees: the text, its folded copy (same length), the article's number style,
 * and small helpers to look at the words around a position.
 */
import { fold, isVietLetterCode } from './fold.js';
import { detectStyle, type NumberStyle } from './numbers.js';

export type Context = {
  /** The article text as stored (NFC). Offsets index this string. */
  text: string;
  /** `fold(text)`: lower case, odd spaces as ' ', old tone placement. Same length. */
  f: string;
  style: NumberStyle;
};

export function makeContext(text: string, f: string = fold(text)): Context {
  return { text, f, style: detectStyle(f) };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
function isW(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isVietLetterCode(c) || WORD_CHAR.test(ch);
}

/**
 * The words right before `pos`, nearest last, crossing only spaces (not punctuation).
 * `wordsBefore(f, i, 2)` on `mức độ 3` at the 3 gives ['mức', 'độ'].
 */
export function wordsBefore(f: string, pos: number, n: number): string[] {
  const out: string[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j > 0 && f[j - 1] === ' ') j--;
    if (j === i && out.length > 0) break; // words must be separated by spaces
    let k = j;
    while (k > 0 && isW(f[k - 1])) k--;
    if (k === j) break;
    out.unshift(f.slice(k, j));
    i = k;
    if (k > 0 && f[k - 1] !== ' ') break;
  }
  return out;
}

/** The words right after `pos`, crossing only spaces. */
export function wordsAfter(f: string, pos: number, n: number): string[] {
  const out: string[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j < f.length && f[j] === ' ') j++;
    if (j === i && out.length > 0) break;
    let k = j;
    while (k < f.length && isW(f[k])) k++;
    if (k === j) break;
    out.push(f.slice(j, k));
    i = k;
    if (k < f.length && f[k] !== ' ') break;
  }
  return out;
}

/** Up to `len` characters before `pos`, not crossing a line break. */
export function before(f: string, pos: number, len: number): string {
  const from = Math.max(0, pos - len);
  const s = f.slice(from, pos);
  const nl = s.lastIndexOf('\n');
  return nl >= 0 ? s.slice(nl + 1) : s;
}

/** Up to `len` characters after `pos`, not crossing a line break. */
export function after(f: string, pos: number, len: number): string {
  const s = f.slice(pos, pos + len);
  const nl = s.indexOf('\n');
  return nl >= 0 ? s.slice(0, nl) : s;
}

// Reading a string from its end. An end-anchored regex (`...\s*$`) tries every position of its
// input; these stop after a few characters, and they run for every figure.
const SPACE = /\s/;

/** Where the whitespace (`\s`) that ends `s` before `end` starts: `end` when there is none. */
export function spaceStartBefore(s: string, end: number = s.length): number {
  let e = end;
  while (e > 0 && SPACE.test(s[e - 1]!)) e--;
  return e;
}

/** The character before `i` is whitespace (`\s`). */
export function spaceBefore(s: string, i: number): boolean {
  return i > 0 && SPACE.test(s[i - 1]!);
}

/**
 * `s` ends with one of `words` and then at least one space, as `/(w1|w2)\s+$/` would say: a
 * cheap test before a costlier end-anchored regex.
 */
export function endsWithWordAndSpace(s: string, words: readonly string[]): boolean {
  const e = spaceStartBefore(s);
  if (e === s.length) return false;
  for (const w of words) if (e >= w.length && s.startsWith(w, e - w.length)) return true;
  return false;
}
