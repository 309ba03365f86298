/**
 * Links between pages (docs/content-format.md): every link and picture in every
 * body that points inside the site leads to a page or file the build
 * publishes, or to a file next to the entry: a Markdown picture (Astro
 * publishes it), or a file the link finds in the entry's own page folder,
 * which the build then publishes there (entry-files.ts). Run once every
 * collection has been read, over the bodies already in memory: one scan of
 * each body's text for its targets (bodies/site-links.ts), then lookups in the set
 * of what the site publishes, worked out here from the entries as read.
 *
 * Fragments (`#met`) are checked on the pages of entries, whose ids are
 * known: the sections their templates always write (PAGE_IDS) and the ids of
 * the body's Markdown headings, as the build gives them (bodies/body-ids.ts).
 * A body with raw HTML may carry ids of its own, and list pages (events,
 * posts, tags…) have ids that depend on the content: there any fragment is
 * accepted.
 */
import { decodePath, findBodyLinks, isRelativeTarget, resolveSiteLink, type BodyLink, type SitePath } from '../bodies/site-links.ts';
import type { Kind } from '../collections.ts';
import { explainEntryFileContents } from '../bodies/entry-file-contents.ts';
import { ownedByUnpublished, unpublishedFiles, type Unpublished } from './unpublished-files.ts';
import { ENTRY_FILE_TYPES, explainEntryFile, extensionOf, isContentFile, type EntryFile } from '../bodies/entry-files.ts';
import { EntryFilePublishing } from '../bodies/entry-file-publishing.ts';
import { sitePaths } from '../addresses.ts';
import type { Site } from '../model.ts';
import { suggestClosest } from '../../base/suggest.ts';
import { asList, type Entry, type Reporter } from './validation-context.ts';
import type { Entries } from './files.ts';
import { resolveRelative, type FileIndex } from './images.ts';
import { headingIds, PAGE_IDS as ENTRY_PAGE_IDS } from '../bodies/body-ids.ts';

/** The ids each kind of entry page always has (body-ids.ts). */
const PAGE_IDS: Record<Kind, readonly string[]> = ENTRY_PAGE_IDS;

/** A published page: its entry when it has one (for its ids). */
interface Published {
  entry?: Entry<unknown>;
  kind?: Kind;
}

/** What the site publishes, and the pages that an entry would have had but does not. */
export interface SiteTargets {
  published: Map<string, Published>;
  /** Paths of entries that have no page, with why. */
  missing: Map<string, string>;
  /** Each entry's own page, by file (undefined: the entry has no page). */
  pageOf: Map<string, string | undefined>;
}

const raw = (e: Entry<unknown>, field: string): unknown => e.raw[field];

function isLinkOnlyPost(e: Entry<unknown>): boolean {
  return raw(e, 'canonical_url') !== undefined && e.source.body.trim() === '';
}

/** Every page and file the build publishes, from the entries as read (file names are the ids, as in the build). */
export function siteTargets(site: Site, entries: Entries): SiteTargets {
  const published = new Map<string, Published>();
  const missing = new Map<string, string>();
  const pageOf = new Map<string, string | undefined>();
  const page = (path: string, entry?: Entry<unknown>, kind?: Kind): void => {
    published.set(path, entry && kind ? { entry, kind } : {});
    if (entry) pageOf.set(entry.file, path);
  };
  for (const path of [sitePaths.home(), sitePaths.events(), sitePaths.people(), sitePaths.posts(), sitePaths.tags(), sitePaths.graph(), sitePaths.search()])
    page(path);
  for (const path of [
    sitePaths.calendar(),
    sitePaths.rss(),
    sitePaths.jsonFeed(),
    sitePaths.ogCard(),
    sitePaths.sitemap(),
    sitePaths.notFound(),
    sitePaths.favicon(),
    'robots.txt',
  ])
    page(path);
  for (const e of entries.event) {
    page(sitePaths.event(e.id), e, 'event');
    page(sitePaths.eventCalendar(e.id));
  }
  for (const e of entries.series) page(sitePaths.series(e.id), e, 'series');
  for (const e of entries.page) page(sitePaths.page(e.id), e, 'page');
  for (const e of entries.person) {
    if (raw(e, 'listed') === false) {
      missing.set(sitePaths.person(e.id), `${e.id} is not listed (listed: false), so the site has no page for them`);
      pageOf.set(e.file, undefined);
      continue;
    }
    page(sitePaths.person(e.id), e, 'person');
    // The met-list exports exist only when someone on the list has an address for them; a link to one is let pass.
    page(sitePaths.metCsv(e.id));
    page(sitePaths.metOpml(e.id));
  }
  let listedPosts = 0;
  for (const e of entries.post) {
    if (raw(e, 'draft') === true) {
      missing.set(sitePaths.post(e.id), `"${e.id}" is a draft, and drafts are not published`);
      pageOf.set(e.file, undefined);
      continue;
    }
    listedPosts++;
    for (const tag of asList(raw(e, 'tags'))) if (typeof tag === 'string') page(sitePaths.tag(tag));
    if (isLinkOnlyPost(e)) {
      missing.set(sitePaths.post(e.id), `"${e.id}" is published elsewhere and has no page here: link to its canonical_url`);
      pageOf.set(e.file, undefined);
    } else page(sitePaths.post(e.id), e, 'post');
  }
  const perPage = Math.max(1, site.postsPerPage);
  for (let n = 2; n <= Math.ceil(listedPosts / perPage); n++) page(`${sitePaths.posts()}${n}/`);
  return { published, missing, pageOf };
}

