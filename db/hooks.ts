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
};

export function makeHooks(db: DB): ArticleHook[] {
  return [makeFtsHook(db), makeReviewHook(db)].filter((h): h is ArticleHook => h !== null);
}
