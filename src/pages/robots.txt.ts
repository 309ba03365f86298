import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';

/** Everything may be crawled; the sitemap says what there is. */
export const GET: APIRoute = async () => {
  const { links } = await loadSiteData();
  const sitemap = links.absolute(links.sitemap());
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
