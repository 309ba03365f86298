/**
 * The small phrases pages write: how many, how often, how an event is held,
 * how two people met. In English for now; the one place a translation of
 * these words would start.
 */
import { remember } from './memo.ts';
import type { Event, How } from './model.ts';

/** The word for `count` of something: `plural(1, 'person', 'people')` is "person". */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** "once", "twice", "5 times" */
export function formatTimes(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count in the site's language: "10,845" in English. */
export function formatCount(count: number, locale: string): string {
  return remember(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count);
}

/** "In person", "Online", "In person and online" */
export function describeFormat(format: Event['format']): string {
  return format === 'in-person' ? 'In person' : format === 'online' ? 'Online' : 'In person and online';
}

/** "at Pub Quiz Night", "at Lunch in Nashville", "by video", "on a call", "in person". */
export function describeOccasion(meeting: { how: How; event?: string; where?: string }, eventTitle?: string): string {
  if (meeting.event !== undefined && eventTitle !== undefined) return eventTitle;
  if (meeting.where !== undefined) return meeting.where;
  return meeting.how === 'video' ? 'by video' : meeting.how === 'call' ? 'on a call' : 'in person';
}

/** The first word of a name, as a page addresses someone: "Amy" of "Amy Howell". */
export function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
