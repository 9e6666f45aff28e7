/**
 * Reference data loaded into a database after its migrations: the gazetteer's `places`.
 * (Placeholder until the places issue lands.) Must be cheap when the data is already there.
 */
import type { DB } from './open.js';

export function seedTables(_db: DB): void {}
