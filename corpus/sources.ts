/**
 * Turns the paths a user gives into a stream of articles, errors and notes, in a stable order:
 * files as named, folders walked recursively in sorted order. Each kind of input has its
 * reader; a file in a folder that no reader takes (README, .tsv, .json metadata) is skipped
 * with a note. A path that does not exist is an error; the other inputs go on.
 */
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SourceItem } from './types.js';
import { readTextFile, TEXT_EXTENSIONS } from './files.js';
import { readJsonl, isJsonl, DEFAULT_FIELDS, type FieldNames } from './jsonl.js';
import { isHtmlFile, isWarc } from './kinds.js';

export type SourceOptions = {
  fields?: FieldNames;
  /** Called with the number of input bytes read from disk (compressed bytes for .gz), for progress and ETA. Readers call it as they go. */
  onBytes?: (n: number) => void;
};

/** A reader for one kind of file. Later readers (HTML, WARC) register here. */
export type FileReader = { name: string; accepts(file: string): boolean; read(file: string, opts: SourceOptions): AsyncIterable<SourceItem> };

export const READERS: FileReader[] = [
  { name: 'text', accepts: (f) => TEXT_EXTENSIONS.has(path.extname(f).toLowerCase()), read: (f, o) => one(readTextFile(f), o.onBytes) },
  { name: 'jsonl', accepts: isJsonl, read: (f, o) => readJsonl(f, o.fields ?? DEFAULT_FIELDS, undefined, o.onBytes) },
  // loaded on first use: a run over text and JSON Lines never loads cheerio or warcio
  { name: 'html', accepts: isHtmlFile, read: async function* (f, o) { yield* (await import('./html/reader.js')).readHtmlFile(f, o.onBytes); } },
  { name: 'warc', accepts: isWarc, read: async function* (f, o) { yield* (await import('./warc.js')).readWarc(f, o.onBytes); } },
];

async function* one(p: Promise<SourceItem>, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  const item = await p;
  // about the file's size: progress needs no exact count
  if (onBytes && item.type === 'article') onBytes(Buffer.byteLength(item.article.text));
  yield item;
}

export async function* readSources(paths: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* readJsonl('-', opts.fields ?? DEFAULT_FIELDS, process.stdin, opts.onBytes);
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      yield { type: 'error', source: p, reason: err.code === 'ENOENT' ? 'missing' : 'unreadable', detail: `${p}: ${err.code === 'ENOENT' ? 'no such file or folder' : err.message}` };
      continue;
    }
    if (st.isDirectory()) {
      yield* walk(p, opts);
    } else {
      const reader = READERS.find((r) => r.accepts(p));
      if (!reader) {
        yield { type: 'error', source: p, reason: 'unsupported', detail: `${p}: not a kind of file solieu reads (.txt, .jsonl, .jsonl.gz, .html, .warc, .warc.gz)` };
        continue;
      }
      yield* reader.read(p, opts);
    }
  }
}

async function* walk(dir: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { type: 'error', source: dir, reason: 'unreadable', detail: `${dir}: ${(e as Error).message}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      yield* walk(full, opts);
      continue;
    }
    const reader = READERS.find((r) => r.accepts(full));
    if (!reader) {
      yield { type: 'note', source: full, message: `skipped ${full}: not an article file`, skippedFile: true };
      continue;
    }
    yield* reader.read(full, opts);
  }
}
