/**
 * `solieu reextract`: extract again, from the stored text, the articles whose figures came from
 * an older extractor version (`--all`: every article). No inputs needed.
 */
import type { Command } from 'commander';
import { defaultDb } from '../cli.js';

export function register(program: Command): void {
  program
    .command('reextract')
    .description('extract the stored articles again with this version of the extractors (from their stored text)')
    .option('--db <file>', 'SQLite database file', defaultDb())
    .option('--all', 'every article, not only those extracted by another version')
    .action(async (o: { db: string; all?: boolean }) => {
      const { reextract } = await import('../reextract.js');
      const s = reextract(o.db, { all: !!o.all, log: (l) => process.stderr.write(l + '\n') });
      process.stderr.write(`solieu: run ${s.runId} ${s.status}: ${s.reextracted} articles re-extracted, ${s.figures} figures, ${s.errors} errors in ${s.seconds.toFixed(1)} s -> ${o.db}\n`);
      if (s.errors > 0) process.exitCode = 1;
    });
}
