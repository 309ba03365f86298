/**
 * One feed event made into the fields of an event file: the title on one
 * line, the times, the place (Meetup's "Venue (street, city, country)", a
 * Firsthand feed's "venue · join link", "Online event", a video link), the
 * status, and the description as Markdown without the platform's boilerplate,
 * with the event's own address kept as a link. E-mail addresses and phone
 * numbers are cut out of every text, with where they were: what the feed
 * says is a stranger's text, and the site never publishes either.
 */
import { findPrivateData } from '../../content/fields/private-data.ts';
import type { FeedEvent } from './ics-feed.ts';

export interface ImportedVenue {
  name: string;
  address?: string | undefined;
  city?: string | undefined;
  country?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
}

/** The fields the import writes and keeps up to date; every other field is the editors'. */
export interface ImportedFields {
  title: string;
  start: string;
  end?: string | undefined;
  timezone?: string | undefined;
  format?: 'online' | 'hybrid' | undefined;
  venue?: ImportedVenue | undefined;
  online_url?: string | undefined;
  status?: 'cancelled' | 'postponed' | undefined;
  series?: string | undefined;
  /** The body: the description, as Markdown. */
  body: string;
}

/** Something private left out: which property of the feed, and where in it. */
export interface LeftOut {
  property: 'SUMMARY' | 'LOCATION' | 'DESCRIPTION';
  kind: 'email' | 'phone';
  /** The line of the property's text it was on (1-based). */
  line: number;
}

export interface ImportedEvent {
  source: string;
  /** `YYYY-MM-DD-short-title`, before any `-2` that a taken name needs. */
  slug: string;
  fields: ImportedFields;
  leftOut: LeftOut[];
}

export interface FieldOptions {
  siteZone: string;
  series?: string | undefined;
  /** The calendar's name, which Meetup repeats as the first line of each description. */
  calendarName: string;
  /** The community's own addresses, kept in a description (never in a title or a place: fields show none). */
  publicEmails?: ReadonlySet<string> | undefined;
}

export function importedEvent(e: FeedEvent, options: FieldOptions): ImportedEvent {
  const leftOut: LeftOut[] = [];
  const title = cutPrivateData(oneLine(e.summary), (kind) => leftOut.push({ property: 'SUMMARY', kind, line: 1 })).trim();
  const place = placeOf(cutPrivateData(oneLine(e.location), (kind) => leftOut.push({ property: 'LOCATION', kind, line: 1 })).trim(), e);
  const body = descriptionMarkdown(e.description, e.url, options, (kind, line) => leftOut.push({ property: 'DESCRIPTION', kind, line }));
  const fields: ImportedFields = {
    title,
    start: e.start.wallClock,
    end: e.end?.wallClock,
    timezone: e.start.zone === options.siteZone ? undefined : e.start.zone,
    format: place.online ? (place.venue ? 'hybrid' : 'online') : undefined,
    venue: place.venue,
    online_url: place.online ? place.onlineUrl : undefined,
    status: e.status === 'CANCELLED' ? 'cancelled' : e.status === 'TENTATIVE' ? 'postponed' : undefined,
    series: options.series,
    body,
  };
  return { source: e.source, slug: `${e.start.wallClock.slice(0, 10)}-${shortName(title)}`, fields, leftOut };
}

/** A title or a place on one line: line breaks, tabs and other control characters become spaces. */
function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The short name of a slug: the title's first words in lowercase ASCII, at most 40 characters. */
function shortName(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let name = '';
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    if (next.length > 40) break;
    name = next;
  }
  return name || (words[0]?.slice(0, 40) ?? '') || 'event';
}

/** Longer lines are cut in pieces first: each scan reads its whole text, so one scan per finding on a whole hostile line would be quadratic. */
const PIECE = 2000;

/**
 * A long line in pieces of about PIECE characters, cut at a space between two
 * letters (never inside an address or a number), or at any space, or anywhere
 * when there is none; what a cut hides, the check of the written file still finds.
 */
function pieces(line: string): string[] {
  if (line.length <= PIECE) return [line];
  const out: string[] = [];
  let start = 0;
  while (line.length - start > PIECE) {
    const window = line.slice(start + PIECE / 2, start + PIECE);
    const between = /\p{L} (?=\p{L})/gu;
    let cut = -1;
    for (let m = between.exec(window); m; m = between.exec(window)) cut = m.index + 2;
    if (cut === -1) cut = window.lastIndexOf(' ') + 1;
    const end = start + PIECE / 2 + (cut > 0 ? cut : window.length);
    out.push(line.slice(start, end));
    start = end;
  }
  out.push(line.slice(start));
  return out;
}

/** The text with every e-mail address (but the community's own) and phone number cut out; `found` hears of each. */
function cutPrivateData(text: string, found: (kind: 'email' | 'phone') => void, publicEmails?: ReadonlySet<string>): string {
  if (text.length > PIECE)
    return pieces(text)
      .map((piece) => cutPiece(piece, found, publicEmails))
      .join('');
  return cutPiece(text, found, publicEmails);
}

