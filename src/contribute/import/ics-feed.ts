/**
 * An iCalendar feed read with ical.js (RFC 5545: CRLF or LF, folded lines,
 * escapes, VTIMEZONEs, RRULE/EXDATE/RECURRENCE-ID) into plain events: the
 * feed's own words and each time as a wall clock in a zone, nothing decided
 * yet about the file it becomes (ics-fields.ts does that).
 *
 * Times: a TZID that is an IANA zone keeps its wall clock and names the
 * event's zone; a UTC time, or a TZID that is not an IANA zone (a Windows
 * name, a custom one) read with its VTIMEZONE's offsets, is the same instant
 * on the site's clock, with a note; a floating time is the site's clock.
 */
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { isKnownTimeZone } from '../../content/fields/time.ts';

/** A wall-clock time (`2025-03-04 18:30`, or a date alone for all day) in a zone. */
export interface FeedTime {
  wallClock: string;
  zone: string;
  allDay: boolean;
}

/** One event (or one occurrence of a recurring one) as the feed gives it. */
export interface FeedEvent {
  /** What the imported file keeps in `source`: the UID, and `#` with the RECURRENCE-ID for an occurrence. */
  source: string;
  uid: string;
  summary: string;
  start: FeedTime;
  end?: FeedTime | undefined;
  location: string;
  geo?: { lat: number; lng: number } | undefined;
  url: string;
  status: string;
  description: string;
  /** Line of the feed where its VEVENT begins, and where its properties are (1-based), for messages. */
  line: number;
  propertyLines: Partial<Record<'SUMMARY' | 'DESCRIPTION' | 'LOCATION' | 'UID', number>>;
}

export interface FeedReading {
  events: FeedEvent[];
  /** The calendar's own name (X-WR-CALNAME), which Meetup repeats as a description's first line. */
  calendarName: string;
  /** Notes in `path:line:col field: message` form: times read in another zone, occurrences left out. */
  notes: string[];
}

export interface FeedOptions {
  /** The feed's name in messages (its path or address). */
  name: string;
  siteZone: string;
  now: number;
}

/** How far ahead occurrences of a recurring event are imported: the next twelve months. */
const MONTHS_AHEAD = 12;
/** More occurrences than this of one event is not a meetup's calendar: refused. */
export const MAX_OCCURRENCES = 400;

/** A feed that cannot be imported: the message says why, in `path:line:col field: message` form. */
export class FeedError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');

/** The feed read into events; throws FeedError when it is not iCalendar or a recurrence runs past the limit. */
export function readFeed(text: string, options: FeedOptions): FeedReading {
  const calendar = parseCalendar(text, options.name);
  const lines = veventLines(text);
  const notes: string[] = [];
  const vevents = calendar.getAllSubcomponents('vevent');
  const located = vevents.map((v, i) => ({ v, at: lines[i] ?? { line: 1, properties: {} } }));
  const exceptions = located.filter(({ v }) => v.hasProperty('recurrence-id'));
  const events: FeedEvent[] = [];
  for (const { v, at } of located) {
    if (v.hasProperty('recurrence-id')) continue;
    const own = exceptions.filter((e) => String(e.v.getFirstPropertyValue('uid') ?? '') === String(v.getFirstPropertyValue('uid') ?? ''));
    const event = new ICAL.Event(v, { exceptions: own.map((e) => e.v) });
    const context = { ...options, notes, at };
    if (!event.isRecurring()) {
      events.push(feedEvent(v, event.startDate, event.endDate, String(event.uid ?? ''), context, v.hasProperty('dtend') || v.hasProperty('duration')));
      continue;
    }
    events.push(...occurrences(event, own, context));
  }
  return { events, calendarName: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), notes };
}

function parseCalendar(text: string, name: string): ICAL.Component {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    throw new FeedError(`${name}:1:1 BEGIN:VCALENDAR: not an iCalendar file that can be read (${(error as Error).message.split('\n')[0]})`);
  }
  // Several calendars in one file come as a list of them: the first is read.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  const calendar = new ICAL.Component(first as unknown[]);
  if (calendar.name !== 'vcalendar') throw new FeedError(`${name}:1:1 BEGIN:VCALENDAR: not an iCalendar file (it starts with ${calendar.name.toUpperCase()})`);
  return calendar;
}

/** Where each VEVENT begins in the raw text, and its SUMMARY, DESCRIPTION, LOCATION and UID lines, in order. */
function veventLines(text: string): Array<{ line: number; properties: FeedEvent['propertyLines'] }> {
  const out: Array<{ line: number; properties: FeedEvent['propertyLines'] }> = [];
  let current: { line: number; properties: FeedEvent['propertyLines'] } | undefined;
  let n = 0;
  for (const raw of text.split(/\r\n|\n|\r/)) {
    n++;
    const upper = raw.slice(0, 20).toUpperCase();
    if (upper.startsWith('BEGIN:VEVENT')) {
      current = { line: n, properties: {} };
      out.push(current);
    } else if (upper.startsWith('END:VEVENT')) current = undefined;
    else if (current) {
      const name = /^(SUMMARY|DESCRIPTION|LOCATION|UID)[;:]/.exec(upper)?.[1] as keyof FeedEvent['propertyLines'] | undefined;
      if (name && current.properties[name] === undefined) current.properties[name] = n;
    }
  }
  return out;
}

interface Context extends FeedOptions {
  notes: string[];
  at: { line: number; properties: FeedEvent['propertyLines'] };
}

