/**
 * `solieu stats`: what a database holds: articles, figures by kind (and review status where the
 * review tables exist), places, ingest errors, runs. Every section is plain SQL on the public
 * tables, so a file from an older schema prints what it has.
 */
import type { Command } from 'commander';
import type { DB } from '../../db/open.js';
import { defaultDb } from '../cli.js';

type Table = { columns: string[]; rows: unknown[][] };
export type Stats = Record<string, Table | Record<string, unknown>>;

export function register(program: Command): void {
  program
    .command('stats')
    .description('summarize a database: articles, figures by kind and status, places, errors, runs')
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (o: { db: string; format: string }) => {
      const { openDb } = await import('../../db/open.js');
      let db: DB;
      try {
        db = openDb(o.db, { readonly: true });
      } catch (e) {
        process.stderr.write(`solieu stats: ${(e as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
      const s = collectStats(db);
      db.close();
      if (o.format === 'json') {
        process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        return;
      }
      const { formatTable } = await import('../format.js');
      const width = process.stdout.isTTY ? process.stdout.columns : undefined;
      for (const [name, section] of Object.entries(s)) {
        process.stdout.write(`\n${name}\n`);
        if ('columns' in section && Array.isArray(section.columns)) {
          const t = section as Table;
          process.stdout.write(t.rows.length ? formatTable(t.columns, t.rows, width) : '(none)\n');
        } else {
          const w = Math.max(...Object.keys(section).map((k) => k.length));
          for (const [k, v] of Object.entries(section)) process.stdout.write(`  ${k.padEnd(w)}  ${v ?? ''}\n`);
        }
      }
    });
}

export function collectStats(db: DB): Stats {
  const has = (name: string) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(name);
  const hasColumn = (rel: string, col: string) => !!db.prepare('SELECT 1 FROM pragma_table_info(?) WHERE name = ?').get(rel, col);
  const one = (sql: string) => db.prepare(sql).get() as Record<string, unknown>;
  const table = (sql: string): Table => {
    const stmt = db.prepare(sql).raw();
    return { columns: stmt.columns().map((c) => c.name), rows: stmt.all() as unknown[][] };
  };
  const s: Stats = {};
  s.file = {
    schema_version: db.pragma('user_version', { simple: true }),
    size_mb: Math.round(((db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)) / 1e4) / 100,
  };
  s.articles = one(`SELECT count(*) AS articles, count(published) AS with_date, min(published) AS earliest, max(published) AS latest,
    count(url) AS with_url, count(DISTINCT source) AS sources, round(sum(length(text)) / 1e6, 2) AS text_million_chars FROM articles`);
  if (has('articles_fts')) (s.articles as Record<string, unknown>).indexed_for_search = db.prepare('SELECT count(*) FROM articles_fts_docsize').pluck().get();
  s.figures = one(`SELECT count(*) AS figures, sum(modality = 'actual') AS actual, sum(modality = 'target') AS target,
    sum(is_repeat) AS repeats, count(subject) AS with_subject, count(place_name) AS with_place, count(year) AS with_year FROM figures`);
  s['figures by kind'] = table(`SELECT kind, count(*) AS figures, sum(modality = 'actual') AS actual, sum(modality = 'target') AS target,
    count(DISTINCT article_id) AS articles FROM figures GROUP BY kind ORDER BY figures DESC`);
  const reviewed = has('figures_reviewed') && hasColumn('figures_reviewed', 'review_status') ? 'figures_reviewed' : hasColumn('figures', 'review_status') ? 'figures' : null;
  if (reviewed) s['figures by review status'] = table(`SELECT review_status, count(*) AS figures FROM ${reviewed} GROUP BY review_status ORDER BY figures DESC`);
  s.places = one(`SELECT (SELECT count(*) FROM place_mentions) AS mentions, (SELECT count(DISTINCT code) FROM place_mentions) AS units_named,
    (SELECT count(DISTINCT province) FROM place_mentions) AS provinces_named,
    (SELECT count(DISTINCT coalesce(place_code, place_name)) FROM figures) AS units_with_figures`);
  s['figures by province'] = table(`SELECT coalesce(province, '(none)') AS province, count(*) AS figures, count(DISTINCT article_id) AS articles
    FROM figures GROUP BY province ORDER BY figures DESC LIMIT 10`);
  s.errors = table('SELECT reason, count(*) AS errors, max(at) AS latest FROM ingest_errors GROUP BY reason ORDER BY errors DESC');
  s.runs = one(`SELECT count(*) AS runs, sum(status = 'completed') AS completed, sum(status = 'interrupted') AS interrupted,
    sum(status = 'failed') AS failed, sum(status = 'running') AS running, max(started_at) AS latest FROM runs`);
  s['last runs'] = table(`SELECT id, command, status, started_at, articles_seen AS seen, articles_new AS new, articles_changed AS changed,
    figures, errors FROM runs ORDER BY id DESC LIMIT 5`);
  return s;
}
