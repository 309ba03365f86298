import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../data/feed-items.ts';
import { renderEntryHtml } from '../components/body-html.ts';
import { loadSiteData } from '../data/site-data.ts';
import { rssFeed } from '../outputs/rss-feed.ts';
import { rssUrls } from '../view-models/feeds.ts';

/** RSS 2.0 of posts, newest first, full content for local posts; link-only posts link out. */
export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return rss(rssFeed(site.content.site, rssUrls(site), await feedItems(renderEntryHtml)));
};
