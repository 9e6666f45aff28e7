/**
 * What each figure means: subject, target or actual, change, and time. (First version.)
 */
import type { Change, Figure, Modality } from '../../extractors/types.js';
import type { Doc } from '../doc.js';
import type { PlaceLinks } from './places.js';
import { before } from '../../extractors/lib/context.js';
import { spanIndexAt } from '../segment.js';

export type Meaning = { modality: Modality; change: Change | null; subject: string | null; year: number | null; period: string | null };

const TARGET = /(phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|dự báo|sẽ|đề ra|định hướng|tầm nhìn)/;

export function linkMeaning(doc: Doc, figures: Figure[], _places: PlaceLinks): Meaning[] {
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  return figures.map((fig) => {
    const si = spanIndexAt(doc.seg.sentences, fig.span.start);
    const s = si >= 0 ? doc.seg.sentences[si]! : fig.span;
    const left = doc.f.slice(s.start, fig.span.start);
    const modality: Modality = TARGET.test(left) ? 'target' : 'actual';
    const b = before(doc.f, fig.span.start, 30);
    let change: Change | null = null;
    if (/(tăng|giảm)( thêm| hơn| khoảng| gần| trên)*\s*$/.test(b)) change = /tăng[^g]*$/.test(b) ? 'up' : 'down';
    return { modality, change, subject: null, year: pubYear, period: null };
  });
}
