/**
 * The fields a reviewer can correct, how each is typed in (command line, form, spreadsheet) and
 * how it is written into `reviews.old_value` / `new_value`. Pure: no database here.
 */
import { FIGURE_KINDS, QUALIFIERS, type Change, type FigureKind, type Modality, type Qualifier } from '../extractors/types.js';

export const FIELDS = ['value', 'total', 'value_max', 'unit', 'kind', 'qualifier', 'modality', 'change', 'subject', 'place', 'year', 'span'] as const;
export type Field = (typeof FIELDS)[number];
export const MODALITIES: readonly Modality[] = ['actual', 'target'];
export const CHANGES: readonly Change[] = ['up', 'down'];
export const STATUSES = ['pending', 'accepted', 'corrected', 'added', 'rejected'] as const;
export type ReviewStatus = (typeof STATUSES)[number];

export type Place = { place_name: string | null; place_code: string | null; province: string | null };
export type SpanFix = { char_start: number; char_end: number; quote: string };

export type FieldValues = {
  value: number;
  total: number | null;
  value_max: number | null;
  unit: string | null;
  kind: FigureKind;
  qualifier: Qualifier;
  modality: Modality;
  change: Change | null;
  subject: string | null;
  place: Place;
  year: number | null;
  span: SpanFix;
};
export type Corrections = { [F in Field]?: FieldValues[F] };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** A number as plain digits, never `3.5e+12`: spreadsheets and people read it back exactly. */
export function numText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

// `99.86`, `-5`, `3500000000000`, `3.5e12`; `99,86` (Vietnamese decimal comma); `3.500.000`
// or `3,500,000` (grouped thousands). `3.500` and `3,500` each have two readings (3.5 or 3500).
const PLAIN = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const GROUPED_DOTS = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const GROUPED_COMMAS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Every number a typed string can mean, the dot-decimal reading first. */
export function numberReadings(raw: string): number[] {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  const out: number[] = [];
  if (PLAIN.test(s)) out.push(Number(s));
  if (GROUPED_COMMAS.test(s)) out.push(Number(s.replace(/,/g, '')));
  if (DECIMAL_COMMA.test(s)) out.push(Number(s.replace(',', '.')));
  if (GROUPED_DOTS.test(s)) out.push(Number(s.replace(/\./g, '').replace(',', '.')));
  return [...new Set(out)].filter((n) => Number.isFinite(n));
}

/**
 * A number as a person typed it. `prefer` settles a string with two readings: `dot` takes
 * `3.500` as 3.5, `comma` as 3500; without it such a string is refused as ambiguous.
 */
export function parseNumber(raw: string, prefer?: 'dot' | 'comma'): Parsed<number> {
  const r = numberReadings(raw);
  if (!r.length) return bad(`"${raw.trim()}" is not a number`);
  if (r.length === 1 || prefer === 'dot') return ok(r[0]!);
  if (prefer === 'comma') return ok(r[r.length - 1]!);
  return bad(`"${raw.trim()}" is ambiguous: write ${r.map(numText).join(' or ')}`);
}

/** Empty, `null` and `none` clear a field that may be empty. */
export function isClear(raw: string): boolean {
  return /^\s*(?:|null|none|-)\s*$/i.test(raw);
}

/** Parses a typed value for every field except `place` and `span`, which need the database. */
export function parseField(field: Exclude<Field, 'place' | 'span'>, raw: string, prefer?: 'dot' | 'comma'): Parsed<unknown> {
  const s = raw.trim();
  switch (field) {
    case 'value':
      return parseNumber(s, prefer);
    case 'total':
    case 'value_max':
      return isClear(s) ? ok(null) : parseNumber(s, prefer);
    case 'unit':
    case 'subject':
      return ok(s === '' ? null : s);
    case 'kind':
      return oneOf(s, FIGURE_KINDS, field);
    case 'qualifier':
      return oneOf(s, QUALIFIERS, field);
    case 'modality':
      return oneOf(s, MODALITIES, field);
    case 'change':
      return isClear(s) ? ok(null) : oneOf(s, CHANGES, field);
    case 'year': {
      if (isClear(s)) return ok(null);
      const y = Number(s);
      return /^\d{4}$/.test(s) && y >= 1900 && y <= 2100 ? ok(y) : bad(`year "${raw}" is not a year between 1900 and 2100`);
    }
  }
}

function oneOf<T extends string>(s: string, allowed: readonly T[], field: string): Parsed<T> {
  const v = s.toLowerCase() as T;
  return allowed.includes(v) ? ok(v) : bad(`${field} "${s}" is not one of ${allowed.join(', ')}`);
}

/** How a field's value is written in `reviews.old_value` / `new_value` (NULL for empty). */
export function fieldText(field: Field, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (field === 'place') {
    const p = v as Place;
    if (p.place_name === null && p.place_code === null && p.province === null) return null;
    return JSON.stringify({ place_name: p.place_name, place_code: p.place_code, province: p.province });
  }
  if (field === 'span') {
    const s = v as SpanFix;
    return JSON.stringify({ char_start: s.char_start, char_end: s.char_end, quote: s.quote });
  }
  if (typeof v === 'number') return numText(v);
  return String(v);
}

/** Reads back what `fieldText` wrote. */
export function parseFieldText(field: Field, text: string | null): unknown {
  if (field === 'place') return text === null ? { place_name: null, place_code: null, province: null } : (JSON.parse(text) as Place);
  if (text === null) return null;
  if (field === 'span') return JSON.parse(text) as SpanFix;
  if (field === 'value' || field === 'total' || field === 'value_max' || field === 'year') return Number(text);
  return text;
}

/** Equal as a reviewer means it: numbers by value, places by all three parts. */
export function sameField(field: Field, a: unknown, b: unknown): boolean {
  return fieldText(field, a) === fieldText(field, b);
}
