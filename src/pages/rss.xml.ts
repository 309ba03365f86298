import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { renderEntryHtml } from '../data/render-html.ts';
import { feedItems } from '../data/feed-items.ts';
import { rssFeed } from '../lib/rss-feed.ts';

/** RSS 2.0 of posts, newest first, full content for local posts; link-only posts link out. */
export const GET: APIRoute = async () => {
  const { content, links } = await loadSiteData();
  const site = content.site;
  const items = await feedItems(renderEntryHtml);
  const urls = { home: links.absolute(links.home()), self: links.absolute(links.rss()) };
  return rss(rssFeed(site, urls, items));
};
