/**
 * The items both feeds publish (view-models/feeds.ts), with the full
 * HTML of each post of this site rendered through Astro; a link-only post is
 * an item that links out.
 */
import type { CollectionEntry } from 'astro:content';
import { feedPosts, type FeedItem } from '../view-models/feeds.ts';
import { loadSiteData } from './site-data.ts';

export async function feedItems(render: (entry: CollectionEntry<'posts'>, pageUrl: string) => Promise<string>): Promise<FeedItem[]> {
  const site = await loadSiteData();
  const items: FeedItem[] = [];
  for (const { post, item } of feedPosts(site)) {
    const entry = site.entries.posts.get(post.slug);
    if (!post.linkOnly && entry) item.html = await render(entry, item.url);
    items.push(item);
  }
  return items;
}
