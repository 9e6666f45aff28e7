/**
 * Finding the administrative units an article names, before deciding which unit each one is.
 * Pure text matching: the linker (pipeline/link/places.ts) weighs the article's context.
 *
 * What is found, left to right:
 * - a level word and a name: `huyện Tam Dương`, `TP.HCM`, `xã đảo Cát Hải`, `Quận 1`;
 *   after a level word a capitalised name missing from the lists is kept too (`xã Võ Liệt`);
 * - lists after a level word: `các huyện: Hoằng Hóa, Quảng Xương và Vĩnh Lộc`, `3 xã Hà Sơn
 *   (Hà Trung), Nga An (Nga Sơn) và Yên Thọ (Như Thanh)`, `các xã, thị trấn: ...`;
 * - parents in brackets or after a comma: `xã Yên Nguyên (Chiêm Hóa)`, `(H.Mù Căng Chải, Yên Bái)`,
 *   `TP.Vinh, Nghệ An`;
 * - bare capitalised names (`Thanh Hóa`, `YênBái - `), unless the words around them make them
 *   a person, a street or part of a longer name (see words.ts).
 */
import { fold } from '../lib/fold.js';
import { gazetteer, L, type NameEntry } from './gazetteer.js';
import { fitLevels, maxTier, minTier } from './tiers.js';
import { compactKey, isJoiner, sameLetters, sameToneless } from './keys.js';
import { isCapital, readLevelWord } from './levels.js';
import { trie } from './trie.js';
import { BODY_WORDS, FEATURE_WORDS, PERSON_WORDS, SURNAMES } from './words.js';
import { afterSeparator, isAscii, isDateline, isDigitAt, precedingWord, wordEnd, skipDescriptors, skipSpaces, startsName, wordAfter, wordsBefore } from './around.js';
import { mayBeUnlisted, unlistedEnd } from './unlisted.js';
import { CAPITAL, classAt, LEVEL, nextStart } from './scan.js';

export type Quality = 'exact' | 'toneless' | 'ascii' | 'unlisted';
export type Via = 'level-word' | 'bare' | 'list' | 'dateline' | 'parenthesis';

export type RawMention = {
  /** Span of the whole mention, level word included. */
  start: number;
  end: number;
  nameStart: number;
  /** Level as written (index into LEVELS); -1 for a bare name or a list under several levels. */
  level: number;
  /** Levels a list head allows (`xã, thị trấn`), or the written level alone. Empty when bare. */
  levels: number[];
  /** Gazetteer forms this text can be; empty when the name is not in the lists. */
  entries: NameEntry[];
  quality: Quality;
  /** The name as written, without its level word. */
  written: string;
  via: Via;
  /** Index (in the result) of the mention named as its parent: `Hà Sơn (Hà Trung)`; or -1. */
  parent: number;
  /** A bare name at the start of a sentence or paragraph (weaker evidence of a place). */
  sentenceStart: boolean;
};

const ANY: number[] = [];

const isProvince = (e: NameEntry): boolean => gazetteer().parent[e.unit] === -1;

// Provinces named by one word (folded): `Huế`.
const ONE_WORD_NAMES = new Set(['huế']);

type NameRead = { end: number; entries: NameEntry[]; quality: Quality; written: string; syllables: number };

