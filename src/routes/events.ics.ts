import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { eventsCalendar } from '../view-models/feeds.ts';

/** Every event as one iCalendar feed to subscribe to: /events.ics */
export const GET: APIRoute = async () => new Response(eventsCalendar(await loadSiteData()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
