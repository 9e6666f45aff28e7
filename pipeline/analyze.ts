/**
 * One article through the pipeline: segment, extract figures, link places and meaning,
 * mark repeats. Pure: text in, linked figures and mentions out.
 */
import type { LinkedFigure, PlaceMention } from '../extractors/types.js';
import { extractFigures } from '../extractors/index.js';
import { makeContext } from '../extractors/lib/context.js';
import { fold } from '../extractors/lib/fold.js';
import { segment, spanIndexAt } from './segment.js';
import type { Doc } from './doc.js';
import { linkPlaces } from './link/places.js';
import { linkMeaning } from './link/meaning.js';
import { markRepeats } from './link/repeats.js';
import { metricKey } from './link/metric-key.js';

export type Analysis = { figures: LinkedFigure[]; mentions: PlaceMention[] };

export type AnalyzeInput = {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string;
  published?: string | null;
};

export function makeDoc(input: AnalyzeInput): Doc {
  const f = fold(input.text);
  return {
    text: input.text,
    f,
    ctx: makeContext(input.text, f),
    seg: segment(input.text),
    title: input.title ?? null,
    url: input.url ?? null,
    source: input.source ?? '',
    published: input.published ?? null,
  };
}

export type AnalyzeOptions = {
  /**
   * Compute each figure's metric key (default). `false` leaves `metricKey` undefined for the
   * caller to fill in (the worker pool does it on the main thread: see pipeline/workers/pool.ts).
   */
  keys?: boolean;
};

export function analyze(input: AnalyzeInput, opts: AnalyzeOptions = {}): Analysis {
  const keys = opts.keys ?? true;
  const doc = makeDoc(input);
  const figures = extractFigures(doc.text, doc.ctx);
  const places = linkPlaces(doc, figures);
  const meaning = linkMeaning(doc, figures, places);
  const repeats = markRepeats(doc, figures);
  const linked: LinkedFigure[] = figures.map((fig, i) => {
    const si = spanIndexAt(doc.seg.sentences, fig.span.start);
    const sentence = si >= 0 ? doc.seg.sentences[si]! : { start: fig.span.start, end: fig.span.end };
    const linkedFigure: LinkedFigure = { ...fig, ...meaning[i]!, ...places.scopes[i]!, sentence, isRepeat: repeats[i] ?? false };
    // the key that matches targets to actuals (db/views/40_query.sql): here, so every path that
    // analyses (ingest, reextract, extract) has it, unless the caller computes it later
    if (keys) linkedFigure.metricKey = metricKey(linkedFigure);
    return linkedFigure;
  });
  return { figures: linked, mentions: places.mentions };
}
