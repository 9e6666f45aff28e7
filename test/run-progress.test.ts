/**
 * Progress of a batch run (issue 5): a summary line per interval when stderr is not a terminal
 * (articles, articles/s, share of the input read, ETA, errors), nothing but messages with
 * --quiet, and the inputs' total size that the ETA rests on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputBytes, makeProgress, Meter } from '../pipeline/progress.js';
import { emptySummary } from '../pipeline/run.js';

/** A stand-in for stderr that is not a terminal. */
function sink(): NodeJS.WriteStream & { text: string } {
  const s = { text: '', isTTY: false, write: (c: string) => ((s.text += c), true) };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

afterEach(() => vi.useRealTimers());

describe('progress', () => {
  it('prints one summary line per interval when not on a terminal', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const dir = mkdtempSync(path.join(tmpdir(), 'solieu-progress-'));
    const dump = path.join(dir, 'a.jsonl');
    writeFileSync(dump, 'x'.repeat(10_000));
    const out = sink();
    const p = makeProgress({ quiet: false, inputs: [dump], stream: out, interval: 5 });
    await p.sized; // the inputs' size is read in the background (real I/O: fake timers do not hurry it)
    const s = emptySummary(1);
    p.bytes(2_500);
    s.seen = 100;
    s.errors = 2;
    p.update(s);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(out.text).toBe('solieu: 100 articles, 20/s, 25% of input, ETA 0:15, 2 errors\n');
    p.log('error: something');
    p.stop(s);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(out.text.split('\n')).toHaveLength(3); // no line after stop
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints nothing but messages with --quiet', async () => {
    vi.useFakeTimers();
    const out = sink();
    const p = makeProgress({ quiet: true, inputs: [], stream: out, interval: 1 });
    p.update({ ...emptySummary(1), seen: 5 });
    await vi.advanceTimersByTimeAsync(10_000);
    p.log('error: x.txt: no such file');
    p.stop(emptySummary(1));
    expect(out.text).toBe('error: x.txt: no such file\n');
  });

  it('has no percentage or ETA while the size of the input is unknown (stdin)', () => {
    const m = new Meter();
    m.done = 10;
    m.read = 500;
    expect(m.line(m.sample(m.started + 2_000))).toBe('10 articles, 5/s, 0 errors');
  });

  it('sums the sizes of the files solieu reads, folders walked; stdin has no size', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'solieu-bytes-'));
    mkdirSync(path.join(dir, 'in', 'deep'), { recursive: true });
    writeFileSync(path.join(dir, 'in', 'a.txt'), 'x'.repeat(100));
    writeFileSync(path.join(dir, 'in', 'deep', 'b.jsonl'), 'x'.repeat(50));
    writeFileSync(path.join(dir, 'in', 'README.md'), 'x'.repeat(1000)); // not read, not counted
    writeFileSync(path.join(dir, 'c.jsonl.gz'), 'x'.repeat(7));
    expect(await inputBytes([path.join(dir, 'in'), path.join(dir, 'c.jsonl.gz'), path.join(dir, 'missing.txt')])).toBe(157);
    expect(await inputBytes([path.join(dir, 'in'), '-'])).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });
});
