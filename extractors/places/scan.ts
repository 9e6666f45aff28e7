/**
 * The one pass over every character of an article: from a position to the next word that may
 * start a place, skipping the rest. A word may start one when it may be a level word (`tỉnh`,
 * `thành phố`, `huyện`, `quận`, `thị xã`, `thị trấn`, `xã`, `phường`, `đặc khu`, `TP`, `TX`, `TT`,
 * `H.`, `Q.`, `P.`: checked on its first letters) or a capitalised name of several words
 * (`Hà Nội`, `YênBái`, `TPHCM`). Lone capitalised words (`Theo đó`, `Trong năm`) are most of the
 * capitals and are returned only when asked for.
 *
 * Small and free of calls on purpose: it runs over some 4,000 characters an article, so it must
 * be compiled early and never thrown away.
 */

// What a character is: a letter or digit (WORD), the first letter of a level word (LEVEL:
// t h q x p đ, either case), a capital (CAPITAL), a digit (DIGIT).
export const WORD = 1;
export const LEVEL = 2;
export const CAPITAL = 4;
const DIGIT = 8;
const JOINER = 16;

export const CLASS = buildClass();

function buildClass(): Uint8Array {
  const t = new Uint8Array(0x2000);
  for (let c = 0; c < t.length; c++) {
    const ch = String.fromCharCode(c);
    if (c === 32 || c === 0xa0 || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011) t[c] = JOINER;
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    const letter = (base >= 'a' && base <= 'z') || ch === 'đ' || ch === 'Đ';
    if (!letter && !(c >= 48 && c <= 57)) continue;
    if (letter && c >= 128 && ch.normalize('NFD').length === 1 && ch !== 'đ' && ch !== 'Đ') continue; // `ß`, `æ`: not Vietnamese
    let k = WORD;
    if (c >= 48 && c <= 57) k |= DIGIT;
    if ('thqxpđ'.includes(ch.toLowerCase())) k |= LEVEL;
    if (ch !== ch.toLowerCase()) k |= CAPITAL;
    t[c] = k;
  }
  return t;
}

/** The class of the character at i (0 past the end and beyond the table). */
export function classAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  return c < 0x2000 ? CLASS[c]! : 0;
}

/**
 * The next word start at or after `i` worth a closer look, or -1. `f` is the folded text (same
 * length). With `singles`, lone capitalised words are returned too.
 */
export function nextStart(text: string, f: string, i: number, singles: boolean): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 0x2000 ? CLASS[c]! : 0;
    if (!(k & WORD)) {
      i++;
      continue;
    }
    if (k & LEVEL && mayBeLevelWord(f, i, n)) return i;
    // The rest of the word, noting a capital inside it (`YênBái`, `TPHCM`).
    let e = i + 1;
    let inner = false;
    while (e < n) {
      const d = text.charCodeAt(e);
      const kd = d < 0x2000 ? CLASS[d]! : 0;
      if (!(kd & WORD)) break;
      if (kd & CAPITAL) inner = true;
      e++;
    }
    if (k & CAPITAL) {
      if (inner || singles) return i;
      // Another capitalised word (or a number) after up to three joiners: `Hà Nội`, `Bà Rịa - Vũng Tàu`.
      let j = e;
      while (j < n && j - e < 3) {
        const d = text.charCodeAt(j);
        if (!(d < 0x2000 && CLASS[d]! & JOINER)) break;
        j++;
      }
      if (j > e && j < n) {
        const d = text.charCodeAt(j);
        if (d < 0x2000 && CLASS[d]! & (CAPITAL | DIGIT)) return i;
      }
      // `Huế`: the one province named by one word.
      if (e - i === 3 && f.charCodeAt(i + 1) === 117 && f.charCodeAt(i + 2) === 0x1ebf && (c === 72 || c === 104)) return i;
    }
    i = e;
  }
  return -1;
}

/** The first letters of a level word at i in the folded text: `tỉ`, `thà`, `thị`, `tp`, `hu`, `h.`, `xã`... */
function mayBeLevelWord(f: string, i: number, n: number): boolean {
  const c = f.charCodeAt(i);
  const d = i + 1 < n ? f.charCodeAt(i + 1) : 0;
  switch (c) {
    case 116: // t: tỉnh, thành phố, thị xã, thị trấn, tp, tx, tt, t.p
      if (d === 104) {
        const e = i + 2 < n ? f.charCodeAt(i + 2) : 0;
        return e === 0xe0 || e === 0x1ecb; // thà, thị
      }
      return d === 0x1ec9 || d === 112 || d === 120 || d === 116 || d === 46;
    case 104: // h: huyện, h.
    case 113: // q: quận, q.
      return d === 117 || d === 46;
    case 120: // x: xã
      return d === 0xe3;
    case 112: // p: phường, p.
      return d === 104 || d === 46;
    case 0x111: // đ: đặc khu
      return d === 0x1eb7;
    default:
      return false;
  }
}
