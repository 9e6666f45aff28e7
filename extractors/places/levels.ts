/**
 * Level words before a unit's name, as articles write them: `huyện Tam Dương`, `TP.Thanh Hóa`,
 * `TP. Hồ Chí Minh`, `Tp.HCM`, `TX Nghi Sơn`, `TT. Lăng Can`, `(H.Mù Căng Chải, Yên Bái)`,
 * `P.5, Q.3`, `đặc khu Phú Quốc`. Read on the folded text (lower case, same length).
 */
import { L } from './gazetteer.js';
import { asciiOf } from './keys.js';

export type LevelWord = {
  level: number;
  /** End of the level word, abbreviation dot included. */
  end: number;
  /** `TP`, `H.`, `P.`...: an abbreviation, which never introduces a name missing from the lists. */
  abbreviation: boolean;
};

// Full words, longest first where one is the start of another (`thị xã` before `thị trấn`...).
const WORDS: [string, number][] = [
  ['thành phố', L.thanhPho],
  ['thị trấn', L.thiTran],
  ['thị xã', L.thiXa],
  ['tỉnh', L.tinh],
  ['huyện', L.huyen],
  ['quận', L.quan],
  ['xã', L.xa],
  ['phường', L.phuong],
  ['đặc khu', L.dacKhu],
];

// `TP`, `Tp.`, `T.P`: a letter pair that must be followed by a dot, a space or a capital.
const PAIRS: Record<string, number> = { tp: L.thanhPho, tx: L.thiXa, tt: L.thiTran };
// `H.`, `Q.`, `P.`: one capital and a dot (`H.Mù Căng Chải`, `Q.3`, `P. Bến Nghé`).
const SINGLES: Record<string, number> = { h: L.huyen, q: L.quan, p: L.phuong };

/** The level word starting at `i` (a word start), or null. `text` is the original, `f` folded. */
export function readLevelWord(text: string, f: string, i: number): LevelWord | null {
  const c = f.charCodeAt(i);
  // Fast exit: every level word starts with t, h, q, x, p or đ.
  if (c !== 116 && c !== 104 && c !== 113 && c !== 120 && c !== 112 && c !== 0x111) return null;
  for (const [w, level] of WORDS) {
    if (f.startsWith(w, i) && asciiOf(f.charCodeAt(i + w.length)) === 0) return { level, end: i + w.length, abbreviation: false };
  }
  const two = f.slice(i, i + 2);
  const pair = PAIRS[two];
  if (pair !== undefined && isCapital(text, i)) {
    let end = i + 2;
    if (f[end] === '.') end++;
    if (asciiOf(f.charCodeAt(end)) !== 0 && !isCapital(text, end)) return null; // `Tpa`
    return { level: pair, end, abbreviation: true };
  }
  // `T.P` / `T.P.`
  if (two === 't.' && f[i + 2] === 'p' && isCapital(text, i)) {
    let end = i + 3;
    if (f[end] === '.') end++;
    return { level: L.thanhPho, end, abbreviation: true };
  }
  const single = SINGLES[f[i]!];
  if (single !== undefined && f[i + 1] === '.' && isCapital(text, i)) {
    return { level: single, end: i + 2, abbreviation: true };
  }
  return null;
}

/** An upper-case letter at i. */
export function isCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}
