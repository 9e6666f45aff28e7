/**
 * Example corpora for the linkers (subject, modality, change, time), like the extractors' ones:
 * each example is a text (with its publication date), the figure to look at (by its quote), and
 * what it must mean. test/meaning.test.ts runs them all.
 */
import type { Change, Modality } from '../../extractors/types.js';

export type MeaningExpect = {
  /** The figure's quote in the text. */
  quote: string;
  modality?: Modality;
  change?: Change | null;
  year?: number | null;
  period?: string | null;
  /** Words the subject must contain (like the gold files' subject_keys). */
  subject?: string[];
  /** Words the subject must not contain. */
  subjectNot?: string[];
};

/** [expected, publication date (ISO or null), text] */
export type MeaningExample = [MeaningExpect, string | null, string];

export type MeaningCorpus = { name: string; examples: MeaningExample[]; knownFailures?: string[] };

export function meaningCorpus(name: string, examples: MeaningExample[], knownFailures: string[] = []): MeaningCorpus {
  return { name, examples, knownFailures };
}
