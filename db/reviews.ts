/**
 * Reviewers' corrections. (Placeholder until the review issue lands.)
 */
import type { DB } from './open.js';
import type { ArticleHook } from './hooks.js';

export function makeReviewHook(_db: DB): ArticleHook | null {
  return null;
}
