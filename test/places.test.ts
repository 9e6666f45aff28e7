/**
 * Places: the example corpus (extractors/places/places.examples.ts) through the whole places
 * step, the figure scope examples through the whole analysis, and the name lookup reviewers use.
 */
import { describe, expect, it } from 'vitest';
import { analyze, makeDoc } from '../pipeline/analyze.js';
import { linkPlaces, lookupPlaces } from '../pipeline/link/places.js';
import { examples, negatives, scopes, type PlaceExpect, type PlaceInput } from '../extractors/places/places.examples.js';
import type { PlaceMention } from '../extractors/types.js';

function mentions(input: string | PlaceInput): { text: string; found: PlaceMention[] } {
  const i = typeof input === 'string' ? { text: input } : input;
  const doc = makeDoc({ text: i.text, url: i.url ?? null, published: i.published ?? null, source: 'test' });
  return { text: i.text, found: linkPlaces(doc, []).mentions };
}

function check(text: string, found: PlaceMention[], want: PlaceExpect): string | null {
  const m = found.find((x) => text.slice(x.span.start, x.span.end) === want.quote);
  if (!m) return `no mention "${want.quote}"; got ${JSON.stringify(found.map((x) => text.slice(x.span.start, x.span.end)))}`;
  for (const k of ['level', 'name', 'code', 'province', 'via'] as const) {
    if (want[k] !== undefined && m[k] !== want[k]) return `${want.quote}: ${k} ${JSON.stringify(m[k])}, expected ${JSON.stringify(want[k])}`;
  }
  if (want.candidates !== undefined && m.candidates.length !== want.candidates) return `${want.quote}: ${m.candidates.length} candidates`;
  return null;
}

describe('place examples', () => {
  for (const [wants, ...inputs] of examples) {
    for (const input of inputs) {
      const label = typeof input === 'string' ? input : `${input.text} (${input.url ?? input.published})`;
      it(label, () => {
        const { text, found } = mentions(input);
        for (const w of wants) expect(check(text, found, w)).toBeNull();
      });
    }
  }
});

describe('not places', () => {
  for (const n of negatives) {
    const [text, part] = typeof n === 'string' ? [n, null] : n;
    it(text, () => {
      const got = mentions(text).found.map((m) => text.slice(m.span.start, m.span.end));
      expect(part ? got.filter((q) => q.includes(part)) : got).toEqual([]);
    });
  }
});

describe('figure scope', () => {
  for (const [[quote, place, province], text] of scopes) {
    it(`${quote} in ${text}`, () => {
      const figs = analyze({ text, source: 'test' }).figures.filter((f) => text.slice(f.span.start, f.span.end) === quote);
      expect(figs.length, `one figure "${quote}"`).toBeGreaterThan(0);
      expect({ place: figs[0]!.placeName, province: figs[0]!.province }).toEqual({ place, province });
    });
  }
});

describe('lookupPlaces', () => {
  it('finds a unit with or without its level word, marks or tone placement', () => {
    for (const typed of ['huyện Tam Dương', 'Tam Dương', 'tam duong', 'Huyện Tam Dương']) {
      expect(lookupPlaces(typed).map((c) => c.code), typed).toContain('247');
    }
    expect(lookupPlaces('Thanh Hoá')[0]).toEqual({ code: '38', level: 'tỉnh', name: 'Thanh Hóa', province: 'Thanh Hóa' });
    expect(lookupPlaces('TP.HCM').map((c) => c.code)).toEqual(['79', '2025:79']);
    expect(lookupPlaces('quận 1')).toEqual([{ code: '760', level: 'quận', name: '1', province: 'Hồ Chí Minh' }]);
  });
  it('lists every unit of an ambiguous name, and none for an unknown one', () => {
    expect(lookupPlaces('huyện Vĩnh Thạnh').map((c) => `${c.code} ${c.province}`)).toEqual(['546 Bình Định', '924 Cần Thơ']);
    expect(lookupPlaces('huyện Không Có Thật')).toEqual([]);
  });
});
