/**
 * The gazetteer: every administrative unit before and after the July 2025 reform, read from
 * data/gazetteer.json (built by scripts/build-gazetteer.mjs). Parsed once per process, on first
 * use; the name index and the trie are built on first use too.
 *
 * A unit is an index into parallel arrays: units [0, pre) are the pre-reform ones (valid until
 * 2025-06-30), [pre, end) the post-reform ones (valid from 2025-07-01). GSO codes repeat across
 * the two sets (`08` is Tuyên Quang before and after, `00004` is Phường Trúc Bạch before and
 * Phường Ba Đình after), so a post-reform unit's key (`placeKey`) carries the prefix `2025:`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceLevel } from '../types.js';
import { asciiOf, compactKey, foldedKey, tonelessKey } from './keys.js';

export type AliasUse = '' | 'level' | 'self';

type GazetteerFile = {
  version: string;
  levels: PlaceLevel[];
  pre: number;
  code: string[];
  level: number[];
  name: string[];
  parent: number[];
  succ: (number[] | 0)[];
  /** [unit, written form, use, level index or -1] */
  aliases: [number, string, AliasUse, number][];
  /** [unit, earlier name, last day it was used] */
  former: [number, string, string][];
};

/**
 * One written form of a unit's name. Its comparison keys are computed on first use: most of the
 * 14,000 forms are never met in a run, and every worker thread builds the index anew.
 */
export class NameEntry {
  private foldedKey: string | null = null;
  private tonelessKey: string | null = null;
  private boundsBits = -1;

  constructor(
    readonly unit: number,
    readonly form: string,
    /** '' = the unit's own name; 'level' = an alias only after a level word; 'self' = an alias holding its level word. */
    readonly use: AliasUse,
    /** Level the written form names (index into LEVELS). */
    readonly level: number,
  ) {}

  /** Folded letters without spaces (`thanhhóa`). */
  get folded(): string {
    return (this.foldedKey ??= foldedKey(this.form));
  }

  /** Letters without tone marks (`thanhhoa` keeps `ă â ê ô ơ ư đ`). */
  get toneless(): string {
    return (this.tonelessKey ??= tonelessKey(this.form));
  }

  /** Bit k set when a syllable boundary comes before compact character k. */
  get bounds(): number {
    if (this.boundsBits < 0) this.boundsBits = boundsOf(this.form);
    return this.boundsBits;
  }
}

export const LEVELS: readonly PlaceLevel[] = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
export const L = { tinh: 0, thanhPho: 1, huyen: 2, quan: 3, thiXa: 4, xa: 5, phuong: 6, thiTran: 7, dacKhu: 8 } as const;

/** Tiers: 0 province, 1 district, 2 commune. */
export type Tier = 0 | 1 | 2;
const LEVEL_TIER: Tier[] = [0, 0, 1, 1, 1, 2, 2, 2, 2];

export const POST_REFORM_FROM = '2025-07-01';
export const PRE_REFORM_UNTIL = '2025-06-30';

export class Gazetteer {
  readonly version: string;
  readonly pre: number;
  readonly size: number;
  readonly code: string[];
  readonly level: number[];
  readonly name: string[];
  readonly parent: number[];
  private readonly succ: (number[] | 0)[];
  private readonly aliases: GazetteerFile['aliases'];
  private readonly former: GazetteerFile['former'];
  private keyIndex: Map<string, NameEntry[]> | null = null;
  private kids: number[][] | null = null;
  private compacts: string[] | null = null;
  private aliasMap: Map<number, string[]> | null = null;

  constructor(file: GazetteerFile) {
    this.version = file.version;
    this.pre = file.pre;
    this.size = file.code.length;
    this.code = file.code;
    this.level = file.level;
    this.name = file.name;
    this.parent = file.parent;
    this.succ = file.succ;
    this.aliases = file.aliases;
    this.former = file.former;
  }

  isPost(u: number): boolean {
    return u >= this.pre;
  }

  /** Tier of a unit: 0 province (tỉnh, centrally-run thành phố), 1 district, 2 commune. */
  tier(u: number): Tier {
    if (this.parent[u] === -1) return 0;
    return LEVEL_TIER[this.level[u]!] === 0 ? 1 : LEVEL_TIER[this.level[u]!]!;
  }

  levelName(u: number): PlaceLevel {
    return LEVELS[this.level[u]!]!;
  }

  province(u: number): number {
    let p = u;
    while (this.parent[p]! >= 0) p = this.parent[p]!;
    return p;
  }

  /** The district holding a pre-reform commune, the district itself, or -1. */
  district(u: number): number {
    const t = this.tier(u);
    if (t === 1) return u;
    if (t === 2) {
      const d = this.parent[u]!;
      return d >= 0 && this.tier(d) === 1 ? d : -1;
    }
    return -1;
  }

