/**
 * A place a reviewer types (`huyện Tam Dương`, `Tam Dương, Vĩnh Phúc`, `Tam Duong`, or a code
 * such as `08`, `00004`, `2025:00004`) resolved to the three columns a figure carries:
 * place_name (with its level word), place_code (`places.code`) and province. Names go through
 * `lookupPlaces` (pipeline/link/places.ts), or the `places` table where the gazetteer data is
 * not at hand; codes through the `places` table, or the gazetteer. Several units with the name
 * are reported with their codes, never guessed between.
 */
import type { DB } from '../db/open.js';
import { asciiKey } from '../extractors/lib/fold.js';
import { lookupPlaces, type PlaceCandidate } from '../pipeline/link/places.js';
import { gazetteer } from '../extractors/places/gazetteer.js';
import type { Parsed, Place } from './fields.js';

export const NO_PLACE: Place = { place_name: null, place_code: null, province: null };
const REFORM = '2025-07-01';

export function hasPlacesTable(db: DB): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = 'places'").get();
}

type Row = { code: string; level: string | null; name: string; province: string | null };

/** Candidates for a name from the `places` table (columns of migration 0002); for a level word too. */
export function placesTableLookup(db: DB, typed: string): PlaceCandidate[] {
  // `huyện Tam Dương`, `TP Thanh Hóa`, `thị xã Nghi Sơn`: the level word, then the name.
  const m = /^(thành phố|tp\.?|thị trấn|thị xã|tx\.?|đặc khu|tỉnh|huyện|quận|phường|xã)\s+(.+)$/iu.exec(typed.trim());
  const level = m ? m[1]!.toLowerCase().replace(/^tp\.?$/, 'thành phố').replace(/^tx\.?$/, 'thị xã') : null;
  const name = m ? m[2]! : typed.trim();
  let rows = db.prepare('SELECT code, level, name, province FROM places WHERE name_key = ?').all(asciiKey(name)) as Row[];
  if (level) rows = rows.filter((r) => r.level === level);
  const exact = rows.filter((r) => r.name.toLowerCase() === name.toLowerCase());
  return (exact.length ? exact : rows).map((r) => ({ code: r.code, level: r.level as PlaceCandidate['level'], name: r.name, province: r.province ?? r.name }));
}

function byName(db: DB, name: string): PlaceCandidate[] {
  try {
    return lookupPlaces(name);
  } catch (e) {
    // No gazetteer data beside this build: the table, when the database has one, knows the names too.
    if (hasPlacesTable(db)) return placesTableLookup(db, name);
    throw e;
  }
}

function byCode(db: DB, code: string): PlaceCandidate | null {
  if (hasPlacesTable(db)) {
    const r = db.prepare('SELECT code, level, name, province FROM places WHERE code = ?').get(code) as Row | undefined;
    return r ? { code: r.code, level: r.level as PlaceCandidate['level'], name: r.name, province: r.province ?? r.name } : null;
  }
  const g = gazetteer();
  for (let u = 0; u < g.size; u++) {
    if (g.placeKey(u) === code) return { code, level: g.levelName(u), name: g.name[u]!, province: g.provinceName(u, '2025-06-30') };
  }
  return null;
}

const toPlace = (c: PlaceCandidate): Place => ({ place_name: `${c.level} ${c.name}`, place_code: c.code, province: c.province });
const label = (c: PlaceCandidate) => `${c.code} (${c.level} ${c.name}, ${c.province})`;

/**
 * The place for a figure. `date` (the article's publication date) picks between a unit before
 * the July 2025 reform and its namesake after it, as the linker does; nothing else is guessed.
 */
export function resolvePlace(db: DB, input: string, date: string | null = null): Parsed<Place> {
  const text = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (/^(?:|none|null|-)$/i.test(text)) return { ok: true, value: NO_PLACE };
  try {
    if (/^(?:2025:)?\d+$/.test(text)) {
      const c = byCode(db, text);
      return c ? { ok: true, value: toPlace(c) } : { ok: false, error: `no place has code ${text}` };
    }
    // `Tam Dương, Vĩnh Phúc` and `Tam Dương (Vĩnh Phúc)` name the province after the unit.
    const m = /^(.+?)\s*(?:,|\()\s*([^,()]+?)\)?$/u.exec(text);
    const name = m ? m[1]! : text;
    const province = m ? m[2]!.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, '') : null;
    if (asciiKey(name) === 'viet nam' && !province) return { ok: true, value: { place_name: 'Việt Nam', place_code: null, province: null } };
    let found = byName(db, name);
    if (province) found = found.filter((c) => asciiKey(c.province) === asciiKey(province));
    const post = date !== null && date >= REFORM;
    const sameSide = found.filter((c) => c.code.startsWith('2025:') === post);
    if (sameSide.length) found = sameSide;
    if (found.length === 1) return { ok: true, value: toPlace(found[0]!) };
    if (!found.length) return { ok: false, error: `no place named "${text}" in the gazetteer` };
    const list = found.slice(0, 8).map(label).join('; ') + (found.length > 8 ? '; ...' : '');
    return { ok: false, error: `"${text}" is ambiguous: ${found.length} places have that name: ${list}. Give the code, or the province: "${name}, <province>"` };
  } catch (e) {
    return { ok: false, error: `cannot resolve place "${text}": ${(e as Error).message}` };
  }
}
