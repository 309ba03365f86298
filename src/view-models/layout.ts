/** Every page's frame: its title and description, canonical address, link preview, navigation, and where to edit it. */
import { cardAlt, cardContext, siteCardSpec } from '../outputs/cards.ts';
import { formatDate } from '../community/dates.ts';
import { siteWords } from '../words/index.ts';
import type { Links } from '../content/addresses.ts';
import type { Content } from '../content/model.ts';
import { editLink } from './parts/outside-links.ts';
import { mainNav, type NavItem } from './parts/nav.ts';
import { cardPreview, openGraphLocale, type SharePreview } from './parts/share.ts';

/** What a page tells its frame. */
export interface FrameInput {
  /** The page's own title; the community's name is added after it. */
  title?: string | undefined;
  description?: string | undefined;
  /** The canonical address when the page first appeared elsewhere. */
  canonical?: string | undefined;
  /** The page's own picture for link previews (a photo, cover, avatar or card); without one, the community's card. */
  preview?: SharePreview | undefined;
  /** The not-found page: its canonical address is 404.html wherever it is shown. */
  notFound: boolean;
  /** The path the page is shown at. */
  here: string;
  /** Where the page's content file lives in the community's repository, and when it last changed. */
  origin?: { path: string; lastChanged?: string } | undefined;
}

/** What a page hands the layout (layouts/BaseLayout.astro), which turns it into a FrameInput. */
export interface FrameProps extends Omit<FrameInput, 'notFound' | 'here' | 'origin'> {
  /** Open Graph type. */
  ogType?: 'website' | 'article' | 'profile';
  /** The content file the page is made from: enables "Edit this page" and the last-updated date. */
  file?: string | undefined;
  /** The not-found page: its canonical address is 404.html, and it is not to be indexed. */
  notFound?: boolean;
}

export interface FrameView {
  /** The document's title. */
  title: string;
  /** The Open Graph title. */
  ogTitle: string;
  description: string;
  canonical: string;
  /** og:locale: the site's language as Open Graph writes it (`en_US`). */
  ogLocale: string;
  /** The link preview's picture: og:image and twitter:image, their size, type, alt text and twitter:card. */
  preview: SharePreview;
  nav: NavItem[];
  /** When the content file last changed, and how it reads. */
  lastChanged?: { iso: string; text: string } | undefined;
  /** "Edit this page" on the repository's host. */
  edit?: string | undefined;
}

export function frameView(site: { content: Content; links: Links }, input: FrameInput): FrameView {
  const { links } = site;
  const { name, tagline, language, repository, branch } = site.content.site;
  const words = siteWords(site.content.site);
  const { origin } = input;
  return {
    title: input.title ? `${input.title} · ${name}` : tagline ? `${name} — ${tagline}` : name,
    ogTitle: input.title ?? name,
    description: input.description ?? tagline ?? words.t('frame.defaultDescription', { site: name }),
    canonical: input.canonical ?? links.absolute(input.notFound ? links.notFound() : input.here),
    ogLocale: openGraphLocale(language),
    // Without a picture of its own, a page is shared with the community's card, whose text is its alt.
    preview: input.preview ?? cardPreview(links.absolute(links.ogCard()), cardAlt(siteCardSpec(cardContext(site.content.site)))),
    // The built-in links, then the community's pages with `nav`, then Search (view-models/parts/nav.ts).
    nav: mainNav({ links, pages: site.content.pages, words, here: input.here }),
    lastChanged: origin?.lastChanged ? { iso: origin.lastChanged, text: formatDate(origin.lastChanged.slice(0, 10), language, 'medium') } : undefined,
    edit: origin && repository ? editLink(repository, branch, origin.path) : undefined,
  };
}
