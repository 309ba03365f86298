/**
 * Astro's collections over content/. They exist to render bodies and to run
 * images through Astro's pipeline; the data pages use comes from the checker's
 * validated model (src/data), so the schemas here hold the image fields only.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './data/paths.ts';
import { createAstroEntrySchema } from './lib/schemas.ts';

/** An entry's identity is its file name and nothing else (a `slug` field is refused by the checker). */
const byFileName = ({ entry }: { entry: string }): string => entry.replace(/\.mdx?$/i, '');

const collection = (folder: string, pattern: string, kind: 'person' | 'event' | 'post' | 'series') =>
  defineCollection({
    loader: glob({ pattern, base: `${contentDir}/${folder}`, generateId: byFileName }),
    schema: ({ image }) => createAstroEntrySchema(kind, image()),
  });

export const collections = {
  people: collection('people', '*.md', 'person'),
  events: collection('events', '*.{md,mdx}', 'event'),
  posts: collection('posts', '*.{md,mdx}', 'post'),
  series: collection('series', '*.md', 'series'),
};
