import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLogo, logoFiles } from '../data/look.ts';
import { loadSiteData } from '../data/site-data.ts';
import { cacheKeyOf } from '../base/cache-key.ts';

/**
 * The PNGs drawn from the community's logo (data/look.ts): the header
 * picture, the browser-tab icon and the home-screen icon, each named after a
 * hash of its bytes (/logo-<hash>.png). None without a logo. They sit at the
 * top of the site with a dot in their names, which no page's slug can have.
 */
export const getStaticPaths = (async () => {
  const { content } = await loadSiteData();
  const images = await loadLogo(content.site);
  return (images ? logoFiles(images) : []).map((png) => ({
    params: { logo: png.name.replace(/\.png$/, '') },
    props: { bytes: png.bytes },
    cacheKey: cacheKeyOf(png.bytes),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { bytes: Uint8Array }).bytes as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
