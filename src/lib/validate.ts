/**
 * The one validator behind `npm run check` and `npm run build`. It is a pure
 * function of the files' text: it reads every file, checks every rule of
 * content-format.md, and returns every problem at once together with the
 * content it could read, as plain data.
 */
import type { z } from 'zod';
import { checkBodyImages, checkLinkSchemes, checkRestrictedMdx } from './body-checks.ts';
import { checkNesting, findControlCharacter } from './body-limits.ts';
import { parseHexColour } from './accent.ts';
import { LIMITS } from './limits.ts';
import { explainLogoFile } from './logo.ts';
import { checkBodyPrivateData } from './private-data.ts';
import { explainBadHandle, explainBadSlug, HANDLE_REFERENCE_PATTERN, parseHandle } from './handles.ts';
import type { Accounts, Content, Event, MetRecord, Page, Person, Post, Series, Site } from './model.ts';
import { toPage } from './pages.ts';
import type { ContentProblem } from './problems.ts';
import { sortProblems } from './problems.ts';
import { POST_PLACEHOLDER } from './templates.ts';
import {
  EventSchema,
  PageSchema,
  PersonSchema,
  PostSchema,
  SeriesSchema,
  SiteSchema,
  type EventData,
  type PageData,
  type PersonData,
  type PostData,
  type SeriesData,
  type SiteData,
} from './schemas.ts';
import { explainPageSlugClash } from './site-paths.ts';
import { formatFieldPath, parseContentFile, parseYamlFile, type FieldPath, type ParsedSource } from './source.ts';
import { didYouMean } from './suggest.ts';
import { parseWallClock, parseZonedTime, type ZonedTime } from './time.ts';

/** One file of the content folder. */
export interface ContentFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** The file's text (only needed for Markdown, MDX and YAML files). */
  text?: string;
  /** The first bytes of an image, to tell a real image from a broken upload. */
  head?: Uint8Array;
  /** Size in bytes, when the file was too large to be read. */
  size?: number;
  /** A symbolic link: it could lead outside the repository, so it is refused. */
  symlink?: boolean;
}

export interface ValidateInput {
  /** The content folder relative to the repository root (`content`). */
  root: string;
  /** Every file under the content folder: text for .md/.mdx/.yaml, paths alone for images. */
  files: readonly ContentFile[];
}

export interface ValidateResult {
  /** Every problem, sorted by file and position. */
  problems: ContentProblem[];
  /** Things that pass but that maintainers must know about (trusted MDX), sorted likewise. */
  warnings: ContentProblem[];
  /** What could be read; complete and trustworthy only when there are no problems. */
  content: Content;
}

type Kind = 'person' | 'event' | 'post' | 'series' | 'page';

/** A collection by folder name; own properties only, so a folder named "constructor" is just unknown. */
function collectionOf(folder: string): { kind: Kind; extensions: readonly string[] } | undefined {
  return Object.hasOwn(COLLECTIONS, folder) ? COLLECTIONS[folder] : undefined;
}

const COLLECTIONS: Record<string, { kind: Kind; extensions: readonly string[] }> = {
  people: { kind: 'person', extensions: ['.md'] },
  events: { kind: 'event', extensions: ['.md', '.mdx'] },
  posts: { kind: 'post', extensions: ['.md', '.mdx'] },
  series: { kind: 'series', extensions: ['.md'] },
  pages: { kind: 'page', extensions: ['.md'] },
};

const SCHEMAS = { person: PersonSchema, event: EventSchema, post: PostSchema, series: SeriesSchema, page: PageSchema } as const;

/** What `mdx: trusted` means, said wherever the content is checked. */
export const TRUSTED_MDX_WARNING =
  'trusted MDX runs code: every .mdx file can run any program on the machine that builds the site, CI included, with its secrets; review each .mdx change as you would review code, or remove this line to go back to restricted MDX';

/** Something with a file and positions to report against. */
interface Located {
  file: string;
  source: ParsedSource;
}

/** A file that was read, waiting for the cross-file checks. */
interface Entry<T> extends Located {
  id: string;
  /** The frontmatter as read, for checks that must run even when the schema failed. */
  raw: Record<string, unknown>;
  /** The typed data, when the file passed its schema. */
  data: T | undefined;
  /** True when a problem was already reported at or around `path`. */
  isBad(path: FieldPath): boolean;
  mdx: boolean;
}

