/**
 * What every page's view model is made from. The view models (this folder)
 * are pure functions of it: the routes in src/pages/ ask them for what a page
 * shows and render it, deciding nothing themselves.
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
