/** The routes that list entries: /posts/ and its further pages, each year's page of past events, each tag's page, each series' page. */
import type { CollectionEntry } from 'astro:content';
import { publishedPosts } from '../../community/listings.ts';
import type { Post, Series } from '../../content/model.ts';
import { eventYearPages, eventYearView, type EventYearPage, type EventYearView } from '../../view-models/events.ts';
import { postsView, type PostsPage, type PostsView } from '../../view-models/posts.ts';
import { seriesView, type SeriesView } from '../../view-models/series.ts';
import { tagPages, tagView, type TagView } from '../../view-models/tags.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

/** /posts/, /posts/2/, …: newest first, posts_per_page a page. */
export const postListPaths = entryRoute({
  paths: (site, paginate) =>
    paginate(publishedPosts(site.content.posts), { pageSize: site.content.site.postsPerPage }).map((path) => ({
      params: path.params,
      item: path.props.page as PostsPage,
      entry: undefined,
    })),
  view: (page, site) => postsView(page, site),
});

export type PostListProps = EntryProps<PostsPage, PostsView, undefined>;

/** /events/<yyyy>/: the past events of a year not all of which are on /events/, newest first (none while /events/ holds every past event). */
export const eventYearPaths = entryRoute({
  paths: (site) => eventYearPages(site).map((page) => ({ params: { year: page.year.year }, item: page, entry: undefined })),
  view: (page, site) => eventYearView(page, site),
});

export type EventYearProps = EntryProps<EventYearPage, EventYearView, undefined>;

/** /tags/<tag>/: a tag's posts, newest first. */
export const tagPaths = entryRoute({
  paths: (site) => tagPages(site.content).map(({ tag, posts }) => ({ params: { tag }, item: { tag, posts }, entry: undefined })),
  view: ({ tag, posts }, site) => tagView(tag, posts, site),
});

export type TagPageProps = EntryProps<{ tag: string; posts: Post[] }, TagView, undefined>;

/** /series/<slug>/: a series, its hosts, and its events. */
export const seriesPaths = entryRoute({
  paths: (site) => pagePerEntry(site.content.series, (series) => series.slug, 'slug', site.entries.series),
  view: (series, site) => seriesView(series, site),
});

export type SeriesPageProps = EntryProps<Series, SeriesView, CollectionEntry<'series'>>;
