/**
 * A character trie over the compact keys of every unit name (`tamduong`, `bariavungtau`), walked
 * over the article text itself: one pass from a word start, through `ASCII`, skipping the spaces,
 * dashes and apostrophes between syllables. Each walk costs one array lookup per character, and
 * only capitalised word starts and the words after a level word are walked. Built once, lazily.
 */
import { asciiOf, codeAt, isCapitalAt, isJoiner } from './keys.js';
import { gazetteer, type NameEntry } from './gazetteer.js';

export type TrieHit = {
  /** End of the written name in the text (exclusive). */
  end: number;
  /** Forms that may stand without a level word (not `HCM`). */
  bare: NameEntry[];
  /** Forms that may follow a level word (not `TPHCM`). */
  afterLevel: NameEntry[];
  /** Bit k set when the text has a space or dash before compact character k. */
  bounds: number;
  /** How many written syllables (`Hà Nội` 2, `YênBái` 1). */
  syllables: number;
};

// Trie symbols: `a`-`z` -> 0-25, `0`-`9` -> 26-35.
const SYMBOLS = 36;
const SYM = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) SYM[c] = c - 97;
for (let c = 48; c <= 57; c++) SYM[c] = c - 48 + 26;

export class Trie {
  /** Child of node n by symbol s at next[n * SYMBOLS + s]; 0 = none (the root is never a child). */
  private readonly next: Int32Array;
  private readonly bare: NameEntry[][];
  private readonly afterLevel: NameEntry[][];

  constructor(index: Map<string, NameEntry[]>) {
    // About 20,000 nodes for the 14,000 names: start there and grow if the lists do.
    let next = new Int32Array(24_000 * SYMBOLS);
    const terminal: NameEntry[][] = [NONE];
    let nodes = 1;
    for (const [key, entries] of index) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const t = node * SYMBOLS + SYM[key.charCodeAt(i)]!;
        let child = next[t]!;
        if (child === 0) {
          child = nodes++;
          if (child * SYMBOLS >= next.length) {
            const grown = new Int32Array(next.length * 2);
            grown.set(next);
            next = grown;
          }
          next[t] = child;
          terminal.push(NONE);
        }
        node = child;
      }
      terminal[node] = entries;
    }
    this.next = next;
    this.bare = terminal.map((es) => (es.length ? es.filter((e) => e.use !== 'level') : NONE));
    this.afterLevel = terminal.map((es) => (es.length ? es.filter((e) => e.use !== 'self') : NONE));
  }

  /**
   * Every name that starts at `start` and ends at a word boundary, shortest first. A run of up
   * to three joiners (` - `) may sit between syllables; a dot, comma or bracket ends the walk,
   * and so does a syllable that does not start with a capital or a digit (names are written
   * with capitals: `Hà Nội có` stops before `có`).
   */
  walk(text: string, start: number): TrieHit[] {
    let hits: TrieHit[] | null = null;
    let node = 0;
    let k = 0;
    let bounds = 0;
    let joined = 0;
    let boundary = false;
    let count = 1;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const a = asciiOf(c);
      if (a === 0) {
        if (!isJoiner(c) || ++joined > 3 || k === 0) break;
        if (c !== 39 && c !== 0x2019) boundary = true;
        continue;
      }
      if (joined) {
        if (boundary) {
          if (!isCapitalAt(text, i) && (c < 48 || c > 57)) break;
          if (k < 31) bounds |= 1 << k;
          count++;
        }
        joined = 0;
        boundary = false;
      }
      const child = this.next[node * SYMBOLS + SYM[a]!]!;
      if (child === 0) break;
      node = child;
      k++;
      if (this.bare[node]!.length + this.afterLevel[node]!.length && asciiOf(codeAt(text, i + 1)) === 0) {
        (hits ??= []).push({ end: i + 1, bare: this.bare[node]!, afterLevel: this.afterLevel[node]!, bounds, syllables: count });
      }
    }
    return hits ?? NO_HITS;
  }
}

const NO_HITS: TrieHit[] = [];
const NONE: NameEntry[] = [];

let built: Trie | null = null;

export function trie(): Trie {
  if (!built) built = new Trie(gazetteer().entries());
  return built;
}
