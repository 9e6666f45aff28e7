/**
 * What the readers in corpus/ hand to the pipeline: articles as read, and the problems met.
 */

/** An article as an input gives it, before text preparation. */
export type RawArticle = {
  /** Identity within its input (see `articles.key`): a file path, `dump#id`, a URL. */
  key: string;
  /** The record's own id, or the file name without extension. Never a path. */
  externalId: string | null;
  /** The file, dump or URL it was read from. */
  source: string;
  url?: string | null;
  title?: string | null;
  /** The input's date field, in whatever form it came (parsed by corpus/dates.ts). */
  date?: unknown;
  /** Where the date came from when it is not a dump field (`html`). */
  dateFrom?: string;
  text: string;
  /** Input fields solieu does not use, kept as JSON. */
  extra?: Record<string, unknown> | null;
  /** Line (JSON Lines) or record number (WARC) in the source, for error reports. */
  line?: number | null;
};

/** Input that could not be read as an article; recorded in `ingest_errors`, the run goes on. */
export type SourceError = {
  type: 'error';
  source: string;
  line?: number | null;
  externalId?: string | null;
  reason: string;
  detail: string;
};

/** Something worth telling that is not an error: a README skipped in a folder. */
export type SourceNote = { type: 'note'; source: string; message: string; skippedFile?: boolean };

export type SourceItem = { type: 'article'; article: RawArticle } | SourceError | SourceNote;
