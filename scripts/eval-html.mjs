#!/usr/bin/env node
/**
 * `npm run eval:html -- ../shared/corpus/html`: runs the HTML reader over saved news pages and
 * counts how many expectations of the folder's EXPECTED.json hold:
 *
 * - article pages yield an article, with the right title (`title`, `title_startswith`, or, for
 *   the 2012 pages that only give it, the length of the title the upstream parser found),
 * - the right publication time (`published_at`, to the precision it is written with),
 * - every expected phrase in the main text (`content_contains`, `content_contains_lowercase`),
 * - list and home pages (SOURCES.tsv kind, `is_article: false`, `next_page_url`) yield none.
 *
 * Prints one line per file and the totals, and exits 1 when a floor below is not met
 * (titles 100%, publication times 90%, phrases 100%, non-articles 100%). Runs the built code:
 * `npm run eval:html` builds first.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FLOORS = { title: 1, published: 0.9, phrases: 1, notArticle: 1 };

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist', 'corpus', 'html');
if (!existsSync(path.join(dist, 'page.js'))) {
  console.error('eval-html: dist/corpus/html/page.js is missing; run `npm run build` first (npm run eval:html does).');
  process.exit(2);
}
const { parseHtml } = await import(pathToFileURL(path.join(dist, 'page.js')).href);
const { decodeHtml } = await import(pathToFileURL(path.join(dist, 'decode.js')).href);

const dir = process.argv[2] ?? path.join(here, '..', '..', 'shared', 'corpus', 'html');
const expectedFile = path.join(dir, 'EXPECTED.json');
if (!existsSync(expectedFile)) {
  console.error(`eval-html: no EXPECTED.json in ${dir}`);
  process.exit(2);
}
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const kinds = readKinds(path.join(dir, 'SOURCES.tsv'));

function readKinds(file) {
  const out = new Map();
  if (!existsSync(file)) return out;
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head.split('\t');
  for (const row of rows) {
    const f = row.split('\t');
    out.set(f[cols.indexOf('file')], f[cols.indexOf('kind')]);
  }
  return out;
}

const squash = (s) => String(s ?? '').normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();

/** `2026-03-07T08:52:11.000 +07:00 (as in page metadata)`, `07/03/2026 08:47 (as shown on page)` -> parts. */
function timeParts(s) {
  const t = String(s ?? '').replace(/\(.*\)/, '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(t);
  let p;
  if (m) p = { y: +m[1], mo: +m[2], d: +m[3], h: m[4], mi: m[5], s: m[6], z: m[7] };
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(t);
    if (!m) return null;
    p = { y: +m[3], mo: +m[2], d: +m[1], h: m[4], mi: m[5], s: m[6] };
  }
  if (p.h !== undefined && p.z) {
    // A zone: compare in Vietnam time, as the reader writes it.
    const sign = p.z === 'Z' ? 0 : p.z[0] === '-' ? -1 : 1;
    const off = p.z === 'Z' ? 0 : sign * (Number(p.z.slice(1, 3)) * 60 + Number(p.z.replace(':', '').slice(3, 5) || 0));
    const u = new Date(Date.UTC(p.y, p.mo - 1, p.d, +p.h, +p.mi, +(p.s ?? 0)) + (7 * 60 - off) * 60000);
    p = { y: u.getUTCFullYear(), mo: u.getUTCMonth() + 1, d: u.getUTCDate(), h: String(u.getUTCHours()), mi: String(u.getUTCMinutes()), s: p.s === undefined ? undefined : String(u.getUTCSeconds()) };
  }
  return p;
}

function samePublished(want, got) {
  const w = timeParts(want);
  const g = timeParts(got);
  if (!w || !g) return false;
  if (w.y !== g.y || w.mo !== g.mo || w.d !== g.d) return false;
  if (w.h === undefined) return true;
  if (g.h === undefined || +w.h !== +g.h || +w.mi !== +g.mi) return false;
  if (w.s !== undefined && +w.s !== 0) return g.s !== undefined && +w.s === +g.s;
  return true;
}

const totals = { title: [0, 0], published: [0, 0], phrases: [0, 0], notArticle: [0, 0], article: [0, 0] };
const count = (k, ok) => {
  totals[k][1]++;
  if (ok) totals[k][0]++;
};

for (const [file, exp] of Object.entries(expected)) {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    console.log(`?  ${file}: missing`);
    continue;
  }
  const kind = kinds.get(file) ?? (exp.is_article === false || exp.next_page_url || /home\s?page/i.test(file) ? 'list' : 'article');
  const isArticle = exp.is_article !== false && !exp.next_page_url && (kind === 'article' || kind === 'forum thread');
  const bytes = readFileSync(full);
  const page = parseHtml(decodeHtml(bytes).text, { url: exp.url ?? null });
  const fails = [];
  let held = 0;
  let checks = 0;
  const check = (key, ok, what) => {
    count(key, ok);
    checks++;
    if (ok) held++;
    else fails.push(what);
  };
  if (!isArticle) {
    check('notArticle', page.kind !== 'article', `${kind} page yielded an article (${page.text?.length} chars)`);
  } else {
    count('article', page.kind === 'article');
    if (page.kind !== 'article') {
      fails.push(`no article: ${page.reason}`);
    }
    const a = page.kind === 'article' ? page : { title: null, published: null, text: '' };
    const title = squash(a.title);
    if (exp.title) check('title', title === squash(exp.title), `title ${JSON.stringify(title)} != ${JSON.stringify(exp.title)}`);
    else if (exp.title_startswith) check('title', title.startsWith(squash(exp.title_startswith)), `title ${JSON.stringify(title)} does not start ${JSON.stringify(exp.title_startswith)}`);
    else if (exp.upstream_auto_parser_title_length) check('title', [...title].length === exp.upstream_auto_parser_title_length, `title ${JSON.stringify(title)} (${[...title].length} chars) != upstream length ${exp.upstream_auto_parser_title_length}`);
    else check('title', title.length > 0, 'no title');
    if (exp.published_at) check('published', samePublished(exp.published_at, a.published), `published ${a.published} != ${exp.published_at}`);
    const text = squash(a.text);
    for (const ph of exp.content_contains ?? []) check('phrases', text.includes(squash(ph)), `phrase missing: ${JSON.stringify(ph)}`);
    for (const ph of exp.content_contains_lowercase ?? []) check('phrases', text.toLowerCase().includes(squash(ph).toLowerCase()), `phrase missing: ${JSON.stringify(ph)}`);
  }
  const mark = fails.length ? '✗' : '✓';
  const info = page.kind === 'article' ? `${page.text.length} chars, published ${page.published ?? '-'}` : `not an article: ${page.reason}`;
  console.log(`${mark} ${held}/${checks}  ${file}  (${info})${fails.length ? '\n      ' + fails.join('\n      ') : ''}`);
}

const pct = ([a, b]) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(0)}%)` : '-');
console.log('');
console.log(`article pages read as articles: ${pct(totals.article)}`);
console.log(`titles right:                   ${pct(totals.title)}`);
console.log(`publication times right:        ${pct(totals.published)}`);
console.log(`expected phrases found:         ${pct(totals.phrases)}`);
console.log(`list/home pages with no article: ${pct(totals.notArticle)}`);
const below = Object.entries(FLOORS).filter(([k, floor]) => totals[k][1] && totals[k][0] / totals[k][1] < floor);
if (below.length) {
  console.log(`below floor: ${below.map(([k, f]) => `${k} < ${f * 100}%`).join(', ')}`);
  process.exitCode = 1;
}
