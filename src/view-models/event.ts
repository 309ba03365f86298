/**
 * One event's page: when, how and where, who hosts, speaks and comes, who
 * first met there, its photos and the posts about it.
 */
import { type ContributeLinks, eventContributeLinks } from './parts/contribute-links.ts';
import { formatEventWhen } from '../community/dates.ts';
import type { ChipPerson, FirstMetPerson, NamedLink } from './parts/html-lists.ts';
import { viewFirstMet, visiblePeople } from '../community/listings.ts';
import type { FirstMeeting } from '../community/meetings.ts';
import { markdownAsReadText } from '../base/markdown-text.ts';
import { programmeOf, type TalkView } from './parts/talks.ts';
import type { Event, Person, Post, Venue } from '../content/model.ts';
import { googleCalendarLink, mapLink } from './parts/outside-links.ts';
import { eventJsonLd } from '../outputs/structured-data.ts';
import { siteWords } from '../words/index.ts';
import { describeFormat } from '../community/phrases.ts';
import type { EventPhase, PageSite, Shown, SiteFrame, SiteView } from './context.ts';
import { phaseOf, postSummaryIds, shownOf } from './parts/inputs.ts';
import { cardPreview, communityJsonLd, picturePreview, type SharedPicture, type ShareOptions, type SharePreview } from './parts/share.ts';
import { eventHead, type EventHead } from './parts/event-head.ts';
import { personLink, toChips, toPostSummaries, type PostSummaryView } from './parts/items.ts';

/** Who takes part, as the page lists them: each listed person once, under their first part; the unlisted only counted. */
export interface EventPeople {
  hosts: ChipPerson[];
  speakers: ChipPerson[];
  /** The attendees' section, when there is anyone to name or count. */
  attendees?: {
    /** "Who was there" once the event has started, else "Who is coming"; "Who had planned to come" for a cancelled or postponed one. */
    heading: string;
    chips: ChipPerson[];
    /** Guests without a page, by name. */
    guests: string[];
    /** Unlisted people taking part (hosts and speakers too), counted only. */
    hidden: number;
  };
}

/** "First met here": nothing, every pair, or, past the pair limit, every person with how many they met (listings.ts). */
export type FirstMetSection =
  | { kind: 'none' }
  | { kind: 'pairs'; pairs: Array<[NamedLink, NamedLink]> }
  | { kind: 'people'; pairCount: number; people: FirstMetPerson[] };

export interface EventView extends EventPeople {
  /** For search results and link previews: title, when, and the venue's name. */
  description: string;
  href: string;
  /** The event's own calendar file. */
  calendarHref: string;
  start: string;
  when: string;
  end?: string | undefined;
  /** "In person", "Online"… */
  how: string;
  venue?: (Venue & { mapHref: string }) | undefined;
  /** True once the event is over (listings.ts hasEnded): nobody can join it or put it in a calendar any more. */
  isOver: boolean;
  /** Where to join online, written without its scheme; absent once the event is over (showJoinLink false). */
  online?: { href: string; text: string } | undefined;
  /** Whether the join link is shown: an online or hybrid event that is not over yet. */
  showJoinLink: boolean;
  /** The event's own RSVP link, before it starts only (a past event offers nothing to sign up for). */
  rsvpHref?: string | undefined;
  /** "Moved from Thursday, May 6, 2010, 6:30 PM CDT", for an event moved to a new date. */
  movedFrom?: string | undefined;
  /** The programme, in order. */
  talks: TalkView[];
  series?: NamedLink | undefined;
  /** Whether "Add to calendar" is offered: not for a cancelled event, nor for one that is over. */
  offerCalendar: boolean;
  /** The event in Google Calendar; absent when offerCalendar is false, like the .ics link beside it. */
  googleCalendarHref?: string | undefined;
  firstMet: FirstMetSection;
  /** Each photo's alt text and the listed people tagged in it, in the order of the photos. */
  photos: Array<{ alt: string; tagged: NamedLink[] }>;
  recaps: PostSummaryView[];
  /** schema.org Event. */
  jsonLd: Record<string, unknown>;
  /** The link preview: the first photo, or the event's card. */
  preview?: SharePreview | undefined;
  /** "I'm going" or "I was there", to the repository's issue form (none without a repository). */
  contribute?: ContributeLinks | undefined;
  /** The top of the page: a notice, the date tile, the count, the one button (parts/event-head.ts). */
  head: EventHead;
}

