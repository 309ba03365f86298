/**
 * The small phrases pages write about events and meetings: how an event is
 * held, its status, a person's part in it, how two people met. The words come
 * from the site's language catalogue (words/).
 */
import type { MessageKey, Words } from '../words/index.ts';
import type { Event, How } from '../content/model.ts';

const FORMATS: Record<Event['format'], MessageKey> = { 'in-person': 'event.format.inPerson', online: 'event.format.online', hybrid: 'event.format.hybrid' };

/** "In person", "Online", "In person and online" */
export function describeFormat(format: Event['format'], words: Words): string {
  return words.t(FORMATS[format]);
}

/** "cancelled" or "postponed" as a badge says it; undefined for a scheduled event. */
export function describeStatus(status: Event['status'], words: Words): string | undefined {
  return status === 'cancelled' ? words.t('event.status.cancelled') : status === 'postponed' ? words.t('event.status.postponed') : undefined;
}

/** "at Pub Quiz Night", "at Lunch in Nashville", "by video", "on a call", "in person". */
export function describeOccasion(meeting: { how: How; event?: string; where?: string }, words: Words, eventTitle?: string): string {
  if (meeting.event !== undefined && eventTitle !== undefined) return eventTitle;
  if (meeting.where !== undefined) return meeting.where;
  return words.t(meeting.how === 'video' ? 'met.byVideo' : meeting.how === 'call' ? 'met.onACall' : 'met.inPerson');
}

/** The first word of a name, as a page addresses someone: "Amy" of "Amy Howell". */
export function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
