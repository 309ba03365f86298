/**
 * The link-preview cards as pages and routes see them (outputs/cards.ts says what
 * is on a card): the site's card context, with the logo's header PNG, worked
 * out once per build. Pages only need a card's address and alt text; the
 * PNGs are drawn by `npm run build`'s card worker (src/build/cards-worker.ts),
 * or by the card routes under `astro dev` and a plain `astro build`.
 */
import { packageRoot, sideFilesWrittenElsewhere } from 'virtual:firsthand/settings';
import { cardContext, cardsOf, eventCard, needsEventCard, needsPostCard, postCard, type Card, type CardContext, type CardSpec } from '../outputs/cards.ts';
import type { Event, Post } from '../content/model.ts';
import type { ShareOptions } from '../view-models/parts/share.ts';
import { renderCard } from '../outputs/card-drawing.ts';
import { cardFonts } from '../node/card-fonts.ts';
import { loadLogo } from './look.ts';
import { loadSiteData } from './site-data.ts';

let making: Promise<CardContext> | undefined;

/** What every card of the site shares, the logo's file name included. */
export function loadCardContext(): Promise<CardContext> {
  making ??= (async () => {
    const { content } = await loadSiteData();
    const logo = await loadLogo(content.site);
    return cardContext(content.site, logo?.header.name);
  })();
  return making;
}

/** An event's card, when it has no photo to be shared with. */
export async function eventPreviewCard(event: Event): Promise<Card | undefined> {
  return needsEventCard(event) ? eventCard(event, await loadCardContext()) : undefined;
}

/** A post's card, when it has no cover to be shared with. */
export async function postPreviewCard(post: Post): Promise<Card | undefined> {
  if (!needsPostCard(post)) return undefined;
  const { people } = await loadSiteData();
  return postCard(post, people.get(post.author), await loadCardContext());
}

/** How a page is shared: its card, if any, and the logo's square PNG that stands for the community in structured data. */
export async function loadShareOptions(card: Card | undefined): Promise<ShareOptions> {
  const { content } = await loadSiteData();
  const logo = await loadLogo(content.site);
  return { card, logoFile: logo?.touchIcon.name };
}

/** The cards a route draws: none under `npm run build`, whose worker draws them all beside Astro. */
export async function cardsToServe(kind: 'events' | 'posts'): Promise<Card[]> {
  if (sideFilesWrittenElsewhere) return [];
  const { content } = await loadSiteData();
  const cards = cardsOf(content, await loadCardContext());
  return cards.filter((card) => card.path.startsWith(`${kind}/`));
}

/** A card drawn as a PNG, with the logo when there is one. */
export async function drawCard(spec: CardSpec): Promise<Uint8Array> {
  const { content } = await loadSiteData();
  const logo = await loadLogo(content.site);
  return renderCard(spec, { fonts: cardFonts(packageRoot), logo: logo?.header });
}