/** Only letters and digits: two ids that agree on these are taken as one (the slug rules differ on punctuation). */
const loose = (id: string): string => id.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The ids a page is known to have, and where its body's own links to its headings' former ids lead (body-ids.ts). */
interface PageIds {
  ids: readonly string[];
  followed: ReadonlyMap<string, string>;
}

/** The ids of a body's Markdown headings, from their plain text as Astro reads it (body-ids.ts). */
function markdownHeadingIds(body: string): ReturnType<typeof headingIds> {
  const texts = [...body.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) =>
    (m[1] ?? '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`~]/g, ''),
  );
  return headingIds(texts);
}

/** The ids a page is known to have, or undefined when any fragment is accepted. */
function idsOf(target: Published, cache: Map<string, PageIds | undefined>): PageIds | undefined {
  const { entry, kind } = target;
  if (!entry || !kind) return undefined;
  if (cache.has(entry.file)) return cache.get(entry.file);
  const body = entry.source.body;
  const headings = body.includes('<') || entry.mdx ? undefined : markdownHeadingIds(body);
  const ids = headings && { ids: [...PAGE_IDS[kind], ...headings.ids], followed: headings.followed };
  cache.set(entry.file, ids);
  return ids;
}

/** A link to a file another entry's body may publish: reported at the end, unless one does. */
interface Deferred {
  file: string;
  path: string;
  rule: LinkProblem['rule'];
  message: string;
  at: { line: number; column: number };
}

/** What the check needs besides the entry: the site's targets and the folder's files. */
export interface LinkCheck {
  site: Site;
  /** The addresses a body, and a plain-text file it links, may show: site.yaml's `public_emails`. */
  publicEmails: ReadonlySet<string>;
  /** Worked out on the first link inside the site: most bodies link only to other sites, or nowhere. */
  targets(): SiteTargets;
  files: FileIndex;
  report: Reporter;
  idCache: Map<string, PageIds | undefined>;
  /** The files next to entries that published bodies link, and where each is published (filled as bodies are checked). */
  publishing: EntryFilePublishing;
  /** The files of unlisted people and drafts, with why they are not published, and those entries (unpublished-files.ts). */
  unpublished: Unpublished;
  deferred: Deferred[];
}

