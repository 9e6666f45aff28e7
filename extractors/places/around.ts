/**
 * Reading the words around a place name: separators of a list, the words before a bare name
 * (a person's title, a street, a capitalised word of a longer name), datelines. Pure
 * functions of the text, its folded copy (same length) and a position.
 */
import { isCapitalAt as isCapital, asciiOf, codeAt } from './keys.js';
import { DESCRIPTORS } from './words.js';

/** Position after the spaces at j. */
export function skipSpaces(text: string, j: number): number {
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0')) j++;
  return j;
}

/** Position after `, `, ` và `, `, và `, ` & ` at j, or -1. */
export function afterSeparator(text: string, f: string, j: number): number {
  let k = skipSpaces(text, j);
  let sep = false;
  if (text[k] === ',' || text[k] === '&') {
    k = skipSpaces(text, k + 1);
    sep = true;
  }
  if (f.startsWith('và ', k) || f.startsWith('hoặc ', k)) {
    k = skipSpaces(text, k + (f[k] === 'v' ? 3 : 6));
    sep = true;
  }
  return sep ? k : -1;
}

/** A name may start at j: a capital or a digit. */
export function startsName(text: string, j: number): boolean {
  return isCapital(text, j) || isDigitAt(text, j);
}

/** Past `miền núi`, `đảo`... between a level word and its name. */
export function skipDescriptors(text: string, f: string, j: number): number {
  for (const d of DESCRIPTORS) {
    if (f.startsWith(d + ' ', j) && startsName(text, skipSpaces(text, j + d.length))) return skipSpaces(text, j + d.length);
  }
  return j;
}

/** Up to three words before i (folded, nearest first), whether the nearest is capitalised, and whether a sentence starts at i. */
export function wordsBefore(text: string, f: string, i: number): { words: string[]; capital: boolean; boundary: boolean } {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  if (k < 0 || asciiOf(codeAt(text, k)) === 0) {
    // After punctuation: a sentence starts unless it is a comma, a dash inside a line or a bracket.
    const c = k < 0 ? '\n' : text[k]!;
    return { words: [], capital: false, boundary: /[\n.!?:;"“”'‘’([•…*+-]/.test(c) || k < 0 };
  }
  const words: string[] = [];
  let capital = false;
  let sentence = false;
  let e = k + 1;
  for (let w = 0; w < 3 && k >= 0; w++) {
    let s = k;
    while (s > 0 && asciiOf(text.charCodeAt(s - 1)) !== 0) s--;
    const word = f.slice(s, e);
    words.push(w === 0 ? word : word + ' ' + words[w - 1]);
    if (w === 0) {
      capital = isCapital(text, s) && !isCapital(text, s + 1);
      let b = s - 1;
      while (b >= 0 && text[b] === ' ') b--;
      sentence = b < 0 || /[\n.!?:;"“([•…-]/.test(text[b]!);
    }
    k = s - 1;
    if (k < 0 || text[k] !== ' ') break;
    e = k;
    k--;
  }
  return { words, capital: capital && !sentence, boundary: false };
}

/** The word after `end`: folded, whether it is capitalised, or whether a sentence or clause ends first. */
export function wordAfter(text: string, f: string, end: number): { word: string; capital: boolean; sentence: boolean } {
  let k = end;
  while (k < text.length && text[k] === ' ') k++;
  if (k === end || asciiOf(codeAt(text, k)) === 0) return { word: '', capital: false, sentence: true };
  const e = wordEnd(text, k);
  return { word: f.slice(k, e), capital: isCapital(text, k) && !isCapital(text, k + 1), sentence: false };
}

/** `YênBái - Đến nay, ...`, `HÀ NỘI — `: a name opening a paragraph, then a dash. */
export function isDateline(text: string, start: number, end: number): boolean {
  const m = /^\s*[-–—]\s/.exec(text.slice(end, end + 4));
  return m !== null && (start === 0 || text.lastIndexOf('\n', start) >= text.lastIndexOf('.', start));
}

/** The word right before position i (folded), or ''. */
export function precedingWord(f: string, i: number): string {
  let e = i;
  while (e > 0 && f[e - 1] === ' ') e--;
  let b = e;
  while (b > 0 && asciiOf(f.charCodeAt(b - 1)) !== 0) b--;
  return f.slice(b, e);
}


export function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 126) return false;
  return true;
}

export function isDigitAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c >= 48 && c <= 57;
}

export function wordEnd(text: string, k: number): number {
  while (k < text.length && asciiOf(text.charCodeAt(k)) !== 0) k++;
  return k;
}
