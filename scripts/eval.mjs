#!/usr/bin/env node
// `npm run eval [-- <shared folder>]`: ingests the gold sets (seeds, dev) with the built CLI,
// scores them with shared/tools/score.py, prints the numbers, and fails below the pinned floors
// in scripts/eval-floors.json. Needs the shared folder (default ../shared) and python3.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared'));
if (!existsSync(path.join(shared, 'tools', 'score.py'))) {
  console.error(`eval: no ${path.join(shared, 'tools', 'score.py')}; pass the shared folder: npm run eval -- /path/to/shared`);
  process.exit(2);
}
const floors = JSON.parse(readFileSync(path.join(root, 'scripts', 'eval-floors.json'), 'utf8'));
const sets = { seeds: path.join(shared, 'corpus', 'seeds'), dev: path.join(shared, 'corpus', 'dev', 'dev.jsonl') };
const tmp = mkdtempSync(path.join(tmpdir(), 'solieu-eval-'));
const get = (o, k) => k.split('.').reduce((x, p) => (x == null ? undefined : x[p]), o);
let failed = 0;
for (const [name, input] of Object.entries(sets)) {
  const db = path.join(tmp, `${name}.sqlite`);
  const ing = spawnSync(process.execPath, [path.join(root, 'bin', 'solieu.js'), 'ingest', input, '--db', db, '--quiet'], { encoding: 'utf8' });
  if (ing.status !== 0) {
    console.error(`eval: ingest of ${name} failed:\n${ing.stderr}`);
    failed++;
    continue;
  }
  const sc = spawnSync('python3', [path.join(shared, 'tools', 'score.py'), '--db', db, '--gold', path.join(shared, 'gold', `${name}.jsonl`),
    '--places', path.join(shared, 'gold', `${name}_places.jsonl`), '--json'], { encoding: 'utf8' });
  if (sc.status !== 0) {
    console.error(`eval: score.py failed on ${name}:\n${sc.stderr}`);
    failed++;
    continue;
  }
  const r = JSON.parse(sc.stdout.trim().split('\n').pop());
  console.log(`${name}: value F1 ${r.value.f1}  detect F1 ${r.detect.f1}  offsets bad ${r.offsets_bad}  places F1 ${r.places?.f1} (province ${r.places?.province})`);
  console.log(`  ${Object.entries(r.attributes).map(([k, v]) => `${k} ${v}`).join('  ')}`);
  for (const [k, floor] of Object.entries(floors[name] ?? {})) {
    if (k === 'offsets_bad_max') {
      if (r.offsets_bad > floor) { console.log(`  BELOW FLOOR: offsets_bad ${r.offsets_bad} > ${floor}`); failed++; }
      continue;
    }
    const v = get(r, k);
    if (typeof v !== 'number' || v < floor) { console.log(`  BELOW FLOOR: ${k} ${v} < ${floor}`); failed++; }
  }
}
rmSync(tmp, { recursive: true, force: true });
if (failed) {
  console.log(`eval: ${failed} below the floors`);
  process.exit(1);
}
console.log('eval: every number at or above its floor');
