import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { buildCalendar } from '../lib/calendar.ts';

/** Every event as one iCalendar feed to subscribe to: /events.ics */
export const GET: APIRoute = async () => {
  const { content, links, now } = await loadSiteData();
  const events = content.events.slice().sort((a, b) => a.start.epochMs - b.start.epochMs || (a.slug < b.slug ? -1 : 1));
  const body = buildCalendar(events, `${content.site.name} events`, {
    site: content.site,
    eventUrl: (slug) => links.absolute(links.event(slug)),
    calendarUrl: links.absolute(links.calendar()),
    now,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
