/**
 * Keys for matching place names the way articles write them.
 *
 * The trie walks the text one character at a time through `ASCII`, a table from a UTF-16 code
 * to the lower-case ASCII letter or digit it carries (`Đ` -> `d`, `ắ` -> `a`, `1` -> `1`), or 0.
 * Names are stored as compact keys (letters and digits only: `Bà Rịa - Vũng Tàu` -> `bariavungtau`),
 * so missing or extra spaces and dashes (`YênBái`, `Đakrông` / `Đa Krông`, `Thừa Thiên - Huế`)
 * reach the same entry; how close the written form is to the name is judged afterwards with
 * `toneless` and `folded` keys.
 */
import { fold } from '../lib/fold.js';

const TABLE_SIZE = 0x2000;
export const ASCII = buildAsciiTable();

function buildAsciiTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (c >= 0xd800) break;
    const ch = String.fromCharCode(c);
    let base = ch.normalize('NFD').charAt(0).toLowerCase();
    if (ch === 'đ' || ch === 'Đ') base = 'd';
    const b = base.charCodeAt(0);
    if ((b >= 97 && b <= 122) || (b >= 48 && b <= 57)) {
      // Only letters whose decomposition is a Latin letter plus marks (not `ß`, `æ`).
      if (c < 128 || ch.normalize('NFD').length > 1 || ch === 'đ' || ch === 'Đ') t[c] = b;
    }
  }
  return t;
}

/**
 * The code at i, or 0 outside the string: optimised code that reads past the end of a string
 * is thrown away and compiled again, so the hot paths never do.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : 0;
}

/** The ASCII letter or digit of the character code, or 0. */
export function asciiOf(code: number): number {
  return code < TABLE_SIZE ? ASCII[code]! : 0;
}

/** Characters that may join the syllables of a name: spaces, dashes, apostrophes. */
export function isJoiner(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 45 || code === 0x2013 || code === 0x2014 || code === 39 || code === 0x2019 || code === 0x2010 || code === 0x2011;
}

/** `Bà Rịa - Vũng Tàu` -> `bariavungtau`. */
export function compactKey(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const a = asciiOf(name.charCodeAt(i));
    if (a) out += String.fromCharCode(a);
  }
  return out;
}

// Letters without their tone mark (huyền, sắc, hỏi, ngã, nặng), lower case; vowel marks
// (ă â ê ô ơ ư) and đ stay: `Ắ` -> `ă`. 0 for what is not a letter or digit.
const TONELESS = buildTonelessTable();

function buildTonelessTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (!ASCII[c]) continue;
    const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC').toLowerCase();
    t[c] = base.length === 1 ? base.charCodeAt(0) : ASCII[c]!;
  }
  return t;
}

// Upper-case letters, for the capital-letter checks that run at every word start.
const UPPER = buildUpperTable();

function buildUpperTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (ASCII[c] && ch !== ch.toLowerCase()) t[c] = 1;
  }
  return t;
}

/** An upper-case letter at i. */
export function isCapitalAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < TABLE_SIZE) return UPPER[c] === 1;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** Letters with vowel marks but no tone marks, no spaces: `Đắk Tô` and `Đăk Tô` -> `đăktô`. */
export function tonelessKey(text: string, start = 0, end = text.length): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const t = c < TABLE_SIZE ? TONELESS[c]! : 0;
    if (t) out += String.fromCharCode(t);
  }
  return out;
}

/** Folded letters without spaces: `Thanh Hoá` and `Thanh Hóa` -> `thanhhóa`. */
export function foldedKey(text: string): string {
  return keepLetters(fold(text), 0, text.length);
}

/** The letters and digits of an already folded text between start and end. */
export function keepLetters(f: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) if (asciiOf(f.charCodeAt(i))) out += f[i];
  return out;
}

/** The letters and digits of f between start and end are `key` (spaces and dashes skipped). */
export function sameLetters(f: string, start: number, end: number, key: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = f.charCodeAt(i);
    if (!asciiOf(c)) continue;
    if (k >= key.length || key.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === key.length;
}

/** The letters of text between start and end, without tone marks, are `key`. */
export function sameToneless(text: string, start: number, end: number, key: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const t = c < TABLE_SIZE ? TONELESS[c]! : 0;
    if (!t) continue;
    if (k >= key.length || key.charCodeAt(k) !== t) return false;
    k++;
  }
  return k === key.length;
}
