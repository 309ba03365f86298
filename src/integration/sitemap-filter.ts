/**
 * Which pages the sitemap lists (@astrojs/sitemap's `filter`, in
 * astro.config.mjs): every page whose canonical URL is its own. Left out: the
 * not-found page, and each page whose canonical URL is elsewhere (a post first
 * published on its author's site), which search engines are told to index
 * there, not here.
 *
 * The sitemap is written at the end of Astro's build, from astro.config.mjs's
 * copy of this module, while the data layer that knows the content runs in
 * Vite's bundle with its own copy: so the data layer names the pages to leave
 * out through one process-level registry, as handover.ts does the other way.
 */

const KEY = Symbol.for('firsthand.sitemap-left-out');

const registry = (): Set<string> => {
  const global = globalThis as Record<symbol, Set<string> | undefined>;
  global[KEY] ??= new Set();
  return global[KEY];
};

/** An address without its closing slash, so `/a/` and `/a` are one page. */
const normalized = (url: string): string => url.replace(/\/+$/, '');

/** For the data layer: the absolute URLs of the pages whose canonical URL is elsewhere (this build's, replacing an earlier run's). */
export function leaveOutOfSitemap(urls: Iterable<string>): void {
  const set = registry();
  set.clear();
  for (const url of urls) set.add(normalized(url));
}

/** The sitemap's filter: true for a page to list. */
export function inSitemap(page: string): boolean {
  if (page.endsWith('/404/') || page.endsWith('/404.html')) return false;
  return !registry().has(normalized(page));
}
