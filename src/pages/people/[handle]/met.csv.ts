import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../data/site-data.ts';
import { mastodonFollowCsv } from '../../../lib/met-exports.ts';

/** A Mastodon follow-import list of the people someone has met, for those with a Mastodon address. */
export const getStaticPaths = (async () => {
  const { content, meetings, people } = await loadSiteData();
  return content.people
    .filter((p) => p.listed)
    .map((person) => ({ person, csv: mastodonFollowCsv(meetings.metList(person.handle), people) }))
    .filter((x): x is { person: typeof x.person; csv: string } => x.csv !== undefined)
    .map(({ person, csv }) => ({ params: { handle: person.handle }, props: { csv } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
