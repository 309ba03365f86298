import type { APIRoute } from 'astro';
import { feedItems } from '../data/feed-items.ts';
import { renderEntryHtml } from '../components/body-html.ts';
import { loadSiteData } from '../data/site-data.ts';
import { jsonFeed } from '../view-models/feeds.ts';

/** JSON Feed 1.1 of posts, the same items as /rss.xml. */
export const GET: APIRoute = async () => {
  const feed = jsonFeed(await loadSiteData(), await feedItems(renderEntryHtml));
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
