/**
 * `solieu ingest <paths...>`: read .txt files, folders and JSON Lines dumps into the database.
 */
import type { Command } from 'commander';
import { defaultDb } from '../cli.js';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read articles (.txt files, folders, .jsonl/.jsonl.gz dumps, - for stdin) into the database')
    .argument('<paths...>', 'files, folders or dumps; - reads JSON Lines from stdin')
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('--reextract', 'extract again the stored articles whose figures came from an older extractor version')
    .option('--quiet', 'print errors only')
    .option('--id-field <name>', 'JSON Lines: field holding the record id', 'id')
    .option('--text-field <name>', 'JSON Lines: field holding the article text', 'text')
    .option('--title-field <name>', 'JSON Lines: field holding the headline', 'title')
    .option('--url-field <name>', 'JSON Lines: field holding the URL', 'url')
    .option('--date-field <name>', 'JSON Lines: field holding the publication date', 'date')
    .action(async (paths: string[], o: Record<string, string | boolean | undefined>) => {
      const { ingest } = await import('../run.js');
      const s = await ingest(paths, {
        db: String(o.db),
        reextract: !!o.reextract,
        quiet: !!o.quiet,
        fields: { id: String(o.idField), text: String(o.textField), title: String(o.titleField), url: String(o.urlField), date: String(o.dateField) },
      });
      process.stderr.write(
        `solieu: run ${s.runId} ${s.status}: ${s.seen} articles read, ${s.added} new, ${s.changed} changed, ${s.unchanged} unchanged, ` +
          `${s.reextracted} re-extracted, ${s.duplicates} duplicates, ${s.figures} figures, ${s.errors} errors` +
          (s.skippedFiles ? `, ${s.skippedFiles} files skipped` : '') + ` in ${s.seconds.toFixed(1)} s -> ${String(o.db)}\n`,
      );
      if (s.status === 'interrupted') process.exitCode = 130;
      else if (s.errors > 0) process.exitCode = 1;
    });
}
