/**
 * A batch run: read inputs, skip what is stored unchanged, analyse the rest, write in batched
 * transactions on one connection, record errors and the run itself. Ctrl-C finishes the batch
 * in hand and marks the run interrupted; a kill loses at most the uncommitted batch, which the
 * next run redoes (the article key and content hash make every write idempotent).
 */
import { readSources, type SourceOptions } from '../corpus/sources.js';
import type { RawArticle } from '../corpus/types.js';
import { openDb, type DB } from '../db/open.js';
import { Store } from '../db/store.js';
import { prepareArticle, contentHash, EmptyArticleError } from './prepare.js';
import { EXTRACTOR_VERSION, SOLIEU_VERSION } from './version.js';

export type IngestOptions = SourceOptions & {
  db: string;
  reextract?: boolean;
  quiet?: boolean;
  /** Articles per transaction. */
  batchSize?: number;
  /** Where messages go (stderr by default). */
  log?: (line: string) => void;
};

export type RunSummary = {
  runId: number;
  seen: number;
  added: number;
  changed: number;
  unchanged: number;
  reextracted: number;
  duplicates: number;
  figures: number;
  errors: number;
  skippedFiles: number;
  status: 'completed' | 'interrupted' | 'failed';
  seconds: number;
};

export function startRun(db: DB, command: string, inputs: string[], options: Record<string, unknown>): number {
  db.prepare("UPDATE runs SET status = 'interrupted' WHERE status = 'running'").run();
  const r = db
    .prepare('INSERT INTO runs (command, inputs, options, version, started_at, status) VALUES (?, ?, ?, ?, ?, ?)')
    .run(command, JSON.stringify(inputs), JSON.stringify(options), `solieu ${SOLIEU_VERSION}; extractors ${EXTRACTOR_VERSION}`, new Date().toISOString(), 'running');
  return Number(r.lastInsertRowid);
}

export function finishRun(db: DB, s: RunSummary): void {
  db.prepare(`UPDATE runs SET ended_at = ?, status = ?, articles_seen = ?, articles_new = ?, articles_changed = ?,
    articles_unchanged = ?, articles_reextracted = ?, duplicates = ?, figures = ?, errors = ?, skipped_files = ? WHERE id = ?`).run(
    new Date().toISOString(), s.status, s.seen, s.added, s.changed, s.unchanged, s.reextracted, s.duplicates, s.figures, s.errors, s.skippedFiles, s.runId,
  );
}

export async function ingest(paths: string[], opts: IngestOptions): Promise<RunSummary> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const db = openDb(opts.db);
  const store = new Store(db);
  const started = Date.now();
  const runId = startRun(db, 'ingest', paths, { reextract: !!opts.reextract, fields: opts.fields ?? null });
  const s: RunSummary = { runId, seen: 0, added: 0, changed: 0, unchanged: 0, reextracted: 0, duplicates: 0, figures: 0, errors: 0, skippedFiles: 0, status: 'completed', seconds: 0 };
  const batchSize = opts.batchSize ?? 200;
  let inBatch = 0;
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSigint);
  const begin = () => {
    if (!db.inTransaction) db.exec('BEGIN');
  };
  const commit = () => {
    if (db.inTransaction) db.exec('COMMIT');
    inBatch = 0;
  };
  try {
    for await (const item of readSources(paths, opts)) {
      if (item.type === 'note') {
        if (item.skippedFile) s.skippedFiles++;
        if (!opts.quiet) log(`note: ${item.message}`);
        continue;
      }
      begin();
      if (item.type === 'error') {
        s.errors++;
        store.error(runId, item);
        log(`error: ${item.detail}`);
      } else {
        s.seen++;
        writeOne(store, item.article, runId, !!opts.reextract, s, log);
      }
      if (++inBatch >= batchSize) commit();
      if (interrupted) break;
    }
    commit();
    s.status = interrupted ? 'interrupted' : 'completed';
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    s.status = 'failed';
    log(`error: ${(e as Error).message}`);
    throw e;
  } finally {
    process.removeListener('SIGINT', onSigint);
    s.seconds = (Date.now() - started) / 1000;
    finishRun(db, s);
    db.close();
  }
  return s;
}

/** Stores one article (new, changed, or re-extracted) or counts why it was skipped. */
export function writeOne(store: Store, raw: RawArticle, runId: number, reextract: boolean, s: RunSummary, log: (l: string) => void): void {
  const hash = contentHash(raw);
  const existing = store.find(raw.key);
  if (existing && existing.contentHash === hash && (!reextract || existing.extractorVersion === EXTRACTOR_VERSION)) {
    s.unchanged++;
    return;
  }
  if (!existing) {
    const dup = store.duplicateOf(hash, raw.key);
    if (dup) {
      s.duplicates++;
      return;
    }
  }
  let stored;
  try {
    stored = prepareArticle(raw, hash);
  } catch (e) {
    s.errors++;
    const reason = e instanceof EmptyArticleError ? 'empty' : 'processing-failed';
    const where = raw.line ? `${raw.source}:${raw.line}` : raw.source;
    const detail = `${where}: ${(e as Error).message}`;
    store.error(runId, { source: raw.source, line: raw.line ?? null, externalId: raw.externalId, reason, detail });
    log(`error: ${detail}`);
    return;
  }
  store.write(stored, runId, existing?.id);
  s.figures += stored.figures.length;
  if (!existing) s.added++;
  else if (existing.contentHash !== hash) s.changed++;
  else s.reextracted++;
}
