/**
 * The items both feeds publish: the newest published posts, newest first.
 * Local posts carry their full HTML; a link-only post is an item that links
 * out. Feeds hold the newest FEED_SIZE posts, as feed readers expect: the
 * whole archive is on the site, and rendering every post of a big
 * community into one file would make the feed and the build heavy.
 */
export const FEED_SIZE = 50;
import type { CollectionEntry } from 'astro:content';
import { publishedPosts } from '../lib/listings.ts';
import { summarize } from '../lib/markdown-text.ts';
import { loadSiteData } from './site-data.ts';

export interface FeedItem {
  /** A stable identifier: the post's own page, or the outside URL for link-only posts. */
  id: string;
  url: string;
  /** True when the item links out (link-only posts). */
  external: boolean;
  title: string;
  summary: string;
  html?: string;
  published: number;
  updated?: number;
  tags: string[];
  authorName?: string;
  authorUrl?: string;
}

export async function feedItems(render: (entry: CollectionEntry<'posts'>, origin: string) => Promise<string>): Promise<FeedItem[]> {
  const { content, links, people, entries } = await loadSiteData();
  const origin = content.site.url;
  const items: FeedItem[] = [];
  for (const post of publishedPosts(content.posts).slice(0, FEED_SIZE)) {
    const local = !post.linkOnly;
    const url = local ? links.absolute(links.post(post.slug)) : (post.canonicalUrl as string);
    const author = people.get(post.author);
    const item: FeedItem = {
      id: url,
      url,
      external: !local,
      title: post.title,
      summary: post.summary ?? summarize(post.body),
      published: post.published.epochMs,
      tags: post.tags,
    };
    const entry = entries.posts.get(post.slug);
    if (local && entry) item.html = await render(entry, origin);
    if (post.updated) item.updated = post.updated.epochMs;
    if (author?.listed) {
      item.authorName = author.name;
      item.authorUrl = links.absolute(links.person(author.handle));
    }
    items.push(item);
  }
  return items;
}
