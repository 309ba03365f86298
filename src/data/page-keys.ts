/**
 * The `cacheKey` of each page for Astro's incremental build (base/cache-key.ts
 * says why a key hashes whole values). A page's key is made of:
 *
 * - what every page's frame shows, worked out once per build: everything in
 *   the content that is not an entry (site.yaml's settings, language and any
 *   setting added later), the main navigation and the look (accent, logo);
 * - the item the page is about (an event, a person, a page of posts), whole;
 * - the page's inputs (view-models/context.ts), from which, with the frame
 *   only, its view is made: the entries it shows (the people it names, the
 *   events, posts and series it lists, their avatars), the lists the meeting
 *   graph gives it, and what "now" decides for it (an event's phase, a
 *   person's events split into "going" and "was at");
 * - the Astro entry it renders a body from (its rendered HTML and image
 *   fields) and the bytes of the pictures in that body, which Astro resolves
 *   outside the page's code;
 * - where its content file lives and when it last changed (the page's footer);
 * - for a body in MDX, the whole content and "now": its components
 *   (components/mdx/) show any person or event it names, so such a page is
 *   rendered again whenever anything changed.
 *
 * A content entry (a person, an event, a post, a series, a page) or an
 * avatar met in a key is hashed once per build and stands in every key by its
 * hash (base/cache-key.ts keyMaker): 10,000 met lists name the same people.
 *
 * A route made of entries gets its keys from its definition (routes/entry-route.ts),
 * which hashes the very inputs its page's view is made from. A new route does
 * the same; a value a page shows from anywhere else must be added to one of these parts.
 *
 * Each build also hashes, once, everything those parts are made from: the
 * frame, every entry and avatar, every Astro entry's part, every file's place
 * and date, and what "now" decides (each event's phase and the community's
 * date). When that stamp is the last build's, so is every page's key: the
 * keys a build made are kept beside Astro's cache, one file per route, and the
 * next build with the same stamp takes them instead of making them again, and
 * gathers a page's inputs only if Astro renders it.
 */
import { dirname, join, resolve } from 'node:path';
import { dev, keptKeysFolder } from 'virtual:firsthand/settings';
import { cacheKeyOf, keyMaker } from '../base/cache-key.ts';
import { siteWords } from '../words/index.ts';
import { mainNav } from '../view-models/parts/nav.ts';
import { loadLook } from './look.ts';
import { loadSiteData } from './site-data.ts';
import { loadAvatars } from './avatars.ts';
import { hashOfFile } from '../node/read-content.ts';
import { keep, readKept } from '../node/cache-folders.ts';
import { dateInZone } from '../content/fields/time.ts';
import type { Content } from '../content/model.ts';
import { phaseOf } from '../view-models/parts/inputs.ts';

/** What an Astro collection entry carries that a page may render. */
export interface RenderableEntry {
  id: string;
  filePath?: string | undefined;
  data: unknown;
  rendered?: { html: string; metadata?: { [field: string]: unknown } } | undefined;
}

export interface PageKeyParts {
  /** The item the page is about (an event, a person, a page of posts), whole. */
  item: unknown;
  /** The inputs its view is made from (view-models/context.ts), whole. */
  inputs?: unknown;
  /** The collection entry whose body the page renders. */
  entry?: RenderableEntry | undefined;
  /** The content file the page is made from (BaseLayout's `file`). */
  file?: string | undefined;
}

/** The bytes of the local pictures a rendered body shows, as hashes (Astro names their copies after them). */
function bodyImages(entry: RenderableEntry): string[] {
  // Astro's Markdown pipeline lists them as the body wrote them (`./amy.jpg`), relative to the entry's file.
  const listed = entry.rendered?.metadata?.['localImagePaths'];
  const paths = Array.isArray(listed) ? listed.filter((path): path is string => typeof path === 'string') : [];
  if (paths.length === 0 || !entry.filePath) return [];
  const folder = dirname(resolve(entry.filePath));
  return paths.map((path) => `${path}:${hashOfFile(resolve(folder, path)) ?? 'unreadable'}`);
}

/** How a build keys pages: a page's key from its parts, and the stamp of everything any page's key reads. */
interface Keying {
  key(parts: PageKeyParts): string;
  stamp: string;
}

