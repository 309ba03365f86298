/**
 * iCalendar (RFC 5545) output with ical-generator. Timed events are written in
 * UTC, which names the same instant everywhere without relying on a client's
 * copy of the zone's history; all-day events are DATE values at the venue, with
 * the exclusive end RFC 5545 asks for.
 *
 * Titles and names come from strangers. ical-generator escapes the TEXT of
 * SUMMARY, LOCATION, DESCRIPTION and an event's URL (backslash, `;`, `,`, and
 * line breaks as `\n`) but writes the calendar's NAME, X-WR-CALNAME, PRODID,
 * URL and each UID as given, where one line break would start a property or
 * an event of the sender's choosing; and it escapes no other control
 * character, which RFC 5545 text may not hold. So every value is cleaned
 * here: no control character in any, and the ones written as given on one
 * line.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { wordsFor, type Words } from '../words/index.ts';
import { markdownAsReadText } from '../base/markdown-text.ts';
import { formatEventWhen, formatTimeOfDay } from '../community/dates.ts';
import type { Event, Site } from '../content/model.ts';
import { oneLine, plainText } from '../base/plain-text.ts';
import { addDays } from '../content/fields/time.ts';
import { venueText } from '../community/venues.ts';

export interface CalendarOptions {
  site: Site;
  /** Absolute URL of an event's page. */
  eventUrl: (slug: string) => string;
  /** Absolute URL of the calendar itself. */
  calendarUrl: string;
  /** "Now", for DTSTAMP, so that a build with FIRSTHAND_NOW is reproducible. */
  now: number;
  /** The site's words, for the notes a description carries (English when not given). */
  words?: Words;
}

const STATUS = {
  scheduled: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.TENTATIVE,
} as const;

/** Status in the order an event moves through them: each step rises by one. */
const STATUS_RANK = { scheduled: 0, postponed: 1, cancelled: 2 } as const;
/** Minutes are counted from here, so that events of this century get small enough numbers (RFC 5545 INTEGER is 32-bit). */
const SEQUENCE_EPOCH = Date.UTC(2000, 0, 1);

/**
 * The VEVENT's SEQUENCE, which calendar apps compare to tell a revision of an
 * event they already hold from an older copy. A build must not depend on the
 * one before it, so the number is worked out from the content alone: three
 * per minute of the start since 2000, plus the status's rank (scheduled 0,
 * postponed 1, cancelled 2). Cancelling or postponing an event raises it; so
 * does moving it later. An event that names the start it was moved from
 * (`rescheduled_from`) counts from the later of its two starts, plus 3, so it
 * outranks every copy of it at its old date, whichever way it moved. Without
 * that, moving an event earlier, or taking back a cancellation, lowers it:
 * there the later DTSTAMP (the build's "now") is what tells apps the copy is newer.
 */
export function calendarSequence(event: Pick<Event, 'start' | 'status' | 'rescheduledFrom'>): number {
  const minutes = (t: { epochMs: number }) => Math.max(0, Math.floor((t.epochMs - SEQUENCE_EPOCH) / 60_000));
  if (event.rescheduledFrom) return Math.max(minutes(event.start), minutes(event.rescheduledFrom)) * 3 + 3;
  return minutes(event.start) * 3 + STATUS_RANK[event.status];
}

/** A stable UID: the slug never changes for an event, and the host names the community. One line: ical-generator writes it as given. */
export function eventUid(slug: string, site: Site): string {
  return oneLine(`${slug}@${new URL(site.url).host}`);
}

function utcDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The talks' titles, one a line with the time each starts, under a heading; undefined without talks. */
function programmeText(event: Event, words: Words): string | undefined {
  if (event.talks.length === 0) return undefined;
  const lines = event.talks.map((t) => `• ${t.start ? `${formatTimeOfDay(t.start, event.timezone, words.locale)} ` : ''}${t.title}`);
  return [words.t('calendar.talks'), ...lines].join('\n');
}

/** One calendar holding the given events. */
export function buildCalendar(events: readonly Event[], name: string, options: CalendarOptions): string {
  const { site } = options;
  const words = options.words ?? wordsFor('en');
  const calendar = ical({
    // Written as given, as before: `,` `;` `\` stay unescaped (ical.js reads NAME and X-WR-CALNAME raw), but on one line.
    name: oneLine(name),
    prodId: { company: 'Firsthand', product: oneLine(site.name), language: oneLine(site.language).toUpperCase() },
    url: oneLine(options.calendarUrl),
  });
  for (const event of events) {
    const url = oneLine(options.eventUrl(event.slug));
    const place = oneLine([event.venue ? venueText(event.venue) : undefined, event.onlineUrl].filter(Boolean).join(' · '));
    const description = [
      event.status === 'postponed' ? words.t('calendar.postponed') : undefined,
      event.status === 'cancelled' ? words.t('calendar.cancelled') : undefined,
      event.rescheduledFrom
        ? words.t('calendar.movedFrom', { when: formatEventWhen({ start: event.rescheduledFrom, timezone: event.timezone }, words) })
        : undefined,
      markdownAsReadText(event.body),
      programmeText(event, words),
      event.onlineUrl ? words.t('calendar.joinOnline', { url: event.onlineUrl }) : undefined,
      url,
    ]
      .filter(Boolean)
      .join('\n\n');
    const start = event.start.allDay ? utcDate(event.start.date) : new Date(event.start.epochMs);
    const end = event.start.allDay ? utcDate(addDays(event.end?.date ?? event.start.date, 1)) : event.end ? new Date(event.end.epochMs) : undefined;
    const item = calendar.createEvent({
      id: eventUid(event.slug, site),
      start,
      allDay: event.start.allDay,
      summary: oneLine(event.title),
      description: plainText(description),
      url,
      status: STATUS[event.status],
      sequence: calendarSequence(event),
      stamp: new Date(options.now),
    });
    if (end) item.end(end);
    if (place) {
      item.location(
        event.venue?.lat !== undefined && event.venue.lng !== undefined ? { title: place, geo: { lat: event.venue.lat, lon: event.venue.lng } } : place,
      );
    }
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator stops after END:VCALENDAR.
  return `${calendar.toString()}\r\n`;
}
