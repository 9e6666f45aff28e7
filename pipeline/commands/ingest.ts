/**
 * `solieu ingest <paths...>`: read .txt files, folders and JSON Lines dumps into the database.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { defaultDb } from '../cli.js';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read articles (.txt files, folders, .jsonl/.jsonl.gz dumps, - for stdin) into the database')
    .argument('<paths...>', 'files, folders or dumps; - reads JSON Lines from stdin')
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('--reextract', 'extract again the stored articles whose figures came from an older extractor version')
    .option('--quiet', 'print errors only (no progress, no notes)')
    .option('--workers <n>', 'worker threads preparing articles, helped by the main thread when they are all busy; 0 prepares them all on the main thread (default: one per core but one)', parseCount)
    .option('--batch-size <n>', 'articles written per transaction', parseCount, 500)
    .option('--id-field <name>', 'JSON Lines: field holding the record id', 'id')
    .option('--text-field <name>', 'JSON Lines: field holding the article text', 'text')
    .option('--title-field <name>', 'JSON Lines: field holding the headline', 'title')
    .option('--url-field <name>', 'JSON Lines: field holding the URL', 'url')
    .option('--date-field <name>', 'JSON Lines: field holding the publication date', 'date')
    .action(async (paths: string[], o: Record<string, string | number | boolean | undefined>) => {
      const { ingest } = await import('../run.js');
      const s = await ingest(paths, {
        db: String(o.db),
        reextract: !!o.reextract,
        quiet: !!o.quiet,
        workers: typeof o.workers === 'number' ? o.workers : undefined,
        batchSize: typeof o.batchSize === 'number' ? o.batchSize : undefined,
        fields: { id: String(o.idField), text: String(o.textField), title: String(o.titleField), url: String(o.urlField), date: String(o.dateField) },
      });
      process.stderr.write(
        `solieu: run ${s.runId} ${s.status}: ${s.seen} articles read, ${s.added} new, ${s.changed} changed, ${s.unchanged} unchanged, ` +
          `${s.reextracted} re-extracted, ${s.duplicates} duplicates, ${s.figures} figures, ${s.errors} errors` +
          (s.skippedFiles ? `, ${s.skippedFiles} files skipped` : '') + ` in ${s.seconds.toFixed(1)} s -> ${String(o.db)}\n`,
      );
      if (s.status === 'interrupted') {
        // stdin may still be open: do not wait for it
        process.exit(130);
      } else if (s.errors > 0) process.exitCode = 1;
    });
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}
