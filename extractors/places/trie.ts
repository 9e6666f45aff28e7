/**
 * A character trie over the compact keys of every unit name (`tamduong`, `bariavungtau`), walked
 * over the article text itself: one pass from a word start, through `ASCII`, skipping the spaces,
 * dashes and apostrophes between syllables. Each walk costs a few map lookups per character, and
 * only capitalised word starts and the words after a level word are walked. Built once, lazily.
 */
import { asciiOf, isJoiner } from './keys.js';
import { gazetteer, type NameEntry } from './gazetteer.js';

export type TrieHit = {
  /** End of the written name in the text (exclusive). */
  end: number;
  entries: NameEntry[];
  /** Bit k set when the text has a space or dash before compact character k. */
  bounds: number;
  /** Start of each written syllable (text index), for the capital-letter check. */
  syllables: number[];
};

export class Trie {
  private readonly next = new Map<number, number>();
  private terminal: NameEntry[][] = [[]];
  private nodes = 1;

  constructor(index: Map<string, NameEntry[]>) {
    for (const [key, entries] of index) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const t = node * 128 + key.charCodeAt(i);
        let child = this.next.get(t);
        if (child === undefined) {
          child = this.nodes++;
          this.next.set(t, child);
          this.terminal.push([]);
        }
        node = child;
      }
      this.terminal[node] = entries;
    }
  }

  /**
   * Every name that starts at `start` and ends at a word boundary, shortest first. A run of up
   * to three joiners (` - `) may sit between syllables; a dot, comma or bracket ends the walk.
   */
  walk(text: string, start: number): TrieHit[] {
    const hits: TrieHit[] = [];
    let node = 0;
    let k = 0;
    let bounds = 0;
    let joined = 0;
    let boundary = false;
    const syllables = [start];
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
          if (k < 31) bounds |= 1 << k;
          syllables.push(i);
        }
        joined = 0;
        boundary = false;
      }
      const child = this.next.get(node * 128 + a);
      if (child === undefined) break;
      node = child;
      k++;
      const entries = this.terminal[node]!;
      if (entries.length && asciiOf(text.charCodeAt(i + 1)) === 0) {
        hits.push({ end: i + 1, entries, bounds, syllables: syllables.slice() });
      }
    }
    return hits;
  }
}

let built: Trie | null = null;

export function trie(): Trie {
  if (!built) built = new Trie(gazetteer().entries());
  return built;
}
