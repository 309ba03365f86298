/** The posts: the paged list, newest first, and each post's own page. */
import { formatDate } from '../community/dates.ts';
import type { AvatarImage, ChipPerson, NamedLink } from './parts/html-lists.ts';
import { readingMinutes, summarize } from '../base/markdown-text.ts';
import type { Person, Post } from '../content/model.ts';
import { postJsonLd } from '../outputs/structured-data.ts';
import { cardPreview, communityJsonLd, picturePreview, type SharedPicture, type ShareOptions, type SharePreview } from './parts/share.ts';
import { siteWords } from '../words/index.ts';
import { firstName } from '../community/phrases.ts';
import type { PageSite, Shown, SiteFrame, SiteView } from './context.ts';
import { postSummaryIds, shownOf } from './parts/inputs.ts';
import { postHref, tagLinks, toChip, toPostSummaries, type PostSummaryView } from './parts/items.ts';

/** What Astro's paginate() hands each page of the list, as far as the page shows it. */
export interface PostsPage {
  data: readonly Post[];
  currentPage: number;
  lastPage: number;
  url: { prev?: string | undefined; next?: string | undefined };
}

export interface PostsView {
  title: string;
  description: string;
  /** The feeds the list offers. */
  rssHref: string;
  jsonFeedHref: string;
  posts: PostSummaryView[];
  /** The newer and older pages, each with the closing slash every other link of the site has. */
  prev?: string | undefined;
  next?: string | undefined;
  currentPage: number;
  lastPage: number;
}

/** Astro's page links have no trailing slash; every other link on the site does. */
const slashed = (url: string | undefined) => (url === undefined ? undefined : url.endsWith('/') ? url : `${url}/`);

/** What a page of the list shows: its posts, and their authors and events. */
export interface PostsInputs {
  page: PostsPage;
  shown: Shown;
}

export function postsInputs(page: PostsPage, site: SiteView): PostsInputs {
  return { page, shown: shownOf(site, postSummaryIds(page.data)) };
}

export function postsView(page: PostsPage, site: PageSite): PostsView {
  const words = siteWords(site.content.site);
  return {
    title: page.currentPage === 1 ? words.t('posts.title') : words.t('posts.titlePage', { page: page.currentPage, pages: page.lastPage }),
    description: words.t('posts.description', { site: site.content.site.name }),
    rssHref: site.links.rss(),
    jsonFeedHref: site.links.jsonFeed(),
    posts: toPostSummaries(page.data, site),
    prev: slashed(page.url.prev),
    next: slashed(page.url.next),
    currentPage: page.currentPage,
    lastPage: page.lastPage,
  };
}

/** How many of an author's other posts a post's page lists. */
export const OTHER_POSTS = 5;

/** A listed author, as the byline and the card after the post show them. */
export interface PostAuthor {
  chip: ChipPerson;
  name: string;
  href: string;
  /** Their picture at the card's size. */
  avatar?: AvatarImage | undefined;
  location?: string | undefined;
  firstName: string;
  /** Their newest other posts. */
  others: NamedLink[];
}

export interface PostView {
  description: string;
  href: string;
  author?: PostAuthor | undefined;
  date: string;
  dateText: string;
  updated?: { date: string; text: string } | undefined;
  minutes: number;
  /** The event it is about. */
  event?: NamedLink | undefined;
  /** Where it first appeared, written without its scheme. */
  firstPublished?: { href: string; text: string } | undefined;
  tags: NamedLink[];
  /** schema.org BlogPosting. */
  jsonLd: Record<string, unknown>;
  /** The link preview: the cover, or the post's card. */
  preview?: SharePreview | undefined;
}

/** What a post's page shows (context.ts): the post, its author's other posts, and its author and event. */
export interface PostInputs {
  post: Post;
  /** The author's newest other posts (OTHER_POSTS of them). */
  others: readonly Post[];
  shown: Shown;
}

/** A post's page's inputs, from the whole site. */
export function postInputs(post: Post, site: SiteView): PostInputs {
  const others = (site.index.postsByAuthor.get(post.author) ?? []).filter((p) => p.slug !== post.slug).slice(0, OTHER_POSTS);
  return { post, others, shown: shownOf(site, { people: [post.author], events: [post.event] }) };
}

/** The page of one post, from the whole site (postPageView of postInputs). */
export function postView(post: Post, site: SiteView, cover?: SharedPicture, share: ShareOptions = {}): PostView {
  return postPageView(postInputs(post, site), site, cover, share);
}

/** The page of one post from its inputs; `cover` is its cover once through the image pipeline for sharing, and without one the post is shared with its card. */
export function postPageView(inputs: PostInputs, frame: SiteFrame, cover?: SharedPicture, share: ShareOptions = {}): PostView {
  const { post } = inputs;
  const site: PageSite = { ...frame, ...inputs.shown };
  const { content, links } = site;
  const language = content.site.language;
  const person = site.people.get(post.author);
  // An unlisted author is never named.
  const author = person?.listed ? postAuthor(person, inputs.others, site) : undefined;
  const event = post.event ? site.events.get(post.event) : undefined;
  const pageUrl = links.absolute(links.post(post.slug));
  const card = cover === undefined && share.card ? share.card : undefined;
  const preview = cover
    ? picturePreview(cover, post.coverAlt ?? post.title, links)
    : card && cardPreview(links.absolute(links.postCard(post.slug, card.hash)), card.alt);
  const image = preview?.url;
  return {
    description: post.summary ?? summarize(post.body, 200),
    href: links.post(post.slug),
    author,
    date: post.published.date,
    dateText: formatDate(post.published.date, language),
    updated: post.updated ? { date: post.updated.date, text: formatDate(post.updated.date, language, 'medium') } : undefined,
    minutes: readingMinutes(post.body),
    event: event ? { name: event.title, href: links.event(event.slug) } : undefined,
    firstPublished: post.canonicalUrl ? { href: post.canonicalUrl, text: post.canonicalUrl.replace(/^https?:\/\//, '') } : undefined,
    tags: tagLinks(post, links),
    jsonLd: postJsonLd(post, {
      url: pageUrl,
      author: person && author ? { person, url: links.absolute(author.href) } : undefined,
      image,
      publisher: communityJsonLd(site, share.logoFile),
    }),
    preview,
  };
}

/** A listed author, with their newest other posts. */
function postAuthor(person: Person, others: readonly Post[], site: PageSite): PostAuthor {
  const { links } = site;
  return {
    chip: toChip(person, links, site.avatars),
    name: person.name,
    href: links.person(person.handle),
    avatar: site.avatars.get(person.handle)?.l,
    location: person.location,
    firstName: firstName(person.name),
    others: others.map((p) => ({ name: p.title, href: postHref(p, links) })),
  };
}
