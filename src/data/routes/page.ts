/** /<slug>/: each of the community's own pages (content/pages/; its slug never takes a path of the site: content/site-paths.ts). */
import type { CollectionEntry } from 'astro:content';
import type { Page } from '../../content/model.ts';
import { pageDescription } from '../../view-models/parts/nav.ts';
import { entryRoute, pagePerEntry, type EntryProps } from './entry-route.ts';

export interface PageView {
  description: string | undefined;
}

export const pageRoute = entryRoute('page', {
  paths: (site) => pagePerEntry(site.content.pages, (page) => page.slug, 'page', site.entries.pages),
  inputs: (page) => page,
  view: (page): PageView => ({ description: pageDescription(page) }),
});

export type PagePageProps = EntryProps<Page, Page, CollectionEntry<'pages'>>;
