/**
 * Rows out: an aligned table for a terminal, CSV for spreadsheets, JSON and JSON Lines for
 * programs. Shared by `solieu query`, `solieu export` and `solieu stats`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export type Format = 'table' | 'csv' | 'json' | 'jsonl';
export const FORMATS: readonly Format[] = ['table', 'csv', 'json', 'jsonl'];

export type Row = Record<string, unknown>;

/** A value as JSON: BLOBs as hex, bigint as number when exact. */
export function jsonValue(v: unknown): unknown {
  if (Buffer.isBuffer(v)) return v.toString('hex');
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  return v;
}

/** A value as text in a cell: NULL is empty. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Buffer.isBuffer(v)) return v.toString('hex');
  return String(v);
}

// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes.
export function csvField(v: unknown): string {
  const s = cellText(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** The byte-order mark that tells spreadsheet programs a CSV file is UTF-8. */
export const BOM = '\ufeff';

/** Code points, the width of Vietnamese text in a terminal (NFC letters are one column each). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function cut(s: string, max: number): string {
  if (width(s) <= max) return s;
  return Array.from(s).slice(0, Math.max(0, max - 1)).join('') + '…';
}

/**
 * An aligned table. On a terminal (`maxWidth` given) long cells are cut so that the table fits;
 * line breaks inside cells show as ⏎. Numbers are right-aligned.
 */
export function formatTable(columns: string[], rows: unknown[][], maxWidth?: number): string {
  const text = rows.map((r) => r.map((v) => (v === null || v === undefined ? 'NULL' : cellText(v).replace(/\r?\n/g, '⏎'))));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => r[i] === null || typeof r[i] === 'number' || typeof r[i] === 'bigint'));
  let widths = columns.map((c, i) => Math.max(width(c), ...text.map((r) => width(r[i] ?? ''))));
  if (maxWidth && maxWidth > 20) widths = fit(widths, maxWidth - 3 * (columns.length - 1));
  const line = (cells: string[], header = false) =>
    cells
      .map((c, i) => {
        const w = widths[i]!;
        const s = cut(c, w);
        const pad = ' '.repeat(Math.max(0, w - width(s)));
        return numeric[i] && !header ? pad + s : s + pad;
      })
      .join(' │ ')
      .trimEnd();
  const out = [line(columns, true), widths.map((w) => '─'.repeat(w)).join('─┼─')];
  for (const r of text) out.push(line(r));
  return out.join('\n') + '\n';
}

/** Narrows the widest columns until the total fits. */
function fit(widths: number[], total: number): number[] {
  const w = [...widths];
  while (w.reduce((a, b) => a + b, 0) > total) {
    const i = w.indexOf(Math.max(...w));
    if (w[i]! <= 8) break;
    w[i]!--;
  }
  return w;
}

/** A buffered writer to a file or to standard output (synchronous: no lost lines at exit). */
export class Out {
  private buf = '';
  private readonly fd: number;
  constructor(file?: string) {
    this.fd = file ? openSync(file, 'w') : 1;
  }
  write(s: string): void {
    this.buf += s;
    if (this.buf.length > 1 << 16) this.flush();
  }
  flush(): void {
    if (!this.buf) return;
    const data = Buffer.from(this.buf, 'utf8');
    this.buf = '';
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking pipe that is full: try again
        if (code === 'EPIPE') process.exit(0); // `solieu query ... | head`: the reader has gone
        throw e;
      }
    }
  }
  close(): void {
    this.flush();
    if (this.fd !== 1) closeSync(this.fd);
  }
}

/** Writes rows in a format, streaming (for `query` and `export`). Returns the number of rows. */
export function writeRows(out: Out, format: Exclude<Format, 'table'>, columns: string[], rows: Iterable<unknown[]>, opts: { bom?: boolean } = {}): number {
  let n = 0;
  if (format === 'csv') {
    if (opts.bom) out.write(BOM);
    out.write(csvLine(columns));
    for (const r of rows) {
      out.write(csvLine(r));
      n++;
    }
  } else {
    if (format === 'json') out.write('[');
    for (const r of rows) {
      const obj: Row = {};
      columns.forEach((c, i) => (obj[c] = jsonValue(r[i])));
      if (format === 'json') out.write((n ? ',\n' : '\n') + JSON.stringify(obj));
      else out.write(JSON.stringify(obj) + '\n');
      n++;
    }
    if (format === 'json') out.write(n ? '\n]\n' : ']\n');
  }
  return n;
}
