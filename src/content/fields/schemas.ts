/**
 * The content model of docs/content-format.md as plain zod schemas: one per file
 * of each collection, and site.yaml's, built from the field schemas of
 * field-schemas.ts. Astro's collections do not use them (collections.ts gives
 * them schemas of their image fields alone): pages read the validated model.
 *
 * A field's default is written here and nowhere else (`.default()`): the
 * validated model, the fallback site and the checks that read a raw value
 * take it from the schema.
 *
 * Schemas check the shape of one file. Rules that need the whole community
 * (does that handle exist? is that person a participant?) or the event's zone
 * live in validate/.
 */
import { z } from 'zod';
import { explainAccent, parseHexColour } from './accent.ts';
import {
  DateOnlySchema,
  EventFormatSchema,
  EventStatusSchema,
  HandleListSchema,
  HandleReferenceSchema,
  HashtagSchema,
  HowSchema,
  HttpUrlSchema,
  MdxModeSchema,
  NavPlaceSchema,
  OnlineSinceSchema,
  plainText,
  PublicEmailSchema,
  refuse,
  SlugReferenceSchema,
  SourceUidSchema,
  TimeOfDaySchema,
  TimeZoneSchema,
  WallClockSchema,
} from './field-schemas.ts';
import { explainBadLogoPath, ImagePathSchema } from './pictures.ts';
import { checkWordOverrides, explainUnshippedLanguage } from './words.ts';
import type { WordOverrides } from '../../words/catalogue.ts';
import { LIMITS, TEXT_LIMITS } from '../limits.ts';

const text = plainText;

/** content/site.yaml */
export const SiteSchema = z.strictObject({
  /** The community's name, shown in every page title. */
  name: text(TEXT_LIMITS.name),
  /** A short line under the name. */
  tagline: text(TEXT_LIMITS.title).optional(),
  /** The absolute origin the site is published at, for feeds, sitemap and canonical links. */
  url: HttpUrlSchema.superRefine((url, ctx) => {
    // Zod runs this even when the web-address check above refused the value ("@Amy", "yes").
    if (!URL.canParse(url)) return;
    const u = new URL(url);
    if (u.pathname !== '/' || u.search || u.hash) {
      refuse(ctx, 'url-not-origin', `url is the origin alone ("${u.origin}"); put the folder "${u.pathname}" in base instead`);
    }
  }),
  /** Path prefix when the site is hosted in a sub-folder, like `/community/`. */
  base: z
    .string()
    .max(LIMITS.base, { error: `base is a path like /community/, at most ${LIMITS.base} characters` })
    // Each folder name ends at a "/", so the pattern has one way to match and stays linear.
    .regex(/^\/?(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/, { error: 'base is a path like /community/' })
    .default('/'),
  /** Default IANA zone of events. */
  timezone: TimeZoneSchema,
  /** BCP 47 language tag of the site, like `en` or `pt-BR`. */
  language: z
    .string()
    .superRefine((tag, ctx) => {
      try {
        Intl.getCanonicalLocales(tag);
      } catch {
        refuse(ctx, 'bad-language', `"${tag}" is not a language tag: write en, fr or pt-BR`);
        return;
      }
      const unshipped = explainUnshippedLanguage(tag);
      if (unshipped) refuse(ctx, 'unknown-language', unshipped);
    })
    .default('en'),
  /** The community's own wording: any text the site writes, by its key (words/catalogues/en.ts). */
  words: z
    .custom<WordOverrides>(() => true)
    .superRefine((words, ctx) => {
      for (const p of checkWordOverrides(words)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message, params: { rule: p.rule } });
    })
    .optional(),
  /** The community's git repository on the web; enables "Edit this page" links. */
  repository: HttpUrlSchema.optional(),
  /** false: no "I'm going", "We met" or "Suggest an event" links to the repository's issue forms (on by default when `repository` is set). */
  contribute: z.boolean().optional(),
  /** The branch edits go to. */
  branch: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/, { error: 'is not a branch name' })
    .default('main'),
  /** Handles of the community's hosts. */
  hosts: HandleListSchema.default([]),
  /** Settings for working out who has met whom. */
  met: z
    .strictObject({
      /** Events with at most this many participants count as everyone meeting everyone. */
      max_attendees: z
        .int({ error: 'must be a whole number' })
        .min(2, { error: 'must be at least 2' })
        .max(LIMITS.everyoneMet, { error: `must be at most ${LIMITS.everyoneMet}: past that, not everyone at an event has met everyone` })
        .default(30),
    })
    // Read as an empty group when left out, so that its own defaults apply.
    .prefault({}),
  /** Posts per listing page. */
  posts_per_page: z
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(LIMITS.listEntries, { error: `must be at most ${LIMITS.listEntries}: no page of the site lists more entries than that` })
    .default(20),
  /** `restricted` (default): MDX may use Firsthand's components only; `trusted`: MDX may run code. */
  mdx: MdxModeSchema.default('restricted'),
  /** A picture next to site.yaml for the header and the browser tab: png, jpg, webp or svg (published as PNGs only). */
  logo: z
    .string()
    .superRefine((path, ctx) => {
      const problem = explainBadLogoPath(path);
      if (problem) refuse(ctx, problem.rule, problem.message, path);
    })
    .optional(),
  /** The colour of links and highlights, as `"#rrggbb"`: checked on the light theme, a lighter shade derived for the dark one (accent.ts). */
  accent: z
    .custom<string>(() => true)
    .superRefine((value, ctx) => {
      const problem = explainAccent(value);
      // A hex colour that reads too faintly breaks another rule than one that is no colour at all.
      const contrast = typeof value === 'string' && parseHexColour(value) !== undefined;
      if (problem) refuse(ctx, contrast ? 'accent-contrast' : 'bad-accent', problem, value);
    })
    .optional(),
  /** The community's own e-mail addresses (role addresses like talks@, never a member's), which bodies may show: docs/content-format.md, "Privacy". */
  public_emails: z.array(PublicEmailSchema).optional(),
});

