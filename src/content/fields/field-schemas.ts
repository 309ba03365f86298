/**
 * The field schemas the content model is built from: references (handles,
 * slugs, links), dates, times and zones, plain text, the fixed sets of
 * values, a page's nav place and picture paths. Every refusal names the rule
 * it breaks (rules.ts), which the validator reads back from the issue.
 */
import { z } from 'zod';
import { HANDLE_REFERENCE_PATTERN, SLUG_PATTERN } from './handles.ts';
import { codePointName } from '../../base/plain-text.ts';
import { emailAddressOf, explainPrivateData, findPrivateData } from './private-data.ts';
import type { RuleCode, RuleProblem } from '../report/rules.ts';
import { isKnownTimeZone, explainUnknownZone, parseWallClock } from './time.ts';

/**
 * Refuses a value in a refinement, saying which rule it breaks: the
 * validator reads the code back from the issue (validate/schema-check.ts).
 */
export function refuse(ctx: z.RefinementCtx, rule: RuleCode, message: string, input?: unknown): void {
  ctx.addIssue(input === undefined ? { code: 'custom', message, params: { rule } } : { code: 'custom', message, input, params: { rule } });
}

/** A handle as written in a reference: `amy`, `"@Amy"`. */
export const HandleReferenceSchema = z.string().regex(HANDLE_REFERENCE_PATTERN, {
  error: (issue) => {
    const input = String(issue.input);
    // "tomás" → "tomas": handles are plain a-z, so suggest the name without its accents.
    const plain = input
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/^@/, '');
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
export const WallClockSchema = z
  .custom<string | Date>(() => true)
  .superRefine((value, ctx) => {
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
 * number (docs/content-format.md, "Privacy"). Past its length nothing else is
 * checked, so no rule ever reads a megabyte of it.
 */
export const plainText = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = explainPlainTextProblem(value, max, options.multiline ?? false);
      if (problem) refuse(ctx, problem.rule, problem.message, value);
    });

/** Why a plain-text value (trimmed) is refused, or undefined. Checks are ordered cheapest first and stop at the first. */
export function explainPlainTextProblem(value: string, max: number, multiline: boolean): RuleProblem | undefined {
  if (value.length === 0) return { rule: 'text-empty', message: 'must not be empty' };
  if (value.length > max) return { rule: 'text-too-long', message: `has at most ${max} characters (this one has ${value.length})` };
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/.exec(value);
  if (control) return { rule: 'control-character', message: `holds an invisible control character (${codePointName(control[0])}): remove it` };
  // Direction overrides and isolates make a text show in another order than it is read (names that spoof others).
  const direction = /[\u202A-\u202E\u2066-\u2069]/.exec(value);
  if (direction) {
    return {
      rule: 'control-character',
      message: `holds an invisible direction control (${codePointName(direction[0])}), which can make the text show in another order than it is written: remove it`,
    };
  }
  if (!value.isWellFormed()) return { rule: 'broken-character', message: 'holds a broken character (half of an emoji or other symbol): write it again' };
  if (!multiline && /[\r\n\u2028\u2029]/.test(value)) {
    return { rule: 'text-one-line', message: "must be one line: remove the line breaks (for YAML's | or >, write the text on the same line instead)" };
  }
  const privateData = findPrivateData(value);
  return privateData ? { rule: 'private-data', message: explainPrivateData(privateData) } : undefined;
}

/** A time of day at the venue, `19:00` (quoted or not: YAML's core schema reads it as text). */
export const TimeOfDaySchema = z.string({ error: 'is a time of day like "19:00"' }).superRefine((value, ctx) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) refuse(ctx, 'bad-date', `"${value}" is not a time of day: write it like "19:00"`);
});

/** An imported calendar entry's UID, as `import` wrote it: one line of text, never published and never read as an address. */
export const SourceUidSchema = z
  .string({ error: 'is the UID of the calendar entry the event came from, as import writes it' })
  .max(1000, { error: 'has at most 1000 characters' })
  .regex(/^[^\u0000-\u001F\u007F]+$/, { error: 'must be one line of text without control characters' });

/**
 * One of the community's own e-mail addresses (site.yaml `public_emails`), in
 * lower case: an address alone, as a body shows it. Whose it is cannot be
 * told from the address (a community may well use a free-mail one): listing
 * it is the maintainers' word that it is the community's.
 */
export const PublicEmailSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (emailAddressOf(value) !== undefined) return;
    const inside = findPrivateData(value);
    refuse(
      ctx,
      'bad-format',
      inside?.kind === 'email'
        ? `"${value}" is more than an e-mail address: write the address alone, ${inside.value}`
        : `"${value}" is not an e-mail address: write one address, like talks@example.org`,
      value,
    );
  })
  .transform((value) => value.toLowerCase());

/** The addresses a `public_emails` list holds as written, even with one written wrong (mailto:talks@…), in lower case: what bodies are read with while site.yaml has a problem. */
export function readPublicEmails(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const found = list.map((item) => (typeof item === 'string' ? findPrivateData(item) : undefined));
  return [...new Set(found.flatMap((f) => (f?.kind === 'email' ? [f.value.toLowerCase()] : [])))];
}

/** `#tag` or `tag`, one word. */
export const HashtagSchema = z.string().regex(/^#?[\p{L}\p{N}_]+$/u, {
  error: (issue) => `"${String(issue.input)}" is not a hashtag: one word, like "#KindlingBrunch"`,
});

/** `2008`, `2008-03` or `2008-03-15`. */
export const OnlineSinceSchema = z
  .custom<string | number | Date>(() => true)
  .superRefine((value, ctx) => {
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

/** A page's place in the main navigation: a whole number from 1. */
export const NavPlaceSchema = z
  .custom<number>(() => true)
  .superRefine((value, ctx) => {
    const problem = explainBadNavPlace(value);
    if (problem) refuse(ctx, 'bad-nav', problem, value);
  });

/** Why a `nav` value is refused, or undefined. */
function explainBadNavPlace(value: unknown): string | undefined {
  const leaveOut = 'remove the line to leave the page out of the navigation';
  if (value === null) return `is empty: write the page's place in the main navigation (1, 2, 3…), or ${leaveOut}`;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return `must be a number without quotes: write nav: ${value.trim()}`;
  if (typeof value !== 'number') {
    const shown =
      typeof value === 'string' ? `, not "${value.length > 40 ? `${value.slice(0, 39)}…` : value}"` : typeof value === 'boolean' ? `, not ${value}` : '';
    return `must be a number, the page's place in the main navigation (1, 2, 3…)${shown}; or ${leaveOut}`;
  }
  if (!Number.isInteger(value)) return `must be a whole number (1, 2, 3…), not ${value}`;
  if (value < 1) return `must be 1 or more: 1 is the first place after the built-in links; or ${leaveOut}`;
  if (value > 999) return 'must be at most 999';
  return undefined;
}
