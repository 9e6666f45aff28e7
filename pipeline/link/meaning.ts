/**
 * What each figure means: subject, target or actual, change, and time. Runs once per article
 * over all its figures, because meaning flows between them (a plan marker governs the clauses
 * after it, an elided subject is borrowed from the figure before, a year from the paragraph).
 */
import type { Change, Figure, Modality, Span } from '../../extractors/types.js';
import type { Doc } from '../doc.js';
import type { PlaceLinks } from './places.js';
import { spanIndexAt } from '../segment.js';
import { findTimes, fillYears, type TimeExpr } from './time.js';
import { modalityOf, announcesPlanList, opensPlan } from './modality.js';
import { changeOf } from './change.js';
import { subjects } from './subject.js';

export type Meaning = { modality: Modality; change: Change | null; subject: string | null; year: number | null; period: string | null };

export function linkMeaning(doc: Doc, figures: Figure[], _places: PlaceLinks): Meaning[] {
  if (!figures.length) return [];
  const { f, seg } = doc;
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const times = findTimes(f, doc.published);
  fillYears(times, pubYear);
  const defaultYear = pubYear ?? articleYear(times, seg.sentences);
  const planParagraphs = inheritedPlans(doc);
  const sentenceStarts = seg.sentences.map((s) => s.start);

  const where = figures.map((fig) => {
    const si = Math.max(0, spanIndexAt(seg.sentences, fig.span.start));
    const ci = Math.max(0, spanIndexAt(seg.clauses, fig.span.start));
    const sentence = seg.sentences[si] ?? fig.span;
    const clause = seg.clauses[ci] ?? sentence;
    const paragraph = seg.paragraphs[seg.sentenceParagraph[si] ?? 0] ?? sentence;
    return { si, sentence, clause, paragraph, pi: seg.sentenceParagraph[si] ?? 0 };
  });
  const subj = subjects(doc.text, f, figures.map((fig, i) => ({ span: fig.span, clause: where[i]!.clause, sentence: where[i]!.sentence, kind: fig.kind, unit: fig.unit ?? null })));

  const out: Meaning[] = [];
  figures.forEach((fig, i) => {
    const w = where[i]!;
    const beforeSentence = f.slice(w.sentence.start, fig.span.start);
    const afterClause = f.slice(fig.span.end, w.clause.end);
    const nextStart = figures[i + 1] && where[i + 1]!.clause.start === w.clause.start ? figures[i + 1]!.span.start : w.clause.end;
    const t = timeOf(f, times, fig.span, w.clause, w.sentence, w.paragraph, nextStart, sentenceStarts);
    const horizon = lastBefore(times, w.sentence.start, fig.span.start, (x) => x.role === 'horizon') ?? firstAfter(times, fig.span.end, w.clause.end, (x) => x.role === 'horizon');
    const prevInSentence = i > 0 && where[i - 1]!.si === w.si && where[i - 1]!.clause.start !== w.clause.start;
    const modality = modalityOf({
      sentenceBefore: beforeSentence,
      clauseBefore: f.slice(w.clause.start, fig.span.start),
      after: afterClause,
      horizonYear: horizon?.year ?? null,
      pointYear: t?.role === 'point' && t.start >= w.clause.start && t.end <= w.clause.end ? t.year : null,
      nowYear: pubYear,
      articleYear: defaultYear,
      previousClauseTarget: prevInSentence && out[i - 1]!.modality === 'target',
      inheritedTarget: planParagraphs.has(w.pi) || sentenceAnnouncedPlan(doc, w.si),
    });
    let year = t?.year ?? null;
    let period = t?.period ?? null;
    if (modality === 'target' && horizon?.year) {
      year = horizon.year;
      period = null;
    }
    if (year === null) year = defaultYear;
    const prev = i > 0 && where[i - 1]!.clause.start === w.clause.start ? { change: out[i - 1]!.change, between: f.slice(figures[i - 1]!.span.end, fig.span.start) } : null;
    const change = changeOf({ before: f.slice(w.clause.start, fig.span.start), after: afterClause, previous: prev });
    out.push({ modality, change, subject: subj[i] ?? null, year, period: period && period.length > 4 ? period : null });
  });
  return out;
}

/**
 * The time of a figure: right after it (`28% năm 2017`), its clause, its sentence, a frame that
 * opens a sentence of its paragraph (`Năm 2016, ...`), the year after a comparison base in its
 * sentence (`tăng 6 thủ tục so với năm 2019` is 2020); never the base itself.
 */
