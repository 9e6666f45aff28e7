/**
 * `solieu review export`: the queue as a CSV a reviewer can open in a spreadsheet, edit, and
 * give back to `solieu review import`. One row a figure. Columns marked `edit` are read back;
 * the others are there to read (the quote, its sentence, the article) or to check that the
 * figure is still the one exported (`extracted_*`: the figure as the extractors gave it).
 */
import type { DB } from '../db/open.js';
import { listFigures, type QueueFilter, type QueueRow } from '../db/review-queries.js';
import { encodeCell, writeCsv, type CellType } from './csv.js';

type Extra = {
  key: string; external_id: string | null; title: string | null; published: string | null;
  x_kind: string; x_value: number; x_start: number; x_end: number;
};
type Row = QueueRow & Extra;

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

/** The CSV text of every figure under the filters (rejected ones included unless filtered out). */
export function exportCsv(db: DB, filter: QueueFilter = {}): { csv: string; rows: number } {
  const extra = db.prepare(`SELECT a.key, a.external_id, a.title, a.published, e.kind AS x_kind, e.value AS x_value, e.char_start AS x_start,
    e.char_end AS x_end FROM figure_extractions e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`);
  const rows = listFigures(db, filter, -1).map((r) => ({ ...r, ...(extra.get(r.id) as Extra) }));
  return { csv: writeCsv(COLUMNS.map((c) => c.name), rows.map((r) => COLUMNS.map((c) => encodeCell(c.get(r), c.type)))), rows: rows.length };
}
