/** The routes that list entries: /posts/ and its further pages, each year's page of past events, each tag's page, each series' page. */
import type { CollectionEntry } from 'astro:content';
import { publishedPosts } from '../../community/listings.ts';
import type { Post, Series } from '../../content/model.ts';
import type { Shown } from '../../view-models/context.ts';
import { eventYearPages, eventYearView, type EventYearPage } from '../../view-models/events.ts';
import { postSummaryIds, shownOf } from '../../view-models/parts/inputs.ts';
import { postsInputs, postsView, type PostsInputs, type PostsPage } from '../../view-models/posts.ts';
import { seriesInputs, seriesPageView, type SeriesInputs } from '../../view-models/series.ts';
import { tagPages, tagView } from '../../view-models/tags.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

/** /posts/, /posts/2/, …: newest first, posts_per_page a page. */
export const postListRoute = entryRoute('post-list', {
  paths: (site, paginate) =>
    paginate(publishedPosts(site.content.posts), { pageSize: site.content.site.postsPerPage }).map((path) => ({
      params: path.params,
      item: path.props.page as PostsPage,
      entry: undefined,
    })),
  inputs: (page, site) => postsInputs(page, site),
  view: ({ page, shown }, frame) => postsView(page, { ...frame, ...shown }),
});

export type PostListProps = EntryProps<PostsPage, PostsInputs, undefined>;

/** /events/<yyyy>/: the past events of a year not all of which are on /events/, newest first (none while /events/ holds every past event). */
export const eventYearRoute = entryRoute('event-year', {
  paths: (site) => eventYearPages(site).map((page) => ({ params: { year: page.year.year }, item: page, entry: undefined })),
  // The year's events and its neighbours' were picked at "now" by paths: the page shows nothing else.
  inputs: (page) => page,
  view: (page, frame) => eventYearView(page, frame),
});

export type EventYearProps = EntryProps<EventYearPage, EventYearPage, undefined>;

/** A tag's page: the tag, its posts, and their authors and events. */
interface TagInputs {
  tag: string;
  posts: Post[];
  shown: Shown;
}

/** /tags/<tag>/: a tag's posts, newest first. */
export const tagRoute = entryRoute('tag', {
  paths: (site) => tagPages(site.content).map(({ tag, posts }) => ({ params: { tag }, item: { tag, posts }, entry: undefined })),
  inputs: ({ tag, posts }, site): TagInputs => ({ tag, posts, shown: shownOf(site, postSummaryIds(posts)) }),
  view: ({ tag, posts, shown }, frame) => tagView(tag, posts, { ...frame, ...shown }),
});

export type TagPageProps = EntryProps<{ tag: string; posts: Post[] }, TagInputs, undefined>;

/** /series/<slug>/: a series, its hosts, and its events. */
export const seriesRoute = entryRoute('series', {
  paths: (site) => pagePerEntry(site.content.series, (series) => series.slug, 'slug', site.entries.series),
  inputs: (series, site) => seriesInputs(series, site),
  view: (inputs, frame) => seriesPageView(inputs, frame),
});

export type SeriesPageProps = EntryProps<Series, SeriesInputs, CollectionEntry<'series'>>;
