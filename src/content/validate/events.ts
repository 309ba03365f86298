/**
 * content/events/<slug>.md|.mdx: times in the event's zone (an end not before
 * its start, in the same form), a venue in person and a link online, a known
 * series, participants who are members, and photos that tag participants only.
 */
import { LIMITS } from '../limits.ts';
import type { Event, Photo, Talk } from '../model.ts';
import { EventSchema, type EventData } from '../fields/schemas.ts';
import { didYouMean } from '../../base/suggest.ts';
import { addDays, endInstant, parseZonedTime, type ZonedTime } from '../fields/time.ts';
import { asList, asObject, type Entry, type ValidationContext } from './validation-context.ts';

/** The format of an event whose file names none. */
const DEFAULT_FORMAT = EventSchema.shape.format.def.defaultValue;

/** When an event took place (its first and last local dates), for the `met` entries that name it. */
export interface EventDate {
  status: unknown;
  first: string;
  last: string;
}

export type EventDates = ReadonlyMap<string, EventDate>;

/** The people an event names, resolved. */
interface Participants {
  hosts: string[];
  speakers: string[];
  attendees: string[];
  /** Hosts, speakers and attendees together, each once. */
  participants: string[];
  /** The speakers of each talk, in the order of the talks. */
  talkSpeakers: string[][];
}

function describeTime(t: ZonedTime): string {
  return t.allDay ? t.date : `${t.date} ${t.time}`;
}

/** The event's zone: its own when given and well formed, else the site's; `ok` is false when its own is wrong. */
function eventZone(context: ValidationContext, e: Entry<EventData>): { ok: boolean; timezone: string } {
  const zone = e.raw['timezone'];
  const ok = !e.isBad(['timezone']) && (zone === undefined || typeof zone === 'string');
  return { ok, timezone: typeof zone === 'string' && ok ? zone : context.site.timezone };
}

/** Start and end in the event's zone; an end in another form than the start, or before it, is reported. */
function readTimes(context: ValidationContext, e: Entry<EventData>, zone: { ok: boolean; timezone: string }): { start?: ZonedTime; end?: ZonedTime } {
  const { report } = context;
  const r = e.raw;
  let start: ZonedTime | undefined;
  if (zone.ok && !e.isBad(['start']) && r['start'] !== undefined) {
    const parsed = parseZonedTime(r['start'], zone.timezone);
    if (parsed.ok) start = parsed.value;
    else report.at(e, ['start'], 'time-not-in-zone', parsed.message);
  }
  if (!zone.ok || e.isBad(['end']) || r['end'] === undefined) return start ? { start } : {};
  const parsed = parseZonedTime(r['end'], zone.timezone);
  if (!parsed.ok) report.at(e, ['end'], 'time-not-in-zone', parsed.message);
  if (!parsed.ok || !start) return start ? { start } : {};
  const end = parsed.value;
  if (end.allDay !== start.allDay) {
    report.at(
      e,
      ['end'],
      'end-form',
      end.allDay ? 'start has a time, so end needs one too (like 2024-05-01 21:00)' : 'start is a date alone (all day), so end must be a date alone too',
    );
  } else if (end.allDay ? end.date < start.date : end.epochMs < start.epochMs) {
    report.at(e, ['end'], 'end-before-start', `ends before it starts (${describeTime(end)} is before ${describeTime(start)})`);
  }
  return { start, end };
}

/** A venue for an event in person, a link for one online until it is over, and lat with lng. */
function checkPlace(context: ValidationContext, e: Entry<EventData>, times: { start: ZonedTime | undefined; end: ZonedTime | undefined }, zone: string): void {
  const { report } = context;
  const r = e.raw;
  const format = r['format'] ?? DEFAULT_FORMAT;
  if (!e.isBad(['format']) && !e.isBad(['venue']) && (format === 'in-person' || format === 'hybrid') && r['venue'] === undefined) {
    report.at(e, ['venue'], 'venue-required', `an ${String(format)} event needs a venue with at least a name (or set format: online)`);
  }
  if (!e.isBad(['format']) && format === 'online' && r['online_url'] === undefined && times.start) {
    // Join links of past meetings are rarely kept: the link is needed until the event is over.
    const over = endInstant(times.start, times.end, zone);
    report.atUntil(e, ['online_url'], 'online-url-required', 'an online event that has not ended needs online_url, the link where people join', over);
  }
  const venue = asObject(r['venue']);
  if (venue && !e.isBad(['venue']) && (venue['lat'] === undefined) !== (venue['lng'] === undefined)) {
    report.at(e, ['venue', venue['lat'] === undefined ? 'lng' : 'lat'], 'lat-lng-pair', 'give lat and lng together, or neither');
  }
}

