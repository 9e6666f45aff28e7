/**
 * One runner over the linkers' example corpora (pipeline/link/*.examples.ts): subject,
 * modality, change and time, each with hard cases and negatives.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../pipeline/analyze.js';
import type { MeaningCorpus, MeaningExpect } from '../pipeline/link/examples.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'pipeline', 'link');
const files = readdirSync(dir).filter((f) => f.endsWith('.examples.ts')).sort();
const corpora: MeaningCorpus[] = await Promise.all(files.map(async (f) => (await import(path.join(dir, f))).default as MeaningCorpus));

function problem(want: MeaningExpect, published: string | null, text: string): string | null {
  const { figures } = analyze({ text, published });
  const fig = figures.find((f) => text.slice(f.span.start, f.span.end) === want.quote);
  if (!fig) return `no figure ${JSON.stringify(want.quote)} in ${JSON.stringify(figures.map((f) => text.slice(f.span.start, f.span.end)))}`;
  for (const k of ['modality', 'change', 'year', 'period'] as const) {
    if (want[k] !== undefined && fig[k] !== want[k]) return `${k}: expected ${want[k]}, got ${fig[k]}`;
  }
  const subject = (fig.subject ?? '').toLowerCase();
  for (const w of want.subject ?? []) if (!subject.includes(w.toLowerCase())) return `subject ${JSON.stringify(fig.subject)} lacks ${JSON.stringify(w)}`;
  for (const w of want.subjectNot ?? []) if (subject.includes(w.toLowerCase())) return `subject ${JSON.stringify(fig.subject)} holds ${JSON.stringify(w)}`;
  if (subject.length > 150) return `subject longer than 150 characters: ${subject.length}`;
  return null;
}

describe.each(corpora.map((c) => [c.name, c] as const))('%s examples', (_name, c) => {
  const known = new Set(c.knownFailures ?? []);
  for (const [want, published, text] of c.examples) {
    it(`${want.quote} in ${text.slice(0, 70)}`, () => {
      const p = problem(want, published, text);
      if (known.has(text)) expect(p, 'listed as a known failure but passes now').not.toBeNull();
      else expect(p).toBeNull();
    });
  }
});

describe('contract', () => {
  it('subject, modality, change and time each have an example corpus', () => {
    expect(corpora.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['change', 'modality', 'subject', 'time']));
  });
});
