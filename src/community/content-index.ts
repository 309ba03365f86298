/**
 * Lookups the pages need, built once per build from the validated content so
 * that no page scans every entry.
 */
import { publishedPosts } from './listings.ts';
import type { Content, Event, Post } from '../content/model.ts';

export interface ContentIndex {
  /** Events each person takes part in (hosts, speakers, attendees). */
  eventsByPerson: Map<string, Event[]>;
  /** Published posts by author, newest first. */
  postsByAuthor: Map<string, Post[]>;
  /** Published posts by the event they recap, newest first. */
  postsByEvent: Map<string, Post[]>;
  /** Events by series. */
  eventsBySeries: Map<string, Event[]>;
}

export function indexContent(content: Content): ContentIndex {
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const index: ContentIndex = { eventsByPerson: new Map(), postsByAuthor: new Map(), postsByEvent: new Map(), eventsBySeries: new Map() };
  for (const event of content.events) {
    for (const handle of event.participants) push(index.eventsByPerson, handle, event);
    if (event.series) push(index.eventsBySeries, event.series, event);
  }
  for (const post of publishedPosts(content.posts)) {
    push(index.postsByAuthor, post.author, post);
    if (post.event) push(index.postsByEvent, post.event, post);
  }
  return index;
}
