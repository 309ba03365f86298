import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { renderEntryHtml } from '../data/render-html.ts';
import { feedItems } from '../data/feed-items.ts';

/** JSON Feed 1.1 of posts, the same items as /rss.xml. */
export const GET: APIRoute = async () => {
  const { content, links } = await loadSiteData();
  const site = content.site;
  const items = await feedItems(renderEntryHtml);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    home_page_url: links.absolute(links.home()),
    feed_url: links.absolute(links.jsonFeed()),
    description: site.tagline ?? `Posts from ${site.name}`,
    language: site.language,
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
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
