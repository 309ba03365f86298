/**
 * The content model of content-format.md as plain zod schemas, shared by the
 * standalone checker and by Astro's content collections (which pass in their
 * own `image()` schema so that images go through Astro's pipeline).
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
import { HANDLE_REFERENCE_PATTERN, SLUG_PATTERN } from './handles.ts';
import { LIMITS, TEXT_LIMITS } from './limits.ts';
import { codePointName } from './plain-text.ts';
import { explainPrivateData, findPrivateData } from './private-data.ts';
import type { RuleCode, RuleProblem } from './rules.ts';
import { isKnownTimeZone, explainUnknownZone, parseWallClock } from './time.ts';

/**
 * Refuses a value in a refinement, saying which rule it breaks: the
 * validator reads the code back from the issue (validate/schema-check.ts).
 */
function refuse(ctx: z.RefinementCtx, rule: RuleCode, message: string, input?: unknown): void {
  ctx.addIssue(input === undefined ? { code: 'custom', message, params: { rule } } : { code: 'custom', message, input, params: { rule } });
}

/** A handle as written in a reference: `amy`, `"@Amy"`. */
export const HandleReferenceSchema = z.string().regex(HANDLE_REFERENCE_PATTERN, {
  error: (issue) => {
    const input = String(issue.input);
    // "tomás" → "tomas": handles are plain a-z, so suggest the name without its accents.
    const plain = input.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^@/, '');
    const hint = plain !== input.toLowerCase().replace(/^@/, '') && HANDLE_REFERENCE_PATTERN.test(plain) ? ` — did you mean "${plain}"?` : '';
    return `"${input}" is not a handle: a handle is the name of a file in content/people/ (a-z, 0-9, "_" and "-")${hint}`;
  },
});

/**
 * The rule of a pattern a schema checks with `.regex()`, by the pattern as
 * zod reports it (`issue.pattern`); any other pattern is a field's form ('bad-format').
 */
export const PATTERN_RULES: ReadonlyMap<string, RuleCode> = new Map<string, RuleCode>([
  [String(HANDLE_REFERENCE_PATTERN), 'handle-syntax'],
  [String(SLUG_PATTERN), 'slug-syntax'],
]);

/** A list of handle references. */
export const HandleListSchema = z.array(HandleReferenceSchema);

/** An event or series slug: the file name without its extension. */
export const SlugReferenceSchema = z.string().regex(SLUG_PATTERN, {
  error: (issue) => `"${String(issue.input)}" is not a slug: slugs are lowercase letters, digits and "-"`,
});

/** An absolute http(s) link. `z.url()` would also take `javascript:` and `data:` links. */
export const HttpUrlSchema = z.httpUrl({
  error: (issue) => `"${String(issue.input)}" is not a web address: write a full http:// or https:// link`,
});

/** A date or date-time as written (YAML may hand it over as a string or a Date). */
export const WallClockSchema = z.custom<string | Date>(() => true).superRefine((value, ctx) => {
  if (value === undefined) {
    refuse(ctx, 'required-field', 'is required: write a date like 2024-05-01 or a date and time like 2024-05-01 18:30');
    return;
  }
  const parsed = parseWallClock(value);
  if (!parsed.ok) refuse(ctx, 'bad-date', parsed.message);
});

/** A date alone: `2024-05-01` (a time is refused). */
export const DateOnlySchema = WallClockSchema.superRefine((value, ctx) => {
  const parsed = parseWallClock(value);
  if (parsed.ok && parsed.value.time !== undefined) {
    refuse(ctx, 'bad-date', 'must be a date alone, like 2024-05-01 (no time)');
  }
});

/** An IANA time zone name. */
export const TimeZoneSchema = z.string().superRefine((zone, ctx) => {
  if (!isKnownTimeZone(zone)) refuse(ctx, 'unknown-timezone', explainUnknownZone(zone));
});

