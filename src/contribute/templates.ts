/**
 * The files `npm run new` writes: the fields given, and every other field as
 * a comment so an editor sees what else is possible. Values are quoted by the
 * YAML library whenever YAML needs it (an @handle, a colon, a leading digit).
 */
import { stringify } from 'yaml';
import { wordsFor } from '../words/index.ts';
import type { EventFormat } from '../content/model.ts';
import { EventSchema, PersonSchema, SITE_DEFAULTS } from '../content/fields/schemas.ts';
import { POST_PLACEHOLDER } from '../content/validate/posts.ts';

/** A YAML scalar as it should appear after `key: `. */
export function yamlValue(value: string): string {
  // Dates and times are written bare, the way the guide shows them.
  if (/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(value)) return value;
  return stringify(value, { lineWidth: 0 }).trim();
}

/** A flow list of handles: `[amy, "@Bo"]`. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlValue).join(', ')}]`;
}

/** A field's values and its default, as the schema has them. */
interface Choices {
  options: readonly string[];
  fallback: string;
}

const metSchema = PersonSchema.shape.met.unwrap().element;
const HOW: Choices = { options: metSchema.shape.how.unwrap().options, fallback: metSchema.shape.how.def.defaultValue };
const FORMAT: Choices = { options: EventSchema.shape.format.unwrap().options, fallback: EventSchema.shape.format.def.defaultValue };

/** "in-person (default), online or hybrid": a field's values as a comment lists them. */
function choices({ options, fallback }: Choices): string {
  const others = options.filter((o) => o !== fallback);
  return `${fallback} (default), ${others.length > 1 ? `${others.slice(0, -1).join(', ')} or ` : ''}${others.at(-1) ?? ''}`;
}

export interface PersonTemplate {
  name: string;
  handle: string;
}

export function personFile(t: PersonTemplate): string {
  return `---
name: ${yamlValue(t.name)}
# pronouns: she/her
# location: Lawrence, KS
# avatar: ./${t.handle}.jpg          # a square picture next to this file; without one, initials are drawn
# online_since: 2008-03              # a year, year-month or date
# accounts:                          # your own accounts, shown with rel="me"
#   x: yourname
#   mastodon: "@you@mastodon.social"
#   bluesky: you.bsky.social
#   github: yourname
#   linkedin: yourname
#   website: https://example.com
# met:                               # people you met outside the events on the site
#   - who: someone                   # their handle
#     date: 2026-05-12
#     how: ${HOW.fallback.padEnd(26)}# ${choices(HOW)}
#     where: Lunch in Omaha
# listed: false                      # keep yourself off the published site
# Below the closing --- line: a few lines about you, in Markdown.
---
`;
}

export interface EventTemplate {
  title: string;
  start: string;
  end?: string | undefined;
  timezone?: string | undefined;
  format?: EventFormat | undefined;
  venue?: string | undefined;
  address?: string | undefined;
  city?: string | undefined;
  country?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  onlineUrl?: string | undefined;
  hosts: string[];
  attendees: string[];
  /** The body: what the meetup is about, in Markdown. */
  description?: string | undefined;
  /** A first talk of the programme. */
  talk?: { title: string; speakers: string[]; time?: string | undefined } | undefined;
  /** The community's zone (site.yaml), shown as the example of `timezone`. */
  siteZone?: string | undefined;
  series?: string | undefined;
  status?: 'cancelled' | 'postponed' | undefined;
  /** The UID of the calendar entry `import` made it from, and the comment `import` keeps on that line. */
  source?: { uid: string; comment: string } | undefined;
}

export function eventFile(t: EventTemplate): string {
  const lines = ['---', `title: ${yamlValue(t.title)}`, `start: ${yamlValue(t.start)}`];
  lines.push(t.end ? `end: ${yamlValue(t.end)}` : '# end: 2027-03-06 21:00              # same form as start, not before it');
  lines.push(
    t.timezone
      ? `timezone: ${yamlValue(t.timezone)}`
      : `# timezone: ${(t.siteZone ?? 'America/Chicago').padEnd(24)}# the community's own zone is the default: write another only for an event elsewhere`,
  );
  lines.push(t.format ? `format: ${t.format}` : `# format: ${FORMAT.fallback.padEnd(27)}# ${choices(FORMAT)}`);
  if (t.venue) {
    lines.push('venue:', `  name: ${yamlValue(t.venue)}`);
    lines.push(t.address ? `  address: ${yamlValue(t.address)}` : '  # address: 12 Market Street');
    lines.push(t.city ? `  city: ${yamlValue(t.city)}` : '  # city: Lawrence');
    lines.push('  # region: TN', t.country ? `  country: ${yamlValue(t.country)}` : '  # country: US');
    lines.push(...(t.lat !== undefined && t.lng !== undefined ? [`  lat: ${t.lat}`, `  lng: ${t.lng}`] : ['  # lat: 35.1424', '  # lng: -90.0521']));
  } else {
    lines.push('# venue:                            # needed for in-person and hybrid events', '#   name: The Tin Lantern', '#   city: Lawrence');
  }
  lines.push(t.onlineUrl ? `online_url: ${yamlValue(t.onlineUrl)}` : '# online_url: https://example.com/live   # needed for online events');
  lines.push(t.hosts.length ? `hosts: ${yamlList(t.hosts)}` : '# hosts: [yourhandle]');
  lines.push('# speakers: [someone]');
  lines.push(t.attendees.length ? `attendees: ${yamlList(t.attendees)}` : '# attendees: [someone, "@SomeoneElse"]');
  lines.push(...talkLines(t.talk));
  lines.push(
    '# guests: ["Ray Vega"]               # people without a profile',
    t.series ? `series: ${yamlValue(t.series)}` : '# series: monthly-brunch              # a file in content/series/',
    '# hashtag: "#OurMeetup"',
    '# rsvp_url: https://example.com/rsvp',
    t.status ? `status: ${t.status}` : '# status: cancelled                   # or postponed',
    '# everyone_met: false                 # true or false; by default small events count as everyone meeting',
    '# photos:',
    '#   - src: ./photo.jpg                # a picture next to this file',
    '#     alt: What the photo shows',
    '#     people: [someone]               # who is in it (people who were there)',
    ...(t.source ? [`source: ${yamlValue(t.source.uid)}  # ${t.source.comment}`] : []),
    '# Below the closing --- line: what the meetup is about, where to find the group, what to bring.',
    '---',
    t.description === undefined ? '' : `${t.description.replace(/\r\n?/g, '\n').trim()}\n`,
  );
  return lines.join('\n');
}

