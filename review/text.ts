/**
 * Code-point offsets over article text. The database counts code points (SQLite's substr, Python);
 * JavaScript strings count UTF-16 units. Vietnamese text has no astral characters, but an emoji
 * in a quote must not shift every span after it, so every offset a reviewer gives or sees goes
 * through here.
 */
import { codePointMapper } from '../db/store.js';
import { segment, spanIndexAt } from '../pipeline/segment.js';

export type CpSpan = { start: number; end: number };

/** Code point index -> UTF-16 index into `text` (identity when no astral characters). */
export function utf16Mapper(text: string): (cp: number) => number {
  if (!/[\ud800-\udfff]/.test(text)) return (cp) => cp;
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  return (cp) => (cp >= starts.length ? text.length : (starts[cp] ?? 0));
}

/** Length of `text` in code points. */
export function cpLength(text: string): number {
  return codePointMapper(text)(text.length);
}

/** `substr(text, start + 1, end - start)` as SQLite computes it. */
export function cpSlice(text: string, start: number, end: number): string {
  const u = utf16Mapper(text);
  return text.slice(u(start), u(end));
}

/** Where `quote` occurs in `text`, in code points, the one nearest `near` first; empty when absent. */
export function occurrences(text: string, quote: string, near = 0): number[] {
  if (!quote) return [];
  const cp = codePointMapper(text);
  const out: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(cp(i));
  return out.sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b);
}

/** The `n`th occurrence (from 1, in text order) of `quote`, or null. */
export function nthOccurrence(text: string, quote: string, n: number): CpSpan | null {
  const all = occurrences(text, quote).sort((a, b) => a - b);
  const start = all[n - 1];
  return start === undefined ? null : { start, end: start + cpLength(quote) };
}

/** The sentence (code points) holding the span, as the pipeline segments the article. */
export function sentenceAround(text: string, span: CpSpan): CpSpan {
  const u = utf16Mapper(text);
  const cp = codePointMapper(text);
  const sentences = segment(text).sentences;
  const i = spanIndexAt(sentences, u(span.start));
  const s = i >= 0 ? sentences[i]! : { start: u(span.start), end: u(span.end) };
  // A span fix may run past the end of its sentence: widen rather than cut the quote off.
  return { start: Math.min(cp(s.start), span.start), end: Math.max(cp(s.end), span.end) };
}

/** Moves a span to where its quote now is, when the text changed around it; null when it is gone. */
export function relocate(text: string, span: CpSpan, quote: string): CpSpan | null {
  if (cpSlice(text, span.start, span.end) === quote) return span;
  const start = occurrences(text, quote, span.start)[0];
  return start === undefined ? null : { start, end: start + cpLength(quote) };
}