/**
 * Plain text of bounded length: one line unless `multiline`, no control
 * characters (they break feeds and calendars), no e-mail address or phone
 * number (content-format.md, "Privacy"). Past its length nothing else is
 * checked, so no rule ever reads a megabyte of it.
 */
const plainText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = explainPlainTextProblem(value, max, options.multiline ?? false);
      if (problem) refuse(ctx, problem.rule, problem.message, value);
    });

/** Why a plain-text value is refused, or undefined. Checks are ordered cheapest first and stop at the first. */
function explainPlainTextProblem(value: string, max: number, multiline: boolean): RuleProblem | undefined {
  if (value.length === 0) return { rule: 'text-empty', message: 'must not be empty' };
  if (value.length > max) return { rule: 'text-too-long', message: `has at most ${max} characters (this one has ${value.length})` };
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/.exec(value);
  if (control) return { rule: 'control-character', message: `holds an invisible control character (${codePointName(control[0])}): remove it` };
  if (!value.isWellFormed()) return { rule: 'broken-character', message: 'holds a broken character (half of an emoji or other symbol): write it again' };
  if (!multiline && /[\r\n\u2028\u2029]/.test(value)) {
    return { rule: 'text-one-line', message: 'must be one line: remove the line breaks (for YAML\'s | or >, write the text on the same line instead)' };
  }
  const privateData = findPrivateData(value);
  return privateData ? { rule: 'private-data', message: explainPrivateData(privateData) } : undefined;
}

/** `#tag` or `tag`, one word. */
const HashtagSchema = z.string().regex(/^#?[\p{L}\p{N}_]+$/u, {
  error: (issue) => `"${String(issue.input)}" is not a hashtag: one word, like "#KindlingBrunch"`,
});

/** `2008`, `2008-03` or `2008-03-15`. */
export const OnlineSinceSchema = z.custom<string | number | Date>(() => true).superRefine((value, ctx) => {
  if (value instanceof Date) return;
  const s = String(value);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  const ok = m !== null && (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12));
  if (!ok || (m?.[3] !== undefined && !parseWallClock(s).ok)) {
    refuse(ctx, 'bad-date', `"${s}" is not a year, year-month or date: write 2008, 2008-03 or 2008-03-15`);
  }
});

/** How two people met. */
export const HowSchema = z.enum(['in-person', 'call', 'video']);

/** Where an event takes place. */
export const EventFormatSchema = z.enum(['in-person', 'online', 'hybrid']);

/** Whether an event goes ahead. */
export const EventStatusSchema = z.enum(['scheduled', 'cancelled', 'postponed']);

/** What MDX may do: `restricted` (Firsthand's components only) or `trusted` (run code). */
export const MdxModeSchema = z.enum(['restricted', 'trusted']);

const text = plainText;

/** content/site.yaml */
export const SiteSchema = z.strictObject({
  /** The community's name, shown in every page title. */
  name: text(TEXT_LIMITS.name),
  /** A short line under the name. */
  tagline: text(TEXT_LIMITS.title).optional(),
  /** The absolute origin the site is published at, for feeds, sitemap and canonical links. */
  url: HttpUrlSchema.superRefine((url, ctx) => {
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
      }
    })
    .default('en'),
  /** The community's git repository on the web; enables "Edit this page" links. */
  repository: HttpUrlSchema.optional(),
  /** The branch edits go to. */
  branch: z.string().regex(/^[A-Za-z0-9._/-]+$/, { error: 'is not a branch name' }).default('main'),
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
  posts_per_page: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(500, { error: 'must be at most 500' }).default(20),
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
});

/** site.yaml's settings when it leaves them out (the schema's defaults), for the file `new -- community` writes. */
export const SITE_DEFAULTS = {
  language: SiteSchema.shape.language.def.defaultValue,
  branch: SiteSchema.shape.branch.def.defaultValue,
  maxAttendees: SiteSchema.shape.met.parse(undefined).max_attendees,
  postsPerPage: SiteSchema.shape.posts_per_page.def.defaultValue,
};

