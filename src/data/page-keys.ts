/**
 * The `cacheKey` of each page for Astro's incremental build (base/cache-key.ts
 * says why a key hashes whole values). A page's key is made of:
 *
 * - what every page's frame shows, worked out once per build: everything in
 *   the content that is not an entry (site.yaml's settings, language and any
 *   setting added later), the main navigation and the look (accent, logo);
 * - the item the page is about (an event, a person, a page of posts), whole;
 * - the view model its page renders (view-models/), which holds what it shows
 *   of other entries: names, avatars, met lists, "now"-dependent sections;
 * - the Astro entry it renders a body from (its rendered HTML and image
 *   fields) and the bytes of the pictures in that body, which Astro resolves
 *   outside the page's code;
 * - where its content file lives and when it last changed (the page's footer);
 * - for a body in MDX, the whole content and "now": its components
 *   (components/mdx/) show any person or event it names, so such a page is
 *   rendered again whenever anything changed.
 *
 * A route made of entries gets its keys from its definition (routes/entry-route.ts),
 * which hashes the very view its page renders. A new route does the same; a
 * value a page shows from anywhere else must be added to one of these parts.
 */
import { dirname, resolve } from 'node:path';
import { cacheKeyOf } from '../base/cache-key.ts';
import { siteWords } from '../words/index.ts';
import { mainNav } from '../view-models/parts/nav.ts';
import { loadLook } from './look.ts';
import { loadSiteData } from './site-data.ts';
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
  /** The view model the page renders, whole (made with the same inputs as the page makes it). */
  view?: unknown;
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
  const { content, now, links, source } = await loadSiteData();
  const { people, events, posts, series, pages, ...settings } = content;
  const frame = cacheKeyOf({
    settings,
    nav: mainNav({ links, pages, words: siteWords(content.site), here: '' }),
    look: await loadLook(content.site, links),
  });
  let everything: string | undefined;
  const mdx = (entry: RenderableEntry): string | undefined => {
    if (!entry.filePath || !/\.mdx$/i.test(entry.filePath)) return undefined;
    everything ??= cacheKeyOf({ content, now });
    return everything;
  };
  return ({ item, view, entry, file }) =>
    cacheKeyOf([
      frame,
      item,
      view,
      entry && { id: entry.id, data: entry.data, rendered: entry.rendered, images: bodyImages(entry), mdx: mdx(entry) },
      file === undefined ? undefined : source(file),
    ]);
}

/** The key maker of this build: `key({ item, view, entry, file })` for each path of a route. */
export function pageKeys(): Promise<(parts: PageKeyParts) => string> {
  loading ??= load();
  return loading;
}
