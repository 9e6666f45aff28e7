/**
 * Folding for matching. Every function here returns a string of the SAME LENGTH as its input
 * (in UTF-16 units), so an index found in the folded copy is an index into the original.
 * The stored article text is never folded; matching runs on copies.
 */

// Tone-mark placement: `hoà` (new style) and `hòa` (old style) are different NFC strings.
// We fold to the old style (tone on the first vowel of oa/oe/uy at the end of a syllable),
// the style of the press and of the scorer. `Thanh Hoá` -> `thanh hóa`, `Thuỷ` -> `thủy`.
const TONE_PAIRS: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
// Only at the end of a syllable: `khoảng`, `hoàn`, `thuyền` keep their marks where they are.
// `quý`, `quỹ` keep theirs: after q the u is part of the onset.
const TONE_RE = /o[àáảãạèéẻẽẹ](?![\p{L}\p{M}])|(?<!q)u[ỳýỷỹỵ](?![\p{L}\p{M}])/gu;

/** Spaces a tokenizer must treat as spaces: no-break, narrow no-break, thin, ideographic... */
export const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
// Whether a text has any of them, tested by `includes` for the single characters and a regex for
// the one range: twice as fast on the bench dump as the class above, whose many ranges make the
// regex engine slow (the texts are long, and few have any). (`includes` of U+2000-U+200A would be
// slow: V8 looks for a character's low byte first, and 0x00-0x0a is the high byte of every ASCII
// character in a two-byte string.)
const ODD_SINGLES = ['\u00a0', '\u1680', '\u202f', '\u205f', '\u3000', '\t', '\v', '\f'];
const ODD_RANGE = /[\u2000-\u200a]/;
export function hasOddSpace(s: string): boolean {
  for (const c of ODD_SINGLES) if (s.includes(c)) return true;
  return ODD_RANGE.test(s);
}

/** Lower case, odd spaces as ' ', old tone placement. Same length as the input. */
export function fold(text: string): string {
  let out = text.toLowerCase();
  if (out.length !== text.length) out = lowerSameLength(text);
  if (hasOddSpace(out)) out = out.replace(ODD_SPACES, ' ');
  return out.replace(TONE_RE, (m) => TONE_PAIRS[m] ?? m);
}

/** Lower-cases character by character, keeping any character whose lower case is longer. */
function lowerSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** `fold` plus đ -> d: for keys that must match text written with or without the stroke. */
export function foldD(text: string): string {
  return fold(text).replace(/đ/g, 'd');
}

// Diacritic-free key, for names typed without tone marks (`Thanh Hoa`, `Yen Bai`).
// NOT the same length as the input; use it for dictionary keys only.
export function asciiKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True where the character at i is a letter or digit (Vietnamese letters included). */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return isVietLetterCode(c) || WORD_CHAR.test(text[i] ?? '');
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * The letters and marks of Vietnamese text without a regex: Latin-1 letters, Latin Extended-A/B
 * (ă, đ, ơ, ư), combining diacritics, Latin Extended Additional (ạ ... ỹ). A fast path only:
 * callers fall back to a Unicode property test for anything else.
 */
export function isVietLetterCode(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

export function isLetter(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isVietLetterCode(c) || LETTER.test(text[i] ?? '');
}
const LETTER = /[\p{L}\p{M}]/u;

export function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

export function isUpper(text: string, i: number): boolean {
  const ch = text[i];
  if (!ch) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
