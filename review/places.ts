/**
 * A place a reviewer types (`huyện Tam Dương`, `Tam Dương, Vĩnh Phúc`, `Tam Duong`, or a code
 * such as `08` or `00004`) resolved through the gazetteer's `places` table to the three columns
 * a figure carries: place_name (with its level word), place_code and province. Several units
 * with the name are reported with their codes, never guessed between.
 */
import type { DB } from '../db/open.js';
import { asciiKey } from '../extractors/lib/fold.js';
import type { Parsed, Place } from './fields.js';

type PlaceRow = { code: string; level: string | null; name: string; province: string | null };

// Level words a reviewer may put before the name, longest first so `thành phố` wins over
// nothing and `thị trấn` over `thị xã`. `TP` and `TX` are the usual abbreviations.
const LEVELS: [RegExp, string][] = [
  [/^(?:thành phố|tp\.?)\s+/iu, 'thành phố'],
  [/^(?:thị trấn|tt\.?)\s+/iu, 'thị trấn'],
  [/^(?:thị xã|tx\.?)\s+/iu, 'thị xã'],
  [/^đặc khu\s+/iu, 'đặc khu'],
  [/^tỉnh\s+/iu, 'tỉnh'],
  [/^huyện\s+/iu, 'huyện'],
  [/^quận\s+/iu, 'quận'],
  [/^phường\s+/iu, 'phường'],
  [/^xã\s+/iu, 'xã'],
];

export const NO_PLACE: Place = { place_name: null, place_code: null, province: null };

export function hasGazetteer(db: DB): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = 'places'").get();
}

/** `huyện Tam Dương, tỉnh Vĩnh Phúc` -> level, name and province as typed. */
export function splitPlace(input: string): { level: string | null; name: string; province: string | null } {
  let rest = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  let province: string | null = null;
  // `Tam Dương, Vĩnh Phúc` and `Tam Dương (Vĩnh Phúc)` name the province after the unit.
  const m = /^(.+?)\s*(?:,|\()\s*([^,()]+?)\)?$/u.exec(rest);
  if (m) {
    rest = m[1]!;
    province = m[2]!.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, '');
  }
  for (const [re, level] of LEVELS) {
    if (re.test(rest)) return { level, name: rest.replace(re, ''), province };
  }
  return { level: null, name: rest, province };
}

/** The place for a figure, from a name or a code; an error names the candidates when several fit. */
export function resolvePlace(db: DB, input: string): Parsed<Place> {
  const text = input.trim();
  if (/^(?:|none|null|-)$/i.test(text)) return { ok: true, value: NO_PLACE };
  if (!hasGazetteer(db)) {
    return { ok: false, error: `cannot resolve place "${text}": this database has no gazetteer (places table); ingest with a solieu that has one` };
  }
  const cols = 'code, level, name, province';
  if (/^\d+$/.test(text)) {
    const row = db.prepare(`SELECT ${cols} FROM places WHERE code = ? LIMIT 1`).get(text) as PlaceRow | undefined;
    return row ? { ok: true, value: toPlace(row) } : { ok: false, error: `no place has code ${text}` };
  }
  const want = splitPlace(text);
  if (asciiKey(want.name) === 'viet nam' && !want.province) return { ok: true, value: { place_name: 'Việt Nam', place_code: null, province: null } };
  let rows = db.prepare(`SELECT ${cols} FROM places WHERE name_key = ?`).all(asciiKey(want.name)) as PlaceRow[];
  if (want.level) rows = rows.filter((r) => r.level !== null && asciiKey(r.level) === asciiKey(want.level!));
  if (want.province) rows = rows.filter((r) => r.province !== null && asciiKey(r.province) === asciiKey(want.province!));
  // Typed with its marks, `Tam Dương` must not also pick `Tâm Dương`.
  const exact = rows.filter((r) => r.name.normalize('NFC').toLowerCase() === want.name.toLowerCase());
  if (exact.length) rows = exact;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const found = [...byCode.values()];
  if (found.length === 1) return { ok: true, value: toPlace(found[0]!) };
  if (!found.length) return { ok: false, error: `no place named "${text}" in the gazetteer` };
  const list = found.slice(0, 8).map((r) => `${r.code} (${label(r)}${r.province ? `, ${r.province}` : ''})`).join('; ');
  return { ok: false, error: `"${text}" is ambiguous: ${found.length} places have that name: ${list}${found.length > 8 ? '; ...' : ''}. Give the code, or add the province: "${want.level ? want.level + ' ' : ''}${want.name}, <province>"` };
}

function label(r: PlaceRow): string {
  return r.level ? `${r.level} ${r.name}` : r.name;
}

function toPlace(r: PlaceRow): Place {
  const provinceLevel = r.level === 'tỉnh' || (r.level === 'thành phố' && r.province === null);
  return { place_name: label(r), place_code: r.code, province: r.province ?? (provinceLevel ? r.name : null) };
}