/** What an event's page shows (context.ts): the event, its phase at "now", its first meetings and posts, and whom and what they name. */
export interface EventInputs {
  event: Event;
  phase: EventPhase;
  /** The listed pairs who first met in person here, from the meeting graph. */
  firstMet: readonly FirstMeeting[];
  /** The posts about it, newest first. */
  recaps: readonly Post[];
  /** Everyone taking part, tagged in a photo, first met here or writing about it; its series; the event itself, as its posts' event. */
  shown: Shown;
}

/** An event's page's inputs, from the whole site. */
export function eventInputs(event: Event, site: SiteView): EventInputs {
  const firstMet = site.meetings.firstMetAt(event.slug);
  const recaps = site.index.postsByEvent.get(event.slug) ?? [];
  const summaries = postSummaryIds(recaps);
  const shown = shownOf(site, {
    people: [...event.participants, ...event.photos.flatMap((photo) => photo.people), ...firstMet.flatMap(({ pair }) => pair), ...summaries.people],
    events: summaries.events,
    series: [event.series],
  });
  return { event, phase: phaseOf(event, site.now), firstMet, recaps, shown };
}

/** The page of one event, from the whole site (eventPageView of eventInputs). */
export function eventView(event: Event, site: SiteView, photo?: SharedPicture, share: ShareOptions = {}): EventView {
  return eventPageView(eventInputs(event, site), site, photo, share);
}

/**
 * The page of one event from its inputs; `photo` is the first photo once
 * through the image pipeline for sharing, and without one the event is
 * shared with its card.
 */
