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
  if (!figures.length) return [];
  const { f, seg } = doc;
  // The text with every run of white space as one space, and where each position went.
  const pos = new Int32Array(f.length + 1);
  let w = '';
  let inSpace = false;
  for (let i = 0; i < f.length; i++) {
    pos[i] = w.length;
    const c = f.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (space) {
      if (!inSpace) w += ' ';
      inSpace = true;
    } else {
      w += f[i];
      inSpace = false;
    }
  }
  pos[f.length] = w.length;
  return figures.map((fig) => {
    const si = spanIndexAt(seg.sentences, fig.span.start);
    if (si < 0) return false;
    const sentence = seg.sentences[si]!;
    // the words from the sentence start (or 80 characters back) through the figure
    const from = pos[Math.max(sentence.start, fig.span.start - 80)]!;
    const to = pos[fig.span.end]!;
    const probe = w.slice(from, to).trim();
    if (probe.length < MIN_CONTEXT) return false;
    const first = w.indexOf(probe);
    return first >= 0 && first < from - 1;
  });
}
