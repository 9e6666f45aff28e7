/**
 * `solieu search "chuyển đổi số" [--kind percent] [--province "Thanh Hóa"] [--limit 20]`:
 * full-text search over the articles, with or without diacritics (`chuyen doi so`, `THANH HÓA`,
 * `thanh hoa` all work). Prints each hit with its sentence, its code-point offsets into
 * `articles.text` and the figures of that sentence.
 */
import type { Command } from 'commander';
import type { Hit, SearchResult } from '../search.js';
import { defaultDb } from '../cli.js';

type Options = { db: string; kind?: string; province?: string; limit: string; perArticle: string; words?: boolean; format: string };

export function register(program: Command): void {
  program
    .command('search')
    .description('full-text search of the articles, with or without diacritics; prints hits with their sentence and figures')
    .argument('<query>', 'words (one phrase: "chuyen doi so"), or FTS5 syntax: "a b" OR c, NOT, NEAR(a b), prefix*')
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('--kind <kind>', 'only hits whose sentence holds a figure of this kind (percent, count, ratio, money, quantity, rank)')
    .option('--province <name>', 'only articles about this province (`Thanh Hóa`, `thanh hoa`)')
    .option('-n, --limit <n>', 'hits to print at most', '20')
    .option('--per-article <n>', 'hits per article at most', '5')
    .option('--words', 'match the words anywhere in the article, not as one phrase')
    .option('-f, --format <format>', 'text, json or jsonl', 'text')
    .action(async (query: string, o: Options) => {
      const { openDb } = await import('../../db/open.js');
      const { search } = await import('../search.js');
      const { SearchSyntaxError } = await import('../../db/fts.js');
      const fail = (msg: string) => {
        process.stderr.write(`solieu search: ${msg}\n`);
        process.exitCode = 1;
      };
      const limit = Number(o.limit);
      const perArticle = Number(o.perArticle);
      if (!(limit > 0) || !(perArticle > 0)) return fail('--limit and --per-article are positive numbers');
      if (!['text', 'json', 'jsonl'].includes(o.format)) return fail(`unknown format ${JSON.stringify(o.format)}: use text, json or jsonl`);
      let db;
      try {
        db = openDb(o.db, { readonly: true });
      } catch (e) {
        return fail((e as Error).message);
      }
      let r: SearchResult;
      try {
        r = search(db, query, { kind: o.kind, province: o.province, limit, perArticle, mode: o.words ? 'words' : 'phrase' });
      } catch (e) {
        if (e instanceof SearchSyntaxError) return fail(e.message);
        throw e;
      } finally {
        db.close();
      }
      if (r.note) process.stderr.write(`solieu search: ${r.note}\n`);
      if (o.format === 'json') process.stdout.write(JSON.stringify(r, null, 2) + '\n');
      else if (o.format === 'jsonl') for (const h of r.hits) process.stdout.write(JSON.stringify(h) + '\n');
      else process.stdout.write(render(r, !!process.stdout.isTTY));
    });
}

/** Hits grouped by article, the hit marked in its sentence. */
export function render(r: SearchResult, color: boolean): string {
  const [on, off] = color ? ['\x1b[1;33m', '\x1b[0m'] : ['«', '»'];
  const out: string[] = [];
  let last = -1;
  for (const h of r.hits) {
    if (h.article_id !== last) {
      last = h.article_id;
      const head = [h.external_id ?? `#${h.article_id}`, h.published, h.url ?? h.source].filter(Boolean).join(' · ');
      out.push('', `[${h.article_id}] ${head}`);
      if (h.title) out.push(`    ${h.title}`);
    }
    out.push(`  ${h.char_start}-${h.char_end}  ${marked(h, on, off)}`);
    for (const f of h.figures) out.push(`      ${f.kind} ${f.value}${f.unit ? ' ' + f.unit : ''} (${f.modality}) «${f.quote}» ${f.char_start}-${f.char_end}`);
    if (h.more_in_article) out.push(`      … ${h.more_in_article} more in this article`);
  }
  const n = r.hits.length;
  out.push('', `${n} hit${n === 1 ? '' : 's'} in ${new Set(r.hits.map((h) => h.article_id)).size} article(s)${r.truncated ? ' (more with --limit)' : ''}; query: ${r.query}`, '');
  return out.join('\n').replace(/^\n/, '');
}

function marked(h: Hit, on: string, off: string): string {
  const s = Array.from(h.sentence);
  const a = h.char_start - h.sentence_start;
  const b = h.char_end - h.sentence_start;
  const text = s.slice(0, a).join('') + on + s.slice(a, b).join('') + off + s.slice(b).join('');
  return text.replace(/\s*\n\s*/g, ' ');
}
