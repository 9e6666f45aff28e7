/**
 * `solieu schema`: every table, view and column with its description, read from the comments in
 * the schema's CREATE statements (db/docs.ts). Without --db it describes the current schema (a
 * fresh database in memory); with --db, that file's. The README's schema section is the same
 * Markdown (`npm run docs`).
 */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('schema')
    .description('print every table, view and column of the database with its description')
    .option('--db <file>', 'describe this file (default: the current schema, as a new file would have it)')
    .option('-f, --format <format>', 'markdown, json, or datasette (a metadata.json for `datasette -m`)', 'markdown')
    .action(async (o: { db?: string; format: string }) => {
      const { openDb } = await import('../../db/open.js');
      const { readDocs, schemaMarkdown, datasetteMetadata } = await import('../../db/docs.js');
      if (!['markdown', 'json', 'datasette'].includes(o.format)) {
        process.stderr.write(`solieu schema: unknown format ${JSON.stringify(o.format)}: use markdown, json or datasette\n`);
        process.exitCode = 1;
        return;
      }
      let db;
      try {
        db = o.db ? openDb(o.db, { readonly: true }) : openDb(':memory:');
      } catch (e) {
        process.stderr.write(`solieu schema: ${(e as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
      const docs = readDocs(db);
      db.close();
      if (o.format === 'json') process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
      else if (o.format === 'datasette') {
        const name = o.db ? o.db.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') : 'solieu';
        process.stdout.write(JSON.stringify(datasetteMetadata(docs, name), null, 2) + '\n');
      } else process.stdout.write(schemaMarkdown(docs));
    });
}
