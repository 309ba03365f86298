/**
 * The only layer that talks to Astro's collections. It reads the content with
 * the same validator as `npm run check` (so build and check agree on every
 * value), fails once with every problem listed, and joins each entry with its
 * Astro collection entry for rendering bodies and images.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from 'virtual:firsthand/settings';
import { takeDevValidated, takeValidated } from '../integration/handover.ts';
import { leaveOutOfSitemap } from '../integration/sitemap-filter.ts';
import { makeLinks } from '../content/addresses.ts';
import { pagesCanonicalElsewhere } from '../community/listings.ts';
import type { MeetingGraph } from '../community/meetings.ts';
import type { Content, Event, Page, Person, Post, Series } from '../content/model.ts';
import { formatProblems, summarizeProblems } from '../content/report/problems.ts';
import { indexContent } from '../community/content-index.ts';
import { findUnrenderedBodies, type RenderedEntry } from '../content/bodies/unrendered.ts';
import type { SiteView } from '../view-models/context.ts';
import { readLastChanged } from '../node/git-dates.ts';
import { FirsthandError } from '../base/failure.ts';
import { relative, resolve } from 'node:path';

/** What the view models read (view-models/context.ts), and what only the data layer and routes need. */
export interface SiteData extends Omit<SiteView, 'avatars'> {
  /** "Now" in epoch milliseconds: FIRSTHAND_NOW when set, else the build's start. */
  now: number;
  people: Map<string, Person>;
  events: Map<string, Event>;
  posts: Map<string, Post>;
  series: Map<string, Series>;
  /** The community's own pages, by slug. */
  pages: Map<string, Page>;
  /** Where an entry's file lives in the community's repository, and when it last changed. */
  source(file: string): { path: string; lastChanged?: string };
  entries: {
    people: Map<string, CollectionEntry<'people'>>;
    events: Map<string, CollectionEntry<'events'>>;
    posts: Map<string, CollectionEntry<'posts'>>;
    series: Map<string, CollectionEntry<'series'>>;
    pages: Map<string, CollectionEntry<'pages'>>;
  };
}

/** Thrown when content has problems; its message is the full list, without a stack. */
export class ContentProblemsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentProblemsError';
    this.stack = message;
  }
}

/**
 * The validated content and its graph: handed over by `npm run build` or by
 * the dev server's problems page (integration/handover.ts), or loaded here (a
 * plain astro build).
 */
async function readValidContent(): Promise<{ content: Content; now: number; meetings: MeetingGraph }> {
  const handed = takeValidated(contentDir) ?? takeDevValidated(contentDir);
  if (handed) return handed;
  // Imported only here: with a handover, the dev server never transforms the validator's forty modules for the data layer.
  const { loadCommunity } = await import('../node/load-community.ts');
  const community = loadCommunity(contentDir);
  const { problems, content } = community;
  if (problems.length > 0) {
    throw new ContentProblemsError(`${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}`);
  }
  try {
    return { content, now: community.now(), meetings: community.meetings() };
  } catch (error) {
    if (error instanceof FirsthandError) throw new ContentProblemsError(error.message);
    throw error;
  }
}

/** Stops the build when Astro could not render a body, rather than publishing the page without its text. */
function failOnUnrenderedBodies(collections: ReadonlyArray<[readonly RenderedEntry[], ReadonlyMap<string, { file: string; body: string }>]>): void {
  const problems = collections.flatMap(([entries, validated]) => findUnrenderedBodies(entries, (id) => validated.get(id)));
  if (problems.length > 0) throw new ContentProblemsError(`${formatProblems(problems, 'text')}\n\n${summarizeProblems(problems)}`);
}

async function load(): Promise<SiteData> {
  const { content, now, meetings } = await readValidContent();
  const byId = <T extends { id: string }>(list: T[]): Map<string, T> => new Map(list.map((e) => [e.id, e]));
  // A kind the community has none of is not asked for: Astro warns about an empty collection (a new community has no posts).
  const entriesOf = <K extends 'people' | 'events' | 'posts' | 'series' | 'pages'>(kind: K, count: number): Promise<CollectionEntry<K>[]> =>
    count > 0 ? getCollection(kind) : Promise.resolve([]);
  const [people, events, posts, series, pages] = await Promise.all([
    entriesOf('people', content.people.length),
    entriesOf('events', content.events.length),
    entriesOf('posts', content.posts.length),
    entriesOf('series', content.series.length),
    entriesOf('pages', content.pages.length),
  ]);
  const byKind = {
    people: new Map(content.people.map((p) => [p.handle, p])),
    events: new Map(content.events.map((e) => [e.slug, e])),
    posts: new Map(content.posts.map((p) => [p.slug, p])),
    series: new Map(content.series.map((s) => [s.slug, s])),
    pages: new Map(content.pages.map((p) => [p.slug, p])),
  };
  failOnUnrenderedBodies([
    [people, byKind.people],
    [events, byKind.events],
    [posts, byKind.posts],
    [series, byKind.series],
    [pages, byKind.pages],
  ]);
  const lastChanged = readLastChanged(contentDir);
  const links = makeLinks(content.site);
  leaveOutOfSitemap(pagesCanonicalElsewhere(content, links));
  return {
    content,
    now,
    links,
    meetings,
    index: indexContent(content),
    ...byKind,
    entries: { people: byId(people), events: byId(events), posts: byId(posts), series: byId(series), pages: byId(pages) },
    source(file) {
      const absolute = resolve(file);
      // Content lives under content/ at the root of the community's repository.
      const path = `content/${relative(contentDir, absolute).split('\\').join('/')}`;
      const date = lastChanged.get(absolute);
      return date ? { path, lastChanged: date } : { path };
    },
  };
}

let loading: Promise<SiteData> | undefined;

/** The site's data, read once per build. */
export function loadSiteData(): Promise<SiteData> {
  // A failed read is not kept: under astro dev the next request, after the files are fixed, reads again.
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
