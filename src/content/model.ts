/**
 * The validated content as plain data: what src/data hands to pages, and what
 * the meeting graph, calendars and feeds are computed from. Handles are
 * normalized (lowercase, no @); times are resolved in their zones.
 */
import type { z } from 'zod';
import type { EntryFile } from './bodies/entry-files.ts';
import type { EventFormatSchema, EventStatusSchema, HowSchema, MdxModeSchema } from './fields/field-schemas.ts';
import type { WordOverrides } from '../words/catalogue.ts';
import type { ZonedTime } from './fields/time.ts';

export type How = z.infer<typeof HowSchema>;
export type EventFormat = z.infer<typeof EventFormatSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type MdxMode = z.infer<typeof MdxModeSchema>;

export interface Site {
  name: string;
  tagline?: string;
  /** Origin without a trailing slash: `https://grow.example.org`. */
  url: string;
  /** Path prefix, always starting and ending with `/`. */
  base: string;
  timezone: string;
  language: string;
  /** The community's own wording, replacing texts of the language's catalogue (site.yaml `words`). */
  words?: WordOverrides;
  repository?: string;
  /** True when pages link to the repository's issue forms: `repository` is set and `contribute` is not false. */
  contribute?: boolean;
  branch: string;
  hosts: string[];
  maxAttendees: number;
  postsPerPage: number;
  mdx: MdxMode;
  /** The logo's path relative to site.yaml, as written (`./logo.svg`); the build publishes PNGs drawn from it. */
  logo?: string;
  /** The accent as lowercase `#rrggbb`, accepted on the light theme; the dark shade is derived (content/fields/accent.ts). */
  accent?: string;
  /** The community's own e-mail addresses, lower case, each once: the only ones a body may show (site.yaml `public_emails`). */
  publicEmails?: string[];
}

export interface Accounts {
  /** X user name without @. */
  x?: string;
  /** `@user@host`. */
  mastodon?: string;
  /** Domain handle without @. */
  bluesky?: string;
  github?: string;
  linkedin?: string;
  website?: string;
}

export interface MetRecord {
  who: string;
  /** `YYYY-MM-DD`; the event's local date when only `event` was given. */
  date: string;
  how: How;
  where?: string;
  event?: string;
  note?: string;
}

export interface Person {
  handle: string;
  /** Repository-relative path of the file. */
  file: string;
  name: string;
  pronouns?: string;
  location?: string;
  /** Path relative to the file, as written (`./amy.jpg`). */
  avatar?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  onlineSince?: string;
  accounts: Accounts;
  met: MetRecord[];
  listed: boolean;
  body: string;
}

export interface Venue {
  name: string;
  address?: string;
  city?: string;
  region?: string;
  country?: string;
  lat?: number;
  lng?: number;
}

export interface Photo {
  src: string;
  alt: string;
  people: string[];
}

/** One talk of an event's programme. */
export interface Talk {
  title: string;
  /** Who gave it, as handles (the event's speakers include them). */
  speakers: string[];
  /** When it starts at the venue, as written (`19:00`), placed in the event's zone and day. */
  start?: ZonedTime;
  summary?: string;
  slides?: string;
  video?: string;
}

export interface Event {
  slug: string;
  file: string;
  title: string;
  timezone: string;
  start: ZonedTime;
  end?: ZonedTime;
  format: EventFormat;
  venue?: Venue;
  onlineUrl?: string;
  /** With the leading `#`. */
  hashtag?: string;
  series?: string;
  status: EventStatus;
  hosts: string[];
  /** The `speakers` field and the speakers of its talks, each once. */
  speakers: string[];
  attendees: string[];
  /** Hosts, speakers and attendees together, each once, in that order. */
  participants: string[];
  guests: string[];
  everyoneMet?: boolean;
  rsvpUrl?: string;
  /** Where it was moved from: its start before the move (a scheduled event only). */
  rescheduledFrom?: ZonedTime;
  /** The UID of the calendar entry it was imported from; never published. */
  source?: string;
  /** Its programme, in order. */
  talks: Talk[];
  photos: Photo[];
  body: string;
  mdx: boolean;
}

export interface Post {
  slug: string;
  file: string;
  title: string;
  author: string;
  published: ZonedTime;
  updated?: ZonedTime;
  event?: string;
  canonicalUrl?: string;
  summary?: string;
  tags: string[];
  cover?: string;
  coverAlt?: string;
  draft: boolean;
  /** A post with canonical_url and an empty body: listed, linking out, no page. */
  linkOnly: boolean;
  body: string;
  mdx: boolean;
}

export interface Series {
  slug: string;
  file: string;
  title: string;
  summary?: string;
  cadence?: string;
  hosts: string[];
  body: string;
}

/** One of the community's own pages (content/pages/<slug>.md), published at /<slug>/. */
export interface Page {
  slug: string;
  file: string;
  title: string;
  summary?: string;
  /** Its place in the main navigation; absent: the page is not in it. */
  nav?: number;
  body: string;
}

export interface Content {
  site: Site;
  /** Sorted by handle. */
  people: Person[];
  /** Sorted by slug. */
  events: Event[];
  /** Sorted by slug; drafts included (pages filter them out). */
  posts: Post[];
  /** Sorted by slug. */
  series: Series[];
  /** Sorted by slug. */
  pages: Page[];
  /** The files next to entries that published bodies link to, which the build publishes (content/bodies/entry-files.ts); sorted by path. */
  entryFiles?: EntryFile[];
}
