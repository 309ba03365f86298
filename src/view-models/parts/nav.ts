/**
 * The community's own pages (content/pages/<slug>.md, published at /<slug>/)
 * and the main navigation they can join. Pure functions of the validated
 * content: the route and the layout only render what these return.
 */
import type { Words } from '../../words/index.ts';
import type { Links } from '../../content/addresses.ts';
import { summarize } from '../../base/markdown-text.ts';
import { remember } from '../../base/memo.ts';
import type { Page } from '../../content/model.ts';

/**
 * The page's meta description: its summary, or else the first paragraph of
 * its body as plain text, cut at 280 characters. Undefined when it has
 * neither, so that the layout falls back to the site's tagline.
 */
export function pageDescription(page: Pick<Page, 'summary' | 'body'>): string | undefined {
  return page.summary ?? (summarize(page.body, 280) || undefined);
}

/** One link of the main navigation. */
export interface NavItem {
  href: string;
  label: string;
  /** True on the page the link leads to (and below it): the link gets aria-current="page". */
  current: boolean;
}

// Every page of the site shows the navigation: the order is worked out once per list of pages.
const ordered = new WeakMap<readonly Page[], Map<string, Page[]>>();

/** Pages with a `nav` place, in navigation order: by place, then title (in the site's language), then slug. */
export function navPages(pages: readonly Page[], language: string): Page[] {
  const byLanguage = remember(ordered, pages, () => new Map<string, Page[]>());
  return remember(byLanguage, language, () => {
    const collator = new Intl.Collator(language, { sensitivity: 'base' });
    return pages
      .filter((p): p is Page & { nav: number } => p.nav !== undefined)
      .sort((a, b) => a.nav - b.nav || collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  });
}

/**
 * The main navigation of every page. The community's own pages (those with
 * `nav`) come after the built-in links and before Search: the site's own
 * sections stay first, in the same place on every Firsthand site, and Search,
 * a tool rather than a place, stays last. Their labels are their titles.
 */
export function mainNav(options: { links: Links; pages: readonly Page[]; words: Words; here: string }): NavItem[] {
  const { links, pages, words, here } = options;
  const home = links.home();
  const items = [
    { href: home, label: words.t('nav.home') },
    { href: links.events(), label: words.t('nav.events') },
    { href: links.people(), label: words.t('nav.people') },
    { href: links.posts(), label: words.t('nav.posts') },
    { href: links.graph(), label: words.t('nav.graph') },
    ...navPages(pages, words.locale).map((p) => ({ href: links.page(p.slug), label: p.title })),
    { href: links.search(), label: words.t('nav.search') },
  ];
  // Home is current on the home page alone; any other link on its page and the pages below it.
  return items.map((item) => ({ ...item, current: item.href === home ? here === home : here.startsWith(item.href) }));
}
