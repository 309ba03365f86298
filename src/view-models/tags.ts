/** The tags: every tag with its count, and each tag's posts, newest first. */
import type { NamedLink } from './parts/html-lists.ts';
import { postsByTag } from '../community/listings.ts';
import type { Content, Post } from '../content/model.ts';
import { siteWords } from '../words/index.ts';
import type { PageSite, SiteView } from './context.ts';
import { toPostSummaries, type PostSummaryView } from './parts/items.ts';

/** Every tag of a published post, alphabetical, with its posts newest first: one page each. */
export function tagPages(content: Pick<Content, 'posts'>): Array<{ tag: string; posts: Post[] }> {
  return [...postsByTag(content.posts)].map(([tag, posts]) => ({ tag, posts }));
}

/** Every tag, alphabetical, linking to its page, with how many posts carry it. */
export function tagsView(site: Pick<SiteView, 'content' | 'links'>): Array<NamedLink & { count: number }> {
  return tagPages(site.content).map(({ tag, posts }) => ({ name: tag, href: site.links.tag(tag), count: posts.length }));
}

export interface TagView {
  title: string;
  heading: string;
  description: string;
  /** "3 posts" */
  count: string;
  posts: PostSummaryView[];
  /** The page of every tag. */
  allTagsHref: string;
}

/** One tag's page: its posts, newest first. */
export function tagView(tag: string, posts: readonly Post[], site: PageSite): TagView {
  const words = siteWords(site.content.site);
  return {
    title: words.t('tag.title', { tag }),
    heading: words.t('tag.heading', { tag }),
    description: words.t('tag.description', { site: site.content.site.name, tag }),
    count: words.t('tag.count', { count: posts.length }),
    posts: toPostSummaries(posts, site),
    allTagsHref: site.links.tags(),
  };
}
