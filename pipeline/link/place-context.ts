/**
 * What an article says about where it is, apart from the names in its body: the province in
 * its web address (`baothanhhoa.vn`, `vinhphuc.gov.vn`, `hanoimoi.com.vn`) or in an opening
 * `(Baothanhhoa.vn) - ` credit.
 */
import { gazetteer } from '../../extractors/places/gazetteer.js';
import { compactKey } from '../../extractors/places/keys.js';

let provinceKeys: [string, number][] | null = null;

/** Compact names of the pre-reform provinces, longest first (`bariavungtau`, `thanhhoa`). */
function provinces(): [string, number][] {
  if (provinceKeys) return provinceKeys;
  const g = gazetteer();
  const out: [string, number][] = [];
  for (let u = 0; u < g.pre; u++) if (g.parent[u] === -1) out.push([compactKey(g.name[u]!), u]);
  for (const a of g.aliasesOf(46)) out.push([compactKey(a), g.code.indexOf('46')]);
  provinceKeys = out.sort((a, b) => b[0].length - a[0].length);
  return provinceKeys;
}

// `https://baothanhhoa.vn/...` -> `baothanhhoa`; `www.vinhphuc.gov.vn` -> `vinhphuc`.
const HOST = /^(?:[a-z]+:\/\/)?(?:www\.)?([a-z0-9-]+)\./i;
// Outlets whose name starts like a province but are national: `thanhnien.vn`, `laodong.vn`.
const PREFIXES = ['bao', 'cong', 'tinh', 'thanhpho', 'tp', 'tv', 'truyenhinh', 'dai', 'radio'];

/** The province a host names (`baothanhhoa` -> Thanh Hóa), or -1. */
export function provinceOfHost(host: string): number {
  let label = host.toLowerCase().replace(/-/g, '');
  for (const p of PREFIXES) {
    if (label.startsWith(p) && label.length > p.length + 3) {
      label = label.slice(p.length);
      break;
    }
  }
  for (const [key, u] of provinces()) {
    if (key.length >= 5 && (label === key || (label.startsWith(key) && label.length - key.length <= 4))) return u;
  }
  return -1;
}

/** Provinces named by the article's address and by an opening `(Baothanhhoa.vn) - `. */
export function provincesOfSource(url: string | null, text: string): number[] {
  const out: number[] = [];
  const m = url ? HOST.exec(url) : null;
  if (m) {
    const u = provinceOfHost(m[1]!);
    if (u >= 0) out.push(u);
  }
  // `(Baothanhhoa.vn) - Từ hiệu quả...`
  const credit = /^\s*\(([A-Za-z0-9-]+)\.(?:com\.)?(?:gov\.)?vn\)\s*[-–—]/.exec(text.slice(0, 80));
  if (credit) {
    const u = provinceOfHost(credit[1]!);
    if (u >= 0) out.push(u);
  }
  return out;
}