let loading: Promise<Keying> | undefined;

async function load(): Promise<Keying> {
  const [site, avatars] = await Promise.all([loadSiteData(), loadAvatars()]);
  const { content, now, links, source } = site;
  const { people, events, posts, series, pages, ...settings } = content;
  const shared = new WeakSet<object>([...people, ...events, ...posts, ...series, ...pages, ...avatars.values()]);
  const key = keyMaker((value) => shared.has(value));
  const frame = cacheKeyOf({
    settings,
    nav: mainNav({ links, pages, words: siteWords(content.site), here: '' }),
    look: await loadLook(content.site, links),
  });
  let everything: string | undefined;
  const mdx = (entry: RenderableEntry): string | undefined => {
    if (!entry.filePath || !/\.mdx$/i.test(entry.filePath)) return undefined;
    everything ??= key({ content, now });
    return everything;
  };
  const entryPart = (entry: RenderableEntry) => ({ id: entry.id, data: entry.data, rendered: entry.rendered, images: bodyImages(entry), mdx: mdx(entry) });
  // Every input of every key: an entry's part in a key hashes the same value whichever page shows it.
  const stamp = key({
    frame,
    content,
    avatars,
    atNow: whatNowDecides(content, now),
    entries: Object.values(site.entries).flatMap((kind: ReadonlyMap<string, RenderableEntry>) => [...kind.values()].map(entryPart)),
    sources: [...people, ...events, ...posts, ...series, ...pages].map((entry) => source(entry.file)),
  });
  return {
    key: ({ item, inputs, entry, file }) => key([frame, item, inputs, entry && entryPart(entry), file === undefined ? undefined : source(file)]),
    stamp,
  };
}

/**
 * All that "now" decides for any page: whether each event has started and
 * has ended, and the community's date, which decides whether a `met` entry
 * dated today or later counts (community/meetings.ts). Nothing else a page
 * shows depends on "now", except an MDX body, whose part in a key holds now itself.
 */
function whatNowDecides(content: Content, now: number): unknown {
  return {
    phases: content.events.map((event) => [event.slug, phaseOf(event, now)]),
    today: dateInZone(now, content.site.timezone),
  };
}

/** The keys of one route's pages, as its getStaticPaths makes them. */
export interface RouteKeys {
  /** The key the last build made for the page at `params`, when nothing any key reads has changed since (then it is this build's key too). */
  kept(params: PageParams): { cacheKey: string } | undefined;
  /**
   * The `cacheKey` of the page at `params`, made from its parts and spread
   * into its path; under `astro dev`, which renders on request and keeps no
   * pages, nothing.
   */
  keyed(params: PageParams, parts: PageKeyParts): { cacheKey?: string };
  /** Keeps this build's keys for the next (call it once every page has its key). */
  keep(): void;
}

export type PageParams = Record<string, string | undefined>;

/**
 * The keys of a route's pages for this build. When the stamp of everything
 * any key reads is the one of the last build, every page's key is the one
 * that build made, and is taken from where it kept them instead of being made
 * again (3 s at 10,000 people: their met lists, serialized); any change, of
 * an entry, a picture, a file's date or what "now" decides, makes them all again.
 */
export async function pageKeys(route: string): Promise<RouteKeys> {
  if (dev) return { kept: () => undefined, keyed: () => ({}), keep: () => {} };
  loading ??= load();
  const { key, stamp } = await loading;
  const file = join(keptKeysFolder, `${route}.json`);
  const last = readKept(file) as { stamp?: unknown; keys?: Record<string, string> } | undefined;
  const lastKeys = last?.stamp === stamp ? last.keys : undefined;
  const made: Record<string, string> = {};
  return {
    kept: (params) => {
      const page = JSON.stringify(params);
      const cacheKey = lastKeys && Object.hasOwn(lastKeys, page) ? lastKeys[page] : undefined;
      if (cacheKey === undefined) return undefined;
      made[page] = cacheKey;
      return { cacheKey };
    },
    keyed: (params, parts) => {
      const cacheKey = key(parts);
      made[JSON.stringify(params)] = cacheKey;
      return { cacheKey };
    },
    keep: () => keep(file, { stamp, keys: made }),
  };
}
