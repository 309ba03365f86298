/** A member's page: who they are, whom they have met, their events and their posts. */
import { personFigures, type PersonFigures } from '../community/figures.ts';
import { type ContributeLinks, personContributeLinks } from './parts/contribute-links.ts';
import { formatDate, formatOnlineSince } from '../community/dates.ts';
import type { AvatarImage, EventCard, MetItem } from './parts/html-lists.ts';
import { hasEnded, splitEvents, tookPlace } from '../community/listings.ts';
import type { MetEntry } from '../community/meetings.ts';
import { metExports } from '../outputs/met-exports.ts';
import type { Event, Person, Post } from '../content/model.ts';
import { accountLinks } from './parts/outside-links.ts';
import { siteWords } from '../words/index.ts';
import { firstName } from '../community/phrases.ts';
import type { PageSite, Shown, SiteFrame, SiteView } from './context.ts';
import { postSummaryIds, shownOf } from './parts/inputs.ts';
import { talksBy, type PersonTalkView } from './parts/talks.ts';
import { toEventCards, toMetItems, toPostSummaries, type PostSummaryView } from './parts/items.ts';
import { picturePreview, type SharedPicture, type SharePreview } from './parts/share.ts';

/** The person's figures, in words, when they have met anyone. */
export interface PersonCounts {
  metInPerson: number;
  /** People known by call or video only; shown when there are any. */
  contacts: number;
  /** The cities of the in-person events they went to, when any: how many, and the list for a tooltip. */
  cities?: { count: number; list: string } | undefined;
  /** The date of their first meeting, and of their latest when it is another day. */
  first?: { date: string; text: string } | undefined;
  latest?: { date: string; text: string } | undefined;
}

export interface PersonView {
  /** For search results and link previews. */
  description: string;
  href: string;
  /** Their picture at the profile's size. */
  avatar?: AvatarImage | undefined;
  /** Their avatar as the link preview: square, so shown as a summary card. */
  preview?: SharePreview | undefined;
  /** "online since" as written, in words. */
  since?: string | undefined;
  accounts: Array<{ label: string; href: string; text: string }>;
  counts?: PersonCounts | undefined;
  metItems: MetItem[];
  /** Their first name, for "Nobody yet: Amy's first meetup is still ahead". */
  firstName: string;
  /** Their met list to take away, in the formats anyone on it can be reached in. */
  exports: { csv?: string | undefined; opml?: string | undefined };
  /** Events not over yet, soonest first: those under way, then those ahead. */
  going: EventCard[];
  /** "Was at": the events they took part in that took place and are over, newest first; cancelled and postponed ones are left out. */
  been: EventCard[];
  posts: PostSummaryView[];
  /** The talks they gave (or will give), newest first; those of cancelled and postponed events are left out. */
  talks: PersonTalkView[];
  /** "We met", to the repository's issue form (none without a repository). */
  contribute?: ContributeLinks | undefined;
}

/** A person's part in an event, shown on their list of events: host, speaker, or none (an attendee). */
export function partIn(event: Event, handle: string): 'host' | 'speaker' | undefined {
  return event.hosts.includes(handle) ? 'host' : event.speakers.includes(handle) ? 'speaker' : undefined;
}

/** What a person's page shows (context.ts): its entries as they are in memory, and what "now" decides, as lists. */
export interface PersonInputs {
  person: Person;
  /** Everyone they met who is listed, from the meeting graph. */
  metList: readonly MetEntry[];
  /** Their figures at "now" (the cities count only events that took place). */
  figures: PersonFigures;
  /** Their events at "now": not over yet, and took place and over (theirTimeline). */
  going: readonly Event[];
  been: readonly Event[];
  /** The events they take part in that are not called off, for their talks. */
  scheduled: readonly Event[];
  /** Their posts, newest first. */
  posts: readonly Post[];
  /** Whom and what the page names: the people they met, their fellow speakers, the events of first meetings and of posts. */
  shown: Shown;
}