const shown = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** An SVG or a name with "?" in a picture: the one mistake, already reported by the body checks. */
const isRefusedPicture = (target: string): boolean => /\.svgz?(?:$|[?#])/i.test(target) || target.includes('?');

/** What is said of a picture or file next to the entry that is not there. */
function notFound(link: BodyLink, entry: Entry<unknown>): string {
  return `${link.image ? 'image' : 'file'} "${shown(link.target)}" not found: put the file next to ${entry.file.split('/').pop()} or correct the name`;
}

/** A Markdown picture, relative to the file: next to it (Astro publishes it with the page). */
function checkPicture(check: LinkCheck, entry: Entry<unknown>, link: BodyLink, at: { line: number; column: number }): void {
  if (isRefusedPicture(link.target)) return;
  const path = link.target.split('#')[0] ?? '';
  const target = resolveRelative(entry.file, decodePath(path));
  if (check.files.behindSymlink(target)) return;
  if (!check.files.has(target)) check.report.add(entry.file, 'body', 'image-not-found', notFound(link, entry), at);
  else if (!check.unpublished.entries.has(entry.file)) {
    const problem = ownedByUnpublished(check.unpublished, shown(link.target), link.image, target);
    if (problem) check.report.add(entry.file, 'body', problem.rule, problem.message, at);
  }
}

/** A path's section and the name in it: `events/x/` → events, x. */
function splitPath(path: string): { section: string; name: string } {
  const parts = path.replace(/\/$/, '').split('/');
  return parts.length > 1 ? { section: parts[0] ?? '', name: parts.slice(1).join('/') } : { section: '', name: parts[0] ?? '' };
}

/**
 * The published page closest to a path: in its section, the name one or two
 * typos away, or one that holds the name as written (`summer-picnic` for
 * `2024-07-06-summer-picnic`); else the section's own list, when it has one.
 */
function closestPage(path: string, published: ReadonlyMap<string, Published>): string | undefined {
  const { section, name } = splitPath(path);
  const names = new Map<string, string>();
  for (const candidate of published.keys()) {
    if (!candidate.endsWith('/')) continue;
    const split = splitPath(candidate);
    if (split.section === section && split.name !== '') names.set(split.name, candidate);
  }
  const close = suggestClosest(name, names.keys());
  if (close !== undefined) return names.get(close);
  const holding = name.length >= 4 ? [...names.keys()].filter((n) => n.includes(name.toLowerCase())).sort() : [];
  if (holding.length === 1) return names.get(holding[0] as string);
  return section !== '' && published.has(`${section}/`) ? `${section}/` : undefined;
}

/** A published path for `path`, with or without its trailing slash or index.html. */
function findPublished(path: string, published: ReadonlyMap<string, Published>): Published | undefined {
  const stripped = path.replace(/index\.html$/, '');
  return published.get(stripped) ?? (stripped.endsWith('/') ? undefined : published.get(`${stripped}/`));
}

/** Why a link of `from`'s body inside the site leads nowhere, or undefined when it leads to a page (and its fragment is there). */
function explainSiteLink(check: LinkCheck, written: string, to: SitePath): string | undefined {
  const { published, missing } = check.targets();
  const path = to.path;
  if (path.startsWith('_astro/') || path.startsWith('pagefind/')) return undefined;
  const found = findPublished(path, published);
  if (!found) {
    const why = missing.get(path) ?? missing.get(`${path}/`);
    if (why !== undefined) return `"${shown(written)}" leads to no page: ${why}`;
    const close = closestPage(path, published);
    const hint = close === undefined ? '' : close === `${splitPath(path).section}/` ? `: see the list at "/${close}"` : ` — did you mean "/${close}"?`;
    return `"${shown(written)}" leads to no page of the site${hint}`;
  }
  if (to.fragment === undefined || to.fragment === '') return undefined;
  const page = idsOf(found, check.idCache);
  const fragment = to.fragment;
  if (page === undefined || page.ids.includes(fragment) || page.ids.some((id) => loose(id) === loose(fragment))) return undefined;
  // A heading's id as Astro would have written it (`#2009-talks`), as old content links it: the
  // body's own links follow it, and a link from another page is pointed at its valid form (current-html.ts).
  if (page.followed.has(fragment)) return undefined;
  // Closest among the ids and the old forms of heading ids, named by the id it has.
  const candidate = suggestClosest(fragment, [...page.ids, ...page.followed.keys()]);
  const close = candidate === undefined ? undefined : (page.followed.get(candidate) ?? candidate);
  return `"${shown(written)}": that page has no "#${shown(fragment)}"${close === undefined ? '' : ` — did you mean "#${close}"?`}`;
}

/** The entry file a link to a `.md` file means: as written from the file's folder, or by its collection folder and name (`../../people/amy.md`). */
function linkedEntryFile(check: LinkCheck, entry: Entry<unknown>, path: string): string | undefined {
  const file = resolveRelative(entry.file, path);
  if (check.files.has(file)) return file;
  const root = entry.file.split('/').slice(0, -2).join('/');
  const byName = `${root}/${path.split('/').slice(-2).join('/')}`;
  return check.targets().pageOf.has(byName) ? byName : undefined;
}

/** A relative link to a content file of the folder (`../people/amy.md`) rather than to its page. */
function explainFileLink(check: LinkCheck, entry: Entry<unknown>, target: string): string | undefined {
  const path = decodePath(target.split(/[?#]/)[0] ?? '');
  if (!isContentFile(path)) return undefined;
  const file = linkedEntryFile(check, entry, path);
  if (file === undefined) return undefined;
  const page = check.targets().pageOf.get(file);
  return page === undefined
    ? `"${shown(target)}" is a content file, which has no page on the site`
    : `"${shown(target)}" is a content file: link to its page, "/${page}"`;
}

/** A link's problem, with its rule. */
interface LinkProblem {
  rule: 'dead-link' | 'image-not-found' | 'entry-file' | 'private-data' | 'unpublished-file';
  message: string;
}

/** What a link into the entry's own page folder found: a file (with its problem, if any), or undefined for none. */
type EntryFileFinding = { problem?: LinkProblem } | undefined;

/**
 * A link into the entry's own page folder (`./slides.pdf` from
 * /events/picnic/, or `/events/picnic/slides.pdf`) leads to a file next to
 * the entry, at the same path from the entry's folder: content/events/slides.pdf.
 * A file of a kind the site publishes is listed to be published there;
 * undefined when the link is not to such a file (a page, a side file).
 */
function checkEntryFile(check: LinkCheck, entry: Entry<unknown>, page: string, link: BodyLink, to: SitePath): EntryFileFinding {
  if (!to.path.startsWith(page) || to.path.endsWith('/')) return undefined;
  const relative = to.path.slice(page.length);
  const file = `${entry.file.slice(0, entry.file.lastIndexOf('/'))}/${relative}`;
  // A symbolic link is the one mistake, already reported.
  if (check.files.isSymlink(file) || check.files.behindSymlink(file)) return {};
  if (!check.files.has(file)) {
    if (findPublished(to.path, check.targets().published) || extensionOf(relative) === '') return undefined;
    return { problem: { rule: link.image ? 'image-not-found' : 'dead-link', message: notFound(link, entry) } };
  }
  if (isContentFile(file)) return undefined;
  const owned = ownedByUnpublished(check.unpublished, shown(link.target), link.image, file);
  if (owned !== undefined) return { problem: owned };
  const refused = explainEntryFile(shown(link.target), relative, check.files.bytes(file));
  if (refused !== undefined) return { problem: { rule: 'entry-file', message: refused } };
  const contents = { head: check.files.head(file), text: check.files.publishedText(file) };
  const inside = explainEntryFileContents(shown(link.target), extensionOf(relative), contents, check.publicEmails);
  if (inside !== undefined) return { problem: inside };
  const refusedHere = check.publishing.publish(file, to.path, check.files.bytes(file), shown(link.target));
  if (refusedHere !== undefined) return { problem: { rule: 'entry-file', message: refusedHere } };
  return {};
}

/** Why a link of a published body at `page` leads nowhere, or undefined when it leads somewhere. */
function explainLink(check: LinkCheck, entry: Entry<unknown>, link: BodyLink, page: string, relative: boolean, at: Deferred['at']): LinkProblem | undefined {
  const rule = link.image ? 'image-not-found' : 'dead-link';
  const fileLink = relative ? explainFileLink(check, entry, link.target) : undefined;
  if (fileLink !== undefined) return { rule, message: fileLink };
  const to = resolveSiteLink(link.target, check.site, page);
  if (to === undefined) return undefined;
  const own = checkEntryFile(check, entry, page, link, to);
  if (own !== undefined) return own.problem;
  const message = explainSiteLink(check, link.target, to);
  if (message === undefined) return undefined;
  // Another entry's body may publish the file: known once every body is read.
  if (ENTRY_FILE_TYPES[extensionOf(to.path)] !== undefined) {
    check.deferred.push({ file: entry.file, path: to.path, rule, message, at });
    return undefined;
  }
  return { rule, message };
}

/** Checks every link and picture of one body. */
export function checkEntryLinks(check: LinkCheck, entry: Entry<unknown>): void {
  for (const link of findBodyLinks(entry.source.body)) {
    const at = { line: entry.source.bodyLine + link.line - 1, column: link.column };
    const relative = isRelativeTarget(link.target);
    // A Markdown picture is Astro's to publish, read from the file's folder; raw <img src> is left as written, read from the page.
    if (link.image && relative && !link.html) {
      checkPicture(check, entry, link, at);
      continue;
    }
    if (link.image && relative && isRefusedPicture(link.target)) continue;
    // Links to other sites are let be before anything else is worked out.
    if (!relative && resolveSiteLink(link.target, check.site, '') === undefined) continue;
    // A body that is not published (a draft, an unlisted person) has no links anyone follows; its pictures are still read by the build.
    const page = check.targets().pageOf.get(entry.file);
    if (page === undefined) continue;
    const problem = explainLink(check, entry, link, page, relative, at);
    if (problem !== undefined) check.report.add(entry.file, 'body', problem.rule, problem.message, at);
  }
}

/** Checks the links of every body of the content; returns the files next to entries that the build publishes. */
export function checkLinks(report: Reporter, site: Site, entries: Entries, files: FileIndex): EntryFile[] {
  let targets: SiteTargets | undefined;
  const check: LinkCheck = {
    site,
    publicEmails: new Set(site.publicEmails),
    targets: () => (targets ??= siteTargets(site, entries)),
    files,
    report,
    idCache: new Map(),
    publishing: new EntryFilePublishing(),
    unpublished: unpublishedFiles(entries, files),
    deferred: [],
  };
  for (const kind of ['person', 'event', 'post', 'series', 'page'] as const) {
    for (const entry of entries[kind] as Entry<unknown>[]) checkEntryLinks(check, entry);
  }
  for (const d of check.deferred) if (!check.publishing.byPath.has(d.path)) report.add(d.file, 'body', d.rule, d.message, d.at);
  return check.publishing.files();
}
