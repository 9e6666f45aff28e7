/**
 * Fixtures for the review tests: the sample articles ingested by the real pipeline into a
 * temporary database, and helpers to find figures by what they say (ids depend on the extractors).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../pipeline/run.js';
import { openDb, type DB } from '../db/open.js';

export const SAMPLES = fileURLToPath(new URL('../corpus/samples', import.meta.url));

/** A temp folder with a copy of the samples and a database they were ingested into. */
export async function sampleDb(): Promise<{ dir: string; articles: string; file: string; db: DB }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'solieu-review-'));
  const articles = path.join(dir, 'articles');
  mkdirSync(articles);
  for (const f of readdirSync(SAMPLES)) copyFileSync(path.join(SAMPLES, f), path.join(articles, f));
  const file = path.join(dir, 'review.sqlite');
  await ingest([articles], { db: file, quiet: true, log: () => {} });
  return { dir, articles, file, db: openDb(file) };
}

/** Runs `ingest --reextract` as if the extractor version had been bumped. */
export async function reextract(file: string, db: DB, articles: string): Promise<void> {
  db.prepare("UPDATE articles SET extractor_version = 'older'").run();
  await ingest([articles], { db: file, reextract: true, quiet: true, log: () => {} });
}

export type Fig = { id: number; article_id: number; kind: string; value: number; quote: string; review_status: string; char_start: number; char_end: number };

/** The first current figure (rejected ones included) whose quote is `quote`. */
export function figureByQuote(db: DB, quote: string, articleId?: number): Fig {
  const f = db.prepare(`SELECT id, article_id, kind, value, quote, review_status, char_start, char_end FROM figures_reviewed
    WHERE quote = ? AND (? IS NULL OR article_id = ?) ORDER BY article_id, char_start LIMIT 1`).get(quote, articleId ?? null, articleId ?? null) as Fig | undefined;
  if (!f) throw new Error(`fixture: no figure quoted "${quote}"`);
  return f;
}

export const who = { reviewer: 'lan', via: 'cli' as const };
