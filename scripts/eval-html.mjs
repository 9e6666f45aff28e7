#!/usr/bin/env node
/**
 * `npm run eval:html -- ../shared/corpus/html`: runs the HTML reader over saved news pages and
 * prints, per file and in total, how many expectations of the folder's EXPECTED.json hold:
 * article pages yield an article with the right title, publication time and phrases; list and
 * home pages yield none (see corpus/html/evaluate.ts). Exits 1 below the floors (titles 100%,
 * publication times 90%, phrases 100%, non-articles 100%). Runs the built code: the npm script
 * builds first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const built = path.join(here, '..', 'dist', 'corpus', 'html', 'evaluate.js');
if (!existsSync(built)) {
  console.error('eval-html: dist/corpus/html/evaluate.js is missing; run `npm run build` first (npm run eval:html does).');
  process.exit(2);
}
const { evaluateFolder, belowFloors, FLOORS } = await import(pathToFileURL(built).href);

const dir = process.argv[2] ?? path.join(here, '..', '..', 'shared', 'corpus', 'html');
if (!existsSync(path.join(dir, 'EXPECTED.json'))) {
  console.error(`eval-html: no EXPECTED.json in ${dir}`);
  process.exit(2);
}

const result = evaluateFolder(dir);
for (const f of result.files) {
  const mark = f.fails.length ? '✗' : '✓';
  console.log(`${mark} ${f.held}/${f.checks}  ${f.file}  (${f.info})${f.fails.length ? '\n      ' + f.fails.join('\n      ') : ''}`);
}
const pct = ([a, b]) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(0)}%)` : '-');
const t = result.totals;
console.log('');
console.log(`article pages read as articles:  ${pct(t.article)}`);
console.log(`titles right:                    ${pct(t.title)}`);
console.log(`publication times right:         ${pct(t.published)}`);
console.log(`expected phrases found:          ${pct(t.phrases)}`);
console.log(`list/home pages with no article: ${pct(t.notArticle)}`);
const all = Object.values(t).reduce((acc, [a, b]) => [acc[0] + a, acc[1] + b], [0, 0]);
console.log(`all expectations:                ${pct(all)}`);
const below = belowFloors(result);
if (below.length) {
  console.log(`below floor: ${below.map((k) => `${k} < ${FLOORS[k] * 100}%`).join(', ')}`);
  process.exitCode = 1;
}
