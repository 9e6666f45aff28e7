/**
 * An article under analysis: its text, the folded copy, segments and what is known about it.
 * Built once per article and handed to every linker.
 */
import type { Context } from '../extractors/lib/context.js';
import type { Segments } from './segment.js';

export type Doc = {
  text: string;
  /** fold(text): same length, lower case, odd spaces as ' ', old tone placement. */
  f: string;
  ctx: Context;
  seg: Segments;
  title: string | null;
  url: string | null;
  source: string;
  /** ISO date, possibly partial, or null. */
  published: string | null;
};
