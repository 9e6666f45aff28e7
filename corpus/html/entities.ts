/**
 * Character references left in strings the HTML parser does not decode (JSON-LD inside
 * `<script>`) or that a CMS encoded twice (`&amp;#7871;` in Tuổi Trẻ's JSON-LD headline,
 * `5 &quot;bóng hồng&quot;` in a meta title). Numeric references and the named ones Vietnamese
 * CMSs write (HTML 4 Latin-1 letters, quotes, dashes) are decoded; others are left as written.
 */

// The Latin-1 letters of Vietnamese and the punctuation CMS editors produce.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»',
  middot: '·', bull: '•', copy: '©', reg: '®', deg: '°', times: '×', divide: '÷', frac12: '½',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù',
  uacute: 'ú', yacute: 'ý', Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È',
  Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô',
  Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};

// `&#7871;`, `&#x1EBF;`, `&agrave;`
const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,8}));/g;

function decodeOnce(s: string): string {
  return s.replace(REF, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? all;
    const cp = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : all;
  });
}

/** Decodes character references until none is left (three rounds at most: text encoded twice or thrice), NFC. */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 3 && out.includes('&'); i++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out.normalize('NFC');
}

/** Whitespace collapsed (no-break spaces too) and trimmed: for titles, names and dates. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