// Words before a level word that make it a list head: `các xã`, `những huyện`, `hai tỉnh`,
// `như thị trấn Phố Mới, Thứa, Gia Bình`.
const PLURAL = new Set(['các', 'những', 'nhiều', 'như', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mấy', 'một số', 'số']);




/** A level word at a word start, with or without a name after it (`toàn huyện`, `huyện Tam Dương`). */
export type LevelSpot = { start: number; end: number; level: number; abbreviation: boolean };

/** The mentions of a text; `levelSpots`, when given, receives every level word met on the way. */
export function detectPlaces(text: string, f: string = fold(text), levelSpots?: LevelSpot[]): RawMention[] {
  return new Detector(text, f, levelSpots ?? null).run();
}

class Detector {
  private readonly out: RawMention[] = [];
  /** Names written after a level word so far (compact keys). */
  private readonly leveled = new Set<string>();
  constructor(
    private readonly text: string,
    private readonly f: string,
    private readonly spots: LevelSpot[] | null,
  ) {}

  run(): RawMention[] {
    const { text, f } = this;
    // The scan (scan.ts) stops only at words that may start a place.
    for (let i = nextStart(text, f, 0, false); i >= 0; ) {
      const kind = classAt(text, i);
      let next = -1;
      const lw = kind & LEVEL ? readLevelWord(text, f, i) : null;
      if (lw) {
        this.spots?.push({ start: i, end: lw.end, level: lw.level, abbreviation: lw.abbreviation });
        next = this.levelMention(i, lw.level, lw.end, lw.abbreviation);
      }
      if (next <= i && kind & CAPITAL && this.mayBeName(i)) next = this.bareMention(i);
      if (next <= i) next = wordEnd(text, i);
      i = nextStart(text, f, next, this.leveled.size > 0);
    }
    this.linkAppositions();
    return this.out;
  }

  /** `huyện Tam Dương ...` at i; returns where scanning goes on, or -1. */
  private levelMention(i: number, level: number, end: number, abbreviation: boolean): number {
    const before = precedingWord(this.f, i);
    // `bà xã Hari Won`, `ông xã`: a wife, a husband.
    if (level === L.xa && (before === 'bà' || before === 'ông')) return -1;
    const levels = [level];
    let j = skipSpaces(this.text, end);
    // `xã, thị trấn`, `huyện, thị xã, thành phố gồm: ...`: one head for several levels.
    for (;;) {
      const k = afterSeparator(this.text, this.f, j);
      if (k < 0) break;
      const lw = readLevelWord(this.text, this.f, k);
      if (!lw || startsName(this.text, skipSpaces(this.text, lw.end))) break;
      levels.push(lw.level);
      j = skipSpaces(this.text, lw.end);
    }
    // After `các huyện:` or `gồm` only listed names: `các huyện: Đến năm 2025` is a sentence.
    let listed = false;
    if (this.text[j] === ':') {
      j = skipSpaces(this.text, j + 1);
      listed = true;
    } else if (this.f.startsWith('gồm', j)) {
      j = skipSpaces(this.text, j + 3);
      if (this.text[j] === ':') j = skipSpaces(this.text, j + 1);
      listed = true;
    }
    j = skipDescriptors(this.text, this.f, j);
    // `huyện, thị xã, thành phố gồm: TP Thanh Hóa, ...`: the items carry their own level words.
    if (readLevelWord(this.text, this.f, j)) return -1;
    const name = this.readName(j, levels, true, abbreviation || listed || !levels.some(mayBeUnlisted));
    if (!name) return -1;
    const idx = this.push({
      start: i, end: name.end, nameStart: j, level: levels.length === 1 ? level : -1, levels, entries: name.entries,
      quality: name.quality, written: name.written, via: 'level-word', parent: -1, sentenceStart: false,
    });
    // `các xã Tân Dân, Yên Sơn`, `3 xã Hà Sơn (Hà Trung), Nga An ...`: a list; a lone `phường
    // Minh Khai, Hai Bà Trưng, Hà Nội` is an address, its parents after the commas.
    const plural = listed || levels.length > 1 || PLURAL.has(before) || /\d$/.test(before);
    return this.afterName(idx, levels, plural);
  }

  /**
   * Whether a capitalised word at i may start a bare name: when another capitalised word
   * follows (`Hà Nội`) or it holds a capital (`YênBái`), or, alone, when it is a one-word
   * province (`Huế`) or a name already written with its level word (`thị trấn Lim` ... `Lim`).
   */
  private mayBeName(i: number): boolean {
    const { text } = this;
    const e = wordEnd(text, i);
    let k = e;
    while (k < text.length && k - e < 3 && isJoiner(text.charCodeAt(k))) k++;
    if (k > e && (isCapital(text, k) || isDigitAt(text, k))) return true;
    for (let j = i + 1; j < e; j++) if (isCapital(text, j)) return true;
    const word = this.f.slice(i, e);
    return ONE_WORD_NAMES.has(word) || (this.leveled.size > 0 && this.leveled.has(compactKey(word)));
  }

  /** After a name: its parents in brackets, then more names of the same list. */
  private afterName(idx: number, levels: number[], plural: boolean): number {
    let p = this.parenParents(idx, this.out[idx]!.end);
    for (;;) {
      const q = afterSeparator(this.text, this.f, p);
      if (q < 0 || readLevelWord(this.text, this.f, q)) break;
      if (!isCapital(this.text, q)) break;
      // Without a plural, only `và` joins two names of the very same level: `xã A và B`.
      const joined = plural || /(?:và|hoặc)\s*$/.test(this.f.slice(p, q));
      const item = joined ? this.readName(q, levels, true, true) : null;
      if (item && (plural || item.entries.some((e) => levels.includes(e.level)))) {
        const k = this.push({
          start: q, end: item.end, nameStart: q, level: levels.length === 1 ? levels[0]! : -1, levels, entries: item.entries,
          quality: item.quality, written: item.written, via: 'list', parent: -1, sentenceStart: false,
        });
        p = this.parenParents(k, item.end);
        continue;
      }
      break;
    }
    return p;
  }

  /** `Hà Sơn (Hà Trung)`, `(H.Mù Căng Chải, Yên Bái)`: a bracket holding only names. */
  private parenParents(child: number, end: number): number {
    const q = skipSpaces(this.text, end);
    if (this.text[q] !== '(') return end;
    let r = skipSpaces(this.text, q + 1);
    const chain: RawMention[] = [];
    for (;;) {
      const lw = readLevelWord(this.text, this.f, r);
      let m: RawMention | null = null;
      if (lw) {
        const s = skipSpaces(this.text, lw.end);
        const name = this.readName(s, [lw.level], true, lw.abbreviation);
        if (name) m = { start: r, end: name.end, nameStart: s, level: lw.level, levels: [lw.level], entries: name.entries, quality: name.quality, written: name.written, via: 'level-word', parent: -1, sentenceStart: false };
      } else if (isCapital(this.text, r)) {
        const name = this.readName(r, ANY, false, true);
        if (name) m = { start: r, end: name.end, nameStart: r, level: -1, levels: [], entries: name.entries, quality: name.quality, written: name.written, via: 'parenthesis', parent: -1, sentenceStart: false };
      }
      if (!m) return end;
      chain.push(m);
      r = skipSpaces(this.text, m.end);
      const c = this.text[r];
      if (c === ',' || c === '-' || c === '–') {
        r = skipSpaces(this.text, r + 1);
        continue;
      }
      if (c === ')') break;
      return end;
    }
    let prev = child;
    for (const m of chain) {
      const k = this.push(m);
      this.out[prev]!.parent = k;
      prev = k;
    }
    return r + 1;
  }

  /** A capitalised name at i with no level word. */
  private bareMention(i: number): number {
    const name = this.readName(i, ANY, false, true);
    if (!name) return -1;
    const before = wordsBefore(this.text, this.f, i);
    const after = wordAfter(this.text, this.f, name.end);
    const start = before.boundary;
    // Part of a person's or a body's longer name: `Nguyễn Văn Tân`, `Lê Thanh Hóa`.
    if (!start && before.capital && !BODY_WORDS.has(before.words[0] ?? '')) return name.end;
    if (before.words.some((w) => PERSON_WORDS.has(w) || FEATURE_WORDS.has(w))) return name.end;
    if (after.capital && !after.sentence && !SURNAMES.has(after.word)) return name.end;
    const dateline = start && isDateline(this.text, i, name.end);
    const idx = this.push({
      start: i, end: name.end, nameStart: i, level: -1, levels: [], entries: name.entries, quality: name.quality,
      written: name.written, via: dateline ? 'dateline' : 'bare', parent: -1, sentenceStart: start,
    });
    return this.parenParents(idx, name.end);
  }

  /**
   * The longest name at j written with capitals, among the forms allowed after these level
   * words (any form when `levels` is empty), with how closely the text spells it. After a full
   * level word, a capitalised name missing from the lists is read as written (`unlisted`).
   */
  private readName(j: number, levels: number[], afterLevel: boolean, noUnlisted: boolean): NameRead | null {
    const { text } = this;
    const digit = isDigitAt(text, j);
    if (!digit && !isCapital(text, j)) return null;
    const hits = trie().walk(text, j);
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h]!;
      // One syllable alone (`Thanh`, `Đông`, `Với`) is a place only as a province (`Huế`) or as a
      // unit already written with its level word (`thị trấn Lim` ... `Lim`).
      if (!afterLevel && hit.syllables === 1 && !hit.bare.some(isProvince) && !this.leveled.has(compactKey(text.slice(j, hit.end)))) continue;
      let fitting = afterLevel ? fitLevels(hit.afterLevel, levels) : hit.bare;
      // `Quận 1`, `P.5`; but `mỗi xã 1 tấn`, `ngân sách thị trấn 3,2 tỷ` are numbers.
      if (digit) fitting = fitting.filter((e) => levels.includes(e.level) && (e.level === L.quan || e.level === L.phuong));
      if (!fitting.length) continue;
      // How closely the text spells it: the same marks, the same letters without tone marks,
      // the bare letters (only after a level word, or in a text written without marks).
      let quality: Quality = 'exact';
      let best = fitting.filter((e) => (hit.bounds & ~e.bounds) === 0 && sameLetters(this.f, j, hit.end, e.folded));
      if (!best.length) {
        quality = 'toneless';
        best = fitting.filter((e) => (hit.bounds & ~e.bounds) === 0 && sameToneless(text, j, hit.end, e.toneless));
      }
      if (!best.length && (afterLevel || isAscii(text, j, hit.end))) {
        quality = 'ascii';
        best = fitting.filter((e) => (hit.bounds & ~e.bounds) === 0);
      }
      // One syllable spelled otherwise is another word: `Chủ tịch` is not thị xã Chũ.
      if (quality !== 'exact' && hit.syllables === 1) continue;
      if (best.length) return { end: hit.end, entries: best, quality, written: text.slice(j, hit.end), syllables: hit.syllables };
    }
    if (!afterLevel || noUnlisted) return null;
    const end = unlistedEnd(this.text, this.f, j, levels);
    return end > j ? { end, entries: [], quality: 'unlisted', written: text.slice(j, end), syllables: 2 } : null;
  }

  /** Bare names after a comma name their parent: `xã Yên Nguyên, huyện Chiêm Hóa`, `TP.Vinh, Nghệ An`. */
  private linkAppositions(): void {
    const out = this.out;
    for (let k = 0; k + 1 < out.length; k++) {
      const a = out[k]!;
      const b = out[k + 1]!;
      if (a.parent >= 0 || b.via === 'list') continue;
      const gap = this.text.slice(a.end, b.start);
      if (!/^\s*[,\-–]\s*$|^\s*\(\s*$/.test(gap)) continue;
      // A bare name is read at its highest tier (`Quảng Ninh` the province, not a commune).
      if (minTier(b) < (a.level < 0 && a.via !== 'list' ? minTier(a) : maxTier(a))) a.parent = k + 1;
    }
  }

  private push(m: RawMention): number {
    if (m.level >= 0 || m.via === 'list') this.leveled.add(compactKey(m.written));
    this.out.push(m);
    return this.out.length - 1;
  }

}