/** The programme: the first talk when one is given, else a commented example of one. */
function talkLines(talk: EventTemplate['talk']): string[] {
  const more = ['summary: What it is about', 'slides: https://example.com/slides', 'video: https://example.com/video'];
  if (!talk) {
    const example = ['speakers: [someone]', 'time: "19:00"', ...more].map((l) => `#     ${l}`);
    return ['# talks:                              # the programme, in order', '#   - title: What we learned running a repair café', ...example];
  }
  const lines = ['talks:', `  - title: ${yamlValue(talk.title)}`];
  lines.push(talk.speakers.length ? `    speakers: ${yamlList(talk.speakers)}` : '    # speakers: [someone]');
  // Quoted, as the guide writes times of day; anything else is written safely, for the check to explain.
  const time = talk.time && (/^\d{1,2}:\d{2}$/.test(talk.time) ? `"${talk.time}"` : yamlValue(talk.time));
  lines.push(time ? `    time: ${time}` : '    # time: "19:00"');
  return [...lines, ...more.map((l) => `    # ${l}`)];
}

export interface PostTemplate {
  title: string;
  author: string;
  date: string;
  event?: string | undefined;
}

export function postFile(t: PostTemplate): string {
  const lines = ['---', `title: ${yamlValue(t.title)}`, `author: ${yamlValue(t.author)}`, `date: ${t.date}`];
  lines.push(t.event ? `event: ${yamlValue(t.event)}` : '# event: 2027-03-06-open-bench-night # the meetup this post is about');
  lines.push(
    '# summary: One paragraph for listings and feeds.',
    '# tags: [community, road-trip]       # lowercase words joined by -',
    '# cover: ./cover.jpg                 # a picture next to this file, with cover_alt',
    '# cover_alt: What the picture shows',
    '# canonical_url: https://your.blog/post   # where it first appeared; leave the text empty to only link to it',
    'draft: true                          # not published until you remove this line',
    '---',
    POST_PLACEHOLDER,
    '',
  );
  return lines.join('\n');
}

export interface CommunityTemplate {
  name: string;
  url: string;
  timezone: string;
  language?: string | undefined;
  host: string;
}

/** A community's first site.yaml: the values given, and every other setting as a comment. */
export function siteFile(t: CommunityTemplate): string {
  return `# The community's settings. Every field is explained in the README's
# "site.yaml, field by field"; lines starting with # are optional.
name: ${yamlValue(t.name)}
# tagline: Online friends, met for real
url: ${yamlValue(t.url)}
# base: /community/                  # only when the site lives in a sub-folder of url
timezone: ${yamlValue(t.timezone)}
language: ${yamlValue(t.language ?? SITE_DEFAULTS.language)}
# repository: https://github.com/you/your-community   # enables "Edit this page" links
# branch: ${SITE_DEFAULTS.branch}
hosts: ${yamlList([t.host])}
# met:
#   max_attendees: ${String(SITE_DEFAULTS.maxAttendees).padEnd(18)}# events this small count as everyone meeting everyone
# posts_per_page: ${SITE_DEFAULTS.postsPerPage}
# logo: ./logo.png                   # a picture next to this file, for the header and the browser tab
# accent: "#b5451b"                  # the colour of links and highlights (in quotes)
# public_emails: [talks@example.org] # the community's own addresses (never a member's), which texts of pages may show
`;
}

export interface AboutTemplate {
  name: string;
  hostName: string;
  host: string;
  /** The site's language: the page is written in it (English when not given). */
  language?: string | undefined;
}

/** Text that Markdown shows as written (a name with a * or _ in it). */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
}

/** A community's first page, /about/, in the site's language: enough to build at once, meant to be rewritten. */
export function aboutPage(t: AboutTemplate): string {
  const words = wordsFor(t.language ?? SITE_DEFAULTS.language);
  const body = words.t('about.body', { name: markdownText(t.name), host: `${markdownText(t.hostName)} (@${t.host})` });
  return `---
title: ${yamlValue(words.t('about.title', { name: t.name }))}
summary: ${yamlValue(words.t('about.summary'))}
nav: 1                               # shown in the main navigation, first
---
${body}
`;
}
