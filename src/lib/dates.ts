/**
 * Dates and times in words. Every date is formatted in an explicit zone (the
 * event's, or UTC for a calendar date), so the machine that builds the site
 * never changes what a page says.
 */
import { remember } from './memo.ts';
import type { Event } from './model.ts';
import type { ZonedTime } from './time.ts';

// Making an Intl.DateTimeFormat costs far more than using one: keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
const optionKeys = new WeakMap<Intl.DateTimeFormatOptions, string>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const optionKey = remember(optionKeys, options, () => JSON.stringify(options));
  return remember(formatters, `${locale}|${optionKey}`, () => new Intl.DateTimeFormat(locale, options));
}

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
const MEDIUM_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };

// The same dates are written on many pages (every list an event appears in): keep the words,
// by language and style, then by date.
const formattedDates = new Map<string, Map<string, string>>();

/** A calendar date (`2024-06-15`) in words, e.g. "Saturday 15 June 2024". */
export function formatDate(date: string, locale: string, style: 'long' | 'medium' = 'long'): string {
  const byDate = remember(formattedDates, `${locale}|${style}`, () => new Map<string, string>());
  return remember(byDate, date, () => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return formatter(locale, style === 'long' ? LONG_DATE : MEDIUM_DATE).format(Date.UTC(y, m - 1, d));
  });
}

const zoneNameOptions = new Map<string, Intl.DateTimeFormatOptions>();

/** The short name of the zone at that instant ("BST", "CST", or "GMT-5" where there is none). */
export function zoneAbbreviation(time: ZonedTime, zone: string, locale: string): string {
  const options = remember(zoneNameOptions, zone, (): Intl.DateTimeFormatOptions => ({ timeZone: zone, timeZoneName: 'short' }));
  const parts = formatter(locale, options).formatToParts(time.epochMs);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? time.offset;
}

const eventWhens = new WeakMap<object, Map<string, string>>();

/** "Saturday 3 February 2024, 19:30–22:00 GMT", in the event's own zone (worked out once per event). */
export function formatEventWhen(event: Pick<Event, 'start' | 'end' | 'timezone'>, locale: string): string {
  const byLocale = remember(eventWhens, event, () => new Map<string, string>());
  return remember(byLocale, locale, () => describeEventWhen(event, locale));
}

function describeEventWhen(event: Pick<Event, 'start' | 'end' | 'timezone'>, locale: string): string {
  const { start, end } = event;
  if (start.allDay) {
    if (!end || end.date === start.date) return `${formatDate(start.date, locale)} (all day)`;
    return `${formatDate(start.date, locale)} – ${formatDate(end.date, locale)} (all day)`;
  }
  const zone = zoneAbbreviation(start, event.timezone, locale);
  if (!end) return `${formatDate(start.date, locale)}, ${start.time} ${zone}`;
  if (end.date === start.date) return `${formatDate(start.date, locale)}, ${start.time}–${end.time} ${zone}`;
  const endZone = zoneAbbreviation(end, event.timezone, locale);
  return `${formatDate(start.date, locale)}, ${start.time} ${zone} – ${formatDate(end.date, locale)}, ${end.time} ${endZone}`;
}

/** "online since" as written: a year, "February 2010", or a full date. */
export function formatOnlineSince(value: string, locale: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale, 'medium');
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return formatter(locale, MONTH_YEAR).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return value;
}
