/**
 * The `solieu` command line. Each subcommand lives in pipeline/commands/<name>.ts and exports
 * `register(program)`; this file finds them, so adding a command touches no other file.
 * Command modules load their heavy dependencies inside their actions, keeping start-up fast.
 */
import { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { SOLIEU_VERSION } from './version.js';

export type Register = (program: Command) => void;

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('solieu')
    .description('Vietnamese news articles in, cited statistics out, in a SQLite file.')
    .version(SOLIEU_VERSION)
    .showHelpAfterError();
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');
  const files = readdirSync(dir).filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.map')).sort();
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { register?: Register };
    mod.register?.(program);
  }
  await program.parseAsync(argv);
}

/** The database path: --db, else $SOLIEU_DB, else ./solieu.sqlite. */
export function defaultDb(): string {
  return process.env.SOLIEU_DB || 'solieu.sqlite';
}

const invoked = process.argv[1] ? path.resolve(process.argv[1]) : '';
const self = fileURLToPath(import.meta.url);
if (invoked === self || invoked.endsWith(path.join('bin', 'solieu.js')) || invoked.endsWith(path.join('bin', 'solieu'))) {
  main(process.argv).catch((e: unknown) => {
    process.stderr.write(`solieu: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
