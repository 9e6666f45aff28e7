/**
 * Reference data loaded into a database after its migrations: the gazetteer's units into
 * `places` and `place_successions` (db/migrations/0002_places.sql), from data/gazetteer.json.
 *
 * Runs on every writable open, so it must cost nothing when the data is there: the version of
 * the gazetteer file (its first bytes) is compared with the one recorded in `_meta`
 * (`places_version`), and only a new version is parsed and loaded, in one transaction.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { DB } from './open.js';
import { dataFile, gazetteer, PRE_REFORM_UNTIL, POST_REFORM_FROM } from '../extractors/places/gazetteer.js';
import { asciiKey } from '../extractors/lib/fold.js';

const VERSION_KEY = 'places_version';

export function seedTables(db: DB): void {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'places'").get()) return;
  const file = dataFile();
  const version = fileVersion(file);
  const current = db.prepare('SELECT value FROM _meta WHERE key = ?').pluck().get(VERSION_KEY) as string | undefined;
  if (version && current === version) return;
  loadPlaces(db);
}

/** The `version` field of data/gazetteer.json, read from its first bytes without parsing the rest. */
function fileVersion(file: string): string | null {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return /"version":"([^"]+)"/.exec(buf.toString('utf8', 0, n))?.[1] ?? null;
  } finally {
    closeSync(fd);
  }
}

/** Replaces the rows of `places` and `place_successions` with the gazetteer's. */
export function loadPlaces(db: DB): void {
  const g = gazetteer();
  const insert = db.prepare(`INSERT INTO places (code, gso_code, level, name, full_name, name_key, parent_code, province_code, province,
    tier, valid_from, valid_until, successor_codes, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const link = db.prepare('INSERT INTO place_successions (code, successor_code, whole) VALUES (?, ?, ?)');
  db.transaction(() => {
    db.exec('DELETE FROM place_successions; DELETE FROM places;');
    for (let u = 0; u < g.size; u++) {
      const post = g.isPost(u);
      const parent = g.parent[u]!;
      const successors = g.successors(u);
      const aliases = g.aliasesOf(u);
      insert.run(
        g.placeKey(u), g.code[u]!, g.levelName(u), g.name[u]!, g.fullName(u), asciiKey(g.name[u]!),
        parent >= 0 ? g.placeKey(parent) : null, g.placeKey(g.province(u)), g.name[g.province(u)]!, g.tier(u) + 1,
        post ? POST_REFORM_FROM : null, post ? null : PRE_REFORM_UNTIL,
        successors.length ? JSON.stringify(successors.map((s) => g.placeKey(s.unit))) : null,
        aliases.length ? JSON.stringify(aliases) : null,
      );
    }
    for (let u = 0; u < g.pre; u++) {
      for (const s of g.successors(u)) link.run(g.placeKey(u), g.placeKey(s.unit), s.whole ? 1 : 0);
    }
    db.prepare("INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(VERSION_KEY, g.version);
  })();
}
