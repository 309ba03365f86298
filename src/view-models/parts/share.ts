/** What a page is shared with when it has no picture of its own, and how the community appears in structured data. */
import type { Card } from '../../outputs/cards.ts';
import type { CommunityJsonLd } from '../../outputs/structured-data.ts';
import type { SiteView } from '../context.ts';

/** How a page without a photo or cover is shared, and the picture that stands for the community. */
export interface ShareOptions {
  /** The entry's card (outputs/cards.ts), when it has no picture of its own. */
  card?: Card | undefined;
  /** The file name of the logo's square PNG, when the community has a logo. */
  logoFile?: string | undefined;
}

/** The community in structured data: its logo's square PNG, else its card. */
export function communityJsonLd(site: Pick<SiteView, 'content' | 'links'>, logoFile: string | undefined): CommunityJsonLd {
  const { links } = site;
  return {
    name: site.content.site.name,
    url: links.absolute(links.home()),
    logo: links.absolute(logoFile ? links.logo(logoFile) : links.ogCard()),
  };
}
