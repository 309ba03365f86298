/** The list of events: what is coming up, the newest past events by year, and the pages of earlier years; and each year's page. */
import { type ContributeLinks, eventsContributeLinks } from './parts/contribute-links.ts';
import type { EventCard } from './parts/html-lists.ts';
import { eventsByYear, pastEventPages, splitEvents, type EventsOfYear } from '../community/listings.ts';
import { siteWords } from '../words/index.ts';
import type { SiteFrame, SiteView } from './context.ts';
import { toEventCards } from './parts/items.ts';

/** A year's page as another page links to it: the year, its address, and how many events it holds ("32 meetups"). */
export interface YearLink {
  year: string;
  href: string;
  count: string;
}

export interface EventsView {
  /** Every upcoming event, soonest first (the page folds all past 200). */
  upcoming: EventCard[];
  /** Whether any event is past. */
  anyPast: boolean;
  /** The newest past events (RECENT_PAST_EVENTS) by the year of their local date, newest year first, each newest first. */
  pastByYear: Array<{ year: string; cards: EventCard[] }>;
  /** The pages of the years not all of whose past events are above, newest first; none when every past event is. */
  earlierYears: YearLink[];
  /** "Suggest an event", to the repository's issue form (none without a repository). */
  contribute?: ContributeLinks | undefined;
}

function yearLink(year: EventsOfYear, site: SiteFrame): YearLink {
  return { year: year.year, href: site.links.eventYear(year.year), count: siteWords(site.content.site).t('events.yearCount', { count: year.events.length }) };
}

export function eventsView(site: Pick<SiteView, 'content' | 'now' | 'links'>): EventsView {
  const { upcoming, past } = splitEvents(site.content.events, site.now);
  const { recent, years } = pastEventPages(past);
  return {
    upcoming: toEventCards(upcoming, site),
    anyPast: past.length > 0,
    pastByYear: eventsByYear(recent).map(({ year, events }) => ({ year, cards: toEventCards(events, site) })),
    earlierYears: years.map((year) => yearLink(year, site)),
    contribute: eventsContributeLinks(site.content.site),
  };
}

export interface EventYearView {
  title: string;
  description: string;
  /** "32 meetups" */
  count: string;
  cards: EventCard[];
  /** The pages of the next newer and older years that have one (rel="prev" and "next", as the list runs newest first). */
  newer?: YearLink | undefined;
  older?: YearLink | undefined;
  /** The list of events. */
  eventsHref: string;
}

/** A year with a page of its own, and the years on either side that have one. */
export interface EventYearPage {
  year: EventsOfYear;
  newer?: EventsOfYear | undefined;
  older?: EventsOfYear | undefined;
}

/** The years that have a page of their own, newest first, each with its past events (newest first) and its neighbours. */
export function eventYearPages(site: Pick<SiteView, 'content' | 'now'>): EventYearPage[] {
  const { years } = pastEventPages(splitEvents(site.content.events, site.now).past);
  return years.map((year, i) => ({ year, newer: years[i - 1], older: years[i + 1] }));
}

/** One year's page: its past events, newest first, between the pages of the years around it. */
export function eventYearView({ year, newer, older }: EventYearPage, site: SiteFrame): EventYearView {
  const words = siteWords(site.content.site);
  return {
    title: words.t('events.yearTitle', { year: year.year }),
    description: words.t('events.yearDescription', { site: site.content.site.name, year: year.year }),
    count: words.t('events.yearCount', { count: year.events.length }),
    cards: toEventCards(year.events, site),
    newer: newer && yearLink(newer, site),
    older: older && yearLink(older, site),
    eventsHref: site.links.events(),
  };
}
