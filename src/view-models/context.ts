/**
 * What every page's view model is made from. The view models (this folder)
 * are pure functions of it: the routes in src/routes/ ask them for what a page
 * shows and render it, deciding nothing themselves.
 *
 * A page of entries (a person's, an event's…) is made in two steps: its
 * inputs, gathered from the whole `SiteView` (the entries it shows, as the
 * objects in memory, and what "now" decides for it), and its view, made from
 * those inputs and the `SiteFrame` only. Its key for the incremental build
 * hashes the same inputs (data/page-keys.ts), so it covers all the view reads.
 */
import type { ContentIndex } from '../community/content-index.ts';
import type { Avatars } from './parts/html-lists.ts';
import type { Links } from '../content/addresses.ts';
import type { MeetingGraph } from '../community/meetings.ts';
import type { Content, Event, Person, Series } from '../content/model.ts';

export interface SiteView {
  /** The validated content. */
  content: Content;
  /** "Now" of the build, in epoch milliseconds. */
  now: number;
  links: Links;
  /** Who has met whom, worked out once per build. */
  meetings: MeetingGraph;
  /** Events by person, posts by author and by event, events by series. */
  index: ContentIndex;
  people: ReadonlyMap<string, Person>;
  events: ReadonlyMap<string, Event>;
  series: ReadonlyMap<string, Series>;
  /** Avatars through the image pipeline, by handle. */
  avatars: Avatars;
}

/** What every page's frame shows, which the frame's key covers (data/page-keys.ts): the site's settings and the addresses made from them. */
export interface SiteFrame {
  content: Pick<Content, 'site'>;
  links: Links;
}

/** The entries a page shows besides its own, by id, with the avatars of the people among them: all its view may look up. */
export interface Shown {
  people: ReadonlyMap<string, Person>;
  events: ReadonlyMap<string, Event>;
  series: ReadonlyMap<string, Series>;
  avatars: Avatars;
}

/** What a page's view reads: the frame and the entries its inputs show. `SiteView` is one too, with every entry. */
export type PageSite = SiteFrame & Shown;

/** An event at the build's "now", as far as any page tells: whether it has started, whether it took place (started, and not called off), and whether it is over (community/listings.ts). */
export interface EventPhase {
  started: boolean;
  tookPlace: boolean;
  ended: boolean;
}
