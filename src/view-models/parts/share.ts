/** How a page is shared: the picture of its link preview, the language it names, and how the community appears in structured data. */
import { CARD_SIZE, type Card } from '../../outputs/cards.ts';
import type { CommunityJsonLd } from '../../outputs/structured-data.ts';
import type { SiteFrame, SiteView } from '../context.ts';
import { remember } from '../../base/memo.ts';

/** How a page without a photo or cover is shared, and the picture that stands for the community. */
export interface ShareOptions {
  /** The entry's card (outputs/cards.ts), when it has no picture of its own. */
  card?: Card | undefined;
  /** The file name of the logo's square PNG, when the community has a logo. */
  logoFile?: string | undefined;
}

/** A picture made for sharing by the image pipeline (data/shared-pictures.ts): its address on the site, its size in pixels, its type. */
export interface SharedPicture {
  src: string;
  width: number;
  height: number;
  /** JPEG, PNG for a picture with transparency, GIF for a GIF or an animated one: every app shows these, where WebP goes missing. */
  type: 'image/jpeg' | 'image/png' | 'image/gif';
}

/** What a link preview shows (og:image and twitter:image with their size, type and words), and how Twitter/X lays it out. */
export interface SharePreview extends Omit<SharedPicture, 'src'> {
  /** The picture's absolute address. */
  url: string;
  /** What it shows, in words (its alt text, or the text of a card). */
  alt: string;
  /** `summary` for a square picture shown small beside the text (an avatar), `summary_large_image` for a wide one. */
  twitterCard: 'summary' | 'summary_large_image';
}

/** A picture of the page's own as its preview; `square` for an avatar, which a wide preview would crop. */
export function picturePreview(picture: SharedPicture, alt: string, links: Pick<SiteView['links'], 'absolute'>, square = false): SharePreview {
  const { src, ...rest } = picture;
  return { ...rest, url: links.absolute(src), alt, twitterCard: square ? 'summary' : 'summary_large_image' };
}

/** A drawn card (an entry's, or the community's own) as the preview: a PNG of CARD_SIZE. */
export function cardPreview(url: string, alt: string): SharePreview {
  return { url, alt, ...CARD_SIZE, type: 'image/png', twitterCard: 'summary_large_image' };
}

/**
 * og:locale for the site's language, in Open Graph's `ll_CC` form: the tag's
 * region, else its likely region from CLDR (`en` → `en_US`, `pt` → `pt_BR`,
 * `zh-Hant` → `zh_TW`); a tag that has no likely region stays its language.
 */
export function openGraphLocale(language: string): string {
  return remember(openGraphLocales, language, () => likelyLocale(language));
}

// Every page's head asks, and CLDR's likely-subtags lookup is not free.
const openGraphLocales = new Map<string, string>();

function likelyLocale(language: string): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(language).maximize();
  } catch {
    return language.split('-')[0] ?? language;
  }
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

/** The community in structured data: its logo's square PNG, else its card. */
export function communityJsonLd(site: SiteFrame, logoFile: string | undefined): CommunityJsonLd {
  const { links } = site;
  return {
    name: site.content.site.name,
    url: links.absolute(links.home()),
    logo: links.absolute(logoFile ? links.logo(logoFile) : links.ogCard()),
  };
}
