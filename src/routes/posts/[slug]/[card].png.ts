import type { APIRoute, GetStaticPaths } from 'astro';
import { cardsToServe, drawCard } from '../../../data/preview-cards.ts';
import { cacheKeyOf } from '../../../base/cache-key.ts';
import type { Card } from '../../../outputs/cards.ts';

/**
 * Each post's link-preview card (/posts/<slug>/card-<hash>.png, outputs/cards.ts)
 * for `astro dev` and a plain `astro build`; `npm run build` draws them on a
 * worker beside Astro (src/build/cards-worker.ts), and this route then has none.
 */
export const getStaticPaths = (async () =>
  (await cardsToServe('posts')).map((card) => {
    const [, slug = '', file = ''] = card.path.split('/');
    return { params: { slug, card: file.replace(/\.png$/, '') }, props: { card }, cacheKey: cacheKeyOf(card) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await drawCard((props as { card: Card }).card.spec)) as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
