import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { sideFiles } from '../data/side-files.ts';
import { sideFileType } from '../outputs/side-files.ts';
import { cacheKeyOf } from '../base/cache-key.ts';

/**
 * Each event's calendar (/events/<slug>.ics) and each member's met list as
 * /people/<handle>/met.csv and met.opml, for `astro dev` and a plain
 * `astro build`. `npm run build` writes the same files on a worker thread
 * instead (src/build/beside-worker.ts), and data/side-files.ts
 * then lists none.
 */
export const getStaticPaths = (async () => {
  // A side file is its body alone: the body is its key.
  return [...sideFiles(await loadSiteData())].map((file) => ({ params: { sideFile: file.path }, props: { body: file.body }, cacheKey: cacheKeyOf(file.body) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': sideFileType(String(params['sideFile'])) } });
