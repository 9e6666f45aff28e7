/**
 * Checking the HTML reader against a folder of saved pages and its EXPECTED.json (the format of
 * ../shared/corpus/html): article pages must yield an article with the right title, publication
 * time and phrases; list and home pages must yield none. Used by scripts/eval-html.mjs
 * (`npm run eval:html`) and by a test that pins the floors when the folder is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from './decode.js';
import { parseHtml } from './page.js';

type Expectation = {
  url?: string;
  title?: string;
  title_startswith?: string;
  upstream_auto_parser_title_length?: number;
  published_at?: string;
  content_contains?: string[];
  content_contains_lowercase?: string[];
  is_article?: boolean;
  next_page_url?: string;
};

export type CheckKind = 'article' | 'title' | 'published' | 'phrases' | 'notArticle';
export type FileResult = { file: string; held: number; checks: number; fails: string[]; info: string };
export type Evaluation = { files: FileResult[]; totals: Record<CheckKind, [number, number]> };

/** The floors of the acceptance: titles 100%, publication times 90%, phrases 100%, lists 100%. */
export const FLOORS: Record<CheckKind, number> = { article: 1, title: 1, published: 0.9, phrases: 1, notArticle: 1 };

const squash = (s: unknown) => String(s ?? '').normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();

function readKinds(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = (head ?? '').split('\t');
  for (const row of rows) {
    const f = row.split('\t');
    out.set(f[cols.indexOf('file')] ?? '', f[cols.indexOf('kind')] ?? '');
  }
  return out;
}

type TimeParts = { y: number; mo: number; d: number; h?: number; mi?: number; s?: number };

// `2026-03-07T08:52:11.000 +07:00 (as in page metadata)`, `07/03/2026 08:47 (as shown on page)`
function timeParts(value: unknown): TimeParts | null {
  const t = String(value ?? '').replace(/\(.*\)/, '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(t);
  const dmy = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(t);
  const m = iso ?? dmy;
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const p: TimeParts = iso
    ? { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: num(m[4]), mi: num(m[5]), s: num(m[6]) }
    : { y: Number(m[3]), mo: Number(m[2]), d: Number(m[1]), h: num(m[4]), mi: num(m[5]), s: num(m[6]) };
  const zone = iso?.[7];
  if (zone && p.h !== undefined) {
    // Compare in Vietnam time, as pages and readers write it.
    const off = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5) || 0));
    const u = new Date(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi ?? 0, p.s ?? 0) + (7 * 60 - off) * 60000);
    return { y: u.getUTCFullYear(), mo: u.getUTCMonth() + 1, d: u.getUTCDate(), h: u.getUTCHours(), mi: u.getUTCMinutes(), s: p.s === undefined ? undefined : u.getUTCSeconds() };
  }
  return p;
}

/** Same day, and same hour and minute (and second, when the expectation gives a non-zero one). */
export function samePublished(want: unknown, got: unknown): boolean {
  const w = timeParts(want);
  const g = timeParts(got);
  if (!w || !g || w.y !== g.y || w.mo !== g.mo || w.d !== g.d) return false;
  if (w.h === undefined) return true;
  if (g.h !== w.h || g.mi !== w.mi) return false;
  return !w.s || g.s === w.s;
}

export function evaluateFolder(dir: string): Evaluation {
  const expected = JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8')) as Record<string, Expectation>;
  const kinds = readKinds(path.join(dir, 'SOURCES.tsv'));
  const totals: Evaluation['totals'] = { article: [0, 0], title: [0, 0], published: [0, 0], phrases: [0, 0], notArticle: [0, 0] };
  const files: FileResult[] = [];
  for (const [file, exp] of Object.entries(expected)) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    const kind = kinds.get(file) ?? (exp.is_article === false || exp.next_page_url || /home\s?page/i.test(file) ? 'list' : 'article');
    const isArticle = exp.is_article !== false && !exp.next_page_url && (kind === 'article' || kind === 'forum thread');
    const page = parseHtml(decodeHtml(readFileSync(full)).text, { url: exp.url ?? null });
    const r: FileResult = { file, held: 0, checks: 0, fails: [], info: '' };
    const check = (k: CheckKind, ok: boolean, what: string) => {
      totals[k][1]++;
      r.checks++;
      if (ok) {
        totals[k][0]++;
        r.held++;
      } else r.fails.push(what);
    };
    if (!isArticle) {
      check('notArticle', page.kind !== 'article', `${kind} page yielded an article`);
    } else {
      check('article', page.kind === 'article', page.kind === 'article' ? '' : `no article: ${page.reason}`);
      const a = page.kind === 'article' ? page : { title: null, published: null, text: '' };
      const title = squash(a.title);
      if (exp.title) check('title', title === squash(exp.title), `title ${JSON.stringify(title)} != ${JSON.stringify(exp.title)}`);
      else if (exp.title_startswith) check('title', title.startsWith(squash(exp.title_startswith)), `title ${JSON.stringify(title)} does not start ${JSON.stringify(exp.title_startswith)}`);
      else if (exp.upstream_auto_parser_title_length) {
        const n = [...title].length;
        check('title', n === exp.upstream_auto_parser_title_length, `title ${JSON.stringify(title)} (${n} chars) != upstream length ${exp.upstream_auto_parser_title_length}`);
      } else check('title', title.length > 0, 'no title');
      if (exp.published_at) check('published', samePublished(exp.published_at, a.published), `published ${a.published} != ${exp.published_at}`);
      const text = squash(a.text);
      for (const ph of exp.content_contains ?? []) check('phrases', text.includes(squash(ph)), `phrase missing: ${JSON.stringify(ph)}`);
      for (const ph of exp.content_contains_lowercase ?? []) check('phrases', text.toLowerCase().includes(squash(ph).toLowerCase()), `phrase missing: ${JSON.stringify(ph)}`);
    }
    r.info = page.kind === 'article' ? `${page.text.length} chars, published ${page.published ?? '-'}` : `not an article: ${page.reason}`;
    files.push(r);
  }
  return { files, totals };
}

/** The checks whose share is below its floor. */
export function belowFloors(e: Evaluation): CheckKind[] {
  return (Object.keys(FLOORS) as CheckKind[]).filter((k) => e.totals[k][1] > 0 && e.totals[k][0] / e.totals[k][1] < FLOORS[k]);
}
