/**
 * One definition per route made of entries (an event's page, a person's, a
 * post's, a tag's…): which pages it has, what each page shows, and the page's
 * key for the incremental build, from one computation. getStaticPaths gathers
 * each page's inputs (view-models/context.ts: the entries it shows, as the
 * objects already in memory, and what "now" decides for it), keys the page by
 * them, and hands them to the page; the page makes its view from those inputs
 * and the frame only, once, when it renders. The view cannot read anything
 * its key does not cover, and no view is made for a key nor held from
 * getStaticPaths until its page renders (docs/performance.md, "Keys from inputs").
 */
import type { PaginateFunction } from 'astro';
import { siteWords, type Words } from '../../words/index.ts';
import { pageKeys, type RenderableEntry } from '../page-keys.ts';
import { loadSiteData, type SiteData } from '../site-data.ts';
import { loadSiteView } from '../site-view.ts';
import type { SiteFrame, SiteView } from '../../view-models/context.ts';

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

export interface EntryRoute<Item, Inputs, View, Entry extends RenderableEntry | undefined> {
  paths(site: RouteSite, paginate: PaginateFunction): EntryPath<Item, Entry>[];
  /** What the page shows, gathered from the whole site: the key hashes it, the view is made from it. */
  inputs(item: Item, site: RouteSite, entry: Entry): Inputs;
  /** The page's view, from its inputs, the frame (which the frame's key covers) and its collection entry. */
  view(inputs: Inputs, frame: SiteFrame, entry: Entry): View | Promise<View>;
}

/** What the page of such a route is handed: the item, its inputs, its entry and the site's words (which the frame's key covers). */
export interface EntryProps<Item, Inputs, Entry> {
  item: Item;
  inputs: Inputs;
  entry: Entry;
  words: Words;
}

let framing: Promise<SiteFrame> | undefined;

/** The frame as a view sees it: the site's settings and addresses, and nothing else of the site. */
function loadFrame(): Promise<SiteFrame> {
  framing ??= loadSiteData().then(({ content, links }) => ({ content: { site: content.site }, links }));
  return framing;
}

/** A route's getStaticPaths, and the view its page makes from the props it is handed; `name` tells its kept keys from other routes'. */
export function entryRoute<Item, Inputs, View, Entry extends RenderableEntry | undefined>(name: string, route: EntryRoute<Item, Inputs, View, Entry>) {
  return {
    getStaticPaths: async ({ paginate }: { paginate: PaginateFunction }) => {
      const [site, keys] = await Promise.all([loadSiteView(), pageKeys(name)]);
      const words = siteWords(site.content.site);
      const paths = route.paths(site, paginate).map(({ params, item, entry, file }) => {
        const kept = keys.kept(params);
        // A kept key: the page is copied from the cache unless its code changed, so its inputs are gathered only if it renders.
        if (kept) return { params, props: propsGatheredOnRender({ item, entry, words }, () => route.inputs(item, site, entry)), ...kept };
        const inputs = route.inputs(item, site, entry);
        const props: EntryProps<Item, Inputs, Entry> = { item, inputs, entry, words };
        return { params, props, ...keys.keyed(params, { item, inputs, entry, file }) };
      });
      keys.keep();
      return paths;
    },
    /** The page's view, made once, when the page renders. */
    view: async ({ inputs, entry }: EntryProps<Item, Inputs, Entry>): Promise<View> => route.view(inputs, await loadFrame(), entry),
  };
}

/** A page's props whose inputs are gathered when Astro first reads them (it reads a page's props only to render it). */
function propsGatheredOnRender<Item, Inputs, Entry>(
  props: Omit<EntryProps<Item, Inputs, Entry>, 'inputs'>,
  gather: () => Inputs,
): EntryProps<Item, Inputs, Entry> {
  let inputs: Inputs | undefined;
  return Object.defineProperty({ ...props }, 'inputs', { enumerable: true, get: () => (inputs ??= gather()) }) as EntryProps<Item, Inputs, Entry>;
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