function checkSeries(context: ValidationContext, e: Entry<EventData>): void {
  const seriesRef = e.raw['series'];
  if (typeof seriesRef === 'string' && !e.isBad(['series']) && !context.seriesSlugs.has(seriesRef)) {
    context.report.at(
      e,
      ['series'],
      'unknown-series',
      `unknown series "${seriesRef}"${didYouMean(seriesRef, context.seriesSlugs)}: series live in content/series/`,
    );
  }
}

/** Hosts, speakers and attendees; `everyone_met` only where it can be believed. */
function readParticipants(context: ValidationContext, e: Entry<EventData>): Participants {
  const r = e.raw;
  const hosts = context.resolveHandles(e, ['hosts'], r['hosts']);
  const talkSpeakers = asList(r['talks']).map((talk, i) => context.resolveHandles(e, ['talks', i, 'speakers'], asObject(talk)?.['speakers']));
  // The speakers of its talks are the event's speakers too (docs/content-format.md).
  const speakers = [...new Set([...context.resolveHandles(e, ['speakers'], r['speakers']), ...talkSpeakers.flat()])];
  const attendees = context.resolveHandles(e, ['attendees'], r['attendees']);
  const participants = [...new Set([...hosts, ...speakers, ...attendees])];
  if (r['everyone_met'] === true && participants.length > LIMITS.everyoneMet) {
    context.report.at(
      e,
      ['everyone_met'],
      'everyone-met-too-many',
      `everyone_met: true says that all ${participants.length} people met each other, and the most it can say that of is ${LIMITS.everyoneMet}: remove it, and record who really met with a met entry naming the event`,
    );
  }
  return { hosts, speakers, attendees, participants, talkSpeakers };
}

/** Photos next to the file, each tagging participants only. */
function readPhotos(context: ValidationContext, e: Entry<EventData>, participants: readonly string[]): Photo[] {
  const participantsKnown = !e.isBad(['hosts']) && !e.isBad(['speakers']) && !e.isBad(['attendees']) && !e.isBad(['talks']);
  return asList(e.raw['photos']).map((photo, i) => {
    const p = asObject(photo) ?? {};
    context.checkImage(e, ['photos', i, 'src'], p['src']);
    const people: string[] = [];
    asList(p['people']).forEach((ref, j) => {
      const h = context.resolveHandle(e, ['photos', i, 'people', j], ref);
      if (h === undefined) return;
      if (participantsKnown && !participants.includes(h)) {
        context.report.at(
          e,
          ['photos', i, 'people', j],
          'photo-tag-not-participant',
          `"${String(ref)}" is tagged in this photo but is not a host, speaker or attendee of this event: add them to attendees, or remove the tag`,
        );
      } else if (!people.includes(h)) people.push(h);
    });
    return { src: String(p['src']), alt: String(p['alt']), people };
  });
}

/**
 * A talk's time placed on the event's day: the start's date, or the next day
 * for an evening that runs past midnight (a time earlier than the start).
 * All-day events take it on their first day.
 */
function placeTalkTime(
  time: string,
  zone: string,
  times: { start: ZonedTime; end?: ZonedTime | undefined },
): { ok: true; value: ZonedTime } | { ok: false; message: string } {
  const { start, end } = times;
  const hhmm = time.padStart(5, '0');
  const nextDay = !start.allDay && start.time !== undefined && hhmm < start.time && end !== undefined && end.date > start.date;
  return parseZonedTime(`${nextDay ? addDays(start.date, 1) : start.date} ${hhmm}`, zone);
}

/** The programme: each talk's speakers are handles, its time lies within the event. */
function readTalks(
  context: ValidationContext,
  e: Entry<EventData>,
  zone: { ok: boolean; timezone: string },
  times: { start?: ZonedTime | undefined; end?: ZonedTime | undefined },
  speakers: readonly string[][],
): Talk[] {
  return asList(e.raw['talks']).map((raw, i) => {
    const t = asObject(raw) ?? {};
    const talk: Talk = { title: String(t['title']), speakers: speakers[i] ?? [] };
    const time = t['time'];
    if (typeof time === 'string' && zone.ok && times.start && !e.isBad(['talks', i, 'time'])) {
      const placed = placeTalkTime(time, zone.timezone, { start: times.start, end: times.end });
      if (!placed.ok) context.report.at(e, ['talks', i, 'time'], 'time-not-in-zone', placed.message);
      else if (outsideEvent(placed.value, times.start, times.end)) {
        const span = times.end ? `${describeTime(times.start)} to ${describeTime(times.end)}` : `from ${describeTime(times.start)}`;
        context.report.at(
          e,
          ['talks', i, 'time'],
          'talk-time-outside',
          `${time} is not within the event (${span}): a talk's time lies between its start and end`,
        );
      } else talk.start = placed.value;
    }
    for (const key of ['summary', 'slides', 'video'] as const) if (typeof t[key] === 'string') talk[key] = t[key].trim();
    return talk;
  });
}