  /** The unit's name as a compact key (`tamduong`), computed once. */
  compact(u: number): string {
    this.compacts ??= this.name.map((n) => compactKey(n));
    return this.compacts[u]!;
  }

  /** Units directly under u. */
  children(u: number): number[] {
    if (!this.kids) {
      const kids: number[][] = Array.from({ length: this.size }, () => []);
      for (let i = 0; i < this.size; i++) if (this.parent[i]! >= 0) kids[this.parent[i]!]!.push(i);
      this.kids = kids;
    }
    return this.kids[u] ?? [];
  }

  /** u and every unit under it. */
  descendants(u: number): number[] {
    const out = [u];
    for (let k = 0; k < out.length; k++) out.push(...this.children(out[k]!));
    return out;
  }

  /** True when `a` lies inside `b` (or is `b`). */
  within(a: number, b: number): boolean {
    for (let p = a; p >= 0; p = this.parent[p]!) if (p === b) return true;
    return false;
  }

  /** The unit's key in the `places` table: the GSO code, with `2025:` before post-reform codes. */
  placeKey(u: number): string {
    return this.isPost(u) ? `2025:${this.code[u]}` : this.code[u]!;
  }

  /** `Huyện Tam Dương`. */
  fullName(u: number): string {
    const lv = this.levelName(u);
    return lv.charAt(0).toUpperCase() + lv.slice(1) + ' ' + this.name[u];
  }

  /** Successor units of a pre-reform unit, with whether all of it went there. */
  successors(u: number): { unit: number; whole: boolean }[] {
    const s = this.succ[u];
    if (!s) return [];
    return s.map((j) => (j < 0 ? { unit: ~j, whole: false } : { unit: j, whole: true }));
  }

  /** Other written forms of a unit (`TP.HCM`, `Sài Gòn`), for the `places.aliases` column. */
  aliasesOf(u: number): string[] {
    if (!this.aliasMap) {
      const map = new Map<number, string[]>();
      for (const [i, form] of [...this.aliases, ...this.former]) {
        const list = map.get(i) ?? [];
        if (!list.includes(form)) list.push(form);
        map.set(i, list);
      }
      this.aliasMap = map;
    }
    return this.aliasMap.get(u) ?? [];
  }

  /** The province's name as an article of that date writes it (`Thừa Thiên Huế` before 2025). */
  provinceName(u: number, date: string | null): string {
    const p = this.province(u);
    for (const [i, form, until] of this.former) if (i === p && (!date || date <= until)) return form;
    return this.name[p]!;
  }

  /** Written forms by compact key (`tamduong` -> Huyện Tam Dương, Xã Tam Dương, ...). */
  entries(): Map<string, NameEntry[]> {
    if (this.keyIndex) return this.keyIndex;
    const index = new Map<string, NameEntry[]>();
    const add = (unit: number, form: string, use: AliasUse, level: number) => {
      const key = compactKey(form);
      if (!key) return;
      const e = new NameEntry(unit, form, use, level);
      const list = index.get(key);
      if (list) list.push(e);
      else index.set(key, [e]);
    };
    for (let u = 0; u < this.size; u++) add(u, this.name[u]!, '', this.level[u]!);
    for (const [u, form, use, lv] of this.aliases) add(u, form, use, lv >= 0 ? lv : this.level[u]!);
    for (const [u, form] of this.former) add(u, form, '', L.tinh);
    this.keyIndex = index;
    return index;
  }
}

/** Bit k set when a space or dash comes before compact character k of the form. */
export function boundsOf(form: string): number {
  let bits = 0;
  let k = 0;
  let pending = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (asciiOf(c) !== 0) {
      if (pending && k < 31) bits |= 1 << k;
      pending = false;
      k++;
    } else if (c !== 39 && c !== 0x2019) {
      pending = k > 0;
    }
  }
  return bits;
}

let loaded: Gazetteer | null = null;

/** The gazetteer, parsed on first use. */
export function gazetteer(): Gazetteer {
  if (!loaded) loaded = new Gazetteer(JSON.parse(readFileSync(dataFile(), 'utf8')) as GazetteerFile);
  return loaded;
}

/** data/gazetteer.json beside the sources or beside dist/. */
export function dataFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of [['..', '..'], ['..', '..', '..']]) {
    const f = path.join(here, ...up, 'data', 'gazetteer.json');
    if (existsSync(f)) return f;
  }
  throw new Error(`solieu: cannot find data/gazetteer.json above ${here}`);
}

export function tierOfLevel(level: number): Tier {
  return LEVEL_TIER[level]!;
}
