import type { APIRoute } from 'astro';
import { drawCard, loadCardContext } from '../data/preview-cards.ts';
import { siteCardSpec } from '../outputs/cards.ts';

/** The community's link-preview card, used by every page without a picture or a card of its own. */
export const GET: APIRoute = async () =>
  new Response((await drawCard(siteCardSpec(await loadCardContext()))) as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
