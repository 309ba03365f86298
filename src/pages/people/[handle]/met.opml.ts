import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { metOpml } from '../../../lib/met-exports.ts';

/** OPML of the websites of the people someone has met. */
export const getStaticPaths = (async () => {
  const { content, meetings, people, links, now } = await loadSiteData();
  const created = new Date(now).toUTCString();
  return content.people
    .filter((p) => p.listed)
    .map((person) => ({
      person,
      opml: metOpml(person, meetings.metList(person.handle), people, {
        siteName: content.site.name,
        pageUrl: new URL(links.person(person.handle), content.site.url).href,
        created,
      }),
    }))
    .filter((x): x is { person: typeof x.person; opml: string } => x.opml !== undefined)
    .map(({ person, opml }) => ({ params: { handle: person.handle }, props: { opml } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { opml: string }).opml, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
