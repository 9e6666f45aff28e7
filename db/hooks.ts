/**
 * What else happens when an article's rows are written: each hook runs inside the same
 * transaction, right after the article and its figures are stored. The full-text index
 * (db/fts.ts) and the re-attachment of reviewers' corrections (db/reviews.ts) live here.
 */
import type { DB } from './open.js';
import { makeFtsHook } from './fts.js';
import { makeReviewHook } from './reviews.js';

export type ArticleHook = {
  /**
   * `article`: the title and text just stored; `replaced`: the article existed and its figures
   * were just replaced (changed or re-extracted).
   */
  afterWrite(articleId: number, article: { title: string | null; text: string }, replaced: boolean): void;
  /** Called before the article `articleId` is replaced: work held back for it must be done now. */
  beforeReplace?(articleId: number): void;
  /** Does the work held back (`Store.flush`): called before the transaction commits. */
  flush?(): void;
};

export type HookOptions = {
  /**
   * Index new articles for search once per batch (`Store.flush`, before COMMIT) instead of one by
   * one: one INSERT ... SELECT per batch reads the texts SQLite has just stored, which saves
   * passing each text to SQLite a second time. Whoever sets it must flush before committing.
   */
  batchIndex?: boolean;
};

export function makeHooks(db: DB, opts: HookOptions = {}): ArticleHook[] {
  return [makeFtsHook(db, opts), makeReviewHook(db)].filter((h): h is ArticleHook => h !== null);
}
