// A local HTTP server for the fetcher's tests (node:http on 127.0.0.1, a free port): routes by
// path, and a record of every request with how many were in flight when it arrived.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void | Promise<void>;

export type Hit = { path: string; headers: http.IncomingHttpHeaders; inFlight: number };

export class TestServer {
  readonly hits: Hit[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private readonly server: http.Server;
  private readonly routes = new Map<string, Handler>();
  private readonly counts = new Map<string, number>();
  origin = '';

  /** `shared` counts requests in flight over several servers (several hosts). */
  constructor(readonly shared: { inFlight: number; max: number } = { inFlight: 0, max: 0 }) {
    this.server = http.createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      this.shared.inFlight++;
      this.shared.max = Math.max(this.shared.max, this.shared.inFlight);
      const n = (this.counts.get(path) ?? 0) + 1;
      this.counts.set(path, n);
      this.hits.push({ path: req.url ?? '/', headers: req.headers, inFlight: this.inFlight });
      let done = false;
      const finish = () => {
        if (!done) {
          done = true;
          this.inFlight--;
          this.shared.inFlight--;
        }
      };
      res.on('close', finish);
      res.on('finish', finish);
      const route = this.routes.get(path);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      void route(req, res, n);
    });
  }

  route(path: string, h: Handler): this {
    this.routes.set(path, h);
    return this;
  }

  /** A route answering 200 with a fixed body and headers. */
  page(path: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }): this {
    return this.route(path, (_req, res) => {
      res.writeHead(200, headers);
      res.end(body);
    });
  }

  count(path: string): number {
    return this.counts.get(path) ?? 0;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * A fake clock for the fetcher: `sleep(ms)` records the wait and wakes its caller when the
 * clock, jumping from one wake-up to the next in order, reaches it. No real waiting, and
 * concurrent sleepers see time pass as they would on a wall clock.
 */
export function fakeTime() {
  const t = { clock: 0, sleeps: [] as number[] };
  const pending: { wake: number; resolve: () => void }[] = [];
  let scheduled = false;
  const tick = () => {
    scheduled = false;
    pending.sort((a, b) => a.wake - b.wake);
    const next = pending.shift();
    if (!next) return;
    t.clock = Math.max(t.clock, next.wake);
    next.resolve();
    if (pending.length) schedule();
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setTimeout(tick, 1);
    }
  };
  return {
    t,
    now: () => t.clock,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        t.sleeps.push(ms);
        pending.push({ wake: t.clock + ms, resolve });
        schedule();
      }),
  };
}
