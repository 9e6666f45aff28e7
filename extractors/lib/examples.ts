/**
 * Example corpora, in the spirit of Duckling's Corpus files: many phrasings, one expected
 * figure; negatives that must yield none of that kind. Each extractor has one beside it
 * (`percent.examples.ts`); test/examples.test.ts runs them all with one generic runner.
 */
import type { Figure, FigureKind } from '../types.js';

/** What a phrase must give. `quote` picks the figure when the phrase has several. */
export type Expect = Partial<Pick<Figure, 'value' | 'total' | 'valueMax' | 'unit' | 'qualifier'>> & {
  kind?: FigureKind;
  quote?: string;
};

/** An expectation and the phrasings that must all meet it. */
export type Example = [Expect, ...string[]];

export type Corpus = {
  /** The extractor (file) this corpus belongs to. */
  name: string;
  /** Kind expected by default (the extractor's kind). */
  kind: FigureKind | null;
  examples: Example[];
  /** Phrases that must yield no figure of this corpus's kind (or none at all when kind is null). */
  negatives: string[];
  /** Phrases known to fail today: the runner expects them to fail, so fixing one is noticed. */
  knownFailures?: string[];
};

export function corpus(name: string, kind: FigureKind | null, examples: Example[], negatives: string[] = [], knownFailures: string[] = []): Corpus {
  return { name, kind, examples, negatives, knownFailures };
}
