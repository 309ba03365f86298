/**
 * Dates and times in words. Every date is formatted in an explicit zone (the
 * event's, or UTC for a calendar date), so the machine that builds the site
 * never changes what a page says.
 */
import { wordsFor, type Words } from '../words/index.ts';
import { remember } from '../base/memo.ts';
import type { Event } from '../content/model.ts';
import type { ZonedTime } from '../content/fields/time.ts';

// Making an Intl.DateTimeFormat costs far more than using one: keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
const optionKeys = new WeakMap<Intl.DateTimeFormatOptions, string>();
/** The Intl.DateTimeFormat of a locale and options, made once. */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
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
  return remember(byDate, date, () => formatter(locale, style === 'long' ? LONG_DATE : MEDIUM_DATE).format(utcMidnight(date)));
}

const zoneNameOptions = new Map<string, Intl.DateTimeFormatOptions>();
const zoneOffsetOptions = new Map<string, Intl.DateTimeFormatOptions>();
/** A name of letters alone ("CDT", "MESZ", "GMT", "UTC"); Intl gives "GMT-5" or "UTC−5" where the language has none. */
const LETTERS = /^\p{L}+$/u;

function zoneName(store: Map<string, Intl.DateTimeFormatOptions>, style: 'short' | 'shortOffset', zone: string, locale: string, epochMs: number) {
  const options = remember(store, zone, (): Intl.DateTimeFormatOptions => ({ timeZone: zone, timeZoneName: style }));
  return formatter(locale, options)
    .formatToParts(epochMs)
    .find((p) => p.type === 'timeZoneName')?.value;
}

/**
 * The short name of the zone at that instant, the same in every place that
 * names it (an event's page, its card): the abbreviation readers of the
 * language know when Intl has one of letters ("CDT", "BST", "MESZ"), else
 * the UTC offset written one way in every language ("UTC+2", "UTC−5",
 * "UTC+5:30", with a true minus sign; "UTC" at offset zero), never a long
 * name nor the IANA id.
 */
export function zoneAbbreviation(time: Pick<ZonedTime, 'epochMs'>, zone: string, locale: string): string {
  const short = zoneName(zoneNameOptions, 'short', zone, locale, time.epochMs);
  if (short !== undefined && LETTERS.test(short)) return short;
  // Intl's offset in English is "GMT", "GMT-6" or "GMT+5:30", whatever the zone's language.
  const m = /([+-])(\d{1,2})(?::(\d{2}))?$/.exec(zoneName(zoneOffsetOptions, 'shortOffset', zone, 'en-US', time.epochMs) ?? '');
  if (!m || (Number(m[2]) === 0 && !m[3])) return 'UTC';
  const minutes = m[3] && m[3] !== '00' ? `:${m[3]}` : '';
  return `UTC${m[1] === '-' ? '\u2212' : '+'}${Number(m[2])}${minutes}`;
}

const timeOptions = new Map<string, Intl.DateTimeFormatOptions>();

const clocks = new Map<string, 'numeric' | '2-digit'>();

/** "3:00 AM" on a 12-hour clock, "03:00" on a 24-hour one: the hour's digits as the region writes them. */
function hourDigits(locale: string): 'numeric' | '2-digit' {
  return remember(clocks, locale, () => {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
  });
}

/** A time of day (or a span of times on one day) in the language's and region's way: "7:30 – 10:00 PM", "19:30–22:00". */
function formatTimes(zone: string, locale: string, startMs: number, endMs?: number): string {
  const hour = hourDigits(locale);
  const options = remember(timeOptions, `${zone}|${hour}`, (): Intl.DateTimeFormatOptions => ({ hour, minute: '2-digit', timeZone: zone }));
  const f = formatter(locale, options);
  return endMs === undefined ? f.format(startMs) : f.formatRange(startMs, endMs);
}

/** A time of day at the venue, the language's way ("7:00 PM", "19:00"), for a talk of the programme. */
export function formatTimeOfDay(time: Pick<ZonedTime, 'epochMs'>, zone: string, locale: string): string {
  return formatTimes(zone, locale, time.epochMs);
}

const eventWhens = new WeakMap<object, Map<Words, string>>();

/**
 * "Saturday, February 3, 2024, 7:30 – 10:00 PM GMT", in the event's own zone
 * and the site's words (worked out once per event). A language tag alone
 * stands for that language's built-in words.
 */
export function formatEventWhen(event: Pick<Event, 'start' | 'end' | 'timezone'>, words: Words | string): string {
  const w = typeof words === 'string' ? wordsFor(words) : words;
  const byWords = remember(eventWhens, event, () => new Map<Words, string>());
  return remember(byWords, w, () => describeEventWhen(event, w));
}

function describeEventWhen(event: Pick<Event, 'start' | 'end' | 'timezone'>, words: Words): string {
  const { start, end, timezone } = event;
  const { locale } = words;
  if (start.allDay) {
    if (!end || end.date === start.date) return words.t('when.allDay', { date: formatDate(start.date, locale) });
    return words.t('when.allDay', { date: formatDateSpan(start.date, end.date, locale) });
  }
  const zone = zoneAbbreviation(start, timezone, locale);
  const date = formatDate(start.date, locale);
  if (!end) return words.t('when.dateTime', { date, time: formatTimes(timezone, locale, start.epochMs), zone });
  if (end.date === start.date) return words.t('when.dateTime', { date, time: formatTimes(timezone, locale, start.epochMs, end.epochMs), zone });
  return words.t('when.span', {
    start: words.t('when.dateTime', { date, time: formatTimes(timezone, locale, start.epochMs), zone }),
    end: words.t('when.dateTime', {
      date: formatDate(end.date, locale),
      time: formatTimes(timezone, locale, end.epochMs),
      zone: zoneAbbreviation(end, timezone, locale),
    }),
  });
}

const TILE: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: 'UTC' };

/** The month (short, without an abbreviation's dot) and the day of a start where it takes place, for a date tile: "Mar" and "1". */
export function dateTile(start: Pick<ZonedTime, 'date'>, locale: string): { month: string; day: string } {
  const parts = formatter(locale, TILE).formatToParts(utcMidnight(start.date));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { month: part('month').replace(/\.$/, ''), day: part('day') };
}

/** Two calendar dates as one span, the language's way: "Saturday, June 15 – Sunday, June 16, 2024". */
export function formatDateSpan(start: string, end: string, locale: string): string {
  return formatter(locale, LONG_DATE).formatRange(utcMidnight(start), utcMidnight(end));
}

/** A date of the file (`2024-06-15`) as the instant Intl formats in UTC: the date written is the date shown. */
export function utcMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** "online since" as written: a year, "February 2010", or a full date. */
export function formatOnlineSince(value: string, locale: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale, 'medium');
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return formatter(locale, MONTH_YEAR).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return value;
}
