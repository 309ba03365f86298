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
 */
import { dirname, resolve } from 'node:path';
import { dev } from 'virtual:firsthand/settings';
import { cacheKeyOf, keyMaker } from '../base/cache-key.ts';
import { siteWords } from '../words/index.ts';
import { mainNav } from '../view-models/parts/nav.ts';
import { loadLook } from './look.ts';
import { loadSiteData } from './site-data.ts';
import { loadAvatars } from './avatars.ts';
import { hashOfFile } from '../node/read-content.ts';

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

let loading: Promise<(parts: PageKeyParts) => string> | undefined;

async function load(): Promise<(parts: PageKeyParts) => string> {
  const [{ content, now, links, source }, avatars] = await Promise.all([loadSiteData(), loadAvatars()]);
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
  return ({ item, inputs, entry, file }) =>
    key([
      frame,
      item,
      inputs,
      entry && { id: entry.id, data: entry.data, rendered: entry.rendered, images: bodyImages(entry), mdx: mdx(entry) },
      file === undefined ? undefined : source(file),
    ]);
}

/**
 * Each path's `cacheKey` for this build: `keyed({ item, inputs, entry, file })`
 * is `{ cacheKey }`, spread into the path; under `astro dev`, which renders on
 * request and keeps no pages, it is nothing, and no key is worked out.
 */
export async function pageKeys(): Promise<(parts: PageKeyParts) => { cacheKey?: string }> {
  if (dev) return () => ({});
  loading ??= load();
  const key = await loading;
  return (parts) => ({ cacheKey: key(parts) });
}
