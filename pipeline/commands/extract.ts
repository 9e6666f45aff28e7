/**
 * `solieu extract [TEXT...]`: the figures of a text (or of stdin) as JSON Lines, for trying
 * things and for pipes. Offsets are code points into the NFC form of the text.
 */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('extract')
    .description('print the figures of a text (argument or stdin) as JSON Lines')
    .argument('[text...]', 'the text; read from stdin when absent')
    .option('--published <date>', 'publication date (ISO) to resolve relative times against')
    .option('--mentions', 'also print place mentions (lines with "type": "place")')
    .action(async (words: string[], o: { published?: string; mentions?: boolean }) => {
      const { analyze } = await import('../analyze.js');
      const { codePointMapper } = await import('../../db/store.js');
      const text = (words.length ? words.join(' ') : await readStdin()).normalize('NFC');
      const { figures, mentions } = analyze({ text, published: o.published ?? null });
      const cp = codePointMapper(text);
      const out: string[] = [];
      for (const f of figures) {
        out.push(JSON.stringify({
          kind: f.kind, value: f.value, total: f.total ?? null, value_max: f.valueMax ?? null, unit: f.unit ?? null,
          qualifier: f.qualifier, modality: f.modality, change: f.change, subject: f.subject, place_name: f.placeName,
          place_code: f.placeCode, province: f.province, year: f.year, period: f.period,
          quote: text.slice(f.span.start, f.span.end), char_start: cp(f.span.start), char_end: cp(f.span.end),
          sentence: text.slice(f.sentence.start, f.sentence.end), is_repeat: f.isRepeat,
        }));
      }
      if (o.mentions) {
        for (const m of mentions) {
          out.push(JSON.stringify({ type: 'place', quote: text.slice(m.span.start, m.span.end), level: m.level, name: m.name, code: m.code, province: m.province, candidates: m.candidates, char_start: cp(m.span.start), char_end: cp(m.span.end) }));
        }
      }
      if (out.length) process.stdout.write(out.join('\n') + '\n');
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
