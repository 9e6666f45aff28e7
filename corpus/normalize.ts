/**
 * Text preparation: what an article's stored text is.
 *
 * The stored text is the article's own words in NFC: invisible characters dropped, page
 * furniture (comment widgets, share boxes, placeholders a scraper left) removed, header
 * date lines removed after their date is read. Nothing else is rewritten: no-break spaces,
 * tone-mark placement and case stay as the article wrote them (matching folds copies, see
 * extractors/lib/fold.ts). Offsets of figures are counted in this text.
 */
import iconv from 'iconv-lite';
import { findHeaderDate } from './dates.js';

export type PreparedText = {
  text: string;
  /** ISO date (possibly partial: `2023-08`) read from a header or dateline, if any. */
  published: string | null;
  /** Where `published` came from: `header`, `dateline`. */
  publishedFrom: string | null;
  /** What was done to the text, for the record: `mojibake-repaired`, `furniture:3`... */
  notes: string[];
};

// Zero-width space, joiners, word joiner, BOM, soft hyphen: invisible, and they split numbers
// (`1.0\u200b57`) and names. (A soft hyphen is the letter ư in mis-decoded TCVN3 text; we do
// not repair TCVN3, so dropping it is what keeps the rest readable.)
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LONE_SURROGATE_ONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVISIBLE_ONE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
// Control characters other than newline and tab are noise from converters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// Any of the rare characters above, in one pass: most articles have none.
const RARE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff\u00ad\ud800-\udfff]/;
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// Lines a scraper keeps from the page around the article (seen at the end of S4 and on
// provincial portals). Whole-line matches only: a sentence that merely contains
// "bình luận" stays.
const FURNITURE: RegExp[] = [
  /^\{\w+\}( - \{\w+\})?$/, // `{name} - {time}`, `{body}`: template placeholders
  /^\d+ bình luận$/i, // `0 bình luận`
  /^(trả lời|gửi|hủy|huỷ|bình luận|ý kiến bạn đọc|gửi bình luận|xem thêm|thời tiết|địa phương|tin liên quan|tin khác|in bài|in bài viết|chia sẻ|lưu bài|bản in|quay lại|về đầu trang|đầu trang)$/i,
  /^chia sẻ thông tin với bạn bè!?$/i,
  /^tắt \[x\]$/i,
  /^ý kiến của bạn sẽ được biên tập trước khi đăng/i,
  /^vui lòng gõ tiếng việt có dấu/i,
  /^xem thêm [^!?]{1,60}$/i, // `Xem thêm TP.Thanh Hóa`
  /^(facebook|twitter|zalo|email|print|share|tweet|like)$/i,
  /^(tags?|từ khóa|từ khoá)\s*:/i,
  /^(đọc thêm|xem tiếp|xem nhiều)\s*:?$/i,
];

// UTF-8 read as Windows-1252 (`Viá»‡t Nam`, `HÃ  Ná»™i`): the most common modern mojibake.
const MOJIBAKE = /Ã[\u00a0-\u00bf]|Ä[\u0080-\u00bf‘]|Æ°|Æ¡|á»|áº/g;

export function prepareText(raw: string): PreparedText {
  const notes: string[] = [];
  let text = raw.replace(/\r\n?/g, '\n');
  const repaired = repairMojibake(text);
  if (repaired !== text) {
    text = repaired;
    notes.push('mojibake-repaired');
  }
  // Lone surrogates (from `\ud800` escapes in JSON) cannot be stored as UTF-8: U+FFFD instead,
  // so the text SQLite holds is the text offsets were counted in.
  const rare = RARE.test(text);
  if (rare && LONE_SURROGATE_ONE.test(text)) text = text.replace(LONE_SURROGATE, '\ufffd');
  if (rare && INVISIBLE_ONE.test(text)) text = text.replace(INVISIBLE, '');
  if (rare && CONTROL.test(text)) text = text.replace(CONTROL_ALL, '');
  // NFC after the removals: a mark after a removed character composes with the letter before it
  // (`n`, U+FEFF, U+0301 is `ń`)
  text = text.normalize('NFC');

  let published: string | null = null;
  let publishedFrom: string | null = null;

  // A crawler's ` date 2023-08 ` prefix (S0) glued before the first sentence.
  const crawler = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+/i.exec(text);
  if (crawler) {
    published = crawler[1] ?? null;
    publishedFrom = 'header';
    text = text.slice(crawler[0].length);
  }

  const lines = text.split('\n');
  const kept: string[] = [];
  let furniture = 0;
  lines.forEach((line, i) => {
    // furniture and header lines are short; long lines are paragraphs
    if (line.length > 160) {
      kept.push(line.trimEnd());
      return;
    }
    const t = line.trim().replace(/\s+/g, ' ');
    if (t && FURNITURE.some((re) => re.test(t))) {
      furniture++;
      return;
    }
    // Header date lines within the first lines: `• Cập nhật: Thứ ba, 30/8/2022 | 7:46:45 AM`,
    // `14/11/2024 - 10:46`. Read the date, drop the line.
    if (i < 6 && t && t.length <= 80) {
      const header = findHeaderDate(t);
      if (header) {
        if (!published) {
          published = header;
          publishedFrom = 'header';
        }
        furniture++;
        return;
      }
    }
    kept.push(line.trimEnd());
  });
  if (furniture) notes.push(`furniture:${furniture}`);
  text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, published, publishedFrom, notes };
}

function repairMojibake(text: string): string {
  const signals = text.match(MOJIBAKE);
  if (!signals || signals.length < 3) return text;
  try {
    const fixed = iconv.decode(iconv.encode(text, 'win1252'), 'utf8');
    if (fixed.includes('\ufffd')) return text;
    const left = fixed.match(MOJIBAKE)?.length ?? 0;
    return left < signals.length / 4 ? fixed : text;
  } catch {
    return text;
  }
}