/** site.yaml's settings when it leaves them out (the schema's defaults), for the file `new -- community` writes. */
export const SITE_DEFAULTS = {
  language: SiteSchema.shape.language.def.defaultValue,
  branch: SiteSchema.shape.branch.def.defaultValue,
  maxAttendees: SiteSchema.shape.met.parse(undefined).max_attendees,
  postsPerPage: SiteSchema.shape.posts_per_page.def.defaultValue,
};

/** content/people/<handle>.md */
export const PersonSchema = z.strictObject({
  /** Full name as the person wants it shown, 1–100 characters. */
  name: text(TEXT_LIMITS.name),
  /** Pronouns, like she/her. */
  pronouns: text(TEXT_LIMITS.pronouns).optional(),
  /** Where they live, in their own words. */
  location: text(TEXT_LIMITS.name).optional(),
  /** A picture next to the file (`./amy.jpg`); initials are drawn when absent. */
  avatar: ImagePathSchema.optional(),
  /** When they joined the online world: a year, year-month or date. */
  online_since: OnlineSinceSchema.optional(),
  /** Their own accounts elsewhere, shown with rel="me". */
  accounts: z
    .strictObject({
      /** X/Twitter user name, with or without @. */
      x: z
        .string()
        .regex(/^@?[A-Za-z0-9_]{1,15}$/, { error: 'is not an X user name (up to 15 letters, digits or _)' })
        .optional(),
      /** Alias of `x`. */
      twitter: z
        .string()
        .regex(/^@?[A-Za-z0-9_]{1,15}$/, { error: 'is not an X user name (up to 15 letters, digits or _)' })
        .optional(),
      /** Fediverse address `@user@host`. */
      mastodon: z
        .string()
        .regex(/^@?[A-Za-z0-9_.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, { error: 'is not a Mastodon address: write "@user@host", in quotes' })
        .optional(),
      /** Bluesky domain handle, like amy.bsky.social. */
      bluesky: z
        .string()
        .regex(/^@?([A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*$/, { error: 'is not a Bluesky handle: write a domain like amy.bsky.social' })
        .optional(),
      /** GitHub user name. */
      github: z
        .string()
        .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'is not a GitHub user name' })
        .optional(),
      /** The part of a LinkedIn profile link after linkedin.com/in/. */
      linkedin: z
        .string()
        .regex(/^[\p{L}\p{N}_%-]{3,100}$/u, { error: 'is the part after linkedin.com/in/, like wren-castillo' })
        .optional(),
      /** Their own website, http or https. */
      website: HttpUrlSchema.optional(),
    })
    .optional(),
  /** Meetings no event file records: a lunch, a call, a video chat. */
  met: z
    .array(
      z.strictObject({
        /** Handle of the person met. */
        who: HandleReferenceSchema,
        /** When: required unless `event` is given. */
        date: DateOnlySchema.optional(),
        /** in-person (default), call or video. */
        how: HowSchema.default('in-person'),
        /** Where, in plain text. */
        where: text(TEXT_LIMITS.title).optional(),
        /** The slug of the event it happened at. */
        event: SlugReferenceSchema.optional(),
        /** A short note, plain text, 280 characters at most. */
        note: text(TEXT_LIMITS.note, { multiline: true }).optional(),
      }),
    )
    .optional(),
  /** false keeps the person off the published site. */
  listed: z.boolean().default(true),
});

const VenueSchema = z.strictObject({
  /** Name of the place. */
  name: text(TEXT_LIMITS.title),
  /** Street address. */
  address: text(TEXT_LIMITS.address).optional(),
  /** City. */
  city: text(TEXT_LIMITS.name).optional(),
  /** State, province or region. */
  region: text(TEXT_LIMITS.name).optional(),
  /** Country (a name or code). */
  country: text(TEXT_LIMITS.name).optional(),
  /** Latitude, with lng. */
  lat: z.number({ error: 'must be a number' }).min(-90, { error: 'is between -90 and 90' }).max(90, { error: 'is between -90 and 90' }).optional(),
  /** Longitude, with lat. */
  lng: z.number({ error: 'must be a number' }).min(-180, { error: 'is between -180 and 180' }).max(180, { error: 'is between -180 and 180' }).optional(),
});

/** One talk of an event's programme. */
const TalkSchema = z.strictObject({
  /** The talk's title. */
  title: text(TEXT_LIMITS.title),
  /** Handles of who gave it (they are the event's speakers too). */
  speakers: HandleListSchema.optional(),
  /** When it starts, at the venue on the event's day: `"19:00"`. */
  time: TimeOfDaySchema.optional(),
  /** What it is about, plain text. */
  summary: text(TEXT_LIMITS.summary, { multiline: true }).optional(),
  /** Its slides. */
  slides: HttpUrlSchema.optional(),
  /** Its recording. */
  video: HttpUrlSchema.optional(),
});

/** content/events/<slug>.md|.mdx */
export const EventSchema = z.strictObject({
  /** The event's name. */
  title: text(TEXT_LIMITS.title),
  /** Wall-clock time at the venue (`2024-05-01 18:30`), or a date alone for all day. */
  start: WallClockSchema,
  /** Same form as start, not before it. */
  end: WallClockSchema.optional(),
  /** IANA zone of the venue (default: the site's zone). */
  timezone: TimeZoneSchema.optional(),
  /** in-person (default), online or hybrid. */
  format: EventFormatSchema.default('in-person'),
  /** Where: required for in-person and hybrid events. */
  venue: VenueSchema.optional(),
  /** The stream or call link: required for online events. */
  online_url: HttpUrlSchema.optional(),
  /** The event's hashtag. */
  hashtag: HashtagSchema.optional(),
  /** Slug of a series in content/series/. */
  series: SlugReferenceSchema.optional(),
  /** scheduled (default), cancelled or postponed. */
  status: EventStatusSchema.default('scheduled'),
  /** Handles of the hosts (they take part). */
  hosts: HandleListSchema.optional(),
  /** Handles of the speakers (they take part). */
  speakers: HandleListSchema.optional(),
  /** Handles of the attendees. */
  attendees: HandleListSchema.optional(),
  /** Names of people without a profile, plain text. */
  guests: z.array(text(TEXT_LIMITS.name)).default([]),
  /** true: every pair met; false: no pair met by attendance alone. */
  everyone_met: z.boolean().optional(),
  /** Where to say you are coming. */
  rsvp_url: HttpUrlSchema.optional(),
  /** The start it had before it was moved to `start` (status scheduled only). */
  rescheduled_from: WallClockSchema.optional(),
  /** The UID of the calendar entry it was imported from (written by `import`; never published). */
  source: SourceUidSchema.optional(),
  /** The programme, in order. */
  talks: z.array(TalkSchema).optional(),
  /** Photos next to the file. */
  photos: z
    .array(
      z.strictObject({
        /** The image, next to the file: `./photo.jpg`. */
        src: ImagePathSchema,
        /** What the photo shows, for people who cannot see it. */
        alt: text(TEXT_LIMITS.alt),
        /** Handles of the participants in the photo. */
        people: HandleListSchema.optional(),
      }),
    )
    .optional(),
});

/** content/posts/<slug>.md|.mdx */
export const PostSchema = z.strictObject({
  /** The post's title. */
  title: text(TEXT_LIMITS.title),
  /** Handle of the member who wrote it. */
  author: HandleReferenceSchema,
  /** Publish date. */
  date: WallClockSchema,
  /** Date of the last real change. */
  updated: WallClockSchema.optional(),
  /** Slug of the event this post recaps. */
  event: SlugReferenceSchema.optional(),
  /** Where the post first appeared; with an empty body the post is link-only. */
  canonical_url: HttpUrlSchema.optional(),
  /** One paragraph (default: the first paragraph of the body). */
  summary: text(TEXT_LIMITS.summary, { multiline: true }).optional(),
  /** Lowercase words or-dashes. */
  tags: z
    .array(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: (issue) => `"${String(issue.input)}" is not a tag: use lowercase words joined by "-", like "road-trip"`,
      }),
    )
    .default([]),
  /** A cover image next to the file, with cover_alt. */
  cover: ImagePathSchema.optional(),
  /** What the cover shows. */
  cover_alt: text(TEXT_LIMITS.alt).optional(),
  /** true: not built at all. */
  draft: z.boolean().default(false),
});

