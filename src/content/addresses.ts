/**
 * Every address of the site, in one place: where each page and file is
 * written in the built site, the link to it under the site's base path, and
 * its absolute URL for what is read away from the site (feeds, calendars,
 * link previews, structured data). Nothing else builds a site path or an
 * absolute URL of the site by hand.
 */
import type { Site } from './model.ts';

/** The layout of the built site, each name put through `name` (as written on disk, or encoded for a URL). */
function siteLayout(name: (segment: string) => string) {
  return {
    home: () => '',
    events: () => 'events/',
    /** The past events of one year, when /events/ does not hold them all. */
    eventYear: (year: string) => `events/${name(year)}/`,
    event: (slug: string) => `events/${name(slug)}/`,
    /** An event's link-preview card, named after a hash of what is drawn on it (outputs/cards.ts). */
    eventCard: (slug: string, hash: string) => `events/${name(slug)}/card-${name(hash)}.png`,
    /** One event's own calendar. */
    eventCalendar: (slug: string) => `events/${name(slug)}.ics`,
    /** Every event as one calendar to subscribe to. */
    calendar: () => 'events.ics',
    people: () => 'people/',
    person: (handle: string) => `people/${name(handle)}/`,
    /** A person's met list as Mastodon's follow-import CSV. */
    metCsv: (handle: string) => `people/${name(handle)}/met.csv`,
    /** A person's met list as OPML of websites. */
    metOpml: (handle: string) => `people/${name(handle)}/met.opml`,
    posts: () => 'posts/',
    post: (slug: string) => `posts/${name(slug)}/`,
    /** A post's link-preview card, named like an event's. */
    postCard: (slug: string, hash: string) => `posts/${name(slug)}/card-${name(hash)}.png`,
    series: (slug: string) => `series/${name(slug)}/`,
    tags: () => 'tags/',
    tag: (tag: string) => `tags/${name(tag)}/`,
    /** One of the community's own pages (content/pages/). */
    page: (slug: string) => `${name(slug)}/`,
    graph: () => 'graph/',
    search: () => 'search/',
    /** Pagefind's folder, or one of its files (`pagefind-ui.js`). */
    pagefind: (file?: string) => `pagefind/${file === undefined ? '' : name(file)}`,
    rss: () => 'rss.xml',
    jsonFeed: () => 'feed.json',
    ogCard: () => 'og-card.png',
    sitemap: () => 'sitemap-index.xml',
    notFound: () => '404.html',
    favicon: () => 'favicon.svg',
    /** A PNG drawn from the community's logo, by its file name. */
    logo: (file: string) => name(file),
  };
}

/** Where each page and file is written, from the root of the built site, without the base (`events/<slug>.ics`). */
export const sitePaths = siteLayout((segment) => segment);

/** The same layout with each path put under a base (`at`). */
function under<T extends Record<string, (...names: string[]) => string>>(layout: T, at: (path: string) => string): T {
  return Object.fromEntries(Object.entries(layout).map(([key, path]) => [key, (...names: string[]) => at(path(...names))])) as T;
}

/** Links and absolute URLs of one site, under its base path; names in them are encoded. */
export function makeLinks(site: Pick<Site, 'base' | 'url'>) {
  const prefix = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const at = (path: string): string => `${prefix}${path.charCodeAt(0) === 47 ? path.replace(/^\/+/, '') : path}`;
  const links = under(siteLayout(encodeURIComponent), at);
  return {
    ...links,
    /** A person's met list, on their page. */
    personMetList: (handle: string): string => `${links.person(handle)}#met`,
    /** The absolute URL of a link of this site (`/events/` → `https://example.org/events/`). */
    absolute: (link: string): string => new URL(link, site.url).href,
    /** The site's host, as a link preview names it. */
    host: (): string => new URL(site.url).host,
  };
}
export type Links = ReturnType<typeof makeLinks>;

/**
 * Makes the links and images of HTML read away from the site (feeds)
 * absolute: root-relative ones on the site's origin, relative ones
 * (`./slides.pdf`, `../how-to-join/`) from the address of the page the HTML
 * is shown on, as a browser reads them there.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  // Protocol-relative URLs, fragments and URLs with a scheme stay as written.
  const absolute = (url: string): string => (url === '' || /^(?:[A-Za-z][A-Za-z0-9+.-]*:|#|\/\/)/.test(url) ? url : new URL(url, pageUrl).href);
  return html
    .replace(/\b(href|src)="([^"]*)"/g, (_m, name: string, url: string) => `${name}="${absolute(url)}"`)
    .replace(
      /\bsrcset="([^"]*)"/g,
      (_m, set: string) => `srcset="${set.replace(/(^|,\s*)([^\s,]+)/g, (_p, lead: string, url: string) => `${lead}${absolute(url)}`)}"`,
    );
}
