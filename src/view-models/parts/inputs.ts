/**
 * What a page's inputs are made of (context.ts): the entries it shows, picked
 * out of the site by id, and an event's phase at "now".
 */
import { hasEnded, hasStarted, tookPlace } from '../../community/listings.ts';
import type { Event, Post } from '../../content/model.ts';
import type { AvatarImage, AvatarSize } from './html-lists.ts';
import type { EventPhase, Shown, SiteView } from '../context.ts';

/** The ids a page shows, of each kind. */
export interface ShownIds {
  people?: Iterable<string>;
  events?: Iterable<string | undefined>;
  series?: Iterable<string | undefined>;
}

/** Each of `ids` the site has, as the site's own object: a lookup in it answers as the whole site's does for these ids. */
function pick<T>(all: ReadonlyMap<string, T>, ids: Iterable<string | undefined> = []): Map<string, T> {
  const picked = new Map<string, T>();
  for (const id of ids) {
    const found = id === undefined ? undefined : all.get(id);
    if (id !== undefined && found !== undefined) picked.set(id, found);
  }
  return picked;
}

/** The entries of `ids` the site has, and the avatars of the people among them. */
export function shownOf(site: Pick<SiteView, 'people' | 'events' | 'series' | 'avatars'>, ids: ShownIds): Shown {
  const people = pick(site.people, ids.people);
  const avatars: Map<string, Record<AvatarSize, AvatarImage>> = pick(site.avatars, people.keys());
  return { people, events: pick(site.events, ids.events), series: pick(site.series, ids.series), avatars };
}

/** What a summary of each of `posts` shows besides the post: its author and the event it is about. */
export function postSummaryIds(posts: readonly Post[]): { people: string[]; events: Array<string | undefined> } {
  return { people: posts.map((post) => post.author), events: posts.map((post) => post.event) };
}

/** The event at `now`: begun, held, over (listings.ts works out each event's end once, in its time zone). */
export function phaseOf(event: Event, now: number): EventPhase {
  return { started: hasStarted(event, now), tookPlace: tookPlace(event, now), ended: hasEnded(event, now) };
}
