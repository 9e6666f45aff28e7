/**
 * When a page was published, from the most to the least trustworthy source: the
 * `article:published_time` meta tag, JSON-LD `datePublished`, other meta tags (`pubdate`,
 * `datePublished`), a `<time datetime>` beside the headline, then the date line a reader sees
 * next to the headline (`Thứ bảy, 07/03/2026 - 08:07`). A date without a time is completed by a
 * visible line of the same day that has one. The site's "today" in its header, or dates of
 * other stories in lists, are far from the headline and lose to the article's own line.
 */
import type { CheerioAPI } from 'cheerio';
import { type AnyNode, type Element, classId, isElement, tag, textOf } from './dom.js';
import { type LdObject, ldString } from './jsonld.js';
import { metaContent } from './meta.js';
import { type DateOrder, normalizeTimestamp, parseVisibleDate } from './timestamps.js';

export type Published = {
  value: string;
  from: 'meta' | 'json-ld' | 'time' | 'visible';
  /** The element of a `time` or visible date line, to keep it out of the article's text. */
  el?: Element;
};

// Meta names that carry the publication time, in order of trust.
const META_NAMES = ['pubdate', 'datePublished', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'article:published', 'og:published_time', 'datePublished'];

// Class or id of a date line: `post-time`, `publication_date`, `spanTime`, `date-line`, `timestamp`, `ngay-dang`
const DATE_CLASS = /date|time|publish|posted|ngay|thoi-?gian|created|updated|cap-?nhat/;

// What may sit around a date on its line: weekday, labels, separators, zone (`Cập nhật thứ hai, ngày`, `(GMT+7)`).
const DATE_LINE_WORDS = /(?<!\p{L})(thứ\s*(hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cập\s*nhật|ngày|đăng|lúc|published|on|updated|posted|gmt|utc|am|pm|sa|ch|sáng|trưa|chiều|tối|đêm|tháng|năm)(?!\p{L})|[+\-–|,:()/.0-9]/giu;

type VisibleDate = { el: Element; value: string; named: boolean };

/** Small elements (<= 120 characters) showing a date, outermost first, not inside links. */
function visibleDates($: CheerioAPI, order: DateOrder): VisibleDate[] {
  const out: VisibleDate[] = [];
  const visit = (n: AnyNode): void => {
    if (!isElement(n) || n.type !== 'tag') return;
    const t = tag(n);
    if (t === 'a' || t === 'script' || t === 'style' || t === 'option' || t === 'select') return;
    const text = textOf(n);
    if (text.length <= 120) {
      const value = parseVisibleDate(text, order);
      // A headline that mentions a date is not a date line: little may be left beside the date.
      const rest = text.replace(DATE_LINE_WORDS, '').replace(/\s+/g, ' ').trim();
      if (!value) return;
      if (rest.length <= 40) {
        out.push({ el: n, value, named: DATE_CLASS.test(classId(n)) || n.attribs.datetime !== undefined });
        return;
      }
    }
    for (const c of n.children) visit(c);
  };
  const body = $('body').get(0);
  if (body) visit(body);
  return out;
}

function nearest<T extends { el: Element }>(items: T[], anchor: Element | null, pos: Map<Element, number>, bonus: (x: T) => boolean): T | null {
  if (!items.length) return null;
  if (!anchor) return items.find(bonus) ?? null;
  const at = pos.get(anchor) ?? 0;
  let best: T | null = null;
  let bestD = Infinity;
  for (const x of items) {
    const p = pos.get(x.el) ?? 0;
    // Lines after the headline are a little closer than lines before it; date-named ones too.
    let d = p >= at ? p - at : (at - p) * 1.5;
    if (bonus(x)) d /= 2;
    if (d < bestD) {
      bestD = d;
      best = x;
    }
  }
  return bestD <= 4000 ? best : null;
}

/** The publication time of the page, normalised (see timestamps.ts), or null. */
export function findPublished($: CheerioAPI, ld: LdObject | null, titleEl: Element | null, pos: Map<Element, number>, order: DateOrder): Published | null {
  const candidates: Published[] = [];
  const push = (raw: string, from: Published['from']) => {
    const value = normalizeTimestamp(raw);
    if (value) candidates.push({ value, from });
  };
  push(metaContent($, 'article:published_time'), 'meta');
  push(ldString(ld, 'datePublished'), 'json-ld');
  $('[itemprop="datePublished"]').each((_, el) => {
    if (isElement(el)) push(el.attribs.content ?? el.attribs.datetime ?? textOf(el), 'meta');
  });
  for (const name of META_NAMES) push(metaContent($, name), 'meta');

  const times: { el: Element; value: string }[] = [];
  $('time').each((_, el) => {
    if (!isElement(el)) return;
    const value = normalizeTimestamp(el.attribs.datetime ?? '') ?? parseVisibleDate(textOf(el), order);
    if (value) times.push({ el, value });
  });
  const time = nearest(times, titleEl, pos, (x) => x.el.attribs.pubdate !== undefined);
  if (time) candidates.push({ value: time.value, from: 'time', el: time.el });

  const visible = nearest(visibleDates($, order), titleEl, pos, (x) => x.named);
  if (visible) candidates.push({ value: visible.value, from: 'visible', el: visible.el });
  push(ldString(ld, 'dateCreated'), 'json-ld');
  push(metaContent($, 'dateCreated'), 'meta');

  const first = candidates[0];
  if (!first) return null;
  if (first.value.length === 10) {
    // `2012-12-25` from a meta tag, `Thứ Ba, 25/12/2012 - 10:03` on the page: keep the time.
    const timed = candidates.find((c) => c.value.length > 10 && c.value.startsWith(first.value));
    if (timed) return timed;
  }
  return { ...first, el: first.el ?? visible?.el ?? time?.el };
}