function problemAt(file: string, field: FieldPath | string, message: string, position: { line: number; column: number } | undefined): ContentProblem {
  const problem: ContentProblem = { file, field: typeof field === 'string' ? field : formatFieldPath(field), message };
  if (position) {
    problem.line = position.line;
    problem.column = position.column;
  }
  return problem;
}

/** Collects problems with positions taken from a parsed file. */
class Reporter {
  readonly problems: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];

  add(file: string, field: FieldPath | string, message: string, position?: { line: number; column: number } | undefined): void {
    this.problems.push(problemAt(file, field, message, position));
  }

  /** Something that passes, but that the maintainers must not miss. */
  warn(file: string, field: FieldPath | string, message: string, position?: { line: number; column: number } | undefined): void {
    this.warnings.push({ ...problemAt(file, field, message, position), severity: 'warning' });
  }

  /** A problem with a field's value, located in the file. */
  at(entry: Located, path: FieldPath, message: string): void {
    this.add(entry.file, path, message, entry.source.locate(path));
  }
}

/** Turns a zod issue into words an editor understands. */
function explainIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required';
      if (input === null) return 'is empty: write a value after the colon, or remove the line';
      switch (issue.expected) {
        case 'string':
          return typeof input === 'number' || typeof input === 'boolean'
            ? `must be text: put it in quotes, like "${String(input)}"`
            : Array.isArray(input)
              ? 'must be a single value, not a list'
              : 'must be text';
        case 'boolean':
          return typeof input === 'string'
            ? `must be true or false, not "${input}"${/^(no|n|off|false)$/i.test(input) ? ': write false' : /^(yes|y|on|true)$/i.test(input) ? ': write true' : ''}`
            : 'must be true or false';
        case 'array':
          return typeof input === 'string' ? `must be a list: write [${input}]` : 'must be a list, like [amy, bo]';
        case 'object':
          return 'must be a group of fields, each on its own line indented by two spaces';
        case 'number':
        case 'int':
          return typeof input === 'string' ? `must be a number, not "${input}"` : 'must be a number';
        default:
          return `has the wrong kind of value (expected ${issue.expected})`;
      }
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = typeof input === 'string' ? didYouMean(input, values) : '';
      return `must be one of ${values.join(', ')}${hint ? hint : typeof input === 'string' ? ` (not "${input}")` : ''}`;
    }
    default:
      return issue.message;
  }
}

/** The keys an object schema knows at a path (for "did you mean" on unknown nested fields). */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; element?: unknown; in?: unknown } };
    for (let i = 0; i < 10 && node?.def; i++) {
      const t = node.def.type;
      if (t === 'optional' || t === 'nullable' || t === 'default' || t === 'readonly') node = node.def.innerType as typeof node;
      else if (t === 'pipe') node = node.def.in as typeof node;
      else break;
    }
    return node;
  };
  for (const part of path) {
    const node = unwrap(current) as { def?: { type?: string; element?: unknown }; shape?: Record<string, unknown> };
    if (node?.def?.type === 'array' && typeof part === 'number') current = node.def.element;
    else if (node?.shape) current = node.shape[String(part)];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node?.shape ? Object.keys(node.shape) : [];
}

/** What checking one file against its schema found. */
interface SchemaCheck<T> {
  /** The typed data when the file passed its schema (and read without YAML problems). */
  data: T | undefined;
  /** True when a problem was reported at `path` or around it. */
  isBad(path: FieldPath): boolean;
}

/**
 * Validates one file's data against its schema, reporting every issue. Issues
 * on a line that already has a YAML problem are left out: they are its echo.
 */
function checkSchema<S extends z.ZodType>(
  schema: S,
  file: string,
  source: ParsedSource,
  report: Reporter,
): SchemaCheck<z.infer<S>> {
  const badFields = source.problems.map((p) => p.field);
  const isBad = (path: FieldPath): boolean => {
    const field = formatFieldPath(path);
    return badFields.some((f) => f === '' || f === field || field.startsWith(`${f}.`) || field.startsWith(`${f}[`) || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
  };
  if (source.data === undefined) return { data: undefined, isBad: () => true };
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { data: source.problems.length === 0 ? result.data : undefined, isBad };
  const reportedLines = new Set(source.problems.map((p) => p.position?.line));
  const sourceFields = source.problems.map((p) => p.field);
  const echoesSource = (field: string): boolean =>
    sourceFields.some((f) => f === '' || f === field || field.startsWith(`${f}.`) || field.startsWith(`${f}[`));
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const line = source.locate(path)?.line;
    if (reportedLines.has(line) || echoesSource(formatFieldPath(path))) continue;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const message =
          key === 'slug' || key === 'id'
            ? `there is no "${key}" field: an entry is known by its file name alone, so rename the file to change it`
            : `unknown field${didYouMean(key, known)}`;
        report.add(file, keyPath, message, source.locateKey(keyPath));
        badFields.push(formatFieldPath(keyPath));
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    const missing = issue.code === 'invalid_type' && input === undefined;
    report.add(file, path, explainIssue(issue), missing ? source.locate(path.slice(0, -1)) : source.locate(path));
    badFields.push(formatFieldPath(path));
  }
  return { data: undefined, isBad };
}

