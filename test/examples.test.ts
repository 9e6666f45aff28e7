/**
 * One generic runner over every extractor's example corpus (extractors/*.examples.ts), and
 * the contract that every extractor has one.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFigures, EXTRACTORS, PATTERN_EXTRACTORS } from '../extractors/index.js';
import type { Corpus, Expect } from '../extractors/lib/examples.js';
import type { Figure } from '../extractors/types.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'extractors');
const files = readdirSync(dir).filter((f) => f.endsWith('.examples.ts')).sort();
const corpora: Corpus[] = await Promise.all(files.map(async (f) => (await import(path.join(dir, f))).default as Corpus));

function pick(text: string, figures: Figure[], want: Expect, kind: string | null): Figure | string {
  let candidates = figures.filter((f) => (want.kind ?? kind) === null || f.kind === (want.kind ?? kind));
  if (want.quote) candidates = candidates.filter((f) => text.slice(f.span.start, f.span.end) === want.quote);
  if (candidates.length !== 1) {
    return `expected one ${want.kind ?? kind} figure, got ${JSON.stringify(figures.map((f) => [f.kind, f.value, text.slice(f.span.start, f.span.end)]))}`;
  }
  return candidates[0]!;
}

function check(text: string, want: Expect, kind: string | null): string | null {
  const got = pick(text, extractFigures(text), want, kind);
  if (typeof got === 'string') return got;
  for (const k of ['value', 'total', 'valueMax', 'unit', 'qualifier'] as const) {
    if (want[k] !== undefined && got[k] !== want[k]) return `${k}: expected ${want[k]}, got ${got[k]}`;
  }
  if (got.span.start < 0 || got.span.end > text.length || got.span.end <= got.span.start) return 'bad span';
  return null;
}

describe.each(corpora.map((c) => [c.name, c] as const))('%s examples', (_name, c) => {
  const known = new Set(c.knownFailures ?? []);
  for (const [want, ...phrases] of c.examples) {
    for (const text of phrases) {
      it(`${text} -> ${JSON.stringify(want)}`, () => {
        const problem = check(text, want, c.kind);
        if (known.has(text)) expect(problem, 'listed as a known failure but passes now: remove it from knownFailures').not.toBeNull();
        else expect(problem).toBeNull();
      });
    }
  }
  for (const text of c.negatives) {
    it(`not a ${c.kind ?? 'figure'}: ${text}`, () => {
      const got = extractFigures(text).filter((f) => c.kind === null || f.kind === c.kind);
      expect(got.map((f) => [f.kind, f.value, text.slice(f.span.start, f.span.end)])).toEqual([]);
    });
  }
});

describe('contract', () => {
  it('every extractor has an example corpus', () => {
    const names = new Set(corpora.map((c) => c.name));
    for (const x of [...EXTRACTORS, ...PATTERN_EXTRACTORS]) expect(names.has(x.name), `${x.name}.examples.ts`).toBe(true);
  });
});
