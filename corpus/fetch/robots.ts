/**
 * robots.txt (RFC 9309): the group for our user agent (its product token, matched case
 * insensitively as a prefix of the group's name), else the `*` group; `Allow`/`Disallow` paths
 * with `*` and `$`; the longest matching rule wins, `Allow` on a tie; `Crawl-delay` in seconds
 * (not in the RFC, but honoured: it is how Vietnamese news sites ask crawlers to slow down).
 */

export type Robots = {
  /** Whether a path (with its query) may be fetched. */
  allows(pathAndQuery: string): boolean;
  /** Seconds to wait between requests, when the file asks. */
  crawlDelay: number | null;
  /** Sitemap URLs the file lists. */
  sitemaps: string[];
};

type Rule = { allow: boolean; pattern: string; re: RegExp };
type Group = { agents: string[]; rules: Rule[]; crawlDelay: number | null };

export const ALLOW_ALL: Robots = { allows: () => true, crawlDelay: null, sitemaps: [] };
export const DISALLOW_ALL: Robots = { allows: () => false, crawlDelay: null, sitemaps: [] };

// `/tin-tuc/*.htm$` -> /^\/tin-tuc\/.*\.htm$/
function patternRe(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

// Paths compare with percent-encoding normalised: `/tin%20moi` and `/tin moi` are one path.
function normPath(p: string): string {
  try {
    return encodeURI(decodeURI(p));
  } catch {
    return p;
  }
}

export function parseRobots(text: string, userAgent: string): Robots {
  const token = (userAgent.split('/')[0] ?? userAgent).trim().toLowerCase();
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // An empty `Disallow:` allows everything: no rule.
      if (value) current.rules.push({ allow: key === 'allow', pattern: value, re: patternRe(normPath(value)) });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelay = n;
    }
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== null);
  return {
    crawlDelay: delays.length ? Math.max(...delays) : null,
    sitemaps,
    allows(pathAndQuery: string): boolean {
      const p = normPath(pathAndQuery || '/');
      if (p === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(p)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return !best || best.allow;
    },
  };
}
