/**
 * The types that carry a figure from text to the database.
 *
 * Offsets inside the pipeline are JavaScript string indices (UTF-16 code units) into the
 * article's stored text; `db/store.ts` converts them to code points, which is what SQLite's
 * substr() and Python count. Keep that conversion in one place.
 */

export type Span = { start: number; end: number };

export type FigureKind = 'percent' | 'count' | 'ratio' | 'money' | 'quantity' | 'rank';
export const FIGURE_KINDS: readonly FigureKind[] = ['percent', 'count', 'ratio', 'money', 'quantity', 'rank'];

export type Qualifier = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'range';
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than', 'range'];

export type Modality = 'actual' | 'target';
export type Change = 'up' | 'down';

/** A figure as the extractors see it, before the linkers add meaning. */
export type Figure = {
  kind: FigureKind;
  value: number;
  /** Denominator of a ratio (`199/213` -> 213). */
  total?: number;
  /** Top of a range (`20-25%` -> 25); `value` is the bottom. */
  valueMax?: number;
  /** `%`, a currency code (`VND`, `USD/kg`), a measure (`ha`, `tấn/ha`) or the counted noun (`người`). */
  unit?: string;
  qualifier: Qualifier;
  /** The figure's own text: the number with its unit or magnitude where they are written together. */
  span: Span;
  /** Name of the extractor that produced it (its file name). */
  extractor: string;
};

/** A figure after linking: what it measures, where, when, target or actual. */
export type LinkedFigure = Figure & {
  modality: Modality;
  change: Change | null;
  subject: string | null;
  placeName: string | null;
  placeCode: string | null;
  province: string | null;
  year: number | null;
  period: string | null;
  sentence: Span;
  isRepeat: boolean;
  /** Normalized key of what is measured (pipeline/link/metric-key.ts), set by prepareArticle. */
  metricKey?: string | null;
};

export type PlaceLevel =
  | 'quốc gia'
  | 'tỉnh'
  | 'thành phố'
  | 'huyện'
  | 'quận'
  | 'thị xã'
  | 'xã'
  | 'phường'
  | 'thị trấn'
  | 'đặc khu';

/** A named administrative unit in the text. `code` is null where the text cannot decide. */
export type PlaceMention = {
  span: Span;
  level: PlaceLevel | null;
  name: string;
  code: string | null;
  province: string | null;
  /** Candidate codes when the mention is ambiguous (several `huyện Vĩnh Thạnh`). */
  candidates: string[];
  /** How it was found: `level-word`, `bare`, `list`, `dateline`, `credit`, `parenthesis`. */
  via: string;
};
