/**
 * content/posts/<slug>.md|.mdx: an author who is a member, a known event, an
 * update not before the date, a cover with its words, and a body that is
 * written (or empty, for a post published elsewhere).
 */
import type { Post } from '../model.ts';
import type { PostData } from '../fields/schemas.ts';
import { didYouMean } from '../../base/suggest.ts';
import { parseZonedTime, type Result, type ZonedTime } from '../fields/time.ts';
import type { Entry, ValidationContext } from './validation-context.ts';

/**
 * A new post starts as a draft with this text (contribute/templates.ts writes
 * it); a post that is no longer a draft may not hold it, so it is never
 * published by mistake.
 */
export const POST_PLACEHOLDER = 'Your post, in Markdown. Remove `draft: true` above when it is ready.';

/** The post's dates in the site's zone; an update before the date is reported. */
function readDates(context: ValidationContext, e: Entry<PostData>): { published: Result<ZonedTime> | undefined; updated: ZonedTime | undefined } {
  const r = e.raw;
  const zone = context.site.timezone;
  const published = e.isBad(['date']) || r['date'] === undefined ? undefined : parseZonedTime(r['date'], zone);
  if (r['updated'] === undefined || e.isBad(['updated'])) return { published, updated: undefined };
  const u = parseZonedTime(r['updated'], zone);
  if (!u.ok) return { published, updated: undefined };
  if (published?.ok && u.value.epochMs < published.value.epochMs) {
    context.report.at(e, ['updated'], 'updated-before-date', `is before the post's date (${published.value.date}): updated is when the post last changed`);
  }
  return { published, updated: u.value };
}

/** A cover and its words come together. */
function checkCover(context: ValidationContext, e: Entry<PostData>): void {
  const r = e.raw;
  context.checkImage(e, ['cover'], r['cover']);
  if (r['cover'] !== undefined && r['cover_alt'] === undefined) {
    context.report.at(e, ['cover'], 'cover-alt-required', 'a cover needs cover_alt: say in a few words what the picture shows');
  } else if (r['cover'] === undefined && r['cover_alt'] !== undefined) {
    context.report.at(e, ['cover_alt'], 'cover-alt-without-cover', 'cover_alt describes a cover, but there is no cover: add cover or remove cover_alt');
  }
}

/** The body is the post's own text: not `new`'s placeholder once published, and not empty unless the post lives elsewhere. Returns true when it is empty. */
function checkPostBody(context: ValidationContext, e: Entry<PostData>): boolean {
  const r = e.raw;
  const at = { line: e.source.bodyLine, column: 1 };
  if (e.source.body.trim() === POST_PLACEHOLDER && r['draft'] !== true) {
    context.report.add(e.file, 'body', 'post-placeholder', 'this is still the text npm run new wrote: write your post here before publishing it', at);
  }
  const empty = e.source.body.trim() === '';
  if (empty && r['canonical_url'] === undefined && e.source.data !== undefined) {
    context.report.add(
      e.file,
      'body',
      'post-empty',
      'the post has no text: write it below the closing --- line, or add canonical_url to list a post published elsewhere',
      at,
    );
  }
  return empty;
}

function toPost(
  e: Entry<PostData>,
  d: PostData,
  read: { author: string; published: ZonedTime; updated: ZonedTime | undefined; empty: boolean },
  eventSlugs: ReadonlySet<string>,
): Post {
  const post: Post = {
    slug: e.id,
    file: e.file,
    title: d.title,
    author: read.author,
    published: read.published,
    tags: [...new Set(d.tags)],
    draft: d.draft,
    linkOnly: read.empty && d.canonical_url !== undefined,
    body: e.source.body,
    mdx: e.mdx,
  };
  if (read.updated) post.updated = read.updated;
  if (d.event !== undefined && eventSlugs.has(d.event)) post.event = d.event;
  if (d.canonical_url !== undefined) post.canonicalUrl = d.canonical_url;
  if (d.summary !== undefined) post.summary = d.summary;
  if (d.cover !== undefined) post.cover = d.cover as string;
  if (d.cover_alt !== undefined) post.coverAlt = d.cover_alt;
  return post;
}

export function validatePosts(context: ValidationContext, entries: readonly Entry<PostData>[]): Post[] {
  const posts: Post[] = [];
  for (const e of entries) {
    context.checkBody(e);
    const author = context.resolveHandle(e, ['author'], e.raw['author']);
    const eventRef = e.raw['event'];
    if (typeof eventRef === 'string' && !e.isBad(['event']) && !context.eventSlugs.has(eventRef)) {
      context.report.at(e, ['event'], 'unknown-event', `unknown event "${eventRef}"${didYouMean(eventRef, context.eventSlugs)}`);
    }
    const { published, updated } = readDates(context, e);
    checkCover(context, e);
    const empty = checkPostBody(context, e);
    if (!e.data || author === undefined || !published?.ok) continue;
    posts.push(toPost(e, e.data, { author, published: published.value, updated, empty }, context.eventSlugs));
  }
  return posts;
}
