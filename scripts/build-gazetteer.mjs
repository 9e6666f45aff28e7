#!/usr/bin/env node
// Regenerates data/gazetteer.json, the compact gazetteer solieu ships, from the files in
// ../shared/gazetteer (or the folder given as the first argument): `npm run gazetteer`.
//
// Inputs (all MIT, see data/LICENSE.*):
//   pre_2025_07/thanglequoc_v2.4.1_vn_only_simplified.json   63 / 696 / 10,035 units, 1 March 2025
//   post_2025_07/thanglequoc_v3.0.2_vn_only_simplified.json  34 / 3,321 units, 1 July 2025
//   mapping/dvhcvn_20250701_splits_old_to_new.json            old commune -> new commune(s)
//   mapping/dvhcvn_20250701_merges_new_to_old.json            whether each link is full or partial
//   data/place-aliases.json (in this repo)                    written forms the lists lack
//
// Output: one JSON object of parallel arrays (one entry per unit), small to store and fast to
// parse: units [0, pre) are the pre-reform units, [pre, end) the post-reform ones.
//   code[i]   GSO code             level[i]  index into `levels`    name[i]  name without level word
//   parent[i] index of the parent unit or -1                       succ[i]  successor unit indices
//             (pre-reform units only; ~j = partial: only part of the old unit went into unit j)
// Names are NFC with the old tone-mark placement (`Hòa`, `Thủy`), the press's style: the lists
// mix both (`Tỉnh Hoà Bình` beside `Thành phố Hòa Bình`).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.resolve(process.argv[2] ?? path.join(repo, '..', 'shared', 'gazetteer'));
const read = (p) => readFileSync(path.join(src, p), 'utf8');

export const LEVELS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
const LEVEL_WORDS = LEVELS.map((l) => [l, l.length]).sort((a, b) => b[1] - a[1]);

const TONE_PAIRS = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
// `Hoà` -> `Hòa`, `Thuỷ` -> `Thủy`, at the end of a syllable only (`Hoàn` keeps its mark), and
// not after q, where u belongs to the consonant (`Quỳ Hợp` stays).
function oldTone(s) {
  return s.replace(/([oO])([àáảãạèéẻẽẹ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵ])(?![\p{L}\p{M}])/gu, (m) => {
    const low = m.toLowerCase();
    const rep = TONE_PAIRS[low];
    if (!rep) return m;
    return m[0] === m[0].toUpperCase() ? rep[0].toUpperCase() + rep[1] : rep;
  });
}

/** `Huyện Tam Dương` -> [level index, `Tam Dương`]. */
function split(fullName) {
  const clean = oldTone(fullName.normalize('NFC').trim().replace(/\s+/g, ' '));
  const low = clean.toLowerCase();
  for (const [w, n] of LEVEL_WORDS) {
    if (low.startsWith(w + ' ')) return [LEVELS.indexOf(w), clean.slice(n + 1).trim()];
  }
  throw new Error(`build-gazetteer: no level word in ${JSON.stringify(fullName)}`);
}

const code = [];
const level = [];
const name = [];
const parent = [];
const succ = [];
const byCode = [new Map(), new Map()]; // [pre, post]: GSO code -> index

function add(era, c, fullName, parentIndex) {
  const [lv, nm] = split(fullName);
  const i = code.length;
  code.push(c);
  level.push(lv);
  name.push(nm);
  parent.push(parentIndex);
  succ.push(0);
  byCode[era].set(c, i);
  return i;
}

// Before the reform: provinces, districts, communes.
const pre = JSON.parse(read('pre_2025_07/thanglequoc_v2.4.1_vn_only_simplified.json'));
for (const p of pre) {
  const pi = add(0, p.Code, p.FullName, -1);
  for (const d of p.District ?? []) {
    const di = add(0, d.Code, d.FullName, pi);
    for (const w of d.Ward ?? []) add(0, w.Code, w.FullName, di);
  }
}
// Old communes the mapping knows but the March 2025 list no longer has: their district is not
// recorded, so they hang from their province.
const splits = JSON.parse(read('mapping/dvhcvn_20250701_splits_old_to_new.json')).data;
for (const p of splits) {
  for (const w of p.level3s) {
    if (!byCode[0].has(w.level3_id)) add(0, w.level3_id, w.name, byCode[0].get(p.level1_id) ?? -1);
  }
}
const preCount = code.length;

// After the reform: provinces and communes.
const post = JSON.parse(read('post_2025_07/thanglequoc_v3.0.2_vn_only_simplified.json'));
for (const p of post) {
  const pi = add(1, p.Code, p.FullName, -1);
  for (const w of p.Wards ?? []) add(1, w.Code, w.FullName, pi);
}

