/**
 * The top-level names the site itself publishes under, so that a community
 * page (content/pages/<slug>.md, published at /<slug>/) never takes one.
 *
 * Worked out from what the build writes at the top of dist/: the folders of
 * src/pages/ and its single pages (graph, search, 404), Pagefind's index
 * (written by `npm run build`) and Astro's own assets. The side files of
 * [...sideFile].ts live inside events/ and people/; everything else at the
 * top (index.html, 404.html, favicon.svg, og-card.png, robots.txt, rss.xml,
 * feed.json, events.ics, the sitemaps) has a dot in its name, which a slug
 * cannot have. test/site/pages.test.ts checks every built top-level name
 * against this list, so it cannot silently go stale.
 */

/** Each top-level name of the site, with what it is (for the editor's message). */
export const SITE_PATHS: Readonly<Record<string, string>> = {
  events: "the site's list of events",
  people: "the site's list of people",
  posts: "the site's list of posts",
  series: "the site's folder of event series",
  tags: "the site's list of tags",
  graph: "the site's picture of who met whom",
  search: "the site's search page",
  '404': "the site's page-not-found page",
  pagefind: "the site's search index",
  _astro: "the site's pictures and styles",
};

/** Why a page slug cannot be published at /<slug>/, or undefined when it is free. */
export function explainPageSlugClash(slug: string): string | undefined {
  if (!Object.hasOwn(SITE_PATHS, slug)) return undefined;
  return `the page would be published at /${slug}/, which is ${SITE_PATHS[slug]}: rename the file (like ${slug}-info.md)`;
}
