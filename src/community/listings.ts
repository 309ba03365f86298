/**
 * Which entries a page lists, and in what order, derived from the validated
 * content and "now". Privacy lives here: an unlisted person never leaves this
 * module by name, and a draft never reaches a list.
 */
import type { Links } from '../content/addresses.ts';
import type { FirstMeeting } from './meetings.ts';
import type { Content, Event, Person, Post } from '../content/model.ts';
import { endInstant } from '../content/fields/time.ts';
import { remember } from '../base/memo.ts';

/** An event took place when it is scheduled and its start is before now (docs/content-format.md). */
export function tookPlace(event: Event, now: number): boolean {
  return event.status === 'scheduled' && event.start.epochMs < now;
}

/**
 * An event is past once its start is before now, whatever its status: it
 * leaves "Coming up" for "Past", postponed and cancelled ones with a badge
 * (README, "Times"). Whether it was held is `tookPlace`.
 */
export function hasStarted(event: Event, now: number): boolean {
  return event.start.epochMs < now;
}

// Each event's last moment, worked out once: it takes a time-zone lookup, and every person's page asks for each of their events.
const endOf = new WeakMap<Pick<Event, 'start' | 'end' | 'timezone'>, number>();

/** An event is over once its last moment has passed (content/fields/time.ts, endInstant). */
export function hasEnded(event: Pick<Event, 'start' | 'end' | 'timezone'>, now: number): boolean {
  return remember(endOf, event, () => endInstant(event.start, event.end, event.timezone)) <= now;
}

/** Upcoming events soonest first, then past events newest first (ties by slug). */
export function splitEvents(events: readonly Event[], now: number): { upcoming: Event[]; past: Event[] } {
  const upcoming = events.filter((e) => !hasStarted(e, now)).sort((a, b) => a.start.epochMs - b.start.epochMs || cmp(a.slug, b.slug));
  const past = events.filter((e) => hasStarted(e, now)).sort((a, b) => b.start.epochMs - a.start.epochMs || cmp(a.slug, b.slug));
  return { upcoming, past };
}

/** How many past events /events/ lists: the newest; the others are on their year's page. */
export const RECENT_PAST_EVENTS = 50;

/** Events of one year, in the order of the list they come from. */
export interface EventsOfYear {
  year: string;
  events: Event[];
}

/** The year of an event: that of its local date, as the lists group them. */
export const yearOf = (event: Event): string => event.start.date.slice(0, 4);

/**
 * Past events grouped by year, newest year first, each year's events in the
 * order they come. The years are sorted, not taken in the events' order: two
 * events in different zones around New Year can come in one order by their
 * instants and the other by their local dates.
 */
export function eventsByYear(events: readonly Event[]): EventsOfYear[] {
  const years = new Map<string, Event[]>();
  for (const event of events) {
    const group = years.get(yearOf(event));
    if (group) group.push(event);
    else years.set(yearOf(event), [event]);
  }
  return [...years].sort(([a], [b]) => cmp(b, a)).map(([year, of]) => ({ year, events: of }));
}

/**
 * Past events (newest first) as the list of events shows them: the newest
 * `recent` on /events/, and a page for each year any of whose events did
 * not fit there, newest year first. Such a page holds every past event of
 * its year, those also on /events/ included, so that each year's page is
 * whole; a year entirely on /events/ has none.
 */
export function pastEventPages(past: readonly Event[], recent = RECENT_PAST_EVENTS): { recent: Event[]; years: EventsOfYear[] } {
  const paged = new Set(past.slice(recent).map(yearOf));
  return { recent: past.slice(0, recent), years: eventsByYear(past).filter(({ year }) => paged.has(year)) };
}

/** The people who have a page of their own: unlisted people have none at all. */
export function peopleWithPages(content: Pick<Content, 'people'>): Person[] {
  return content.people.filter((p) => p.listed);
}

/** The posts that have a page of their own: drafts are not built, and a link-only post lives elsewhere. */
export function postsWithPages(content: Pick<Content, 'posts'>): Post[] {
  return content.posts.filter((p) => !p.draft && !p.linkOnly);
}

/** The absolute URLs of the pages whose canonical URL is another site's: posts first published elsewhere. */
export function pagesCanonicalElsewhere(content: Pick<Content, 'posts'>, links: Pick<Links, 'absolute' | 'post'>): string[] {
  return postsWithPages(content)
    .map((post) => ({ post, own: links.absolute(links.post(post.slug)) }))
    .filter(({ post, own }) => post.canonicalUrl !== undefined && post.canonicalUrl.replace(/\/+$/, '') !== own.replace(/\/+$/, ''))
    .map(({ own }) => own);
}

/** Posts that appear on the site: drafts never do. Newest first, ties by slug. */
export function publishedPosts(posts: readonly Post[]): Post[] {
  return posts.filter((p) => !p.draft).sort((a, b) => b.published.epochMs - a.published.epochMs || cmp(a.slug, b.slug));
}

/** Published posts by tag, tags alphabetical, posts newest first. */
export function postsByTag(posts: readonly Post[]): Map<string, Post[]> {
  const byTag = new Map<string, Post[]>();
  for (const post of publishedPosts(posts)) {
    for (const tag of post.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), post]);
  }
  return new Map([...byTag].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The listed people among some handles, in order, and how many are hidden. */
export function visiblePeople(handles: readonly string[], people: ReadonlyMap<string, Person>): { shown: Person[]; hidden: number } {
  const shown: Person[] = [];
  let hidden = 0;
  for (const h of handles) {
    const p = people.get(h);
    if (p?.listed) shown.push(p);
    else hidden++;
  }
  return { shown, hidden };
}

/** Up to this many pairs, "First met here" names every pair; beyond it, every person with a count. */
export const FIRST_MET_PAIR_LIMIT = 200;

/**
 * "First met here" in a size a page can carry. Pairs grow with the square of
 * the attendance: a 150-person dinner where nobody had met makes 11,175 of
 * them. Up to FIRST_MET_PAIR_LIMIT pairs are listed; past that, each person
 * who met someone new is listed once with how many, and their own page
 * names them all.
 */
export type FirstMetView =
  | { kind: 'pairs'; pairs: Array<[Person, Person]> }
  | { kind: 'people'; pairCount: number; people: Array<{ person: Person; count: number }> };

export function viewFirstMet(
  firstMet: readonly FirstMeeting[],
  people: ReadonlyMap<string, Person>,
  language: string,
  limit = FIRST_MET_PAIR_LIMIT,
): FirstMetView {
  const pairs: Array<[Person, Person]> = [];
  for (const { pair } of firstMet) {
    const a = people.get(pair[0]);
    const b = people.get(pair[1]);
    if (a?.listed && b?.listed) pairs.push([a, b]);
  }
  if (pairs.length <= limit) return { kind: 'pairs', pairs };
  const counts = new Map<Person, number>();
  for (const [a, b] of pairs) {
    counts.set(a, (counts.get(a) ?? 0) + 1);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const list = [...counts].map(([person, count]) => ({ person, count }));
  list.sort((x, y) => y.count - x.count || collator.compare(x.person.name, y.person.name) || cmp(x.person.handle, y.person.handle));
  return { kind: 'people', pairCount: pairs.length, people: list };
}

/** Listed people, alphabetical by name (then handle), for the directory. */
export function directory(content: Content): Person[] {
  const collator = new Intl.Collator(content.site.language, { sensitivity: 'base' });
  return peopleWithPages(content).sort((a, b) => collator.compare(a.name, b.name) || cmp(a.handle, b.handle));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
