/**
 * CSV that survives a spreadsheet. Excel and LibreOffice change cells they think they understand
 * when a file is opened and saved again: `00004` becomes `4`, `3500000000000` becomes `3.5E+12`,
 * `2023-05` becomes a date, `-5%` a formula. So a cell that a spreadsheet could change is written
 * as a text formula, `="00004"` (shown as 00004 and saved back as 00004, or kept as the formula
 * text by a program that does not evaluate it); a long text that would need it gets a leading
 * apostrophe instead (formulas stop at 255 characters). Reading takes either form back, so
 * `decodeCell(encodeCell(x))` is `x`, before and after a spreadsheet's save.
 * The file is UTF-8 with a byte-order mark (Excel otherwise reads it as a local code page),
 * comma-separated with CRLF line ends (RFC 4180); files saved with `;` or tabs are read too.
 */
import { numText } from './fields.js';

export type CellType = 'id' | 'code' | 'date' | 'number' | 'int' | 'text';

// Cells a spreadsheet reads as something other than text: `12`, `1.057`, `99,86`, `2023-05`,
// `30/8/2022`, `10:30`, `5%`, `(3)`, `1e5`, `TRUE`.
const LOOKS_TYPED = /^[\s\d.,:/%()+-]*\d[\s\d.,:/%()eE+-]*$|^(?:true|false)$/i;
// Formula starts (`=`, `+`, `-`, `@`), a leading apostrophe, and spaces a spreadsheet may trim.
const RISKY_START = /^[=+\-@'\t\r\n ]|\s$/;
const FORMULA_MAX = 250;

function asFormula(s: string): string {
  return `="${s.replace(/"/g, '""')}"`;
}

// A text formula holding `=...` or `'...` would read back ambiguously once a spreadsheet has
// evaluated it, and formulas stop at 255 characters: those cells take the apostrophe.
function protect(s: string): string {
  return s.length <= FORMULA_MAX && !/[\r\n]/.test(s) && !/^['=]/.test(s) ? asFormula(s) : `'${s}`;
}

/** The cell text for a value: protected where a spreadsheet would change it. NULL is empty. */
export function encodeCell(v: string | number | null | undefined, type: CellType): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') {
    const s = type === 'int' ? String(Math.trunc(v)) : numText(v);
    // Spreadsheets show 11 characters of a number in a general column and save what they show.
    return type === 'id' || type === 'code' || s.length > 11 ? asFormula(s) : s;
  }
  if (type === 'id' || type === 'code' || type === 'date') return protect(v);
  return RISKY_START.test(v) || LOOKS_TYPED.test(v) ? protect(v) : v;
}

// `="00004"`, `="a ""quoted"" word"`: a text formula as written (or kept unevaluated).
const FORMULA_TEXT = /^="((?:[^"]|"")*)"$/s;

/** The value of a cell as written by `encodeCell`, or as a spreadsheet saved it. */
export function decodeCell(cell: string): string {
  const m = FORMULA_TEXT.exec(cell);
  if (m) return m[1]!.replace(/""/g, '"');
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The start of a file: BOM and header line. */
export function csvHeader(header: string[]): string {
  return '\ufeff' + csvRows([header]);
}

/** Rows, each ending with CRLF. */
export function csvRows(rows: string[][]): string {
  return rows.map((r) => r.map((c) => quote(c, ',')).join(',') + '\r\n').join('');
}

/** A whole file: BOM, header, rows, CRLF line ends. */
export function writeCsv(header: string[], rows: string[][]): string {
  return csvHeader(header) + csvRows(rows);
}

/** Guesses the delimiter from the header line: the most frequent of `,`, `;` and tab outside quotes. */
function sniff(text: string): string {
  let inQuotes = false;
  const n: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch in n) n[ch]!++;
  }
  return Object.entries(n).sort((a, b) => b[1] - a[1])[0]![0];
}

/** Parses CSV text (RFC 4180 quoting; any line ends; with or without BOM). Blank rows are kept, so row numbers stay those a spreadsheet shows. */
export function parseCsv(input: string): { delimiter: string; rows: string[][] } {
  const text = input.replace(/^\ufeff/, '');
  const delimiter = sniff(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return { delimiter, rows };
}