/** content/series/<slug>.md */
export const SeriesSchema = z.strictObject({
  /** The series' name. */
  title: text(TEXT_LIMITS.title),
  /** One line about it. */
  summary: text(TEXT_LIMITS.summary, { multiline: true }).optional(),
  /** How often, in plain text: "Monthly, first Tuesday". */
  cadence: text(TEXT_LIMITS.title).optional(),
  /** Handles of its hosts. */
  hosts: HandleListSchema.optional(),
});

/** content/pages/<slug>.md: the community's own pages (About, How to join). */
export const PageSchema = z.strictObject({
  /** The page's title, also its label in the main navigation. */
  title: text(TEXT_LIMITS.title),
  /** One paragraph for link previews (default: the first paragraph of the body). */
  summary: text(TEXT_LIMITS.summary, { multiline: true }).optional(),
  /** Its place in the main navigation: 1, 2, 3… (absent: not in the navigation). */
  nav: NavPlaceSchema.optional(),
});

export type SiteData = z.infer<typeof SiteSchema>;
export type PersonData = z.infer<typeof PersonSchema>;
export type EventData = z.infer<typeof EventSchema>;
export type PostData = z.infer<typeof PostSchema>;
export type SeriesData = z.infer<typeof SeriesSchema>;
export type PageData = z.infer<typeof PageSchema>;
