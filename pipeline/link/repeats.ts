/**
 * Repeats: a lead paragraph or sentence that the page prints twice (S4 repeats its lead; baomoi
 * dumps print a truncated lead, then the body that starts with the same words). A figure whose
 * sentence, up to the figure, already appeared earlier in the article is a repeat: stored with
 * `is_repeat = 1`, never counted twice.
 */
import type { Figure } from '../../extractors/types.js';
import type { Doc } from '../doc.js';
import { spanIndexAt } from '../segment.js';

const MIN_CONTEXT = 24;

export function markRepeats(doc: Doc, figures: Figure[]): boolean[] {
  const { f, seg } = doc;
  return figures.map((fig) => {
    const si = spanIndexAt(seg.sentences, fig.span.start);
    if (si < 0) return false;
    const sentence = seg.sentences[si]!;
    // the words from the sentence start (or 80 characters back) through the figure
    const from = Math.max(sentence.start, fig.span.start - 80);
    if (fig.span.end - from < MIN_CONTEXT) return false;
    const first = f.indexOf(f.slice(from, fig.span.end));
    return first >= 0 && first < from;
  });
}
