/**
 * The items many pages list, with their words chosen: a person as a chip, an
 * event as a card, a post as a summary, a met list. html-lists.ts and the
 * components write them.
 */
import { formatDate, formatEventWhen } from '../../community/dates.ts';
import { parseHandle } from '../../content/fields/handles.ts';
import type { Avatars, ChipPerson, EventCard, MetItem, NamedLink } from './html-lists.ts';
import type { Links } from '../../content/addresses.ts';
import { readingMinutes, summarize } from '../../base/markdown-text.ts';
import type { MetEntry } from '../../community/meetings.ts';
import type { Event, Person, Post } from '../../content/model.ts';
import { CARD_VENUE, venueText } from '../../community/venues.ts';
import { siteWords, type Words } from '../../words/index.ts';
import { describeFormat, describeOccasion, describeStatus } from '../../community/phrases.ts';
import type { PageSite, SiteView } from '../context.ts';

/** A person as a small chip: name, page and small avatar. */
export function toChip(person: Person, links: Links, avatars: Avatars): ChipPerson {
  return { name: person.name, href: links.person(person.handle), avatar: avatars.get(person.handle)?.s };
}

/** People as chips, in order. */
export function toChips(people: readonly Person[], site: Pick<PageSite, 'links' | 'avatars'>): ChipPerson[] {
  return people.map((person) => toChip(person, site.links, site.avatars));
}

/** A member named in a body (`<Person handle="…" />`): their name and page, or undefined for someone unlisted, who stays unnamed. */
export function mention(handle: string, site: Pick<SiteView, 'people' | 'links'>): NamedLink | undefined {
  const person = site.people.get(parseHandle(handle));
  return person?.listed ? personLink(person, site.links) : undefined;
}

/** A person's name linking to their page. */
export function personLink(person: Person, links: Links): NamedLink {
  return { name: person.name, href: links.person(person.handle) };
}

/** The words of an event's card, from the event; `role` is the part of the person whose page lists it, already in words. */
export function toEventCard(event: Event, links: Links, words: Words, role?: string): EventCard {
  // Everyone taking part is counted, listed or not; only their names are private.
  const count = event.participants.length;
  const parts = [describeFormat(event.format, words)];
  if (event.venue) parts.push(venueText(event.venue, CARD_VENUE));
  if (count > 0) parts.push(words.t('event.peopleCount', { count }));
  return {
    title: event.title,
    href: links.event(event.slug),
    status: event.status,
    statusText: describeStatus(event.status, words),
    role,
    start: event.start.iso,
    when: formatEventWhen(event, words),
    details: parts.join(' · '),
    talks: talksLine(event, words),
  };
}

/** "Talks: A, B and 2 more talks", for an event's card; undefined without talks. */
function talksLine(event: Pick<Event, 'talks'>, words: Words, shown = 3): string | undefined {
  if (event.talks.length === 0) return undefined;
  const titles = event.talks.slice(0, shown).map((t) => t.title);
  const more = event.talks.length - titles.length;
  if (more > 0) titles.push(words.t('event.moreTalks', { count: more }));
  return words.t('event.talksLine', { titles: words.list(titles) });
}

/** Events as cards, in order, each with the role of the person whose page lists them. */
export function toEventCards(events: readonly Event[], site: Pick<PageSite, 'content' | 'links'>, roleOf?: (event: Event) => string | undefined): EventCard[] {
  const words = siteWords(site.content.site);
  return events.map((event) => toEventCard(event, site.links, words, roleOf?.(event)));
}

/** One post in a list, as an h-entry; a link-only post links straight out. */
export interface PostSummaryView {
  title: string;
  /** The post's page, or the address it lives at when it is link-only. */
  href: string;
  /** The host of a link-only post, shown beside its title; absent for a post of this site. */
  elsewhere?: string | undefined;
  /** A listed author. */
  author?: ChipPerson | undefined;
  /** ISO date of publication, and how it reads. */
  date: string;
  dateText: string;
  /** Minutes to read a post of this site. */
  minutes?: number | undefined;
  /** The event it is about. */
  event?: NamedLink | undefined;
  /** Its summary, or its first paragraph; may be empty. */
  summary: string;
  tags: NamedLink[];
}

export function toPostSummary(post: Post, site: Pick<PageSite, 'content' | 'links' | 'people' | 'events' | 'avatars'>): PostSummaryView {
  const { links } = site;
  const author = site.people.get(post.author);
  const event = post.event ? site.events.get(post.event) : undefined;
  const href = postHref(post, links);
  return {
    title: post.title,
    href,
    elsewhere: post.linkOnly ? new URL(href).hostname : undefined,
    author: author?.listed ? toChip(author, links, site.avatars) : undefined,
    date: post.published.date,
    dateText: formatDate(post.published.date, site.content.site.language, 'medium'),
    minutes: post.linkOnly ? undefined : readingMinutes(post.body),
    event: event ? { name: event.title, href: links.event(event.slug) } : undefined,
    summary: post.summary ?? summarize(post.body),
    tags: tagLinks(post, links),
  };
}

/** Posts as summaries, in order. */
export function toPostSummaries(posts: readonly Post[], site: Pick<PageSite, 'content' | 'links' | 'people' | 'events' | 'avatars'>): PostSummaryView[] {
  return posts.map((post) => toPostSummary(post, site));
}

/** Where a post is read: its page here, or the address a link-only post points to. */
export function postHref(post: Post, links: Links): string {
  return post.linkOnly && post.canonicalUrl ? post.canonicalUrl : links.post(post.slug);
}

/** A post's tags, each linking to its list. */
export function tagLinks(post: Post, links: Links): NamedLink[] {
  return post.tags.map((tag) => ({ name: tag, href: links.tag(tag) }));
}

/** "I've met these people", in the met list's order: each listed person, when and how they first met, and how often. */
export function toMetItems(entries: readonly MetEntry[], site: Pick<PageSite, 'content' | 'links' | 'people' | 'events' | 'avatars'>): MetItem[] {
  const { links } = site;
  const language = site.content.site.language;
  const words = siteWords(site.content.site);
  const items: MetItem[] = [];
  for (const entry of entries) {
    const person = site.people.get(entry.handle);
    if (!person) continue;
    const event = entry.first.event ? site.events.get(entry.first.event) : undefined;
    items.push({
      person: toChip(person, links, site.avatars),
      rel: entry.inPerson ? 'met' : 'contact',
      date: entry.first.date,
      dateText: formatDate(entry.first.date, language, 'medium'),
      occasion: describeOccasion(entry.first, words, event?.title),
      eventHref: event ? links.event(event.slug) : undefined,
      countText: words.t(entry.inPerson ? 'met.timesInPerson' : 'met.timesNotInPerson', { count: entry.count }),
    });
  }
  return items;
}
