/**
 * What the search page can find, worked out from the content itself rather
 * than read back out of the built HTML: each listed person, each event, each
 * published post, each series and each of the community's own pages is one record. Building the index from
 * records lets it run beside Astro instead of after it, and keeps unlisted
 * people and drafts out by construction.
 */
import { formatEventWhen } from '../community/dates.ts';
import { escapeHtml } from '../base/escape.ts';
import { siteWords } from '../words/index.ts';
import { makeLinks, type Links } from '../content/addresses.ts';
import { publishedPosts } from '../community/listings.ts';
import { markdownAsSearchText } from '../base/markdown-text.ts';
import type { Content } from '../content/model.ts';
import { SEARCH_VENUE, venueText } from '../community/venues.ts';
import { describeStatus } from '../community/phrases.ts';

/** One entry of the search index, in the shape of Pagefind's custom records. */
export interface SearchRecord {
  /** The page's path from the site root, without the base: the search page adds the base. */
  url: string;
  /** The words the record is found by. */
  content: string;
  /** The site's language, for word stemming. */
  language: string;
  /** What a result shows: its title. */
  meta: { title: string };
}

/**
 * The site's language as the search indexer takes it: language, script and
 * region only. A valid tag may also carry variants and extensions
 * (`pt-BR-u-ca-gregory-nu-latn-hc-h23`), which Pagefind does not parse (it
 * panicked on that one); they change nothing in how words are stemmed.
 */
export function searchLanguage(tag: string): string {
  try {
    const locale = new Intl.Locale(tag);
    return [locale.language, locale.script, locale.region].filter((part) => part !== undefined).join('-');
  } catch {
    return 'en';
  }
}

const lines = (...parts: Array<string | undefined | false>): string => parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');

/**
 * Every record of the index, people first, then events, posts, series and pages. URLs
 * are from the site root: the search page tells Pagefind the base to put before them.
 */
export function buildSearchRecords(content: Content, links: Links = makeLinks({ base: '/', url: content.site.url })): SearchRecord[] {
  const language = searchLanguage(content.site.language);
  const words = siteWords(content.site);
  const names = new Map(content.people.map((p) => [p.handle, p.listed ? p.name : undefined]));
  const nameList = (handles: readonly string[]) => words.list(handles.map((h) => names.get(h)).filter((n): n is string => n !== undefined));
  const records: SearchRecord[] = [];
  for (const person of content.people) {
    if (!person.listed) continue;
    records.push({
      url: links.person(person.handle),
      content: lines(person.name, `@${person.handle}`, person.pronouns, person.location, markdownAsSearchText(person.body)),
      language,
      meta: { title: person.name },
    });
  }
  for (const event of content.events) {
    records.push({
      url: links.event(event.slug),
      content: lines(
        event.title,
        formatEventWhen(event, words),
        describeStatus(event.status, words),
        event.venue && venueText(event.venue, SEARCH_VENUE),
        event.hashtag,
        event.hosts.length > 0 && words.t('search.hostedBy', { names: nameList(event.hosts) }),
        markdownAsSearchText(event.body),
      ),
      language,
      meta: { title: event.title },
    });
  }
  // A link-only post has no page here to find.
  for (const post of publishedPosts(content.posts).filter((p) => !p.linkOnly)) {
    records.push({
      url: links.post(post.slug),
      content: lines(post.title, names.get(post.author), post.tags.join(' '), post.summary, markdownAsSearchText(post.body)),
      language,
      meta: { title: post.title },
    });
  }
  for (const series of content.series) {
    records.push({
      url: links.series(series.slug),
      content: lines(series.title, series.summary, series.cadence, markdownAsSearchText(series.body)),
      language,
      meta: { title: series.title },
    });
  }
  for (const page of content.pages) {
    records.push({
      url: links.page(page.slug),
      content: lines(page.title, page.summary, markdownAsSearchText(page.body)),
      language,
      meta: { title: page.title },
    });
  }
  return records;
}

/**
 * A record as the small HTML page Pagefind indexes: the title as the page's
 * h1, so that Pagefind weighs it as a heading (someone's name finds their own
 * page first), and each other line of the words as a paragraph.
 */
export function searchRecordHtml(record: SearchRecord): string {
  // The title is the h1; written again as a paragraph, it would show twice in every result's excerpt.
  const paragraphs = record.content
    .split('\n')
    .filter((line) => line !== record.meta.title)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return `<!doctype html><html lang="${escapeHtml(record.language)}"><head><title>${escapeHtml(record.meta.title)}</title></head><body><h1>${escapeHtml(record.meta.title)}</h1>${paragraphs}</body></html>`;
}
