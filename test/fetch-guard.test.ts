// The private-address guard: addresses classified, hosts resolved and checked (every address of
// the answer), IP literals checked, redirects checked, nothing sent to a refused address.
import type { LookupFunction } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../corpus/fetch/guard.js';
import { Fetcher } from '../corpus/fetch/fetcher.js';
import { TestServer } from './helpers/http-server.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1',
    '::1', '::', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:192.168.0.1', '64:ff9b::10.0.0.1', '2002:c0a8:0101::1', '[::1]', 'not-an-ip',
  ])('%s is refused', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '14.225.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2606:4700::1111'])('%s is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });
});

// A resolver answering from a table, as DNS would.
function resolver(table: Record<string, string[]>): LookupFunction {
  return ((host: string, _opts: unknown, cb: (e: Error | null, a: { address: string; family: number }[]) => void) => {
    const list = table[host];
    if (!list) return cb(Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []);
    cb(null, list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  }) as unknown as LookupFunction;
}

let server: TestServer;
afterEach(async () => {
  await server?.stop();
});

describe('the guard in the fetcher', () => {
  it('refuses loopback by default, as a literal or through DNS, without sending anything', async () => {
    server = await new TestServer().start();
    server.page('/robots.txt', '').page('/a', '<p>a</p>');
    const port = new URL(server.origin).port;
    const f = new Fetcher({ delayMs: 0, retries: 0 });
    for (const url of [`${server.origin}/a`, `http://localhost:${port}/a`, `http://[::1]:${port}/a`, `http://2130706433:${port}/a`]) {
      const r = await f.fetch(url);
      expect(r.ok ? 'ok' : r.error.code, url).toBe('private-address');
      if (!r.ok) expect(r.error.message).toMatch(/--allow-private/);
    }
    expect(server.hits).toEqual([]);
  });

  it('fetches loopback with allowPrivate (--allow-private)', async () => {
    server = await new TestServer().start();
    server.page('/robots.txt', '').page('/a', '<p>a</p>');
    const r = await new Fetcher({ delayMs: 0, allowPrivate: true }).fetch(`${server.origin}/a`);
    expect(r.ok).toBe(true);
  });

  it('refuses a host any of whose addresses is private (DNS answers checked at connect time)', async () => {
    const f = new Fetcher({ delayMs: 0, retries: 0, resolve: resolver({ 'intranet.example': ['10.1.2.3'], 'mixed.example': ['93.184.216.34', '192.168.0.7'], 'v6.example': ['fd00::7'] }) });
    for (const host of ['intranet.example', 'mixed.example', 'v6.example']) {
      const r = await f.fetch(`http://${host}/page`);
      expect(r.ok ? 'ok' : r.error.code, host).toBe('private-address');
    }
  });

  it('checks every redirect target: to a private literal or a host resolving to one', async () => {
    server = await new TestServer().start();
    const port = new URL(server.origin).port;
    server.page('/robots.txt', '');
    server.route('/to-literal', (_q, res) => {
      res.writeHead(302, { location: `http://127.0.0.2:${port}/inside` });
      res.end();
    });
    server.route('/to-name', (_q, res) => {
      res.writeHead(301, { location: `http://internal.example:${port}/inside` });
      res.end();
    });
    server.page('/inside', '<p>secret</p>');
    // Our test server stands in for a public site: only its own address is let through.
    const f = new Fetcher({
      delayMs: 0, retries: 0,
      allowed: (ip) => ip === '127.0.0.1' || !isPrivateAddress(ip),
      resolve: resolver({ 'internal.example': ['192.168.10.10'] }),
    });
    for (const p of ['/to-literal', '/to-name']) {
      const r = await f.fetch(server.origin + p);
      expect(r.ok ? 'ok' : r.error.code, p).toBe('private-address');
    }
    expect(server.count('/inside')).toBe(0);
  });
});
