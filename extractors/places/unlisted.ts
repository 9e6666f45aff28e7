/**
 * Names after a level word that the lists lack: units merged away before March 2025 (`xã Võ
 * Liệt`, `thị trấn Phố Mới`, `quận 2`), read as written when they look like a Vietnamese unit's
 * name: two or three capitalised words with Vietnamese letters, not a person (`huyện Hoàng Thị
 * Thanh`, its vice-chair), not a body (`Huyện Đoàn`), not abroad (`thị trấn Palm Beach`).
 */
import { L } from './gazetteer.js';
import { asciiOf, codeAt, isCapitalAt as isCapital } from './keys.js';
import { readLevelWord } from './levels.js';
import { isAscii, isDigitAt, wordEnd } from './around.js';
import { SURNAMES } from './words.js';

// Common middle names: a surname and one of these is a person (`Hoàng Thị`, `Nguyễn Văn`).
const MIDDLE_NAMES = new Set(['văn', 'thị', 'đức', 'hữu', 'ngọc', 'quang', 'xuân', 'minh', 'đình', 'công', 'bá', 'quốc', 'thanh', 'hồng']);
// `Huyện Đoàn`, `Tỉnh Ủy`, `Quận Đội`: bodies, not units missing from the lists.
const UNLISTED_NOT_FIRST = new Set(['đoàn', 'ủy', 'uỷ', 'đội', 'hội', 'đảng', 'ban', 'công', 'ubnd', 'hđnd']);

/**
 * Levels after which a capitalised name missing from the lists is still read as a unit. Never
 * provinces and cities (all listed; `tỉnh Vân Nam`, `thành phố Vũ Hán` are abroad); a `quận`
 * only when numbered (`quận 2`, merged into Thủ Đức in 2021).
 */
export function mayBeUnlisted(level: number): boolean {
  return level !== L.tinh && level !== L.thanhPho && level !== L.dacKhu;
}

/** End of a capitalised name of one to three syllables (`Võ Liệt`), or of a number after `quận`/`phường`. */
export function unlistedEnd(text: string, f: string, j: number, levels: number[]): number {
  if (UNLISTED_NOT_FIRST.has(f.slice(j, wordEnd(text, j)))) return j;
  if (isDigitAt(text, j)) {
    if (!levels.some((l) => l === L.quan || l === L.phuong)) return j;
    let k = j;
    while (isDigitAt(text, k)) k++;
    return k - j <= 2 && asciiOf(codeAt(text, k)) === 0 ? k : j;
  }
  if (levels.every((l) => l === L.quan)) return j;
  let end = j;
  let k = j;
  const words: string[] = [];
  for (let syl = 0; syl < 3; syl++) {
    if (!isCapital(text, k)) break;
    const word = f.slice(k, wordEnd(text, k));
    if (syl > 0 && (SURNAMES.has(word) || readLevelWord(text, f, k))) break;
    words.push(word);
    let e = wordEnd(text, k);
    if (text[e] === "'" || text[e] === '’') e = wordEnd(text, e + 1);
    end = e;
    if (text[e] !== ' ' || asciiOf(codeAt(text, e + 1)) === 0) break;
    k = e + 1;
  }
  // One word is too little to tell a name from a capitalised word; a surname then `Văn`,
  // `Thị` or two more words is a person: `huyện Hoàng Thị Thanh` (its vice-chair).
  if (words.length < 2 || isAscii(text, j, end)) return j; // `thị trấn Palm Beach` is abroad
  if (SURNAMES.has(words[0]!) && (words.length > 2 || MIDDLE_NAMES.has(words[1]!))) return j;
  return end;
}
