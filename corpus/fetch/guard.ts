/**
 * Refusing private, loopback and link-local addresses (SSRF guard). A URL's host is resolved and
 * every address it resolves to is checked, at connection time (the `lookup` the HTTP client
 * uses), so a redirect or a DNS answer that changes between check and use cannot slip through;
 * IP literals, which skip DNS, are checked before connecting. `--allow-private` turns it off.
 */
import dns from 'node:dns';
import net from 'node:net';
import type { LookupFunction } from 'node:net';

// Address blocks that are not the public Internet (IANA special-purpose registries, RFC 6890).
const V4_BLOCKS: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives at 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

function v4Private(ip: string): boolean {
  const n = v4ToInt(ip);
  return V4_BLOCKS.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base);
    return n >= start && n < start + size;
  });
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail converted). */
function v6Groups(ip: string): number[] | null {
  let s = ip.toLowerCase().replace(/%.*$/, ''); // zone id: fe80::1%eth0
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = v4ToInt(dotted[1]!);
    s = s.slice(0, dotted.index) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const fill = tail !== undefined ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array<string>(Math.max(0, fill)).fill('0'), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

function groupsToV4(hi: number, lo: number): string {
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

function v6Private(ip: string): boolean {
  const g = v6Groups(ip);
  if (!g) return true; // unparseable: refuse
  const [a, b, c, d, e, f, g6, h] = g as [number, number, number, number, number, number, number, number];
  if (g.every((x) => x === 0)) return true; // :: unspecified
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0 && g6 === 0 && h === 1) return true; // ::1 loopback
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): the IPv4 address decides.
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && (f === 0xffff || f === 0)) return v4Private(groupsToV4(g6, h));
  if (a === 0x64 && b === 0xff9b) return v4Private(groupsToV4(g6, h)); // NAT64 64:ff9b::/96
  if (a === 0x2002) return v4Private(groupsToV4(b, c)); // 6to4 2002:aabb:ccdd::/48
  if ((a & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((a & 0xffc0) === 0xfec0) return true; // site-local (deprecated) fec0::/10
  if ((a & 0xff00) === 0xff00) return true; // multicast ff00::/8
  if (a === 0x2001 && b === 0x0db8) return true; // documentation 2001:db8::/32
  if (a === 0x0100 && b === 0 && c === 0 && d === 0) return true; // discard 100::/64
  return false;
}

/** True for an address that is not on the public Internet (private, loopback, link-local...). */
export function isPrivateAddress(ip: string): boolean {
  const kind = net.isIP(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  if (kind === 4) return v4Private(ip);
  if (kind === 6) return v6Private(ip.replace(/^\[|\]$/g, ''));
  return true;
}

export type AddressPolicy = (ip: string) => boolean;

/** The default policy: public addresses only, unless private ones are allowed. */
export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => true : (ip) => !isPrivateAddress(ip);
}

export class RefusedAddressError extends Error {
  readonly code = 'EREFUSEDADDRESS';
  constructor(readonly host: string, readonly address: string) {
    const what = host.replace(/^\[|\]$/g, '') === address ? address : `${host} resolves to ${address}, which`;
    super(`${what} is a private, loopback or link-local address (use --allow-private to fetch it)`);
  }
}

/**
 * A `lookup` for node:http that resolves as usual and fails when any address of the answer is
 * refused: a host with one public and one private address is refused as a whole.
 */
export function guardedLookup(allowed: AddressPolicy, resolve: LookupFunction = dns.lookup as LookupFunction): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = (Array.isArray(addresses) ? addresses : [{ address: String(addresses), family: 4 }]) as dns.LookupAddress[];
      const bad = list.find((a) => !allowed(a.address));
      if (bad) return callback(new RefusedAddressError(hostname, bad.address), '', 0);
      if (!list.length) return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0);
      if (options.all) return callback(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  }) as LookupFunction;
}

/** Checks a URL whose host is an IP literal (DNS is not asked for those); null when fine. */
export function refusedLiteral(url: URL, allowed: AddressPolicy): RefusedAddressError | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!net.isIP(host)) return null;
  return allowed(host) ? null : new RefusedAddressError(url.hostname, host);
}
