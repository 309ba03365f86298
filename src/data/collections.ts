/**
 * Astro's collections over content/ (src/content.config.ts hands them to Astro). They exist to render bodies and to run
 * images through Astro's pipeline; the data pages use comes from the checker's
 * validated model (src/data), so the schemas here hold the image fields only.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir, dev } from 'virtual:firsthand/settings';
import { tolerantOfUnreadableFrontmatter } from '../integration/dev-problems.ts';
import { takeValidated } from '../integration/handover.ts';
import { byFolder, type Collection, type Kind } from '../content/collections.ts';

/** An entry's identity is its file name and nothing else (a `slug` field is refused by the checker). */
const byFileName = ({ entry }: { entry: string }): string => entry.replace(/\.mdx?$/i, '');

/**
 * Files Astro must never load: unlisted members and drafts. Astro imports every
 * picture an entry names (its avatar or cover, and the pictures in its body)
 * and copies it into dist/ whether a page shows it or not; an entry it never
 * loads has none of its files published. Known when `npm run build` hands over
 * the validated content; under `astro dev` nothing is published, and nothing is left out.
 */
function unpublished(kind: 'person' | 'post'): string[] {
  const content = takeValidated(contentDir)?.content;
  if (!content) return [];
  const files = kind === 'person' ? content.people.filter((p) => !p.listed).map((p) => p.file) : content.posts.filter((p) => p.draft).map((p) => p.file);
  return files.map((file) => `!${file.split('/').pop() ?? ''}`);
}
/** Under astro dev, a file with unreadable frontmatter must not stop the server: the problems page explains it (integration/dev-problems.ts). */
const devTolerant = (loader: Loader): Loader => (dev ? tolerantOfUnreadableFrontmatter(loader) : loader);

const schemas = new Map<Kind, ReturnType<Collection['astroSchema']>>();

/** The glob of a collection's entry files: `*.md`, `*.{md,mdx}`. */
const globOf = (extensions: readonly string[]): string =>
  extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(',')}}`;

const collection = (c: Collection) =>
  defineCollection({
    // Pages read bodies from the validated model; the store need not keep a second copy.
    loader: devTolerant(
      glob({
        pattern: c.kind === 'person' || c.kind === 'post' ? [globOf(c.extensions), ...unpublished(c.kind)] : globOf(c.extensions),
        base: `${contentDir}/${c.folder}`,
        generateId: byFileName,
        retainBody: false,
      }),
    ),
    // Astro asks for a schema per entry, so that `image()` can resolve paths
    // from the entry's folder. Firsthand's image paths are always relative
    // (`./amy.jpg`, checked before Astro runs), and Astro's content layer
    // turns those into the same import marker for every entry, resolved
    // later against the entry's file: one schema per collection serves them
    // all. (Type generation passes a plain string `image()`; that one is not kept.)
    schema: ({ image }) => {
      const cached = schemas.get(c.kind);
      if (cached) return cached;
      const imageSchema = image();
      const schema = c.astroSchema(imageSchema);
      if ((imageSchema.def as { type: string }).type === 'pipe') schemas.set(c.kind, schema);
      return schema;
    },
  });

export const collections = byFolder(collection);
