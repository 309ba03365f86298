/**
 * What the site's feeds and other files publish: the posts of /rss.xml and
 * /feed.json, the calendar of every event (/events.ics) and /robots.txt.
 */
import { buildCalendar } from '../outputs/calendar.ts';
import { siteWords } from '../words/index.ts';
import { publishedPosts } from '../community/listings.ts';
import { summarize } from '../base/markdown-text.ts';
import type { Post } from '../content/model.ts';
import type { SiteView } from './context.ts';

/**
 * Feeds hold the newest FEED_SIZE posts, as feed readers expect: the whole
 * archive is on the site, and rendering every post of a big community into
 * one file would make the feed and the build heavy.
 */
export const FEED_SIZE = 50;

export interface FeedItem {
  /** A stable identifier: the post's own page, or the outside URL for link-only posts. */
  id: string;
  url: string;
  /** True when the item links out (link-only posts). */
  external: boolean;
  title: string;
  summary: string;
  /** The post's body as HTML, for a post of this site (src/data/feed-items.ts renders it). */
  html?: string;
  published: number;
  updated?: number;
  tags: string[];
  authorName?: string;
  authorUrl?: string;
}

/** The newest published posts as feed items, newest first, each with its post; their HTML is still to be rendered. */
export function feedPosts(site: Pick<SiteView, 'content' | 'links' | 'people'>): Array<{ post: Post; item: FeedItem }> {
  const { links } = site;
  return publishedPosts(site.content.posts)
    .slice(0, FEED_SIZE)
    .map((post) => {
      const url = post.linkOnly ? (post.canonicalUrl as string) : links.absolute(links.post(post.slug));
      const item: FeedItem = {
        id: url,
        url,
        external: post.linkOnly,
        title: post.title,
        summary: post.summary ?? summarize(post.body),
        published: post.published.epochMs,
        tags: post.tags,
      };
      if (post.updated) item.updated = post.updated.epochMs;
      const author = site.people.get(post.author);
      if (author?.listed) {
        item.authorName = author.name;
        item.authorUrl = links.absolute(links.person(author.handle));
      }
      return { post, item };
    });
}

/** JSON Feed 1.1 of the items, the same as /rss.xml's. */
export function jsonFeed(site: Pick<SiteView, 'content' | 'links'>, items: readonly FeedItem[]): Record<string, unknown> {
  const { links } = site;
  const { name, tagline, language } = site.content.site;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: name,
    home_page_url: links.absolute(links.home()),
    feed_url: links.absolute(links.jsonFeed()),
    description: tagline ?? siteWords(site.content.site).t('feeds.description', { site: name }),
    language,
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      ...(item.external ? { external_url: item.url } : {}),
      title: item.title,
      ...(item.html !== undefined ? { content_html: item.html } : { content_text: item.summary || item.title }),
      ...(item.summary ? { summary: item.summary } : {}),
      date_published: new Date(item.published).toISOString(),
      ...(item.updated !== undefined ? { date_modified: new Date(item.updated).toISOString() } : {}),
      ...(item.authorName ? { authors: [{ name: item.authorName, ...(item.authorUrl ? { url: item.authorUrl } : {}) }] } : {}),
      ...(item.tags.length ? { tags: item.tags } : {}),
    })),
  };
}

/** The addresses /rss.xml gives: the site's home page and the feed itself. */
export function rssUrls(site: Pick<SiteView, 'links'>): { home: string; self: string } {
  const { links } = site;
  return { home: links.absolute(links.home()), self: links.absolute(links.rss()) };
}

/** Every event, soonest first (ties by slug), as one iCalendar feed to subscribe to. */
export function eventsCalendar(site: Pick<SiteView, 'content' | 'links' | 'now'>): string {
  const { content, links } = site;
  const events = content.events.slice().sort((a, b) => a.start.epochMs - b.start.epochMs || (a.slug < b.slug ? -1 : 1));
  const words = siteWords(content.site);
  return buildCalendar(events, words.t('calendar.title', { site: content.site.name }), {
    site: content.site,
    words,
    eventUrl: (slug) => links.absolute(links.event(slug)),
    calendarUrl: links.absolute(links.calendar()),
    now: site.now,
  });
}

/** Everything may be crawled; the sitemap says what there is. */
export function robotsTxt(site: Pick<SiteView, 'links'>): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.links.absolute(site.links.sitemap())}\n`;
}
