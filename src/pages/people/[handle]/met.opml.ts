import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { metExports } from '../../../lib/met-exports.ts';
import type { Person } from '../../../lib/model.ts';
import { personMetOpml, SIDE_FILES_WRITTEN_ENV } from '../../../lib/side-files.ts';

/** OPML of the websites of the people someone has met (`npm run build` writes these itself: lib/side-files.ts). */
export const getStaticPaths = (async () => {
  if (process.env[SIDE_FILES_WRITTEN_ENV]) return [];
  const { content, meetings, people } = await loadSiteData();
  return content.people
    .filter((p) => p.listed && metExports(meetings.metList(p.handle), people).opml)
    .map((person) => ({ params: { handle: person.handle }, props: { person } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(personMetOpml((props as { person: Person }).person, await loadSiteData()), { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
