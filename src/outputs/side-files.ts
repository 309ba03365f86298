/**
 * The files beside the pages: each event's .ics, and each person's met list as
 * a Mastodon CSV and as OPML. They are plain text worked out from the content,
 * so `npm run build` writes them itself (src/build/beside-worker.ts), and one
 * Astro route (src/routes/[...sideFile].ts) serves the same files to `astro
 * dev`. A route costs Astro about a millisecond a file whatever it holds, and
 * at 10,000 members these are some 18,000 files.
 */
import { siteWords } from '../words/index.ts';
import { buildCalendar } from './calendar.ts';
import { sitePaths, type Links } from '../content/addresses.ts';
import type { MeetingGraph } from '../community/meetings.ts';
import { mastodonFollowCsv, metOpml } from './met-exports.ts';
import type { Content, Event, Person } from '../content/model.ts';

export interface SideFile {
  /** Path inside the built site, without the base: `events/<slug>.ics`. */
  path: string;
  body: string;
}

export interface SideFileContext {
  content: Content;
  meetings: MeetingGraph;
  people: ReadonlyMap<string, Person>;
  links: Links;
  now: number;
}

/** One event as an iCalendar file. */
export function eventCalendar(event: Event, context: SideFileContext): string {
  const { content, links, now } = context;
  return buildCalendar([event], event.title, {
    site: content.site,
    eventUrl: (slug) => links.absolute(links.event(slug)),
    calendarUrl: links.absolute(links.eventCalendar(event.slug)),
    now,
    words: siteWords(content.site),
  });
}

/** A person's met list as Mastodon's follow-import CSV, when anyone on it has a Mastodon address. */
export function personMetCsv(person: Person, context: SideFileContext): string | undefined {
  return mastodonFollowCsv(context.meetings.metList(person.handle), context.people);
}

/** A person's met list as OPML of websites, when anyone on it has one. */
export function personMetOpml(person: Person, context: SideFileContext): string | undefined {
  const { content, links, now } = context;
  return metOpml(person, context.meetings.metList(person.handle), context.people, {
    siteName: content.site.name,
    pageUrl: links.absolute(links.person(person.handle)),
    created: new Date(now).toUTCString(),
    words: siteWords(content.site),
  });
}

/** Every side file of the site: each event's calendar, then each listed person's exports. */
export function* sideFiles(context: SideFileContext): Generator<SideFile> {
  for (const event of context.content.events) yield { path: sitePaths.eventCalendar(event.slug), body: eventCalendar(event, context) };
  for (const person of context.content.people) {
    if (!person.listed) continue;
    const csv = personMetCsv(person, context);
    if (csv !== undefined) yield { path: sitePaths.metCsv(person.handle), body: csv };
    const opml = personMetOpml(person, context);
    if (opml !== undefined) yield { path: sitePaths.metOpml(person.handle), body: opml };
  }
}

const TYPES: Record<string, string> = {
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
};

/** The media type a side file is served with, by its extension. */
export function sideFileType(path: string): string {
  return TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
}
