import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../data/site-data.ts';
import { buildCalendar } from '../../lib/calendar.ts';
import type { Event } from '../../lib/model.ts';

/** One event as an iCalendar file: /events/<slug>.ics */
export const getStaticPaths = (async () => {
  const { content } = await loadSiteData();
  return content.events.map((event) => ({ params: { slug: event.slug }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { content, links, now } = await loadSiteData();
  const event = (props as { event: Event }).event;
  const absolute = (path: string) => new URL(path, content.site.url).href;
  const body = buildCalendar([event], event.title, {
    site: content.site,
    eventUrl: (slug) => absolute(links.event(slug)),
    calendarUrl: absolute(links.at(`events/${event.slug}.ics`)),
    now,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