/** Builds the entry schemas around an image schema (the checker's: a relative path next to the file). */
export function createEntrySchemas<Image extends z.ZodType>(image: Image) {
  const text = plainText;
  /** content/people/<handle>.md */
  const PersonSchema = z.strictObject({
    /** Full name as the person wants it shown, 1–100 characters. */
    name: text(TEXT_LIMITS.name),
    /** Pronouns, like she/her. */
    pronouns: text(TEXT_LIMITS.pronouns).optional(),
    /** Where they live, in their own words. */
    location: text(TEXT_LIMITS.name).optional(),
    /** A picture next to the file (`./amy.jpg`); initials are drawn when absent. */
    avatar: image.optional(),
    /** When they joined the online world: a year, year-month or date. */
    online_since: OnlineSinceSchema.optional(),
    /** Their own accounts elsewhere, shown with rel="me". */
    accounts: z
      .strictObject({
        /** X/Twitter user name, with or without @. */
        x: z.string().regex(/^@?[A-Za-z0-9_]{1,15}$/, { error: 'is not an X user name (up to 15 letters, digits or _)' }).optional(),
        /** Alias of `x`. */
        twitter: z.string().regex(/^@?[A-Za-z0-9_]{1,15}$/, { error: 'is not an X user name (up to 15 letters, digits or _)' }).optional(),
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
        github: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'is not a GitHub user name' }).optional(),
        /** The part of a LinkedIn profile link after linkedin.com/in/. */
        linkedin: z.string().regex(/^[\p{L}\p{N}_%-]{3,100}$/u, { error: 'is the part after linkedin.com/in/, like wren-castillo' }).optional(),
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

  /** content/events/<slug>.md|.mdx */
  const EventSchema = z.strictObject({
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
    /** Photos next to the file. */
    photos: z
      .array(
        z.strictObject({
          /** The image, next to the file: `./photo.jpg`. */
          src: image,
          /** What the photo shows, for people who cannot see it. */
          alt: text(TEXT_LIMITS.alt),
          /** Handles of the participants in the photo. */
          people: HandleListSchema.optional(),
        }),
      )
      .optional(),
  });

  /** content/posts/<slug>.md|.mdx */
  const PostSchema = z.strictObject({
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
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `"${String(issue.input)}" is not a tag: use lowercase words joined by "-", like "road-trip"` }))
      .default([]),
    /** A cover image next to the file, with cover_alt. */
    cover: image.optional(),
    /** What the cover shows. */
    cover_alt: text(TEXT_LIMITS.alt).optional(),
    /** true: not built at all. */
    draft: z.boolean().default(false),
  });

  /** content/series/<slug>.md */
  const SeriesSchema = z.strictObject({
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
  const PageSchema = z.strictObject({
    /** The page's title, also its label in the main navigation. */
    title: text(TEXT_LIMITS.title),
    /** One paragraph for link previews (default: the first paragraph of the body). */
    summary: text(TEXT_LIMITS.summary, { multiline: true }).optional(),
    /** Its place in the main navigation: 1, 2, 3… (absent: not in the navigation). */
    nav: NavPlaceSchema.optional(),
  });

  return { PersonSchema, EventSchema, PostSchema, SeriesSchema, PageSchema };
}

/** A page's place in the main navigation: a whole number from 1. */
export const NavPlaceSchema = z.custom<number>(() => true).superRefine((value, ctx) => {
  const problem = explainBadNavPlace(value);
  if (problem) refuse(ctx, 'bad-nav', problem, value);
});

/** Why a `nav` value is refused, or undefined. */
function explainBadNavPlace(value: unknown): string | undefined {
  const leaveOut = 'remove the line to leave the page out of the navigation';
  if (value === null) return `is empty: write the page's place in the main navigation (1, 2, 3…), or ${leaveOut}`;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return `must be a number without quotes: write nav: ${value.trim()}`;
  if (typeof value !== 'number') {
    const shown = typeof value === 'string' ? `, not "${value.length > 40 ? `${value.slice(0, 39)}…` : value}"` : typeof value === 'boolean' ? `, not ${value}` : '';
    return `must be a number, the page's place in the main navigation (1, 2, 3…)${shown}; or ${leaveOut}`;
  }
  if (!Number.isInteger(value)) return `must be a whole number (1, 2, 3…), not ${value}`;
  if (value < 1) return `must be 1 or more: 1 is the first place after the built-in links; or ${leaveOut}`;
  if (value > 999) return 'must be at most 999';
  return undefined;
}

/** In the checker, an image is a relative path next to the file; validate/context.ts checks it exists. */
export const ImagePathSchema = z.string().superRefine((path, ctx) => {
  const problem = explainBadImagePath(path);
  if (problem) refuse(ctx, problem.rule, problem.message, path);
});

/** Why an SVG picture is refused, wherever it is named (a field or a body). */
export function explainSvgPicture(shown: string): string {
  return `"${shown}" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that`;
}

/**
 * Why an image path is refused, or undefined. SVG is refused because an SVG
 * is a document that can run script on the site's own origin when opened
 * (the build copies it as it is); a name with `?`, `#` or `%` is read by the
 * build as a query or an escape rather than as the file.
 */
export function explainBadImagePath(path: string): RuleProblem | undefined {
  const shown = path.length > 80 ? `${path.slice(0, 79)}…` : path;
  if (/\.svgz?$/i.test(path)) return { rule: 'svg-image', message: explainSvgPicture(shown) };
  if (path.length > 300 || !/^\.{1,2}\/\S+\.(?:jpe?g|png|webp|avif|gif)$/i.test(path)) {
    return { rule: 'bad-image-path', message: `"${shown}" is not an image next to the file: write a relative path like ./photo.jpg (jpg, png, webp, avif or gif)` };
  }
  return explainBadPictureName(path, shown);
}

/**
 * Why a `logo` path in site.yaml is refused, or undefined: a relative path to
 * a png, jpg, webp or svg, named like every picture. SVG is allowed here
 * alone, because the build publishes PNGs drawn from the logo, never the
 * file itself (src/lib/logo.ts).
 */
export function explainBadLogoPath(path: string): RuleProblem | undefined {
  const shown = path.length > 80 ? `${path.slice(0, 79)}…` : path;
  if (path.length > 300 || !/^\.{1,2}\/\S+\.(?:jpe?g|png|webp|svg)$/i.test(path)) {
    return { rule: 'bad-image-path', message: `"${shown}" is not an image next to site.yaml: write a relative path like ./logo.png (png, jpg, webp or svg)` };
  }
  return explainBadPictureName(path, shown);
}

/** Why a picture's relative path holds a character the build would misread, or undefined (`shown`: the path as quoted). */
function explainBadPictureName(path: string, shown: string): RuleProblem | undefined {
  const bad = /[^\p{L}\p{N}\p{M} ._\/()+,'-]/u.exec(path);
  if (bad) return { rule: 'bad-image-name', message: `"${shown}": a picture's file name cannot hold "${bad[0]}": rename the file with letters, digits, "-" and "_"` };
  return undefined;
}

export const { PersonSchema, EventSchema, PostSchema, SeriesSchema, PageSchema } = createEntrySchemas(ImagePathSchema);

export type SiteData = z.infer<typeof SiteSchema>;
export type PersonData = z.infer<typeof PersonSchema>;
export type EventData = z.infer<typeof EventSchema>;
export type PostData = z.infer<typeof PostSchema>;
export type SeriesData = z.infer<typeof SeriesSchema>;
export type PageData = z.infer<typeof PageSchema>;

