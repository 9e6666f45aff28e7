/**
 * Bytes of a page -> text: the charset comes from a byte order mark, then the HTTP
 * Content-Type header, then a `<meta charset>` / `<meta http-equiv="Content-Type">` in the first
 * bytes (the order browsers use), else UTF-8 when the bytes are valid UTF-8, else Windows-1258
 * (the Vietnamese legacy code page). The text is returned in NFC: Windows-1258 stores a tone as a
 * separate combining byte, so decoded text is decomposed until it is normalised.
 */
import iconv from 'iconv-lite';

export type Decoded = {
  text: string;
  /** The charset the bytes were decoded with, lower case (`utf-8`, `windows-1258`). */
  charset: string;
  /** Where the charset came from. */
  from: 'bom' | 'header' | 'meta' | 'sniffed';
};

// `text/html; charset="windows-1258"`, `text/html;charset=UTF-8`
const CHARSET_PARAM = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset parameter of a Content-Type value, lower case, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? CHARSET_PARAM.exec(contentType) : null;
  return m?.[1] ? m[1].toLowerCase() : null;
}

// `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />`
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
// `<?xml version="1.0" encoding="windows-1258"?>` (XHTML pages, feeds)
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i;

/** The charset a page declares in its first 4 KB (meta tag or XML declaration), or null. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character, so ASCII markup is found whatever the charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = XML_ENCODING.exec(head) ?? META_CHARSET.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Labels that name the same decoder (WHATWG: Latin-1 and ASCII labels mean Windows-1252). */
function canonicalCharset(label: string): string | null {
  const l = label.toLowerCase().replace(/^x-/, '');
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(iso-?8859-?1|latin-?1|l1|us-ascii|ascii|cp819|ibm819|iso_8859-1)$/.test(l)) return 'windows-1252';
  if (/^(windows-?1258|cp-?1258|win-?1258)$/.test(l)) return 'windows-1258';
  return iconv.encodingExists(l) ? l : null;
}

/**
 * Decodes a page. `contentType` is the HTTP header when there is one (fetch, WARC).
 * A page labelled Latin-1/Windows-1252 whose bytes are valid UTF-8 with non-ASCII letters is
 * read as UTF-8: Vietnamese servers often send the default Latin-1 label for UTF-8 pages, and
 * reading them as labelled would turn every accented letter into two characters.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return finish(iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.charset), bom.charset, 'bom');
  const declared: [string | null, 'header' | 'meta'][] = [
    [charsetFromContentType(contentType), 'header'],
    [sniffMetaCharset(bytes), 'meta'],
  ];
  for (const [label, from] of declared) {
    const charset = label ? canonicalCharset(label) : null;
    if (!charset) continue;
    if (charset === 'windows-1252' && hasNonAscii(bytes) && isValidUtf8(bytes)) return finish(utf8(bytes), 'utf-8', 'sniffed');
    return finish(charset === 'utf-8' ? utf8(bytes) : iconv.decode(Buffer.from(bytes), charset), charset, from);
  }
  if (isValidUtf8(bytes)) return finish(utf8(bytes), 'utf-8', 'sniffed');
  return finish(iconv.decode(Buffer.from(bytes), 'windows-1258'), 'windows-1258', 'sniffed');
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function finish(text: string, charset: string, from: Decoded['from']): Decoded {
  return { text: text.normalize('NFC'), charset, from };
}
