/** One series of events: its hosts, what is coming up in it, and its past events. */
import type { ChipPerson, EventCard } from './parts/html-lists.ts';
import { splitEvents, visiblePeople } from '../community/listings.ts';
import { siteWords } from '../words/index.ts';
import type { Event, Series } from '../content/model.ts';
import type { PageSite, Shown, SiteFrame, SiteView } from './context.ts';
import { shownOf } from './parts/inputs.ts';
import { toChips, toEventCards } from './parts/items.ts';

export interface SeriesView {
  /** For search results and link previews: its summary, or what it is. */
  description: string;
  hosts: ChipPerson[];
  upcoming: EventCard[];
  past: EventCard[];
}

/** What a series' page shows (context.ts): the series, its events split at "now", and its hosts. */
export interface SeriesInputs {
  series: Series;
  upcoming: readonly Event[];
  past: readonly Event[];
  shown: Shown;
}

export function seriesInputs(series: Series, site: SiteView): SeriesInputs {
  const { upcoming, past } = splitEvents(site.index.eventsBySeries.get(series.slug) ?? [], site.now);
  return { series, upcoming, past, shown: shownOf(site, { people: series.hosts }) };
}

export function seriesPageView({ series, upcoming, past, shown }: SeriesInputs, frame: SiteFrame): SeriesView {
  const site: PageSite = { ...frame, ...shown };
  return {
    description: series.summary ?? siteWords(site.content.site).t('series.description', { title: series.title, site: site.content.site.name }),
    hosts: toChips(visiblePeople(series.hosts, site.people).shown, site),
    upcoming: toEventCards(upcoming, site),
    past: toEventCards(past, site),
  };
}
