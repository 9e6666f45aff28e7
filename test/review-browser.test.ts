/**
 * End to end: Debian's Chromium, driven by playwright-core, opens the review queue, corrects a
 * value with the keyboard only, and the database has the review row; after `ingest --reextract`
 * `figures` still shows the correction. Also: an article holding `<script>` shows it as text.
 *
 * Chromium must be at /usr/bin/chromium (or $SOLIEU_CHROMIUM); .ci/run installs it. Without it
 * this test FAILS, unless SOLIEU_SKIP_BROWSER=1 is set (for a local run on a machine without it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/open.js';
import { ingest } from '../pipeline/run.js';
import { serve, type ReviewServer } from '../review/server.js';
import { figureByQuote, reextract, sampleDb } from './review-fixture.js';

const CHROMIUM = process.env.SOLIEU_CHROMIUM || '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const skip = !present && process.env.SOLIEU_SKIP_BROWSER === '1';
if (skip) process.stderr.write(`review-browser: skipped: no Chromium at ${CHROMIUM} and SOLIEU_SKIP_BROWSER=1\n`);

// Without the background-networking flags Chromium's own connections are refused on CI machines.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

const XSS = 'Bài có <script>window.__pwned = 1</script> và <img src=x onerror="window.__pwned = 2"> trong văn bản. Tỷ lệ hộ dân dùng dịch vụ công đạt 45,5% trong năm 2023.';

describe.skipIf(skip)('review page in Chromium', () => {
  let db: DB;
  let file: string;
  let articles: string;
  let server: ReviewServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    if (!present) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y --no-install-recommends chromium), or set SOLIEU_SKIP_BROWSER=1 to skip this test locally`);
    ({ db, file, articles } = await sampleDb());
    writeFileSync(path.join(articles, '900_script.txt'), `Bài thử\n\n${XSS}\n`);
    await ingest([articles], { db: file, quiet: true, log: () => {} });
    server = await serve({ db: file, port: 0, host: '127.0.0.1', reviewer: 'lan' });
    profile = mkdtempSync(path.join(tmpdir(), 'solieu-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    db?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Waits until the element's text matches (the page answers asynchronously). */
  async function until(selector: string, text: RegExp): Promise<void> {
    await page.locator(selector).filter({ hasText: text }).waitFor({ timeout: 10_000 });
  }

  async function open(hash: string): Promise<void> {
    await page.goto(`${server.url}#${hash}`);
    await page.reload(); // a hash-only change does not reload the page
    await page.waitForSelector('body[data-ready="1"]');
  }

  it('corrects a value with the keyboard, and the correction outlives re-extraction', async () => {
    const f = figureByQuote(db, '99,86%');
    await open(`article=${f.article_id}&figure=${f.id}`);
    expect(await page.textContent('#sentence mark')).toBe('99,86%');
    expect(await page.textContent('#keys')).toMatch(/a\s*accept.*r\s*reject.*e\s*edit/s);
    expect(await page.textContent('#counts')).toMatch(/\d+ left to check/);
    await page.keyboard.press('e');
    expect(await page.evaluate('document.activeElement && document.activeElement.name')).toBe('value');
    await page.keyboard.type('99.87');
    await page.keyboard.press('Enter');
    await until('#message', /corrected/);
    expect(db.prepare('SELECT value, review_status, reviewer FROM figures WHERE id = ?').get(f.id)).toEqual({ value: 99.87, review_status: 'corrected', reviewer: 'lan' });
    expect(db.prepare("SELECT field, old_value, new_value, via FROM reviews WHERE figure_id = ? AND decision = 'correct'").all(f.id))
      .toEqual([{ field: 'value', old_value: '99.86', new_value: '99.87', via: 'web' }]);

    // The page moved on to the next figure: accept it, then undo, then go back.
    const next = Number(/figure (\d+)/.exec((await page.textContent('#position')) ?? '')?.[1]);
    expect(next).not.toBe(f.id);
    await page.keyboard.press('a');
    await until('#message', new RegExp(`Figure ${next} accepted`));
    expect(db.prepare('SELECT review_status FROM figures WHERE id = ?').pluck().get(next)).toBe('accepted');
    await page.keyboard.press('u');
    await until('#message', /undone/);
    expect(db.prepare('SELECT review_status FROM figures WHERE id = ?').pluck().get(next)).toBe('pending');
    await page.keyboard.press('k');
    await until('#position', /corrected/);
    expect(await page.inputValue('input[name="value"]')).toBe('99.87');

    await reextract(file, db, articles);
    expect(db.prepare("SELECT value, review_status FROM figures WHERE quote = '99,86%'").get()).toEqual({ value: 99.87, review_status: 'corrected' });
  });

  it('shows an article holding <script> as text, and runs none of it', async () => {
    const f = figureByQuote(db, '45,5%');
    await open(`article=${f.article_id}`);
    expect(await page.textContent('#counts')).toMatch(/left to check/);
    for (let i = 0; i < 5 && (await page.textContent('#sentence mark')) !== '45,5%'; i++) {
      const before = await page.textContent('#position');
      await page.keyboard.press('j');
      await expect.poll(() => page.textContent('#position')).not.toBe(before);
    }
    expect(await page.textContent('#sentence mark')).toBe('45,5%');
    const text = await page.textContent('#article-text');
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('#article-text script, #article-text img, #sentence script, #sentence img').count()).toBe(0);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
  });
});
