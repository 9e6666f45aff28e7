/**
 * Places: administrative units named in the article, and the unit each figure is about.
 * (Placeholder until the places linker lands: no mentions, no scope.)
 */
import type { Figure, PlaceMention } from '../../extractors/types.js';
import type { Doc } from '../doc.js';

export type PlaceScope = { placeName: string | null; placeCode: string | null; province: string | null };

export type PlaceLinks = { mentions: PlaceMention[]; scopes: PlaceScope[] };

export function linkPlaces(_doc: Doc, figures: Figure[]): PlaceLinks {
  return { mentions: [], scopes: figures.map(() => ({ placeName: null, placeCode: null, province: null })) };
}
