/**
 * The items many pages list, with their words chosen: a person as a chip, an
 * event as a card. html-lists.ts writes them.
 */
import { formatEventWhen } from '../dates.ts';
import type { Avatars, ChipPerson, EventCard } from '../html-lists.ts';
import type { Links } from '../links.ts';
import type { Event, Person } from '../model.ts';
import { CARD_VENUE, venueText } from '../venues.ts';
import { describeFormat, plural } from '../words.ts';

/** A person as a small chip: name, page and small avatar. */
export function toChip(person: Person, links: Links, avatars: Avatars): ChipPerson {
  return { name: person.name, href: links.person(person.handle), avatar: avatars.get(person.handle)?.s };
}

/** The words of an event's card, from the event. */
export function toEventCard(event: Event, links: Links, language: string, role?: string): EventCard {
  // Everyone taking part is counted, listed or not; only their names are private.
  const count = event.participants.length;
  const place = event.venue ? ` · ${venueText(event.venue, CARD_VENUE)}` : '';
  return {
    title: event.title,
    href: links.event(event.slug),
    status: event.status,
    role,
    start: event.start.iso,
    when: formatEventWhen(event, language),
    details: `${describeFormat(event.format)}${place}${count > 0 ? ` · ${count} ${plural(count, 'person', 'people')}` : ''}`,
  };
}
