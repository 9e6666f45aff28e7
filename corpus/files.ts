/**
 * Reading one text file as an article: bytes checked (missing, unreadable, binary, invalid
 * UTF-8, empty) before any text is made of them. Errors name the file and the reason.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceItem } from './types.js';

export const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** Decodes UTF-8 strictly (BOM dropped), or returns an error reason. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { reason: string; detail: string } {
  if (looksBinary(bytes)) return { reason: 'binary', detail: 'the file holds binary data (NUL or control bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { reason: 'invalid-utf8', detail: `not valid UTF-8 (first bad byte at offset ${at})` };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/** One .txt file -> one article (or one error). external_id = the file name without extension. */
export async function readTextFile(file: string): Promise<SourceItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'missing' : 'unreadable';
    return { type: 'error', source: file, reason, detail: `${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}` };
  }
  const decoded = decodeUtf8(bytes);
  if ('reason' in decoded) return { type: 'error', source: file, reason: decoded.reason, detail: `${file}: ${decoded.detail}` };
  if (!decoded.text.trim()) return { type: 'error', source: file, reason: 'empty', detail: `${file}: the file has no text` };
  const externalId = path.basename(file).replace(/\.[^.]+$/, '');
  return { type: 'article', article: { key: file, externalId, source: file, text: decoded.text } };
}