function outsideEvent(time: ZonedTime, start: ZonedTime, end: ZonedTime | undefined): boolean {
  if (start.allDay) return end !== undefined && time.date > end.date;
  return time.epochMs < start.epochMs || (end !== undefined && !end.allDay && time.epochMs > end.epochMs);
}

/** `rescheduled_from`: the start before the move, for a scheduled event, and not its start now. */
function readMove(
  context: ValidationContext,
  e: Entry<EventData>,
  zone: { ok: boolean; timezone: string },
  start: ZonedTime | undefined,
): ZonedTime | undefined {
  const r = e.raw;
  if (r['rescheduled_from'] === undefined || e.isBad(['rescheduled_from']) || !zone.ok) return undefined;
  const status = r['status'] ?? 'scheduled';
  if (status !== 'scheduled' && !e.isBad(['status'])) {
    const why = status === 'postponed' ? 'postponed means its new date is not known yet' : 'a cancelled event was not moved';
    context.report.at(
      e,
      ['rescheduled_from'],
      'rescheduled-not-scheduled',
      `rescheduled_from is for an event moved to a known date, with status scheduled; ${why}: remove one of them`,
    );
    return undefined;
  }
  const parsed = parseZonedTime(r['rescheduled_from'], zone.timezone);
  if (!parsed.ok) {
    context.report.at(e, ['rescheduled_from'], 'time-not-in-zone', parsed.message);
    return undefined;
  }
  if (start && parsed.value.iso === start.iso) {
    context.report.at(
      e,
      ['rescheduled_from'],
      'rescheduled-same-start',
      'rescheduled_from is the start before the move, and this is the same as start: write the old start, or remove it',
    );
    return undefined;
  }
  return parsed.value;
}

/** Copies an object without its undefined fields (exactOptionalPropertyTypes). */
function dropUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** The event of the model, from a file that passed every check of its own. */
function toEvent(
  e: Entry<EventData>,
  d: EventData,
  read: {
    timezone: string;
    start: ZonedTime;
    end?: ZonedTime | undefined;
    rescheduledFrom?: ZonedTime | undefined;
    photos: Photo[];
    talks: Talk[];
  } & Participants,
  seriesSlugs: ReadonlySet<string>,
): Event {
  const ev: Event = {
    slug: e.id,
    file: e.file,
    title: d.title,
    timezone: read.timezone,
    start: read.start,
    format: d.format,
    status: d.status,
    hosts: read.hosts,
    speakers: read.speakers,
    attendees: read.attendees,
    participants: read.participants,
    guests: d.guests,
    talks: read.talks,
    photos: read.photos,
    body: e.source.body,
    mdx: e.mdx,
  };
  if (read.end) ev.end = read.end;
  if (d.venue) ev.venue = dropUndefined(d.venue);
  if (d.online_url !== undefined) ev.onlineUrl = d.online_url;
  if (d.hashtag !== undefined) ev.hashtag = d.hashtag.startsWith('#') ? d.hashtag : `#${d.hashtag}`;
  if (d.series !== undefined && seriesSlugs.has(d.series)) ev.series = d.series;
  if (d.everyone_met !== undefined) ev.everyoneMet = d.everyone_met;
  if (d.rsvp_url !== undefined) ev.rsvpUrl = d.rsvp_url;
  if (read.rescheduledFrom) ev.rescheduledFrom = read.rescheduledFrom;
  if (d.source !== undefined) ev.source = d.source;
  return ev;
}

export function validateEvents(context: ValidationContext, entries: readonly Entry<EventData>[]): { events: Event[]; eventDates: EventDates } {
  const events: Event[] = [];
  const eventDates = new Map<string, EventDate>();
  for (const e of entries) {
    context.checkBody(e);
    const zone = eventZone(context, e);
    const { start, end } = readTimes(context, e, zone);
    if (start) eventDates.set(e.id, { status: e.raw['status'], first: start.date, last: end && end.date > start.date ? end.date : start.date });
    checkPlace(context, e, { start, end }, zone.timezone);
    checkSeries(context, e);
    const participants = readParticipants(context, e);
    const photos = readPhotos(context, e, participants.participants);
    const talks = readTalks(context, e, zone, { start, end }, participants.talkSpeakers);
    const rescheduledFrom = readMove(context, e, zone, start);
    if (!e.data || !start) continue;
    const read = { timezone: zone.timezone, start, end, rescheduledFrom, photos, talks, ...participants };
    events.push(toEvent(e, e.data, read, context.seriesSlugs));
  }
  return { events, eventDates };
}