/** Every occurrence from the first to twelve months from now; more than MAX_OCCURRENCES is refused. */
function occurrences(event: ICAL.Event, exceptions: ReadonlyArray<{ v: ICAL.Component; at: Context['at'] }>, context: Context): FeedEvent[] {
  const until = Temporal.Instant.fromEpochMilliseconds(context.now).toZonedDateTimeISO('UTC').add({ months: MONTHS_AHEAD }).epochMilliseconds / 1000;
  const iterator = event.iterator();
  const out: FeedEvent[] = [];
  const hasEnd = event.component.hasProperty('dtend') || event.component.hasProperty('duration');
  for (let next = iterator.next(); next && next.toUnixTime() <= until; next = iterator.next()) {
    if (out.length === MAX_OCCURRENCES) {
      throw new FeedError(
        `${context.name}:${context.at.line}:1 RRULE: "${event.summary}" repeats more than ${MAX_OCCURRENCES} times before twelve months from now: import takes at most ${MAX_OCCURRENCES} occurrences of one event (give it a feed that starts later, or an UNTIL or COUNT)`,
      );
    }
    const details = event.getOccurrenceDetails(next);
    const item = details.item;
    const exception = exceptions.find((e) => e.v === item.component);
    const at = exception?.at ?? context.at;
    // The occurrence's times are in the zone of its DTSTART, which iteration leaves off.
    const zoneOf = item.startDate;
    const start = withZone(details.startDate, zoneOf);
    const end = withZone(details.endDate, item.endDate ?? zoneOf);
    const occurrence = feedEvent(
      item.component,
      start,
      end,
      String(event.uid ?? ''),
      { ...context, at },
      exception ? exception.v.hasProperty('dtend') : hasEnd,
    );
    out.push({ ...occurrence, source: `${occurrence.uid}#${details.recurrenceId.toICALString()}` });
  }
  return out;
}

/** ical.js keeps a time's TZID parameter as written, beside the zone it found for it; its types leave it out. */
type WithTzid = ICAL.Time & { timezone?: string };

/** A time with the TZID and zone of another (the DTSTART it repeats). */
function withZone(time: ICAL.Time, like: ICAL.Time): ICAL.Time {
  const copy = time.clone() as WithTzid;
  const tzid = (like as WithTzid).timezone;
  if (copy.timezone === undefined && tzid !== undefined) copy.timezone = tzid;
  if ((!copy.zone || copy.zone.tzid === 'floating') && like.zone) copy.zone = like.zone;
  return copy;
}

/** One VEVENT's words and times. */
function feedEvent(v: ICAL.Component, start: ICAL.Time, end: ICAL.Time | undefined, uid: string, context: Context, hasEnd: boolean): FeedEvent {
  const text = (name: string) => {
    const value = v.getFirstPropertyValue(name);
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  };
  const geo = v.getFirstPropertyValue('geo') as unknown;
  const startTime = feedTime(start, context, 'DTSTART');
  const endTime = hasEnd && end && end.compare(start) > 0 ? feedTime(end, context, 'DTEND', start.isDate) : undefined;
  return {
    source: uid,
    uid,
    summary: text('summary'),
    start: startTime,
    end: endTime,
    location: text('location'),
    geo: Array.isArray(geo) && geo.length === 2 && geo.every((n) => typeof n === 'number' && Number.isFinite(n)) ? { lat: geo[0], lng: geo[1] } : undefined,
    url: text('url'),
    status: text('status').toUpperCase(),
    description: text('description'),
    line: context.at.line,
    propertyLines: context.at.properties,
  };
}

/** A time as a wall clock: in its own IANA zone, or on the site's clock (see the file's comment). */
function feedTime(time: ICAL.Time, context: Context, field: string, startIsDate = false): FeedTime {
  if (time.isDate) {
    // DTEND of a whole day is the day after: the last day is the one before it.
    const day = time.clone();
    if (field === 'DTEND' && startIsDate) day.adjust(-1, 0, 0, 0);
    return { wallClock: `${day.year}-${pad(day.month)}-${pad(day.day)}`, zone: context.siteZone, allDay: true };
  }
  const zone = time.zone?.tzid;
  // The TZID as written; ical.js leaves it off when the feed's VTIMEZONE describes the zone.
  const tzid = (time as WithTzid).timezone ?? (zone === 'floating' || zone === 'UTC' ? undefined : zone);
  const clock = (t: { year: number; month: number; day: number; hour: number; minute: number }) =>
    `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
  if (tzid && tzid.toUpperCase() !== 'UTC' && isKnownTimeZone(tzid)) return { wallClock: clock(time), zone: tzid, allDay: false };
  if (!tzid && (zone === undefined || zone === 'floating')) return { wallClock: clock(time), zone: context.siteZone, allDay: false };
  if (tzid && (zone === undefined || zone === 'floating')) {
    context.notes.push(
      `${context.name}:${context.at.line}:1 ${field}: the zone "${tzid}" is not a zone name and the feed does not describe it: the time is read on the site's clock (${context.siteZone})`,
    );
    return { wallClock: clock(time), zone: context.siteZone, allDay: false };
  }
  if (tzid)
    context.notes.push(
      `${context.name}:${context.at.line}:1 ${field}: "${tzid}" is not a zone name: the time was read with the feed's own offsets and written on the site's clock (${context.siteZone})`,
    );
  const local = Temporal.Instant.fromEpochMilliseconds(time.toUnixTime() * 1000).toZonedDateTimeISO(context.siteZone);
  return { wallClock: clock(local), zone: context.siteZone, allDay: false };
}
