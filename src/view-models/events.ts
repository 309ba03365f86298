/** The list of events: what is coming up, then the past by year. */
import { type ContributeLinks, eventsContributeLinks } from './parts/contribute-links.ts';
import type { EventCard } from './parts/html-lists.ts';
import { splitEvents } from '../community/listings.ts';
import type { SiteView } from './context.ts';
import { toEventCards } from './parts/items.ts';

export interface EventsView {
  upcoming: EventCard[];
  /** Whether any event is past. */
  anyPast: boolean;
  /** Past events by the year of their local date, newest year first, each newest first. */
  pastByYear: Array<{ year: string; cards: EventCard[] }>;
  /** "Suggest an event", to the repository's issue form (none without a repository). */
  contribute?: ContributeLinks | undefined;
}

export function eventsView(site: Pick<SiteView, 'content' | 'now' | 'links'>): EventsView {
  const { upcoming, past } = splitEvents(site.content.events, site.now);
  // The list is newest first already, so the years come newest first too.
  const years = new Map<string, typeof past>();
  for (const event of past) {
    const year = event.start.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return {
    upcoming: toEventCards(upcoming, site),
    anyPast: past.length > 0,
    pastByYear: [...years].map(([year, events]) => ({ year, cards: toEventCards(events, site) })),
    contribute: eventsContributeLinks(site.content.site),
  };
}