/** A person's page's inputs, from the whole site. */
export function personInputs(person: Person, site: SiteView): PersonInputs {
  const { handle } = person;
  const metList = site.meetings.metList(handle);
  const theirEvents = site.index.eventsByPerson.get(handle) ?? [];
  const scheduled = theirEvents.filter((e) => e.status === 'scheduled');
  const posts = site.index.postsByAuthor.get(handle) ?? [];
  const theirTalks = scheduled.flatMap((e) => e.talks.filter((talk) => talk.speakers.includes(handle)));
  const shown = shownOf(site, {
    people: [handle, ...metList.map((entry) => entry.handle), ...theirTalks.flatMap((talk) => talk.speakers)],
    events: [...metList.map((entry) => entry.first.event), ...postSummaryIds(posts).events],
  });
  const figures = personFigures(metList, theirEvents, site.content.site.language, site.now);
  return { person, metList, figures, ...theirTimeline(theirEvents, site.now), scheduled, posts, shown };
}

/** The page of one listed person, from the whole site (personPageView of personInputs). */
export function personView(person: Person, site: SiteView, photo?: SharedPicture): PersonView {
  return personPageView(personInputs(person, site), site, photo);
}

/** The page of one listed person from its inputs; `photo` is their avatar once through the image pipeline for sharing. */
export function personPageView(inputs: PersonInputs, frame: SiteFrame, photo?: SharedPicture): PersonView {
  const { person, metList } = inputs;
  const site: PageSite = { ...frame, ...inputs.shown };
  const { content, links } = site;
  const language = content.site.language;
  const counts = personCounts(inputs.figures, language);
  const exports = metExports(metList, site.people);
  const words = siteWords(content.site);
  const roleOf = (event: Event) => {
    const part = partIn(event, person.handle);
    return part === undefined ? undefined : words.t(part === 'host' ? 'event.role.host' : 'event.role.speaker');
  };
  const who = { name: person.name, site: content.site.name };
  return {
    description: counts?.metInPerson ? words.t('person.descriptionMet', { ...who, count: counts.metInPerson }) : words.t('person.description', who),
    href: links.person(person.handle),
    avatar: site.avatars.get(person.handle)?.l,
    preview: photo && picturePreview(photo, person.name, links, true),
    since: person.onlineSince ? formatOnlineSince(person.onlineSince, language) : undefined,
    accounts: accountLinks(person, words.t('person.website')),
    counts,
    metItems: toMetItems(metList, site),
    firstName: firstName(person.name),
    exports: { csv: exports.csv ? links.metCsv(person.handle) : undefined, opml: exports.opml ? links.metOpml(person.handle) : undefined },
    going: toEventCards(inputs.going, site, roleOf),
    been: toEventCards(inputs.been, site, roleOf),
    posts: toPostSummaries(inputs.posts, site),
    talks: talksBy(person.handle, inputs.scheduled, site.people, links, words),
    contribute: personContributeLinks(content.site, person),
  };
}

/**
 * A person's events as their page lists them: "Going to" what is not over yet
 * (under way first, then ahead, soonest first), "Was at" what took place and
 * is over; a cancelled or postponed event in the past is in neither, as
 * nobody was at it (its own page says "Who had planned to come").
 */
export function theirTimeline(theirEvents: readonly Event[], now: number): { going: Event[]; been: Event[] } {
  const { upcoming, past } = splitEvents(theirEvents, now);
  const underway = past.filter((e) => tookPlace(e, now) && !hasEnded(e, now)).reverse();
  return { going: [...underway, ...upcoming], been: past.filter((e) => tookPlace(e, now) && hasEnded(e, now)) };
}

/** The figures of someone who has met anyone, in words; undefined for someone who has met nobody yet. */
export function personCounts(figures: PersonFigures, language: string): PersonCounts | undefined {
  if (figures.metInPerson + figures.contacts === 0) return undefined;
  const day = (date: string) => ({ date, text: formatDate(date, language, 'medium') });
  const { cities } = figures;
  return {
    metInPerson: figures.metInPerson,
    contacts: figures.contacts,
    cities: cities.length > 0 ? { count: cities.length, list: cities.join(', ') } : undefined,
    first: figures.firstDate ? day(figures.firstDate) : undefined,
    latest: figures.latestDate && figures.latestDate !== figures.firstDate ? day(figures.latestDate) : undefined,
  };
}
