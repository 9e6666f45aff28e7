/**
 * `solieu review export`: the queue as a CSV a reviewer can open in a spreadsheet, edit, and
 * give back to `solieu review import`. One row a figure. Columns marked `edit` are read back;
 * the others are there to read (the quote, its sentence, the article) or to check that the
 * figure is still the one exported (`extracted_*`: the figure as the extractors gave it).
 */
import type { DB } from '../db/open.js';
import { iterateFigures, type ExportRow, type QueueFilter } from '../db/review-queries.js';
import { csvHeader, csvRows, encodeCell, type CellType } from './csv.js';

type Row = ExportRow;

export type Column = { name: string; type: CellType; edit: boolean; get: (r: Row) => string | number | null };

const col = (name: string, type: CellType, edit: boolean, get?: (r: Row) => string | number | null): Column =>
  ({ name, type, edit, get: get ?? ((r) => (r as unknown as Record<string, string | number | null>)[name] ?? null) });

export const COLUMNS: Column[] = [
  col('figure_id', 'id', false, (r) => r.id),
  col('article_id', 'id', false),
  col('review_status', 'text', false),
  col('decision', 'text', true, () => null),
  col('note', 'text', true, (r) => r.review_note),
  col('kind', 'text', true),
  col('value', 'number', true),
  col('total', 'number', true),
  col('value_max', 'number', true),
  col('unit', 'text', true),
  col('qualifier', 'text', true),
  col('modality', 'text', true),
  col('change', 'text', true),
  col('subject', 'text', true),
  col('place_name', 'text', true),
  col('place_code', 'code', true),
  col('province', 'text', true),
  col('year', 'int', true),
  col('char_start', 'int', true),
  col('char_end', 'int', true),
  col('quote', 'text', false),
  col('sentence', 'text', false),
  col('external_id', 'code', false),
  col('title', 'text', false),
  col('published', 'date', false),
  col('reviewer', 'text', false),
  col('reviewed_at', 'date', false),
  col('extracted_kind', 'text', false, (r) => r.x_kind),
  col('extracted_value', 'number', false, (r) => r.x_value),
  col('extracted_start', 'int', false, (r) => r.x_start),
  col('extracted_end', 'int', false, (r) => r.x_end),
];

/**
 * Writes the CSV of every figure under the filters (rejected ones included unless filtered out)
 * in pieces to `write`; returns the number of figures.
 */
export function writeExport(db: DB, filter: QueueFilter, write: (chunk: string) => void): number {
  write(csvHeader(COLUMNS.map((c) => c.name)));
  let n = 0;
  let batch: string[][] = [];
  for (const r of iterateFigures(db, filter)) {
    batch.push(COLUMNS.map((c) => encodeCell(c.get(r), c.type)));
    n++;
    if (batch.length >= 1000) {
      write(csvRows(batch));
      batch = [];
    }
  }
  if (batch.length) write(csvRows(batch));
  return n;
}

/** The whole CSV as one string (for tests and small exports). */
export function exportCsv(db: DB, filter: QueueFilter = {}): { csv: string; rows: number } {
  const parts: string[] = [];
  const rows = writeExport(db, filter, (c) => parts.push(c));
  return { csv: parts.join(''), rows };
}
