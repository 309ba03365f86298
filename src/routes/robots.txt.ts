import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { robotsTxt } from '../view-models/feeds.ts';

/** Everything may be crawled; the sitemap says what there is. */
export const GET: APIRoute = async () => new Response(robotsTxt(await loadSiteData()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