// Successors. Which links are partial: from the new -> old list.
const partial = new Set();
for (const p of JSON.parse(read('mapping/dvhcvn_20250701_merges_new_to_old.json')).data) {
  for (const w of p.level2s) for (const m of w.merges) if (m.type === 'partial') partial.add(`${m.old_id}>${w.level2_id}`);
}
// Two new codes differ between the mapping and the list (06970 / 06978 Xã Ba Chẽ, 23737 / 23938
// Xã Ia Mơ): an unknown code is looked up by its name in the new province instead.
const fixed = [];
const newIndex = (c, fullName, newProvince) => {
  const j = byCode[1].get(c);
  if (j !== undefined) return j;
  const [lv, nm] = split(fullName);
  for (let k = preCount; k < code.length; k++) {
    if (parent[k] === newProvince && level[k] === lv && name[k] === nm) {
      fixed.push(`${c}->${code[k]}`);
      return k;
    }
  }
  throw new Error(`build-gazetteer: unknown new code ${c} ${fullName}`);
};
for (const p of splits) {
  const pi = byCode[0].get(p.level1_id);
  const provs = p.splits.map((s) => newIndex(s.new_id, s.name, -1));
  if (pi !== undefined) succ[pi] = provs;
  for (const w of p.level3s) {
    const wi = byCode[0].get(w.level3_id);
    const link = (s) => newIndex(s.new_id, s.name, provs[0]);
    if (wi !== undefined) succ[wi] = w.splits.map((s) => (partial.has(`${w.level3_id}>${s.new_id}`) ? ~link(s) : link(s)));
  }
}
// A district's successors are its communes' successors; it went wholly into one only when all
// its communes did. Island districts without communes became the special zone of their name.
const children = new Map();
for (let i = 0; i < code.length; i++) if (parent[i] >= 0) children.set(parent[i], [...(children.get(parent[i]) ?? []), i]);
for (let d = 0; d < preCount; d++) {
  if (parent[d] < 0 || parent[parent[d]] !== -1 || level[d] >= LEVELS.indexOf('xã')) continue;
  const kids = children.get(d) ?? [];
  const targets = new Map();
  for (const w of kids) for (const s of succ[w] || []) targets.set(s < 0 ? ~s : s, (targets.get(s < 0 ? ~s : s) ?? true) && s >= 0);
  if (!kids.length) {
    const prov = succ[parent[d]]?.[0];
    for (const j of children.get(prov) ?? []) if (name[j] === name[d]) targets.set(j, true);
  }
  const whole = targets.size === 1;
  succ[d] = [...targets.keys()].map((j) => (whole && targets.get(j) ? j : ~j));
}
const missing = [];
for (let i = 0; i < preCount; i++) if (!succ[i] || !succ[i].length) missing.push(`${code[i]} ${name[i]}`);

// Written forms the lists lack: data/place-aliases.json, keyed by era and GSO code.
const aliasFile = JSON.parse(readFileSync(path.join(repo, 'data', 'place-aliases.json'), 'utf8'));
const aliases = [];
for (const a of aliasFile.aliases) {
  const i = byCode[a.era === 'post' ? 1 : 0].get(a.code);
  if (i === undefined) throw new Error(`build-gazetteer: alias for unknown code ${a.code}`);
  const lv = a.level ? LEVELS.indexOf(a.level) : -1;
  for (const form of a.forms) aliases.push([i, form.normalize('NFC'), a.with ?? '', lv]);
}
const former = aliasFile.former.map((f) => {
  const i = byCode[0].get(f.code);
  if (i === undefined) throw new Error(`build-gazetteer: former name for unknown code ${f.code}`);
  return [i, f.name.normalize('NFC'), f.until];
});

const body = { levels: LEVELS, pre: preCount, code, level, name, parent, succ, aliases, former };
const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
const out = {
  about: 'solieu gazetteer, generated by scripts/build-gazetteer.mjs from thanglequoc/vietnamese-provinces-database v2.4.1 (2025-03-01) and v3.0.2 (2025-07-01) and dvhcvn 20250701 (MIT; see data/LICENSE.*). Do not edit by hand.',
  version,
  ...body,
};
// One unit-array per line keeps the file diffable and small.
const json = JSON.stringify(out).replace(/,"(code|level|name|parent|succ|aliases|former)":/g, ',\n"$1":');
writeFileSync(path.join(repo, 'data', 'gazetteer.json'), json + '\n');
console.log(
  `data/gazetteer.json ${version}: ${preCount} pre-reform units, ${code.length - preCount} post-reform units, ` +
    `${aliases.length} aliases, ${(json.length / 1024).toFixed(0)} KiB` +
    (fixed.length ? `; new codes matched by name: ${[...new Set(fixed)].join(', ')}` : '') +
    (missing.length ? `; no successor: ${missing.join(', ')}` : ''),
);