export function eventPageView(inputs: EventInputs, frame: SiteFrame, photo?: SharedPicture, share: ShareOptions = {}): EventView {
  const { event, phase } = inputs;
  const site: PageSite = { ...frame, ...inputs.shown };
  const { links, content } = site;
  const words = siteWords(content.site);
  const pageUrl = links.absolute(links.event(event.slug));
  const card = photo === undefined && share.card ? share.card : undefined;
  const preview = photo
    ? picturePreview(photo, event.photos[0]?.alt ?? event.title, links)
    : card && cardPreview(links.absolute(links.eventCard(event.slug, card.hash)), card.alt);
  const image = preview?.url;
  const hosts = visiblePeople(event.hosts, site.people).shown;
  const speakers = visiblePeople(event.speakers, site.people).shown;
  const personUrl = (person: Person) => ({ person, url: links.absolute(links.person(person.handle)) });
  const series = event.series ? site.series.get(event.series) : undefined;
  const isOver = phase.ended;
  const showJoinLink = event.onlineUrl !== undefined && !isOver;
  const offerCalendar = event.status !== 'cancelled' && !isOver;
  // Sign-up is for what is still ahead: not after the start, nor for a cancelled event.
  const rsvpHref = event.status !== 'cancelled' && !phase.started ? event.rsvpUrl : undefined;
  const contribute = eventContributeLinks(content.site, event, phase);
  return {
    ...eventPeople(event, site, phase),
    description: `${event.title}: ${formatEventWhen(event, words)}${event.venue ? `, ${event.venue.name}` : ''}.`,
    href: links.event(event.slug),
    calendarHref: links.eventCalendar(event.slug),
    start: event.start.iso,
    when: formatEventWhen(event, words),
    end: event.end?.iso,
    how: describeFormat(event.format, words),
    venue: event.venue ? { ...event.venue, mapHref: mapLink(event.venue) } : undefined,
    isOver,
    online: showJoinLink && event.onlineUrl ? { href: event.onlineUrl, text: event.onlineUrl.replace(/^https?:\/\//, '') } : undefined,
    showJoinLink,
    rsvpHref,
    movedFrom: event.rescheduledFrom
      ? words.t('event.movedFrom', { when: formatEventWhen({ start: event.rescheduledFrom, timezone: event.timezone }, words) })
      : undefined,
    talks: programmeOf(event, site.people, links, words),
    series: series ? { name: series.title, href: links.series(series.slug) } : undefined,
    offerCalendar,
    googleCalendarHref: !offerCalendar ? undefined : googleCalendarLink(event, `${markdownAsReadText(event.body).slice(0, 500)}\n\n${pageUrl}`),
    firstMet: firstMetSection(inputs.firstMet, site),
    photos: event.photos.map((p) => ({ alt: p.alt, tagged: visiblePeople(p.people, site.people).shown.map((person) => personLink(person, links)) })),
    recaps: toPostSummaries(inputs.recaps, site),
    jsonLd: eventJsonLd(event, {
      url: pageUrl,
      organizers: hosts.map(personUrl),
      performers: speakers.map(personUrl),
      talkPerformers: (talk) => visiblePeople(talk.speakers, site.people).shown.map(personUrl),
      image,
      rsvpUrl: rsvpHref,
      community: communityJsonLd(site, share.logoFile),
    }),
    preview,
    contribute,
    head: eventHead(event, phase, words, rsvpHref, contribute),
  };
}

/** Hosts, then speakers who do not host, then everyone else taking part; the attendees' heading turns at the event's start. */
export function eventPeople(event: Event, site: Pick<PageSite, 'content' | 'people' | 'links' | 'avatars'>, phase: EventPhase): EventPeople {
  const hosts = visiblePeople(event.hosts, site.people);
  const speakers = visiblePeople(
    event.speakers.filter((h) => !event.hosts.includes(h)),
    site.people,
  );
  const others = visiblePeople(
    event.participants.filter((h) => !event.hosts.includes(h) && !event.speakers.includes(h)),
    site.people,
  );
  const hidden = hosts.hidden + speakers.hidden + others.hidden;
  const view: EventPeople = { hosts: toChips(hosts.shown, site), speakers: toChips(speakers.shown, site) };
  if (others.shown.length > 0 || hidden > 0 || event.guests.length > 0) {
    // By the start, as the lists of events split (listings.ts); but nobody "was there" at an
    // event that was called off, and a cancelled one has nobody coming either.
    const words = siteWords(site.content.site);
    const heading = words.t(event.status !== 'scheduled' ? 'event.whoHadPlanned' : phase.started ? 'event.whoWasThere' : 'event.whoIsComing');
    view.attendees = { heading, chips: toChips(others.shown, site), guests: event.guests, hidden };
  }
  return view;
}

/** "First met here" at an event (its first meetings), in a size the page can carry. */
export function firstMetSection(meetings: readonly FirstMeeting[], site: Pick<PageSite, 'content' | 'people' | 'links'>): FirstMetSection {
  const { links } = site;
  const language = site.content.site.language;
  const firstMet = viewFirstMet(meetings, site.people, language);
  if (firstMet.kind === 'pairs') {
    if (firstMet.pairs.length === 0) return { kind: 'none' };
    return { kind: 'pairs', pairs: firstMet.pairs.map(([a, b]) => [personLink(a, links), personLink(b, links)]) };
  }
  const words = siteWords(site.content.site);
  return {
    kind: 'people',
    pairCount: firstMet.pairCount,
    people: firstMet.people.map(({ person, count }) => ({
      name: person.name,
      href: links.personMetList(person.handle),
      met: words.t('event.metHereFirst', { count }),
    })),
  };
}
