/** The home page: the community in numbers, what is coming up, the newest first meetings, recent posts. */
import { communityFigures, type CommunityFigures } from '../community/figures.ts';
import { formatDate } from '../community/dates.ts';
import type { EventCard, NamedLink } from './parts/html-lists.ts';
import { publishedPosts, splitEvents } from '../community/listings.ts';
import { siteWords } from '../words/index.ts';
import { describeOccasion } from '../community/phrases.ts';
import type { SiteView } from './context.ts';
import { personLink, toEventCards, toPostSummaries, type PostSummaryView } from './parts/items.ts';

/** How many of each list the home page shows. */
export const HOME_LIMITS = { upcoming: 5, firstMeetings: 8, lately: 3, posts: 5 } as const;

/** One of the newest first meetings: the two people, when, and where or how. */
export interface FirstMeetingItem {
  a: NamedLink;
  b: NamedLink;
  date: string;
  dateText: string;
  /** The event's title linking to it, or how they met ("on a call"). */
  occasion: { text: string; href?: string | undefined };
}

export interface HomeView {
  /** The community in numbers (`meetupsPlanned` leaves out cancelled and postponed meetups). */
  figures: CommunityFigures;
  /** The soonest upcoming events. */
  upcoming: EventCard[];
  /** Whether anyone has met for the first time yet. */
  anyFirstMeetings: boolean;
  firstMeetings: FirstMeetingItem[];
  /** The latest past events. */
  lately: EventCard[];
  posts: PostSummaryView[];
}

export function homeView(site: SiteView): HomeView {
  const { content, now, links, meetings, people, events } = site;
  const language = content.site.language;
  const words = siteWords(content.site);
  const { upcoming, past } = splitEvents(content.events, now);
  const newest = meetings.newestFirstMeetings(HOME_LIMITS.firstMeetings);
  const figures = communityFigures(content, meetings, now);
  const firstMeetings: FirstMeetingItem[] = [];
  for (const first of newest) {
    const [a, b] = first.pair.map((handle) => people.get(handle));
    if (!a || !b) continue;
    const event = first.meeting.event ? events.get(first.meeting.event) : undefined;
    firstMeetings.push({
      a: personLink(a, links),
      b: personLink(b, links),
      date: first.meeting.date,
      dateText: formatDate(first.meeting.date, language, 'medium'),
      occasion: event ? { text: event.title, href: links.event(event.slug) } : { text: describeOccasion(first.meeting, words) },
    });
  }
  return {
    figures,
    upcoming: toEventCards(upcoming.slice(0, HOME_LIMITS.upcoming), site),
    anyFirstMeetings: newest.length > 0,
    firstMeetings,
    lately: toEventCards(past.slice(0, HOME_LIMITS.lately), site),
    posts: toPostSummaries(publishedPosts(content.posts).slice(0, HOME_LIMITS.posts), site),
  };
}
