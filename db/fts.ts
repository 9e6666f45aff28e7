/**
 * Full-text search over articles. (Placeholder until the query issue lands.)
 */
import type { DB } from './open.js';
import type { ArticleHook } from './hooks.js';

export function makeFtsHook(_db: DB): ArticleHook | null {
  return null;
}
