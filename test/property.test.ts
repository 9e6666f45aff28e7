/**
 * Property tests: arbitrary full-Unicode text (combining marks, NFD, astral characters,
 * emoji) and real sentences with noise never make an extractor or ingest throw, and every
 * offset they produce is valid: the quote is exactly its span, in JavaScript and in SQLite.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../extractors/index.js';
import { analyze } from '../pipeline/analyze.js';
import { prepareArticle } from '../pipeline/prepare.js';
import { openDb } from '../db/open.js';
import { Store } from '../db/store.js';
import { endsWithColon } from '../pipeline/link/modality.js';
import { GAP_WORDS, dropGap } from '../extractors/qualifiers.js';
import { endsWithWordAndSpace } from '../extractors/lib/context.js';
import { TRAILING_LINKS, dropOpenBracket, trailingLinkAt, trimEndClass } from '../pipeline/link/subject.js';
import { decodeUtf8, utf8Param } from '../corpus/utf8.js';
import { ABBREVIATIONS, isAbbreviation } from '../pipeline/segment.js';
import { asciiSyllable } from '../pipeline/link/metric-key.js';
import { ODD_SPACES, asciiKey, hasOddSpace } from '../extractors/lib/fold.js';

const samples = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus', 'samples');
const sentences = readdirSync(samples)
  .flatMap((f) => readFileSync(path.join(samples, f), 'utf8').split(/(?<=[.;:])\s+|\n+/))
  .filter((s) => /\d/.test(s) && s.length < 400);

// Noise that trips naive code: combining marks, astral characters, odd spaces, separators.
const noise = fc.constantFrom(
  '\u0301', '\u0323', '\u0309', '😀', '𝟘', '𠀀', '\u00a0', '\u202f', '\u200b', '\ufeff', '%', '/', '-', '–', ',', '.', ':',
  '\n', '(', ')', 'đồng', 'triệu', 'tỷ', '1.000', '99,86', '13/13', 'trở lên', 'khoảng', '\ud800', '\udc00',
);
const mixed = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...sentences), noise), { maxLength: 12 }).map((parts) => parts.join(' '));
const noisySentence = fc.tuple(fc.constantFrom(...sentences), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 6 })).map(([s, ins]) => {
  let out = s;
  for (const [at, n] of ins) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + n + out.slice(i);
  }
  return out;
});
const anyText = fc.oneof(mixed, noisySentence, noisySentence.map((s) => s.normalize('NFD')), fc.string({ unit: 'binary', maxLength: 200 }));

describe('extractors on arbitrary text', () => {
  it('never throw and give valid spans', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of extractFigures(text)) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(text.length);
          expect(f.span.end).toBeGreaterThan(f.span.start);
          expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('analysis never throws and keeps spans inside sentences', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { figures, mentions } = analyze({ text, published: '2023-08' });
        for (const f of figures) {
          expect(f.sentence.start).toBeLessThanOrEqual(f.span.start);
          expect(f.sentence.end).toBeGreaterThanOrEqual(f.span.end);
        }
        for (const m of mentions) expect(m.span.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ingest of arbitrary text', () => {
  it('stores offsets that SQLite substr() cuts to the same quotes', () => {
    const db = openDb(':memory:');
    const store = new Store(db);
    let n = 0;
    fc.assert(
      fc.property(anyText, (raw) => {
        let stored;
        try {
          stored = prepareArticle({ key: `k${n++}`, externalId: null, source: 'prop', text: raw });
        } catch (e) {
          // only one refusal is allowed: nothing left to store
          expect((e as Error).message).toMatch(/no text/);
          return;
        }
        const id = store.write(stored, null);
        const rows = db
          .prepare(`SELECT substr(a.text, e.char_start + 1, e.char_end - e.char_start) AS cut, e.seq FROM figure_extractions e
                    JOIN articles a ON a.id = e.article_id WHERE a.id = ? ORDER BY e.seq`)
          .all(id) as { cut: string; seq: number }[];
        expect(rows.map((r) => r.cut)).toEqual(stored.figures.map((f) => stored.text.slice(f.span.start, f.span.end)));
        const bad = db
          .prepare('SELECT count(*) FROM place_mentions p JOIN articles a ON a.id = p.article_id WHERE a.id = ? AND substr(a.text, p.char_start + 1, p.char_end - p.char_start) <> p.quote')
          .pluck()
          .get(id);
        expect(bad).toBe(0);
        expect(stored.text).toBe(stored.text.normalize('NFC'));
      }),
      { numRuns: 200 },
    );
    db.close();
  });
});

describe('hand-written scans agree with the regexes they replace', () => {
  it('endsWithColon is /:\\s*$/', () => {
    const tail = fc.array(fc.constantFrom(':', ' ', '\n', '\u00a0', '\u3000', '\ufeff', '\u200b', 'a', '.'), { maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(anyText, tail, (s, t) => {
        expect(endsWithColon(s + t)).toBe(/:\s*$/.test(s + t));
      }),
      { numRuns: 500 },
    );
  });

  it('trailingLinkAt is the index of the end-anchored alternation', () => {
    const re = new RegExp(`(?<![\\p{L}])(${TRAILING_LINKS.join('|')})\\s*$`, 'u');
    const before = fc.constantFrom('', ' ', 'x', 'ệ', '𝐀', '😀', '\ud835', '\u0301', '5', '(', 'tỷ lệ ', 'lần ', 'là ');
    const after = fc.constantFrom('', ' ', '  ', '\n', '\u00a0', 'x', '.');
    fc.assert(
      fc.property(anyText, before, fc.constantFrom(...TRAILING_LINKS), after, (s, b, w, a) => {
        const t = (s + b + w + a).toLowerCase();
        expect(trailingLinkAt(t)).toBe(re.exec(t)?.index ?? -1);
        expect(trailingLinkAt(s)).toBe(re.exec(s)?.index ?? -1);
      }),
      { numRuns: 2000 },
    );
  });

  it('trimEndClass and dropOpenBracket are the replaces they stand for', () => {
    const bits = fc.array(fc.constantFrom('(', ')', ' ', '\n', '\u3000', ',', ';', ':', '–', '—', '-', 'a', 'ệ', '😀', '.'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(anyText, bits, (s, b) => {
        const t = s + b;
        expect(trimEndClass(t)).toBe(t.replace(/[\s,;:(–—-]+$/u, ''));
        expect(dropOpenBracket(t)).toBe(t.replace(/\s*\([^()]*$/, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('endsWithWordAndSpace is /(w1|w2)\\s+$/', () => {
    const words = ['thứ', 'hạng', 'top', 'xếp hạng'];
    const re = new RegExp(`(${words.join('|')})\\s+$`);
    const bit = fc.constantFrom(...words, ' ', '\n', '\u00a0', 'x', 'ố', '');
    fc.assert(
      fc.property(anyText, fc.array(bit, { maxLength: 5 }), (s, bits) => {
        const t = s + bits.join('');
        expect(endsWithWordAndSpace(t, words)).toBe(re.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('dropGap is the replace it stands for', () => {
    const re = new RegExp(`(\\s+(${GAP_WORDS.join('|')}))*\\s*$`);
    const bit = fc.constantFrom(...GAP_WORDS, ' ', '  ', '\n', '\u00a0', 'con', 'x', 'ố', 'hơn');
    fc.assert(
      fc.property(anyText, fc.array(bit, { maxLength: 8 }), (s, bits) => {
        const t = s + bits.join('');
        const u = s + ' ' + bits.join(' ');
        expect(dropGap(t)).toBe(t.replace(re, ''));
        expect(dropGap(u)).toBe(u.replace(re, ''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decodeUtf8 (corpus/utf8.ts)', () => {
  // bytes that make valid and invalid UTF-8 alike: lead bytes, continuations, overlongs, surrogates
  const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x41, 0x0a, 0x0d, 0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xe1, 0xed, 0xf0, 0xf4, 0xf5, 0xff, 0xba, 0xa1));
  it('is Buffer#toString("utf8") for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), fc.nat(30), fc.nat(30), (bytes, x, y) => {
        const b = Buffer.from(bytes);
        const start = Math.min(x, b.length);
        const end = Math.max(start, Math.min(y, b.length));
        expect(decodeUtf8(b, start, end)).toBe(b.toString('utf8', start, end));
      }),
      { numRuns: 3000 },
    );
  });
  it('is Buffer#toString("utf8") for arbitrary full-Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const b = Buffer.from('\ufeff' + s + 'ạ😀');
        expect(decodeUtf8(b, 0, b.length)).toBe(b.toString('utf8'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('utf8Param (corpus/utf8.ts)', () => {
  // long enough to take the ICU path; lone surrogates and odd code units mixed in
  const unit = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.constantFrom('\ud800', '\udfff', '\ud83d', 'ạ', 'Đ', '😀', '\u0000', 'a'));
  it('gives the bytes Buffer.from(s, "utf8") gives, for arbitrary full-Unicode text', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 40 }), fc.nat(300), (parts, pad) => {
        const s = 'ạ'.repeat(pad) + parts.join('');
        const p = utf8Param(s);
        const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
        expect(bytes.equals(Buffer.from(s, 'utf8'))).toBe(true);
        if (typeof p === 'string') expect(p).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
  it('converts long well-formed text itself, and leaves a lone surrogate to the driver', () => {
    const text = 'Tỷ lệ hồ sơ đúng hạn đạt 99,86% 😀. '.repeat(20);
    expect(Buffer.isBuffer(utf8Param(text))).toBe(true);
    expect(utf8Param(text + '\ud800')).toBe(text + '\ud800');
    expect(utf8Param('ngắn')).toBe('ngắn');
  });
});

describe('isAbbreviation (pipeline/segment.ts)', () => {
  const piece = fc.oneof(
    fc.constantFrom('tp', 'tx', 'ths', 'pgs', 'ts', 'v.v', 'ubnd', 'ts.bs', 'đ/c', 'ví dụ', 'TP', 'PGS.TS', 'M.T.H', 'V', 'A.B', '𝐀', '𝐀.B', 'B.𝐀', 'Ảnh', 'năm', 'đồng', 'Hà', '.', ' ', '(', '\u00a0', 'x.'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  it('agrees with the regex it was written from', () => {
    const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    const before = (text: string, from: number, dot: number): boolean => {
      let w = dot;
      while (w > from && !isSpace(text.charCodeAt(w - 1)) && text[w - 1] !== '(') w--;
      const word = text.slice(w, dot).toLowerCase();
      if (!word) return false;
      if (ABBREVIATIONS.has(word)) return true;
      const last = word.split('.').pop() ?? '';
      if (ABBREVIATIONS.has(last)) return true;
      return /^(\p{Lu}\.)*\p{Lu}$/u.test(text.slice(w, dot));
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.nat(40), (parts, x) => {
        const text = parts.join('') + '.';
        const dot = text.length - 1;
        const from = Math.min(x, dot);
        expect(isAbbreviation(text, from, dot)).toBe(before(text, from, dot));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('asciiSyllable (pipeline/link/metric-key.ts)', () => {
  const piece = fc.oneof(
    fc.constantFrom('người', 'Đường', 'hoà', 'quý', 'İ', 'ǅ', 'ß', 'ﬁ', 'Ω', 'Σ', 'ς', '\u0301', '\u0323', 'e\u0302\u0301', '²', '½', '٣', 'K', '😀', '𝟘', 'ṩ'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  it('is asciiKey without its spaces, for any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
        const s = parts.join('');
        expect(asciiSyllable(s)).toBe(asciiKey(s).replace(/ /g, ''));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('hasOddSpace (extractors/lib/fold.ts)', () => {
  const piece = fc.oneof(
    fc.constantFrom('\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u202f', '\u205f', '\u3000', '\t', '\v', '\f', '\n', ' ', 'a', 'ạ', '😀'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  it('is a test of the ODD_SPACES class', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(hasOddSpace(s)).toBe(new RegExp(ODD_SPACES.source).test(s));
      }),
      { numRuns: 5000 },
    );
  });
});
