/**
 * Wall-clock times and IANA zones, computed with Temporal (temporal-polyfill) so
 * that the build machine's own zone never enters: every function here is a pure
 * function of the text in the file and the zone it names.
 */
import { distance } from 'fastest-levenshtein';
import { Temporal } from 'temporal-polyfill';
import { suggestClosest } from '../../base/suggest.ts';

/** A moment as the content file wrote it, before any zone is applied. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` or `HH:MM:SS`; absent for a date alone. */
  time?: string;
  /** `Z` or `±HH:MM` when the file fixed the instant itself. */
  offset?: string;
}

/** A resolved event time: what the site shows and what calendars need. */
export interface ZonedTime {
  /** True for a date without a time (an all-day event). */
  allDay: boolean;
  /** Local date at the venue, `YYYY-MM-DD`. */
  date: string;
  /** Local wall-clock time at the venue, `HH:MM` (absent for all day). */
  time?: string;
  /** ISO 8601 with the UTC offset (`2024-03-30T23:30:00+00:00`), or the date alone for all day. */
  iso: string;
  /** The instant in milliseconds since the epoch (local midnight for all day). */
  epochMs: number;
  /** The UTC offset at that instant, `±HH:MM`. */
  offset: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|t|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2010-02-30` is not a date; Temporal with overflow "reject" says so. */
export function isRealDate(year: number, month: number, day: number): boolean {
  try {
    Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

function describeBadDate(year: number, month: number, day: number): string {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
  return `${monthName} ${year} has ${days} days, so day ${day} does not exist`;
}

/**
 * Reads a date or date-time as the file wrote it. YAML may hand it over as a
 * string or (with a YAML 1.1 parser) as a Date at UTC midnight; for a Date the
 * UTC fields *are* the wall-clock fields, so no machine zone is involved.
 */
export function parseWallClock(value: unknown): Result<WallClock> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: 'is not a valid date' };
    const date = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    const s = value.getUTCSeconds();
    if (h === 0 && m === 0 && s === 0 && value.getUTCMilliseconds() === 0) return { ok: true, value: { date } };
    return { ok: true, value: { date, time: s ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(h)}:${pad(m)}` } };
  }
  if (typeof value !== 'string') {
    return {
      ok: false,
      message: `must be a date like 2024-05-01 or a date and time like "2024-05-01 18:30" (got ${describeValue(value)})`,
    };
  }
  const match = WALL_CLOCK.exec(value.trim());
  if (!match) {
    return {
      ok: false,
      message: `"${value}" is not a date or time: write 2024-05-01 for a whole day or 2024-05-01 18:30 for a time`,
    };
  }
  const [, y, mo, d, hh, mm, ss, off] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!isRealDate(year, month, day)) {
    return { ok: false, message: `${y}-${mo}-${d} is not a real date: ${describeBadDate(year, month, day)}` };
  }
  const date = `${y}-${mo}-${d}`;
  if (hh === undefined || mm === undefined) return { ok: true, value: { date } };
  const hour = Number(hh);
  const minute = Number(mm);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `${hh}:${mm}${ss ? `:${ss}` : ''} is not a time of day (use 00:00 to 23:59)` };
  }
  const time = second ? `${pad(hour)}:${mm}:${ss}` : `${pad(hour)}:${mm}`;
  const result: WallClock = { date, time };
  if (off !== undefined) result.offset = normalizeOffset(off);
  return { ok: true, value: result };
}

