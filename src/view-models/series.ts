/** One series of events: its hosts, what is coming up in it, and its past events. */
import type { ChipPerson, EventCard } from './parts/html-lists.ts';
import { splitEvents, visiblePeople } from '../community/listings.ts';
import { siteWords } from '../words/index.ts';
import type { Series } from '../content/model.ts';
import type { SiteView } from './context.ts';
import { toChips, toEventCards } from './parts/items.ts';

export interface SeriesView {
  /** For search results and link previews: its summary, or what it is. */
  description: string;
  hosts: ChipPerson[];
  upcoming: EventCard[];
  past: EventCard[];
}

export function seriesView(series: Series, site: SiteView): SeriesView {
  const { upcoming, past } = splitEvents(site.index.eventsBySeries.get(series.slug) ?? [], site.now);
  return {
    description: series.summary ?? siteWords(site.content.site).t('series.description', { title: series.title, site: site.content.site.name }),
    hosts: toChips(visiblePeople(series.hosts, site.people).shown, site),
    upcoming: toEventCards(upcoming, site),
    past: toEventCards(past, site),
  };
}
