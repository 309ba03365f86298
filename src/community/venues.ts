/**
 * A venue as text: the one way every page, card, calendar, map link and
 * search record writes where an event is.
 */
import type { Venue } from '../content/model.ts';

/** The parts of a venue's address, in the order they are written. */
export type VenuePart = 'name' | 'address' | 'city' | 'region' | 'country';

const EVERY_PART: readonly VenuePart[] = ['name', 'address', 'city', 'region', 'country'];

/** Where an event is on a card: "The Crown, London". */
export const CARD_VENUE: readonly VenuePart[] = ['name', 'city'];

/** Where an event is for search: the place without its street. */
export const SEARCH_VENUE: readonly VenuePart[] = ['name', 'city', 'region', 'country'];

/** A venue on one line, its given parts joined by commas: "The Crown, 1 High St, London" (every part unless told). */
export function venueText(venue: Venue, parts: readonly VenuePart[] = EVERY_PART): string {
  return parts
    .map((part) => venue[part])
    .filter(Boolean)
    .join(', ');
}