function normalizeOffset(raw: string): string {
  if (raw === 'Z' || raw === 'z') return 'Z';
  const digits = raw.slice(1).replace(':', '');
  const hours = digits.slice(0, 2);
  const minutes = digits.slice(2) || '00';
  return `${raw[0]}${hours}:${minutes}`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

let zoneList: string[] | undefined;
/** Every IANA zone this runtime knows (for suggestions). */
export function knownTimeZones(): string[] {
  zoneList ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return zoneList;
}

const zoneKnown = new Map<string, boolean>();
/** True when `zone` is an IANA time zone name this runtime knows (answers are kept: zones repeat). */
export function isKnownTimeZone(zone: string): boolean {
  let known = zoneKnown.get(zone);
  if (known === undefined) {
    known = (zone.includes('/') || zone.toUpperCase() === 'UTC') && canFormatIn(zone); // "EST", "PST" are not IANA zones of a place
    zoneKnown.set(zone, known);
  }
  return known;
}

function canFormatIn(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Zones the zone database has renamed since the names this runtime lists
 * (ICU keeps the old ones: "Asia/Calcutta"). Both names work; suggestions give
 * the current one, and a place is found by either.
 */
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Africa/Asmera': 'Africa/Asmara',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** A zone's current name. */
function currentName(zone: string): string {
  const renamed = RENAMED_ZONES[zone];
  return renamed !== undefined && canFormatIn(renamed) ? renamed : zone;
}

/**
 * Abbreviations people write for a zone: each stands for many places (and
 * "CST" for three offsets), so the message asks for a city's zone and gives
 * the likeliest as the example.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  WET: 'Europe/Lisbon',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  EET: 'Europe/Athens',
  IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
};

/** Explains an unknown zone with the closest known one. */
export function explainUnknownZone(zone: string): string {
  const abbreviation = ABBREVIATIONS[zone.trim().toUpperCase()];
  if (abbreviation !== undefined) {
    return `unknown time zone "${zone}": an abbreviation stands for many places; write the zone of the city where events happen, like "${currentName(abbreviation)}"`;
  }
  const close = zone.includes('/') ? suggestClosest(zone, knownTimeZones()) : undefined;
  const guess = zone.includes('/') ? (close === undefined ? undefined : currentName(close)) : zoneOfPlace(zone);
  const hint = guess ? ` — did you mean "${guess}"?` : ' — use an IANA zone name such as "America/Chicago" or "Europe/London"';
  return `unknown time zone "${zone}"${hint}`;
}

/** A place's name as the zone database writes it: "São Paulo" → "sao_paulo". */
function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

let zonesByPlace: Map<string, string> | undefined;
function placesOfZones(): Map<string, string> {
  if (zonesByPlace) return zonesByPlace;
  zonesByPlace = new Map();
  for (const zone of knownTimeZones()) {
    if (!zone.includes('/')) continue;
    const current = currentName(zone);
    for (const name of new Set([zone, current])) zonesByPlace.set(placeKey(name.slice(name.lastIndexOf('/') + 1)), current);
  }
  return zonesByPlace;
}

/** The zone named after one place, exactly or one letter off. */
function zoneOfOnePlace(name: string): string | undefined {
  const places = placesOfZones();
  const key = placeKey(name);
  const exact = places.get(key);
  if (exact) return exact;
  // One letter off at most: a looser match turns "Porto" into Perth and "CET" into Ceuta.
  const close = suggestClosest(key, places.keys());
  return close !== undefined && key.length >= 4 && distance(key, close) <= 1 ? places.get(close) : undefined;
}

/**
 * The zone named after a place, from the zone database's own names: "Lisbon" →
 * "Europe/Lisbon", "Los Angeles" → "America/Los_Angeles", "Lisbn" → "Europe/Lisbon",
 * "Lisbon, Portugal" → "Europe/Lisbon" (each part of a "city, country" tried in turn).
 * A place without a zone of its own ("Porto") gets no guess: the zone database
 * names one city per zone, and a wrong guess costs more than none.
 */
export function zoneOfPlace(name: string): string | undefined {
  const whole = zoneOfOnePlace(name);
  if (whole !== undefined || !name.includes(',')) return whole;
  for (const part of name.split(',')) {
    const zone = part.trim() === '' ? undefined : zoneOfOnePlace(part);
    if (zone !== undefined) return zone;
  }
  return undefined;
}

function formatOffset(ns: number): string {
  const totalMinutes = Math.round(ns / 60e9);
  const sign = totalMinutes < 0 ? '-' : '+';
  const abs = Math.abs(totalMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function fromZoned(zdt: Temporal.ZonedDateTime, allDay: boolean): ZonedTime {
  const date = zdt.toPlainDate().toString();
  const offset = formatOffset(zdt.offsetNanoseconds);
  if (allDay) return { allDay, date, iso: date, epochMs: zdt.epochMilliseconds, offset };
  const time = `${pad(zdt.hour)}:${pad(zdt.minute)}`;
  const seconds = `${pad(zdt.second)}`;
  return { allDay, date, time, iso: `${date}T${time}:${seconds}${offset}`, epochMs: zdt.epochMilliseconds, offset };
}

/**
 * Places a wall-clock value in an IANA zone. A time that does not exist (the
 * clocks jump forward over it) is an error; a time that happens twice (clocks
 * fall back) means the first of the two. A value with its own offset fixes the
 * instant and is then shown in the zone.
 */
export function resolveInZone(wall: WallClock, zone: string): Result<ZonedTime> {
  if (wall.time === undefined) {
    const zdt = Temporal.PlainDate.from(wall.date).toZonedDateTime({ timeZone: zone });
    return { ok: true, value: fromZoned(zdt, true) };
  }
  if (wall.offset !== undefined) {
    const offset = wall.offset === 'Z' ? '+00:00' : wall.offset;
    const instant = Temporal.Instant.from(`${wall.date}T${withSeconds(wall.time)}${offset}`);
    return { ok: true, value: fromZoned(instant.toZonedDateTimeISO(zone), false) };
  }
  const local = Temporal.PlainDateTime.from(`${wall.date}T${withSeconds(wall.time)}`);
  const earlier = local.toZonedDateTime(zone, { disambiguation: 'earlier' });
  if (!earlier.toPlainDateTime().equals(local)) {
    const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
    return {
      ok: false,
      message:
        `${wall.date} ${wall.time} does not exist in ${zone}: the clocks go forward that night` + ` — did you mean ${pad(later.hour)}:${pad(later.minute)}?`,
    };
  }
  return { ok: true, value: fromZoned(earlier, false) };
}

function withSeconds(time: string): string {
  return time.length === 5 ? `${time}:00` : time;
}

/** Reads and places a value in one step (what the validator and data layer use). */
export function parseZonedTime(value: unknown, zone: string): Result<ZonedTime> {
  const wall = parseWallClock(value);
  if (!wall.ok) return wall;
  return resolveInZone(wall.value, zone);
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function dateInZone(epochMs: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** Adds whole days to a `YYYY-MM-DD` date (for exclusive all-day ends in calendars). */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/**
 * The instant an event is over: its end, or, without one, the midnight after
 * its (last) local day, so that latecomers still find the way in on the day.
 * An all-day end is the midnight after that day.
 */
export function endInstant(start: ZonedTime, end: ZonedTime | undefined, zone: string): number {
  if (end !== undefined && !end.allDay) return end.epochMs;
  const midnightAfter = resolveInZone({ date: addDays((end ?? start).date, 1) }, zone);
  return midnightAfter.ok ? midnightAfter.value.epochMs : (end ?? start).epochMs;
}

/** Reads `FIRSTHAND_NOW`-style ISO 8601 text into epoch milliseconds, or explains why not. */
export function parseNow(text: string): Result<number> {
  try {
    return { ok: true, value: Temporal.Instant.from(text.trim()).epochMilliseconds };
  } catch {
    const wall = parseWallClock(text);
    if (wall.ok && wall.value.offset === undefined) {
      return { ok: false, message: `"${text}" needs a UTC offset or Z, like 2025-01-01T00:00:00Z` };
    }
    return { ok: false, message: `"${text}" is not an ISO 8601 instant like 2025-01-01T00:00:00Z` };
  }
}
