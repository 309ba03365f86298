/**
 * What /rss.xml hands to @astrojs/rss, kept apart from Astro so that tests
 * build the very same XML. @astrojs/rss escapes markup (`& < > ' "`, through
 * fast-xml-parser's builder) but passes on the control characters XML 1.0
 * forbids, and one in a title would make the whole feed unreadable: every
 * text is cleaned here first.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { Site } from '../content/model.ts';
import { escapeXml } from '../base/escape.ts';
import { siteWords } from '../words/index.ts';
import { plainText } from '../base/plain-text.ts';

/** The parts of a feed item (view-models/feeds.ts) that RSS publishes. */
export interface RssItem {
  url: string;
  title: string;
  summary: string;
  html?: string;
  published: number;
  tags: readonly string[];
  authorName?: string;
}

/** RSS 2.0 options: `home` is the site's home page, `self` the feed's own URL. */
export function rssFeed(
  site: Pick<Site, 'name' | 'tagline' | 'language' | 'words'>,
  urls: { home: string; self: string },
  items: readonly RssItem[],
): RSSOptions {
  return {
    title: plainText(site.name),
    description: plainText(site.tagline ?? siteWords(site).t('feeds.description', { site: site.name })),
    site: urls.home,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    // Raw XML, which @astrojs/rss parses and writes again.
    customData: `<language>${escapeXml(site.language)}</language><atom:link href="${escapeXml(urls.self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: items.map((item) => ({
      title: plainText(item.title),
      link: plainText(item.url),
      pubDate: new Date(item.published),
      description: plainText(item.summary),
      ...(item.html !== undefined ? { content: plainText(item.html) } : {}),
      categories: item.tags.map(plainText),
      ...(item.authorName ? { customData: `<dc:creator>${escapeXml(item.authorName)}</dc:creator>` } : {}),
    })),
  };
}