function cutPiece(text: string, found: (kind: 'email' | 'phone') => void, publicEmails?: ReadonlySet<string>): string {
  let out = text;
  for (let finding = findPrivateData(out, publicEmails); finding; finding = findPrivateData(out, publicEmails)) {
    found(finding.kind);
    // What was found reads as written unless it was spelled out ("[at]") or encoded: then the rest of the line goes too.
    const end = out.slice(finding.index, finding.index + finding.value.length) === finding.value ? finding.index + finding.value.length : out.length;
    const before = out.slice(0, finding.index).trimEnd();
    const after = out.slice(end).trimStart();
    out = before && after ? `${before} ${after}` : before + after;
  }
  return out;
}

const LONE_LINK = /^https?:\/\/\S+$/i;

interface Place {
  venue?: ImportedVenue | undefined;
  online: boolean;
  onlineUrl?: string | undefined;
}

/** The place a LOCATION names; "Online event" or a link is online, joined at the link or else at the event's page. */
function placeOf(location: string, e: FeedEvent): Place {
  const parts = location
    .split(' · ')
    .map((p) => p.trim())
    .filter(Boolean);
  const link = parts.find((p) => LONE_LINK.test(p));
  const saysOnline = parts.some((p) => /^online(?: event)?$/i.test(p));
  const named = parts.find((p) => !LONE_LINK.test(p) && !/^online(?: event)?$/i.test(p));
  const venue = named === undefined ? undefined : { ...venueOf(named), ...(e.geo ? { lat: e.geo.lat, lng: e.geo.lng } : {}) };
  const online = link !== undefined || saysOnline;
  return { venue, online, onlineUrl: link ?? (LONE_LINK.test(e.url) ? e.url : undefined) };
}

/** "The Tin Lantern (12 Market Street, Lawrence, US)" as Meetup writes it, or "Name, the rest" as others do. */
function venueOf(text: string): ImportedVenue {
  const meetup = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (meetup) {
    const inside = (meetup[2] as string)
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const [city, country] = inside.length >= 2 ? inside.slice(-2) : [undefined, undefined];
    const address = inside.length >= 2 ? inside.slice(0, -2).join(', ') : inside[0];
    return { name: (meetup[1] as string).trim(), address: address || undefined, city, country };
  }
  const [name = text, ...rest] = text.split(',').map((p) => p.trim());
  return { name, address: rest.filter(Boolean).join(', ') || undefined };
}

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? .*\d/i;

/**
 * The description as Markdown: Meetup's group-name and date lines at the top
 * and the event's address at the end are dropped, what is left is written as
 * text (Markdown's characters escaped, links as links), and the event's
 * address comes last as a link.
 */
function descriptionMarkdown(
  description: string,
  url: string,
  { calendarName, publicEmails }: Pick<FieldOptions, 'calendarName' | 'publicEmails'>,
  found: (kind: 'email' | 'phone', line: number) => void,
): string {
  const lines = description
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, i) => ({ text: text.trimEnd(), line: i + 1 }));
  while (lines[0]?.text.trim() === '') lines.shift();
  const heads = lines.slice(0, 2).map((l) => l.text.trim());
  const isName = (t: string | undefined) => t !== undefined && calendarName !== '' && t.toLowerCase() === calendarName.trim().toLowerCase();
  if (WEEKDAY.test(heads[1] ?? '') && heads[1] !== undefined && heads[1].length < 80) lines.splice(0, 2);
  else if (WEEKDAY.test(heads[0] ?? '') && (heads[0] as string).length < 80) lines.splice(0, 1);
  else if (isName(heads[0])) lines.splice(0, 1);
  while (lines.at(-1)?.text.trim() === '') lines.pop();
  const last = lines.at(-1)?.text.trim() ?? '';
  const trailingLink = LONE_LINK.test(last) ? last : undefined;
  if (trailingLink !== undefined || (url !== '' && last.endsWith(url))) lines.pop();
  const original = LONE_LINK.test(url) ? url : trailingLink;
  const body = lines.map((l) => markdownLine(cutPrivateData(l.text, (kind) => found(kind, l.line), publicEmails).trimEnd())).join('\n');
  const text = body.replace(/\n{3,}/g, '\n\n').trim();
  return original ? `${text}${text ? '\n\n' : ''}<${original}>` : text;
}

const LINK = /https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;

/** A line of plain text as Markdown that shows it as written: its links as links, every other character of Markdown escaped. */
function markdownLine(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    out += `${escapeMarkdown(text.slice(at, m.index))}${m[0]}`;
    at = m.index + m[0].length;
  }
  out += escapeMarkdown(text.slice(at));
  // A line of dashes or equals signs alone would make a rule or a heading.
  return /^\s*[-=_*]{3,}\s*$/.test(out) ? `\\${out.trimStart()}` : out;
}

/**
 * Text that Markdown shows as written. `<` and `>` become character
 * references and brackets are escaped, and so is the `=` of an HTML
 * attribute's name, so that no text reads as a link target to the check.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#|~&]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\b(href|src|action|formaction|poster|background|cite|data)(\s*)=/gi, '$1$2\\=');
}
