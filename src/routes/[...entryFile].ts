import type { APIRoute, GetStaticPaths } from 'astro';
import { entryFileKey, entryFiles, readEntryFile, type PublishedEntryFile } from '../data/published-files.ts';
import { loadSiteData } from '../data/site-data.ts';

/**
 * The files next to entries that published bodies link to (a PDF, a map),
 * each at the address its link points to: /events/<slug>/slides.pdf for
 * `./slides.pdf` in content/events/<slug>.md (content/bodies/entry-files.ts). Served as
 * they are, for `astro dev` and every build alike.
 */
export const getStaticPaths = (async () => {
  const { content } = await loadSiteData();
  return entryFiles(content).map((file) => ({ params: { entryFile: file.path }, props: { file }, cacheKey: entryFileKey(file) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: PublishedEntryFile };
  return new Response(readEntryFile(file.absolute) as unknown as BodyInit, { headers: { 'Content-Type': file.type } });
};