function timeOf(f: string, times: TimeExpr[], span: Span, clause: Span, sentence: Span, paragraph: Span, nextStart: number, sentenceStarts: number[]): TimeExpr | null {
  const ok = (x: TimeExpr) => x.role !== 'base' && x.year !== null;
  const after = firstAfter(times, span.end, Math.min(nextStart, span.end + 40), ok);
  if (after && after.role === 'point' && AFTER_GAP.test(f.slice(span.end, after.start))) return after;
  const found =
    lastBefore(times, clause.start, span.start, ok) ??
    lastBefore(times, sentence.start, span.start, ok) ??
    firstAfter(times, span.end, sentence.end, (x) => ok(x) && x.role === 'point') ??
    lastBefore(times, paragraph.start, span.start, (x) => ok(x) && x.role === 'point' && opensSentence(x, sentenceStarts));
  if (found) return found;
  const base = firstAfter(times, sentence.start, sentence.end, (x) => x.role === 'base' && x.year !== null && !x.period);
  if (base && base.year !== null) return { ...base, year: base.year + 1, role: 'point' };
  return null;
}

// What may stand between a figure and its own time: `28% năm 2017`, `65% vào cuối năm 2020`,
// `430 tỷ đồng tiền sử dụng đất tính đến thời điểm 31/5/2017` (not `... thì năm nay`).
const AFTER_GAP = /^(?![\s\S]*(?<![\p{L}])(thì|nhưng|còn|và|trong khi|so với|so|hơn|mà)(?![\p{L}]))[^;.,]{0,45}$/u;

function opensSentence(x: TimeExpr, sentenceStarts: number[]): boolean {
  let lo = 0;
  let hi = sentenceStarts.length - 1;
  let s = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentenceStarts[mid]! <= x.start) {
      s = sentenceStarts[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return x.start - s <= 30;
}

function lastBefore(times: TimeExpr[], from: number, to: number, ok: (x: TimeExpr) => boolean): TimeExpr | null {
  let found: TimeExpr | null = null;
  for (const x of times) {
    if (x.start >= to) break;
    if (x.start >= from && x.end <= to && ok(x)) found = x;
  }
  return found;
}

function firstAfter(times: TimeExpr[], from: number, to: number, ok: (x: TimeExpr) => boolean): TimeExpr | null {
  for (const x of times) {
    if (x.start >= to) break;
    if (x.start >= from && ok(x)) return x;
  }
  return null;
}

/** With no publication date: the year the article speaks of most (the latest on a tie). */
function articleYear(times: TimeExpr[], sentences: Span[]): number | null {
  const counts = new Map<number, number>();
  const weight = { point: 1, base: 0.5, horizon: 0.25 } as const;
  for (const t of times) {
    if (t.year === null || t.needsYear) continue;
    // a comparison base speaks of the year before the article's own, unless it is the yardstick
    // of a forecast (`đến năm 2020 ... phải tăng gấp đôi so với năm 2017`: 2017 is now)
    const y = t.role === 'base' && !besideHorizon(t, times, sentences) ? t.year + 1 : t.year;
    counts.set(y, (counts.get(y) ?? 0) + weight[t.role]);
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) [best, n] = [y, c];
  return best;
}

/** A horizon (`đến năm 2020`) later than `t` in the same sentence. */
function besideHorizon(t: TimeExpr, times: TimeExpr[], sentences: Span[]): boolean {
  const sentence = sentences[spanIndexAt(sentences, t.start)];
  if (!sentence) return false;
  return times.some((h) => h.role === 'horizon' && h.year !== null && t.year !== null && h.year > t.year && h.start >= sentence.start && h.start < sentence.end);
}

/**
 * Paragraphs that are plans: items of a list after a paragraph ending `mục tiêu ...:`, and
 * paragraphs whose first sentence opens with a plan marker (`Cụ thể, đối với chỉ tiêu ...:`).
 */
function inheritedPlans(doc: Doc): Set<number> {
  const out = new Set<number>();
  const { seg, f } = doc;
  let open = false;
  const firstSentence = new Map<number, number>();
  seg.sentenceParagraph.forEach((p, si) => {
    if (!firstSentence.has(p)) firstSentence.set(p, si);
  });
  seg.paragraphs.forEach((p, i) => {
    const t = f.slice(p.start, p.end);
    const si = firstSentence.get(i);
    const first = si !== undefined ? seg.sentences[si]! : p;
    if (opensPlan(f.slice(first.start, first.end))) out.add(i);
    if (open && /^[-+•*–]|^[a-zđ]\)|^\d+[.)]\s/u.test(t)) {
      out.add(i);
      return;
    }
    open = announcesPlanList(t);
  });
  return out;
}

/** The previous sentence of the same paragraph ends with a plan list announcement. */
function sentenceAnnouncedPlan(doc: Doc, si: number): boolean {
  if (si === 0) return false;
  const { seg, f } = doc;
  if (seg.sentenceParagraph[si - 1] !== seg.sentenceParagraph[si]) return false;
  const prev = seg.sentences[si - 1]!;
  return announcesPlanList(f.slice(prev.start, prev.end));
}
