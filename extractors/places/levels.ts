/**
 * Level words before a unit's name, as articles write them: `huyện Tam Dương`, `TP.Thanh Hóa`,
 * `TP. Hồ Chí Minh`, `Tp.HCM`, `TX Nghi Sơn`, `TT. Lăng Can`, `(H.Mù Căng Chải, Yên Bái)`,
 * `P.5, Q.3`, `đặc khu Phú Quốc`. Read on the folded text (lower case, same length).
 */
import { L } from './gazetteer.js';
import { asciiOf, codeAt, isCapitalAt } from './keys.js';

export type LevelWord = {
  level: number;
  /** End of the level word, abbreviation dot included. */
  end: number;
  /** `TP`, `H.`, `P.`...: an abbreviation, which never introduces a name missing from the lists. */
  abbreviation: boolean;
};

/** The level word starting at `i` (a word start), or null. `text` is the original, `f` folded. */
export function readLevelWord(text: string, f: string, i: number): LevelWord | null {
  // Dispatch on the first two letters: this runs at every word start of every article.
  const c = codeAt(f, i);
  const d = codeAt(f, i + 1);
  switch (c) {
    case 116: // t: tỉnh, thành phố, thị trấn, thị xã, TP, TX, TT, T.P
      if (d === 0x1ec9) return word(f, i, 'tỉnh', L.tinh);
      if (d === 104) return word(f, i, 'thành phố', L.thanhPho) ?? word(f, i, 'thị trấn', L.thiTran) ?? word(f, i, 'thị xã', L.thiXa);
      if (d === 112) return pair(text, f, i, L.thanhPho);
      if (d === 120) return pair(text, f, i, L.thiXa);
      if (d === 116) return pair(text, f, i, L.thiTran);
      if (d === 46 && codeAt(f, i + 2) === 112 && isCapital(text, i)) {
        const end = codeAt(f, i + 3) === 46 ? i + 4 : i + 3;
        return { level: L.thanhPho, end, abbreviation: true };
      }
      return null;
    case 104: // h: huyện, H.
      return d === 117 ? word(f, i, 'huyện', L.huyen) : single(text, i, d, L.huyen);
    case 113: // q: quận, Q.
      return d === 117 ? word(f, i, 'quận', L.quan) : single(text, i, d, L.quan);
    case 120: // x: xã
      return d === 0xe3 ? word(f, i, 'xã', L.xa) : null;
    case 112: // p: phường, P.
      return d === 104 ? word(f, i, 'phường', L.phuong) : single(text, i, d, L.phuong);
    case 0x111: // đ: đặc khu
      return d === 0x1eb7 ? word(f, i, 'đặc khu', L.dacKhu) : null;
    default:
      return null;
  }
}

function word(f: string, i: number, w: string, level: number): LevelWord | null {
  return f.startsWith(w, i) && asciiOf(codeAt(f, i + w.length)) === 0 ? { level, end: i + w.length, abbreviation: false } : null;
}

// `TP`, `Tp.`, `TX`, `TT.`: a capitalised letter pair, then a dot, a space or a capital (`TPHCM`), not `Tpa`.
function pair(text: string, f: string, i: number, level: number): LevelWord | null {
  if (!isCapital(text, i)) return null;
  let end = i + 2;
  if (codeAt(f, end) === 46) end++;
  if (asciiOf(codeAt(f, end)) !== 0 && !isCapital(text, end)) return null;
  return { level, end, abbreviation: true };
}

// `H.Mù Căng Chải`, `Q.3`, `P. Bến Nghé`: one capital and a dot.
function single(text: string, i: number, next: number, level: number): LevelWord | null {
  return next === 46 && isCapital(text, i) ? { level, end: i + 2, abbreviation: true } : null;
}

/** An upper-case letter at i. */
export const isCapital = isCapitalAt;
