/**
 * content/people/<handle>.md: accounts (x or its alias twitter, not both), and
 * `met` entries: someone else who is a member, on a date or at an event that
 * took place on it, never a cancelled one.
 */
import type { Accounts, MetRecord, Person } from '../model.ts';
import type { PersonData } from '../fields/schemas.ts';
import { didYouMean } from '../../base/suggest.ts';
import { parseWallClock } from '../fields/time.ts';
import { asList, asObject, type Entry, type ValidationContext } from './validation-context.ts';
import type { EventDate, EventDates } from './events.ts';

/** One `met` entry, checked against the people and the events; the record when it holds. */
function readMeeting(context: ValidationContext, e: Entry<PersonData>, i: number, m: Record<string, unknown>, eventDates: EventDates): MetRecord | undefined {
  const { report } = context;
  const who = context.resolveHandle(e, ['met', i, 'who'], m['who']);
  if (who === e.id) report.at(e, ['met', i, 'who'], 'met-self', 'you cannot meet yourself: "who" names the handle of this very file');
  const eventRef = typeof m['event'] === 'string' && !e.isBad(['met', i, 'event']) ? m['event'] : undefined;
  const known = eventRef === undefined ? undefined : eventDates.get(eventRef);
  if (eventRef !== undefined) checkMeetingEvent(context, e, i, eventRef, known);
  const date = meetingDate(context, e, i, m, eventRef, known);
  const data = e.data?.met?.[i];
  if (!data || who === undefined || who === e.id || date === undefined) return undefined;
  if (eventRef !== undefined && !known) return undefined;
  const record: MetRecord = { who, date, how: data.how };
  if (typeof m['where'] === 'string') record.where = m['where'];
  if (eventRef !== undefined) record.event = eventRef;
  if (typeof m['note'] === 'string') record.note = m['note'];
  return record;
}

/** The event a meeting names exists, and was not cancelled. */
function checkMeetingEvent(context: ValidationContext, e: Entry<PersonData>, i: number, eventRef: string, known: EventDate | undefined): void {
  if (!context.eventSlugs.has(eventRef)) {
    context.report.at(e, ['met', i, 'event'], 'unknown-event', `unknown event "${eventRef}"${didYouMean(eventRef, context.eventSlugs)}`);
  } else if (known?.status === 'cancelled') {
    context.report.at(
      e,
      ['met', i, 'event'],
      'met-cancelled-event',
      `"${eventRef}" was cancelled, so nobody met there: remove event, or give the date and where you did meet`,
    );
  }
}

/** A meeting's date: its own (on a day its event took place), or its event's first. */
function meetingDate(
  context: ValidationContext,
  e: Entry<PersonData>,
  i: number,
  m: Record<string, unknown>,
  eventRef: string | undefined,
  known: EventDate | undefined,
): string | undefined {
  if (m['date'] === undefined) {
    if (m['event'] === undefined) context.report.at(e, ['met', i], 'met-needs-date', 'a meeting needs a date (like 2024-05-01) or the event it happened at');
    return m['event'] === undefined ? undefined : known?.first;
  }
  const parsed = e.isBad(['met', i, 'date']) ? undefined : parseWallClock(m['date']);
  const date = parsed?.ok ? parsed.value.date : undefined;
  if (date !== undefined && known && (date < known.first || date > known.last)) {
    context.report.at(
      e,
      ['met', i, 'date'],
      'met-date-not-event',
      `"${eventRef}" took place on ${known.first}${known.last !== known.first ? ` to ${known.last}` : ''}, not on ${date}: fix the date, or leave it out to use the event's`,
    );
  }
  return date;
}

function toAccounts(a: PersonData['accounts']): Accounts {
  const accounts: Accounts = {};
  if (!a) return accounts;
  const x = a.x ?? a.twitter;
  if (x !== undefined) accounts.x = x.replace(/^@/, '');
  if (a.mastodon !== undefined) accounts.mastodon = a.mastodon.startsWith('@') ? a.mastodon : `@${a.mastodon}`;
  if (a.bluesky !== undefined) accounts.bluesky = a.bluesky.replace(/^@/, '').toLowerCase();
  if (a.github !== undefined) accounts.github = a.github;
  if (a.linkedin !== undefined) accounts.linkedin = a.linkedin;
  if (a.website !== undefined) accounts.website = a.website;
  return accounts;
}

function normalizeOnlineSince(value: string | number | Date): string {
  if (value instanceof Date) {
    const wall = parseWallClock(value);
    return wall.ok ? wall.value.date : '';
  }
  return String(value);
}

function toPerson(e: Entry<PersonData>, d: PersonData, met: MetRecord[]): Person {
  const person: Person = { handle: e.id, file: e.file, name: d.name, accounts: toAccounts(d.accounts), met, listed: d.listed, body: e.source.body };
  if (d.pronouns !== undefined) person.pronouns = d.pronouns;
  if (d.location !== undefined) person.location = d.location;
  if (d.avatar !== undefined) person.avatar = d.avatar as string;
  if (d.online_since !== undefined) person.onlineSince = normalizeOnlineSince(d.online_since);
  return person;
}

export function validatePeople(context: ValidationContext, entries: readonly Entry<PersonData>[], eventDates: EventDates): Person[] {
  const people: Person[] = [];
  for (const e of entries) {
    context.checkBody(e);
    context.checkImage(e, ['avatar'], e.raw['avatar']);
    const rawAccounts = asObject(e.raw['accounts']);
    if (rawAccounts && rawAccounts['x'] !== undefined && rawAccounts['twitter'] !== undefined) {
      context.report.at(e, ['accounts', 'twitter'], 'x-and-twitter', 'twitter is another name for x: keep one of the two');
    }
    const met: MetRecord[] = [];
    asList(e.raw['met']).forEach((item, i) => {
      const m = asObject(item);
      const record = m && readMeeting(context, e, i, m, eventDates);
      if (record) met.push(record);
    });
    if (e.data) people.push(toPerson(e, e.data, met));
  }
  return people;
}
