/**
 * One definition per route made of entries (an event's page, a person's, a
 * post's, a tag's…): which pages it has, what each shows (its view model),
 * and the page's key for the incremental build, together. The view is made
 * once, here, in getStaticPaths; the key is made from that very view; and the
 * page renders the view it is handed, so what a page shows and what its key
 * covers can never drift apart. (Every view is held until its page is
 * rendered: about 140 MB at 10,000 members, docs/performance.md.)
 */
import type { PaginateFunction } from 'astro';
import { siteWords, type Words } from '../../words/index.ts';
import { pageKeys, type RenderableEntry } from '../page-keys.ts';
import type { SiteData } from '../site-data.ts';
import { loadSiteView } from '../site-view.ts';
import type { SiteView } from '../../view-models/context.ts';

/** What a route's definition reads: the site's data, its avatars and the collection entries. */
export type RouteSite = SiteData & SiteView;

/** One page of a route: its params, the item it is about, and where its body comes from. */
export interface EntryPath<Item, Entry extends RenderableEntry | undefined> {
  params: Record<string, string | undefined>;
  item: Item;
  /** The collection entry whose body the page renders. */
  entry: Entry;
  /** The content file the page is made from (its footer says where it lives and when it changed). */
  file?: string | undefined;
}

export interface EntryRoute<Item, View, Entry extends RenderableEntry | undefined> {
  paths(site: RouteSite, paginate: PaginateFunction): EntryPath<Item, Entry>[];
  view(item: Item, site: RouteSite, entry: Entry): View | Promise<View>;
}

/** What the page of such a route is handed: the item, its view, its entry and the site's words (which the frame's key covers). */
export interface EntryProps<Item, View, Entry> {
  item: Item;
  view: View;
  entry: Entry;
  words: Words;
}

/** The getStaticPaths of a route, from its definition. */
export function entryRoute<Item, View, Entry extends RenderableEntry | undefined>(route: EntryRoute<Item, View, Entry>) {
  return async ({ paginate }: { paginate: PaginateFunction }) => {
    const [site, key] = await Promise.all([loadSiteView(), pageKeys()]);
    const words = siteWords(site.content.site);
    return Promise.all(
      route.paths(site, paginate).map(async ({ params, item, entry, file }) => {
        const view = await route.view(item, site, entry);
        const props: EntryProps<Item, View, Entry> = { item, view, entry, words };
        return { params, props, cacheKey: key({ item, view, entry, file }) };
      }),
    );
  };
}

/**
 * One page per entry of a kind, at `{ [param]: id }`, with the collection
 * entry whose body it renders (every entry the checker passed has one: Astro
 * loads the same files) and its file.
 */
export function pagePerEntry<Item extends { file: string }, Entry extends RenderableEntry>(
  items: readonly Item[],
  idOf: (item: Item) => string,
  param: string,
  entries: ReadonlyMap<string, Entry>,
): EntryPath<Item, Entry>[] {
  return items.map((item) => {
    const entry = entries.get(idOf(item));
    if (!entry) throw new Error(`no collection entry for ${item.file}`);
    return { params: { [param]: idOf(item) }, item, entry, file: item.file };
  });
}
