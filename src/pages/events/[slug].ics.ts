import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import type { Event } from '../../lib/model.ts';
import { eventCalendar, SIDE_FILES_WRITTEN_ENV } from '../../lib/side-files.ts';

/** One event as an iCalendar file: /events/<slug>.ics (`npm run build` writes these itself: lib/side-files.ts). */
export const getStaticPaths = (async () => {
  if (process.env[SIDE_FILES_WRITTEN_ENV]) return [];
  const { content } = await loadSiteData();
  return content.events.map((event) => ({ params: { slug: event.slug }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(eventCalendar((props as { event: Event }).event, await loadSiteData()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