function normalizeBase(base: string | undefined): string {
  if (!base || base === '/') return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`;
}

function toSite(data: SiteData): Site {
  const site: Site = {
    name: data.name,
    url: new URL(data.url).origin,
    base: normalizeBase(data.base),
    timezone: data.timezone,
    language: data.language ?? 'en',
    branch: data.branch ?? 'main',
    hosts: (data.hosts ?? []).map(parseHandle),
    maxAttendees: data.met?.max_attendees ?? 30,
    postsPerPage: data.posts_per_page ?? 20,
    mdx: data.mdx ?? 'restricted',
  };
  if (data.tagline !== undefined) site.tagline = data.tagline;
  if (data.repository !== undefined) site.repository = data.repository.replace(/\/+$/, '');
  if (data.logo !== undefined) site.logo = data.logo;
  const accent = data.accent === undefined ? undefined : parseHexColour(data.accent);
  if (accent !== undefined) site.accent = accent;
  return site;
}

/** What pages see while site.yaml cannot be read: no logo and no accent, so the theme's own look. */
const FALLBACK_SITE: Site = {
  name: 'Firsthand',
  url: 'https://example.org',
  base: '/',
  timezone: 'UTC',
  language: 'en',
  branch: 'main',
  hosts: [],
  maxAttendees: 30,
  postsPerPage: 20,
  mdx: 'restricted',
};

/** Resolves `./photo.jpg` against the file's folder. */
function resolveRelative(file: string, relative: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * Problems with a file as a whole, reported before it is parsed (one message,
 * and its fields are then not read): a symbolic link, which could publish a
 * file from outside the repository; a file too large for any editor to have
 * written by hand; a control character, which the build's readers choke on.
 * Returns true when the file must not be read further.
 */
function reportFileForm(f: ContentFile, report: Reporter): boolean {
  if (f.symlink) {
    report.add(f.path, '', 'this is a symbolic link, which could publish a file from outside the repository: put the file itself here');
    return true;
  }
  const size = f.size ?? f.text?.length ?? 0;
  if (size > LIMITS.fileBytes) {
    report.add(f.path, '', `this file has ${(size / 1_000_000).toFixed(1)} MB, and a content file holds at most ${LIMITS.fileBytes / 1_000_000} MB: split it, and keep pictures in files of their own`);
    return true;
  }
  const control = f.text === undefined ? undefined : findControlCharacter(f.text);
  if (control) {
    report.add(f.path, '', `an invisible control character (${control.code}) is here: remove it, and save the file as plain UTF-8 text`, control);
    return true;
  }
  return false;
}

/** Validates a whole content folder. */
export function validateContent(input: ValidateInput): ValidateResult {
  const report = new Reporter();
  const root = input.root.replace(/\/+$/, '');
  const allPaths = new Set(input.files.map((f) => f.path));
  const heads = new Map(input.files.filter((f) => f.head !== undefined).map((f) => [f.path, f.head as Uint8Array]));
  const symlinks = input.files.filter((f) => f.symlink).map((f) => f.path);

  // --- site.yaml
  let site: Site = FALLBACK_SITE;
  const siteFile = `${root}/site.yaml`;
  const siteEntry = input.files.find((f) => f.path === siteFile || f.path === `${root}/site.yml`);
  let siteSource: ParsedSource | undefined;
  if (!siteEntry) {
    report.add(siteFile, '', 'the community settings file is missing: create content/site.yaml with at least name, url and timezone');
  } else if (reportFileForm(siteEntry, report)) {
    // Unreadable as a whole: its fields are not guessed at.
  } else {
    if (siteEntry.path.endsWith('.yml')) report.add(siteEntry.path, '', 'rename this file to site.yaml');
    siteSource = parseYamlFile(siteEntry.text ?? '');
    for (const p of siteSource.problems) report.add(siteEntry.path, p.field, p.message, p.position);
    const checked = checkSchema(SiteSchema, siteEntry.path, siteSource, report);
    if (checked.data) site = toSite(checked.data);
    else if (!checked.isBad(['timezone']) && typeof (siteSource.data as { timezone?: unknown } | undefined)?.timezone === 'string') {
      // Keep the community's zone so events are still checked against it.
      site = { ...site, timezone: (siteSource.data as { timezone: string }).timezone };
    }
    if (checked.data?.mdx === 'trusted') report.warn(siteEntry.path, 'mdx', TRUSTED_MDX_WARNING, siteSource.locate(['mdx']));
    const logo = (siteSource.data as { logo?: unknown } | undefined)?.logo;
    if (typeof logo === 'string' && !checked.isBad(['logo'])) {
      const target = resolveRelative(siteEntry.path, logo);
      const head = heads.get(target);
      // A logo behind a symbolic link: the link is the one mistake, already reported.
      const linked = symlinks.some((link) => target.startsWith(`${link}/`));
      const problem = linked ? undefined : explainLogoFile(logo, { exists: allPaths.has(target), head, format: head === undefined ? undefined : sniffImage(head) });
      if (problem) report.add(siteEntry.path, 'logo', problem, siteSource.locate(['logo']));
    }
  }

  // --- read every entry file
  const entries: { person: Entry<PersonData>[]; event: Entry<EventData>[]; post: Entry<PostData>[]; series: Entry<SeriesData>[]; page: Entry<PageData>[] } = {
    person: [],
    event: [],
    post: [],
    series: [],
    page: [],
  };
  const seenIds: Record<Kind, Map<string, string>> = { person: new Map(), event: new Map(), post: new Map(), series: new Map(), page: new Map() };
  // Sorted, so that which of two clashing files is reported never depends on the disk.
  const sortedFiles = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sortedFiles) {
    if (!f.path.startsWith(`${root}/`) || f === siteEntry) continue;
    if (reportFileForm(f, report)) continue;
    const rel = f.path.slice(root.length + 1);
    const parts = rel.split('/');
    const name = parts[parts.length - 1] ?? '';
    const dot = name.lastIndexOf('.');
    const ext = dot >= 0 ? name.slice(dot).toLowerCase() : '';
    const isText = ext === '.md' || ext === '.mdx' || ext === '.markdown';
    if (parts.length === 1) {
      if (isText) report.add(f.path, '', `this file is outside every collection: move it into ${Object.keys(COLLECTIONS).map((c) => `content/${c}/`).join(', ')}`);
      continue;
    }
    const folder = parts[0] ?? '';
    const collection = collectionOf(folder);
    if (!collection) {
      if (isText) {
        const plural = folder.toLowerCase() === 'person' ? 'people' : `${folder.toLowerCase()}s`;
        const hint = collectionOf(plural) ? ` — did you mean "${plural}"?` : didYouMean(folder, Object.keys(COLLECTIONS));
        report.add(f.path, '', `"${folder}" is not a content folder${hint}`);
      }
      continue;
    }
    if (!isText) continue; // images and other files next to entries
    if (name.slice(dot) !== ext) {
      report.add(f.path, '', `rename the file to end in lowercase ${ext}: the build reads ${ext} files only`);
      continue;
    }
    if (parts.length > 2) {
      report.add(f.path, '', `put this file directly in content/${folder}/, not in a sub-folder`);
      continue;
    }
    if (!collection.extensions.includes(ext)) {
      report.add(f.path, '', `files in content/${folder}/ end in ${collection.extensions.join(' or ')}, not ${ext}`);
      continue;
    }
    const id = name.slice(0, dot);
    const badName =
      collection.kind === 'person'
        ? explainBadHandle(id)
        : collection.kind === 'post' && /^\d+$/.test(id)
          ? `a post cannot be named only with digits (/posts/${id}/ is a page of the post list)`
          : explainBadSlug(id);
    if (badName) {
      report.add(f.path, '', `the file name is the ${collection.kind === 'person' ? 'handle' : 'slug'}, and ${badName}: rename the file`);
      continue;
    }
    const clash = collection.kind === 'page' ? explainPageSlugClash(id) : undefined;
    if (clash) {
      report.add(f.path, '', clash);
      continue;
    }
    const previous = seenIds[collection.kind].get(id);
    if (previous) {
      report.add(f.path, '', `${previous} already uses the name "${id}": keep one of the two files`);
      continue;
    }
    seenIds[collection.kind].set(id, f.path);
    const source = parseContentFile(f.text ?? '');
    for (const p of source.problems) report.add(f.path, p.field, p.message, p.position);
    const checked = checkSchema(SCHEMAS[collection.kind] as z.ZodType, f.path, source, report);
    const raw = (source.data ?? {}) as Record<string, unknown>;
    (entries[collection.kind] as Entry<unknown>[]).push({ id, file: f.path, source, raw, data: checked.data, isBad: checked.isBad, mdx: ext === '.mdx' });
  }

  const handles = new Set(seenIds.person.keys());
  const eventSlugs = new Set(seenIds.event.keys());
  const seriesSlugs = new Set(seenIds.series.keys());

  /** Resolves a well-formed handle reference, reporting one with no file. */
  const resolveHandle = (entry: Located, path: FieldPath, reference: unknown): string | undefined => {
    if (typeof reference !== 'string' || !HANDLE_REFERENCE_PATTERN.test(reference)) return undefined; // the schema said why
    const handle = parseHandle(reference);
    if (handles.has(handle)) return handle;
    report.at(entry, path, `unknown handle "${reference}"${didYouMean(handle, handles)}`);
    return undefined;
  };
  /** Resolves a list of references, each person once, in order. */
  const resolveHandles = (entry: Located, path: FieldPath, references: unknown): string[] => {
    const out: string[] = [];
    asList(references).forEach((ref, i) => {
      const h = resolveHandle(entry, [...path, i], ref);
      if (h !== undefined && !out.includes(h)) out.push(h);
    });
    return out;
  };
  const checkImage = (entry: Located & { isBad(path: FieldPath): boolean }, path: FieldPath, relative: unknown): void => {
    if (typeof relative !== 'string' || entry.isBad(path)) return;
    const target = resolveRelative(entry.file, relative);
    // A picture behind a symbolic link: the link is the one mistake, already reported.
    if (symlinks.some((link) => target.startsWith(`${link}/`))) return;
    if (!allPaths.has(target)) {
      report.at(entry, path, `image "${relative}" not found: put the file next to ${entry.file.split('/').pop()} or correct the name`);
      return;
    }
    const head = heads.get(target);
    if (head === undefined) return;
    const format = sniffImage(head);
    if (format === undefined) {
      report.at(entry, path, `"${relative}" is not a readable image (${head.length === 0 ? 'the file is empty' : 'its contents are not JPEG, PNG, GIF, WebP or AVIF'}): save it again as a .jpg or .png`);
    } else if (format === 'svg') {
      // Named like a picture, but an SVG document inside, which can carry scripts.
      report.at(entry, path, `"${relative}" holds an SVG drawing, which can carry scripts: save it as a real .png (or .jpg) and use that`);
    }
  };
  const checkBody = (entry: Entry<unknown>): void => {
    const shift = (p: { line: number; column: number }) => ({ line: entry.source.bodyLine + p.line - 1, column: p.column });
    const body = entry.source.body;
    const nesting = checkNesting(body);
    const problems = [...(nesting ? [nesting] : []), ...checkLinkSchemes(body), ...checkBodyImages(body), ...checkBodyPrivateData(body)];
    for (const p of problems) report.add(entry.file, 'body', p.message, shift(p));
    // A body nested too deep is not handed to the MDX parser, which would spend minutes on it.
    if (entry.mdx && site.mdx !== 'trusted' && !nesting) {
      const { problems, references } = checkRestrictedMdx(body);
      for (const p of problems) report.add(entry.file, 'body', p.message, shift(p));
      for (const r of references) {
        if (r.refers === 'person') {
          const handle = parseHandle(r.value);
          if (!handles.has(handle)) report.add(entry.file, 'body', `<${r.component} ${r.attribute}="${r.value}">: unknown handle${didYouMean(handle, handles)}`, shift(r));
        } else if (!eventSlugs.has(r.value)) {
          report.add(entry.file, 'body', `<${r.component} ${r.attribute}="${r.value}">: unknown event${didYouMean(r.value, eventSlugs)}`, shift(r));
        }
      }
    }
  };

  if (siteSource && siteEntry) site.hosts = resolveHandles({ file: siteEntry.path, source: siteSource }, ['hosts'], (siteSource.data as { hosts?: unknown } | undefined)?.hosts);

  // --- series
  const series: Series[] = [];
  for (const e of entries.series) {
    checkBody(e);
    const hosts = resolveHandles(e, ['hosts'], e.raw['hosts']);
    const d = e.data;
    if (!d) continue;
    const s: Series = { slug: e.id, file: e.file, title: d.title, hosts, body: e.source.body };
    if (d.summary !== undefined) s.summary = d.summary;
    if (d.cadence !== undefined) s.cadence = d.cadence;
    series.push(s);
  }

  // --- pages
  const pages: Page[] = [];
  for (const e of entries.page) {
    checkBody(e);
    if (e.data) pages.push(toPage(e.id, e.file, e.data, e.source.body));
  }

  // --- events
  const events: Event[] = [];
  const eventDates = new Map<string, { status: unknown; first: string; last: string }>();
  for (const e of entries.event) {
    checkBody(e);
    const r = e.raw;
    const zoneOk = !e.isBad(['timezone']) && (r['timezone'] === undefined || typeof r['timezone'] === 'string');
    const timezone = typeof r['timezone'] === 'string' && zoneOk ? r['timezone'] : site.timezone;
    let start: ZonedTime | undefined;
    let end: ZonedTime | undefined;
    if (zoneOk && !e.isBad(['start']) && r['start'] !== undefined) {
      const parsed = parseZonedTime(r['start'], timezone);
      if (parsed.ok) start = parsed.value;
      else report.at(e, ['start'], parsed.message);
    }
    if (zoneOk && !e.isBad(['end']) && r['end'] !== undefined) {
      const parsed = parseZonedTime(r['end'], timezone);
      if (!parsed.ok) report.at(e, ['end'], parsed.message);
      else if (start) {
        end = parsed.value;
        if (end.allDay !== start.allDay) {
          report.at(e, ['end'], end.allDay ? 'start has a time, so end needs one too (like 2024-05-01 21:00)' : 'start is a date alone (all day), so end must be a date alone too');
        } else if (end.allDay ? end.date < start.date : end.epochMs < start.epochMs) {
          report.at(e, ['end'], `ends before it starts (${describeTime(end)} is before ${describeTime(start)})`);
        }
      }
    }
    if (start) eventDates.set(e.id, { status: r['status'], first: start.date, last: end && end.date > start.date ? end.date : start.date });
    const format = r['format'] ?? 'in-person';
    if (!e.isBad(['format']) && !e.isBad(['venue']) && (format === 'in-person' || format === 'hybrid') && r['venue'] === undefined) {
      report.at(e, ['venue'], `an ${String(format)} event needs a venue with at least a name (or set format: online)`);
    }
    if (!e.isBad(['format']) && format === 'online' && r['online_url'] === undefined) {
      report.at(e, ['online_url'], 'an online event needs online_url, the link where people join');
    }
    const venue = asObject(r['venue']);
    if (venue && !e.isBad(['venue']) && (venue['lat'] === undefined) !== (venue['lng'] === undefined)) {
      report.at(e, ['venue', venue['lat'] === undefined ? 'lng' : 'lat'], 'give lat and lng together, or neither');
    }
    const seriesRef = r['series'];
    if (typeof seriesRef === 'string' && !e.isBad(['series']) && !seriesSlugs.has(seriesRef)) {
      report.at(e, ['series'], `unknown series "${seriesRef}"${didYouMean(seriesRef, seriesSlugs)}: series live in content/series/`);
    }
    const hosts = resolveHandles(e, ['hosts'], r['hosts']);
    const speakers = resolveHandles(e, ['speakers'], r['speakers']);
    const attendees = resolveHandles(e, ['attendees'], r['attendees']);
    const participants = [...new Set([...hosts, ...speakers, ...attendees])];
    if (r['everyone_met'] === true && participants.length > LIMITS.everyoneMet) {
      report.at(e, ['everyone_met'], `everyone_met: true says that all ${participants.length} people met each other, and the most it can say that of is ${LIMITS.everyoneMet}: remove it, and record who really met with a met entry naming the event`);
    }
    const participantsKnown = !e.isBad(['hosts']) && !e.isBad(['speakers']) && !e.isBad(['attendees']);
    const photos = asList(r['photos']).map((photo, i) => {
      const p = asObject(photo) ?? {};
      checkImage(e, ['photos', i, 'src'], p['src']);
      const people: string[] = [];
      asList(p['people']).forEach((ref, j) => {
        const h = resolveHandle(e, ['photos', i, 'people', j], ref);
        if (h === undefined) return;
        if (participantsKnown && !participants.includes(h)) {
          report.at(e, ['photos', i, 'people', j], `"${String(ref)}" is tagged in this photo but is not a host, speaker or attendee of this event: add them to attendees, or remove the tag`);
        } else if (!people.includes(h)) people.push(h);
      });
      return { src: String(p['src']), alt: String(p['alt']), people };
    });
    const d = e.data;
    if (!d || !start) continue;
    const ev: Event = {
      slug: e.id,
      file: e.file,
      title: d.title,
      timezone,
      start,
      format: d.format ?? 'in-person',
      status: d.status ?? 'scheduled',
      hosts,
      speakers,
      attendees,
      participants,
      guests: d.guests ?? [],
      photos,
      body: e.source.body,
      mdx: e.mdx,
    };
    if (end) ev.end = end;
    if (d.venue) ev.venue = dropUndefined(d.venue);
    if (d.online_url !== undefined) ev.onlineUrl = d.online_url;
    if (d.hashtag !== undefined) ev.hashtag = d.hashtag.startsWith('#') ? d.hashtag : `#${d.hashtag}`;
    if (d.series !== undefined && seriesSlugs.has(d.series)) ev.series = d.series;
    if (d.everyone_met !== undefined) ev.everyoneMet = d.everyone_met;
    if (d.rsvp_url !== undefined) ev.rsvpUrl = d.rsvp_url;
    events.push(ev);
  }

  // --- people
  const people: Person[] = [];
  for (const e of entries.person) {
    checkBody(e);
    const r = e.raw;
    checkImage(e, ['avatar'], r['avatar']);
    const rawAccounts = asObject(r['accounts']);
    if (rawAccounts && rawAccounts['x'] !== undefined && rawAccounts['twitter'] !== undefined) {
      report.at(e, ['accounts', 'twitter'], 'twitter is another name for x: keep one of the two');
    }
    const met: MetRecord[] = [];
    asList(r['met']).forEach((item, i) => {
      const m = asObject(item);
      if (!m) return;
      const who = resolveHandle(e, ['met', i, 'who'], m['who']);
      if (who === e.id) report.at(e, ['met', i, 'who'], 'you cannot meet yourself: "who" names the handle of this very file');
      const eventRef = typeof m['event'] === 'string' && !e.isBad(['met', i, 'event']) ? m['event'] : undefined;
      const known = eventRef === undefined ? undefined : eventDates.get(eventRef);
      if (eventRef !== undefined) {
        if (!eventSlugs.has(eventRef)) report.at(e, ['met', i, 'event'], `unknown event "${eventRef}"${didYouMean(eventRef, eventSlugs)}`);
        else if (known?.status === 'cancelled') {
          report.at(e, ['met', i, 'event'], `"${eventRef}" was cancelled, so nobody met there: remove event, or give the date and where you did meet`);
        }
      }
      let date: string | undefined;
      if (m['date'] !== undefined) {
        const parsed = e.isBad(['met', i, 'date']) ? undefined : parseWallClock(m['date']);
        if (parsed?.ok) date = parsed.value.date;
        if (date !== undefined && known && (date < known.first || date > known.last)) {
          report.at(e, ['met', i, 'date'], `"${eventRef}" took place on ${known.first}${known.last !== known.first ? ` to ${known.last}` : ''}, not on ${date}: fix the date, or leave it out to use the event's`);
        }
      } else if (m['event'] === undefined) {
        report.at(e, ['met', i], 'a meeting needs a date (like 2024-05-01) or the event it happened at');
      } else if (known) {
        date = known.first;
      }
      if (!e.data || who === undefined || who === e.id || date === undefined) return;
      if (eventRef !== undefined && !known) return;
      const record: MetRecord = { who, date, how: (m['how'] as MetRecord['how'] | undefined) ?? 'in-person' };
      if (typeof m['where'] === 'string') record.where = m['where'];
      if (eventRef !== undefined) record.event = eventRef;
      if (typeof m['note'] === 'string') record.note = m['note'];
      met.push(record);
    });
    const d = e.data;
    if (!d) continue;
    const accounts: Accounts = {};
    const a = d.accounts;
    if (a) {
      const x = a.x ?? a.twitter;
      if (x !== undefined) accounts.x = x.replace(/^@/, '');
      if (a.mastodon !== undefined) accounts.mastodon = a.mastodon.startsWith('@') ? a.mastodon : `@${a.mastodon}`;
      if (a.bluesky !== undefined) accounts.bluesky = a.bluesky.replace(/^@/, '').toLowerCase();
      if (a.github !== undefined) accounts.github = a.github;
      if (a.linkedin !== undefined) accounts.linkedin = a.linkedin;
      if (a.website !== undefined) accounts.website = a.website;
    }
    const person: Person = { handle: e.id, file: e.file, name: d.name, accounts, met, listed: d.listed ?? true, body: e.source.body };
    if (d.pronouns !== undefined) person.pronouns = d.pronouns;
    if (d.location !== undefined) person.location = d.location;
    if (d.avatar !== undefined) person.avatar = d.avatar as string;
    if (d.online_since !== undefined) person.onlineSince = normalizeOnlineSince(d.online_since);
    people.push(person);
  }

  // --- posts
  const posts: Post[] = [];
  for (const e of entries.post) {
    checkBody(e);
    const r = e.raw;
    const author = resolveHandle(e, ['author'], r['author']);
    const eventRef = r['event'];
    if (typeof eventRef === 'string' && !e.isBad(['event']) && !eventSlugs.has(eventRef)) {
      report.at(e, ['event'], `unknown event "${eventRef}"${didYouMean(eventRef, eventSlugs)}`);
    }
    const published = e.isBad(['date']) || r['date'] === undefined ? undefined : parseZonedTime(r['date'], site.timezone);
    let updated: ZonedTime | undefined;
    if (r['updated'] !== undefined && !e.isBad(['updated'])) {
      const u = parseZonedTime(r['updated'], site.timezone);
      if (u.ok) {
        updated = u.value;
        if (published?.ok && updated.epochMs < published.value.epochMs) {
          report.at(e, ['updated'], `is before the post's date (${published.value.date}): updated is when the post last changed`);
        }
      }
    }
    checkImage(e, ['cover'], r['cover']);
    if (r['cover'] !== undefined && r['cover_alt'] === undefined) {
      report.at(e, ['cover'], 'a cover needs cover_alt: say in a few words what the picture shows');
    } else if (r['cover'] === undefined && r['cover_alt'] !== undefined) {
      report.at(e, ['cover_alt'], 'cover_alt describes a cover, but there is no cover: add cover or remove cover_alt');
    }
    if (e.source.body.trim() === POST_PLACEHOLDER && r['draft'] !== true) {
      report.add(e.file, 'body', 'this is still the text npm run new wrote: write your post here before publishing it', { line: e.source.bodyLine, column: 1 });
    }
    const empty = e.source.body.trim() === '';
    if (empty && r['canonical_url'] === undefined && e.source.data !== undefined) {
      report.add(e.file, 'body', 'the post has no text: write it below the closing --- line, or add canonical_url to list a post published elsewhere', { line: e.source.bodyLine, column: 1 });
    }
    const d = e.data;
    if (!d || author === undefined || !published?.ok) continue;
    const post: Post = {
      slug: e.id,
      file: e.file,
      title: d.title,
      author,
      published: published.value,
      tags: [...new Set(d.tags ?? [])],
      draft: d.draft ?? false,
      linkOnly: empty && d.canonical_url !== undefined,
      body: e.source.body,
      mdx: e.mdx,
    };
    if (updated) post.updated = updated;
    if (d.event !== undefined && eventSlugs.has(d.event)) post.event = d.event;
    if (d.canonical_url !== undefined) post.canonicalUrl = d.canonical_url;
    if (d.summary !== undefined) post.summary = d.summary;
    if (d.cover !== undefined) post.cover = d.cover as string;
    if (d.cover_alt !== undefined) post.coverAlt = d.cover_alt;
    posts.push(post);
  }

  const byId = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    problems: sortProblems(report.problems),
    warnings: sortProblems(report.warnings),
    content: {
      site,
      people: people.sort(byId((p) => p.handle)),
      events: events.sort(byId((ev) => ev.slug)),
      posts: posts.sort(byId((p) => p.slug)),
      series: series.sort(byId((s) => s.slug)),
      pages: pages.sort(byId((p) => p.slug)),
    },
  };
}

/** Copies an object without its undefined fields (exactOptionalPropertyTypes). */
function dropUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** The image format a file's first bytes announce, if any. */
export function sniffImage(head: Uint8Array): 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'svg' | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, j) => head[i + j] === b);
  const ascii = (i: number, text: string) => at(i, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'GIF8')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(4, 'ftyp') && (ascii(8, 'avif') || ascii(8, 'avis'))) return 'avif';
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<svg') || text.startsWith('<?xml') || text.startsWith('<!--')) return 'svg';
  return undefined;
}

function describeTime(t: ZonedTime): string {
  return t.allDay ? t.date : `${t.date} ${t.time}`;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : undefined;
}

function normalizeOnlineSince(value: string | number | Date): string {
  if (value instanceof Date) {
    const wall = parseWallClock(value);
    return wall.ok ? wall.value.date : '';
  }
  return String(value);
}
