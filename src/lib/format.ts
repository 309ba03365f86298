/**
 * How dates, times, names and links are written on pages. Every date is
 * formatted in an explicit zone (the event's, or UTC for a calendar date), so
 * the machine that builds the site never changes what a page says.
 */
import type { Event, Person } from './model.ts';
import { remember } from './memo.ts';
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

/** "at Pub Quiz Night", "at Lunch in Nashville", "by video", "on a call", "in person". */
export function describeOccasion(meeting: { how: 'in-person' | 'call' | 'video'; event?: string; where?: string }, eventTitle?: string): string {
  if (meeting.event !== undefined && eventTitle !== undefined) return eventTitle;
  if (meeting.where !== undefined) return meeting.where;
  return meeting.how === 'video' ? 'by video' : meeting.how === 'call' ? 'on a call' : 'in person';
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

/** Minutes to read a Markdown body at 220 words a minute (at least 1). */
export function readingMinutes(body: string): number {
  // `[^<>]`: a run of "<" with no ">" is read once, not once per "<".
  const words = body.replace(/<[^<>]+>|[#*_`>\[\]()!-]/g, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}

/** "Edit this page" on the repository's web interface (GitHub's form; GitLab's where the host is GitLab). */
export function editLink(repository: string, branch: string, path: string): string {
  const base = repository.replace(/\.git$/, '').replace(/\/+$/, '');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (/gitlab/i.test(new URL(base).host)) return `${base}/-/edit/${encodeURIComponent(branch)}/${encoded}`;
  return `${base}/edit/${encodeURIComponent(branch)}/${encoded}`;
}

/** Links to a person's own accounts, for rel="me". */
export function accountLinks(person: Pick<Person, 'accounts'>): Array<{ label: string; href: string; text: string }> {
  const a = person.accounts;
  const out: Array<{ label: string; href: string; text: string }> = [];
  if (a.website) out.push({ label: 'Website', href: a.website, text: a.website.replace(/^https?:\/\//, '').replace(/\/$/, '') });
  if (a.mastodon) {
    const [, user, host] = /^@?([^@]+)@(.+)$/.exec(a.mastodon) ?? [];
    if (user && host) out.push({ label: 'Mastodon', href: `https://${host}/@${user}`, text: `@${user}@${host}` });
  }
  if (a.bluesky) out.push({ label: 'Bluesky', href: `https://bsky.app/profile/${a.bluesky}`, text: `@${a.bluesky}` });
  if (a.x) out.push({ label: 'X', href: `https://x.com/${a.x}`, text: `@${a.x}` });
  if (a.github) out.push({ label: 'GitHub', href: `https://github.com/${a.github}`, text: a.github });
  if (a.linkedin) out.push({ label: 'LinkedIn', href: `https://www.linkedin.com/in/${a.linkedin}`, text: a.linkedin });
  return out;
}

/** "in person", "online", "in person and online" */
export function describeFormat(format: Event['format']): string {
  return format === 'in-person' ? 'In person' : format === 'online' ? 'Online' : 'In person and online';
}

/** A plain OpenStreetMap link to the venue: its coordinates, or a search for its address. */
export function mapLink(venue: NonNullable<Event['venue']>): string {
  if (venue.lat !== undefined && venue.lng !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${venue.lat}&mlon=${venue.lng}#map=17/${venue.lat}/${venue.lng}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(describeVenue(venue))}`;
}

/** "Add to Google Calendar" for those who do not use .ics files. */
export function googleCalendarLink(event: Pick<Event, 'title' | 'start' | 'end' | 'venue' | 'onlineUrl'>, details: string): string {
  const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = (date: string) => date.replace(/-/g, '');
  let dates: string;
  if (event.start.allDay) {
    const [y, m, d] = (event.end?.date ?? event.start.date).split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    dates = `${day(event.start.date)}/${day(next)}`;
  } else {
    dates = `${stamp(event.start.epochMs)}/${stamp(event.end?.epochMs ?? event.start.epochMs + 2 * 3600_000)}`;
  }
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, details });
  const location = event.venue ? describeVenue(event.venue) : event.onlineUrl;
  if (location) params.set('location', location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** A venue on one line: "The Crown, 1 High St, London". */
export function describeVenue(venue: NonNullable<Event['venue']>): string {
  return [venue.name, venue.address, venue.city, venue.region, venue.country].filter(Boolean).join(', ');
}
