import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { renderEntryHtml } from '../data/render-html.ts';
import { feedItems } from '../data/feed-items.ts';

/** RSS 2.0 of posts, newest first, full content for local posts; link-only posts link out. */
export const GET: APIRoute = async () => {
  const { content, links } = await loadSiteData();
  const site = content.site;
  const items = await feedItems(renderEntryHtml);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return rss({
    title: site.name,
    description: site.tagline ?? `Posts from ${site.name}`,
    site: new URL(links.home(), site.url).href,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escape(site.language)}</language><atom:link href="${escape(new URL(links.at('rss.xml'), site.url).href)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      description: item.summary,
      ...(item.html !== undefined ? { content: item.html } : {}),
      categories: item.tags,
      ...(item.authorName ? { customData: `<dc:creator>${escape(item.authorName)}</dc:creator>` } : {}),
    })),
  });
};
