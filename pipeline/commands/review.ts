/**
 * `solieu review ...`: reviewers check and correct figures. Every decision is a row of the
 * append-only `reviews` table, re-attached to its figure after re-extraction. The actions live
 * in review/cli.ts and review/server.ts, loaded only when a subcommand runs.
 */
import type { Command } from 'commander';
import { defaultDb } from '../cli.js';

type Opts = Record<string, string | boolean | undefined>;
const cli = () => import('../../review/cli.js');

const FIELD_OPTIONS: [string, string][] = [
  ['--value <n>', 'the number (99.86; 3500000000000; a Vietnamese 99,86 is read too)'],
  ['--total <n>', 'denominator of a ratio, or field size of a rank ("" clears)'],
  ['--value-max <n>', 'top of a range ("" clears)'],
  ['--unit <text>', '%, VND, ha, người ...'],
  ['--kind <kind>', 'percent, count, ratio, money, quantity or rank'],
  ['--qualifier <q>', 'exact, approx, at_least, more_than, at_most, less_than or range'],
  ['--modality <m>', 'actual or target'],
  ['--change <c>', 'up, down, or "" for a level'],
  ['--subject <text>', 'what the figure measures'],
  ['--place <name|code>', 'a place name resolved through the gazetteer ("huyện Tam Dương", "Tam Dương, Vĩnh Phúc") or its code; "" clears'],
  ['--year <yyyy>', 'the year described ("" clears)'],
];

function common(c: Command, reviewer = true): Command {
  c.option('--db <file>', 'SQLite database file', defaultDb());
  if (reviewer) c.option('--reviewer <name>', 'who is reviewing (default: $SOLIEU_REVIEWER, then $USER)');
  return c;
}

function filters(c: Command): Command {
  return c
    .option('--status <status>', 'pending, accepted, corrected, added or rejected')
    .option('--kind <kind>', 'percent, count, ratio, money, quantity or rank')
    .option('--place <text>', 'place name (with or without marks), province, or code')
    .option('--article <ref>', 'article id, key, external id or URL');
}

export function register(program: Command): void {
  const review = program.command('review').description('check and correct figures: list, accept, reject, correct, add, undo, export/import CSV, serve the review page');

  filters(common(review.command('list').description('figures to review, in article order (tab-separated; counts on stderr)'), false))
    .option('--limit <n>', 'rows to show', '50')
    .option('--json', 'one JSON object a line')
    .action(async (o: Opts) => (await cli()).list(o));

  for (const d of ['accept', 'reject'] as const) {
    common(review.command(d).description(d === 'accept' ? 'the figures are right as shown' : 'not figures: they leave `figures`, and stay in the history'))
      .argument('<ids...>', 'figure ids')
      .option('--note <text>', 'why')
      .action(async (ids: string[], o: Opts) => (await cli()).decideMany(ids, d, o));
  }

  const corr = common(review.command('correct').description('change fields of a figure (only those that differ are recorded)')).argument('<id>', 'figure id');
  for (const [flag, help] of FIELD_OPTIONS) corr.option(flag, help);
  corr
    .option('--start <n>', 'span fix: new start of the quote (code points)')
    .option('--end <n>', 'span fix: new end of the quote (exclusive)')
    .option('--quote <text>', 'span fix: the quote as it should be, found nearest the current one')
    .option('--note <text>', 'why, or the source of the correction')
    .action(async (id: string, o: Opts) => (await cli()).correctOne(id, o));

  const add = common(review.command('add').description('add a figure the extractors missed'))
    .requiredOption('--article <ref>', 'article id, key, external id or URL')
    .option('--quote <text>', 'the figure as written in the article')
    .option('--occurrence <n>', 'which occurrence of --quote, from 1 (when it occurs more than once)')
    .option('--start <n>', 'or: start of the quote (code points)')
    .option('--end <n>', 'and its end (exclusive)');
  for (const [flag, help] of FIELD_OPTIONS) add.option(flag, help);
  add.option('--note <text>', 'why').action(async (o: Opts) => (await cli()).add(o));

  common(review.command('undo').description('withdraw an earlier action (the history keeps both)'))
    .argument('<action>', 'action id (printed by each command; `reviews.action_id`)')
    .option('--note <text>', 'why')
    .action(async (a: string, o: Opts) => (await cli()).undoOne(a, o));

  common(review.command('history').description('review rows as JSON lines: of one figure, or the latest'), false)
    .argument('[id]', 'figure id')
    .option('--limit <n>', 'latest rows to show without an id', '20')
    .action(async (id: string | undefined, o: Opts) => (await cli()).history(id, o));

  common(review.command('links').description('how reviews re-attached after re-extraction: counts, then what moved or is orphaned'), false)
    .option('--all', 'list every link, not only moved and orphaned')
    .option('--run <id>', 'only links re-made by this run')
    .action(async (o: Opts) => (await cli()).links(o));

  common(review.command('relink').description('re-make links and reviewed values from the review history'), false)
    .option('--article <ref>', 'only this article')
    .action(async (o: Opts) => (await cli()).relink(o));

  filters(common(review.command('export').description('figures as a CSV for a spreadsheet (UTF-8 with BOM; ids, codes and long numbers kept as text)'), false))
    .option('--format <format>', 'csv', 'csv')
    .option('--out <file>', 'write here instead of stdout')
    .action(async (o: Opts) => (await cli()).exportFile(o));

  common(review.command('import').description('read back an exported CSV: all rows checked first, then written in one transaction'))
    .argument('<file>', 'CSV file')
    .option('--dry-run', 'check and count, write nothing')
    .action(async (file: string, o: Opts) => (await cli()).importFile(file, o));

  common(review.command('serve').description('the review page in the browser (loopback only unless --host says otherwise)'))
    .option('--port <n>', 'port (0: any free port)', '8737')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .action(async (o: Opts) => {
      const { reviewerName } = await cli();
      const { serve, isLoopback } = await import('../../review/server.js');
      const s = await serve({ db: String(o.db), port: Number(o.port), host: String(o.host), reviewer: reviewerName(o) });
      if (!isLoopback(String(o.host))) {
        process.stderr.write(`solieu: warning: listening on ${String(o.host)}, not loopback: anyone who can reach this port can open the page and review as ${reviewerName(o)}\n`);
      }
      process.stderr.write(`solieu: review page at ${s.url} (reviewer ${reviewerName(o)}; Ctrl-C stops)\n`);
    });
}
