/**
 * The five collections of content/ in one table: where their files live,
 * what they end in, the schema a file is checked against, what its file name
 * must be, and the schema Astro's collection uses. The validator, Astro's
 * content config and `npm run new` all read it, so a collection is described
 * once.
 */
import { z } from 'zod';
import { explainBadHandle, explainBadSlug } from './fields/handles.ts';
import { EventSchema, PageSchema, PersonSchema, PostSchema, SeriesSchema } from './fields/schemas.ts';
import { explainPageSlugClash } from './site-paths.ts';

export type Kind = 'person' | 'event' | 'post' | 'series' | 'page';

export interface Collection<K extends Kind = Kind, F extends string = string> {
  kind: K;
  /** The folder under content/, and the name of Astro's collection. */
  folder: F;
  /** The extensions its entry files end in. */
  extensions: readonly ('.md' | '.mdx')[];
  /** The checker's schema of one file. */
  schema: z.ZodType;
  /** A file's name is the entry's id: a person's handle, or a slug. */
  id: 'handle' | 'slug';
  /** Posts only: a name of digits alone would take the place of a page of the post list (/posts/2/). */
  digitsRefused?: true;
  /** Events only: a name of four digits would take the place of a year's page of past events (/events/2009/). */
  yearRefused?: true;
  /** Pages only: why a slug cannot be published at /<slug>/ (the site's own names), or undefined. */
  explainClash?: (id: string) => string | undefined;
  /**
   * The schema Astro's collection uses for one entry: its image fields only.
   * Every field is checked by the validator before Astro runs, and pages read
   * the validated model; Astro's entries are only there to render bodies and
   * to run pictures through its image pipeline. Astro builds a schema per
   * entry (its `image()` knows the entry's folder), so the smaller the
   * cheaper: other fields are dropped, and the content store stays small.
   */
  astroSchema(image: z.ZodType): z.ZodType;
}

const define = <K extends Kind, F extends string>(collection: Collection<K, F>): Collection<K, F> => collection;

/** Every collection by kind, in the order they are listed to editors. */
export const COLLECTIONS = {
  person: define({
    kind: 'person',
    folder: 'people',
    extensions: ['.md'],
    schema: PersonSchema,
    id: 'handle',
    // An unlisted member's avatar is dropped here, before Astro sees it as an
    // import: otherwise the build copies the original file (named after
    // their handle) into dist/ even though no page shows it.
    astroSchema: (image) =>
      z
        .object({ avatar: image.optional(), listed: z.unknown().optional() })
        .transform(({ avatar, listed }) => (listed === false || avatar === undefined ? {} : { avatar })),
  }),
  event: define({
    kind: 'event',
    folder: 'events',
    extensions: ['.md', '.mdx'],
    schema: EventSchema,
    id: 'slug',
    yearRefused: true,
    astroSchema: (image) => z.object({ photos: z.array(z.object({ src: image })).optional() }),
  }),
  post: define({
    kind: 'post',
    folder: 'posts',
    extensions: ['.md', '.mdx'],
    schema: PostSchema,
    id: 'slug',
    digitsRefused: true,
    astroSchema: (image) => z.object({ cover: image.optional() }),
  }),
  series: define({ kind: 'series', folder: 'series', extensions: ['.md'], schema: SeriesSchema, id: 'slug', astroSchema: () => z.object({}) }),
  page: define({
    kind: 'page',
    folder: 'pages',
    extensions: ['.md'],
    schema: PageSchema,
    id: 'slug',
    explainClash: explainPageSlugClash,
    astroSchema: () => z.object({}),
  }),
} as const;

export type Folder = (typeof COLLECTIONS)[Kind]['folder'];

/** The collections in the order they are listed to editors. */
export const COLLECTION_LIST: readonly Collection[] = Object.values(COLLECTIONS);

/** A collection by folder name; own folders only, so a folder named "constructor" is just unknown. */
export function collectionInFolder(folder: string): Collection | undefined {
  return COLLECTION_LIST.find((c) => c.folder === folder);
}

/** One value per collection, keyed by folder (Astro's collections). */
export function byFolder<T>(make: (collection: Collection) => T): { [F in Folder]: T } {
  return Object.fromEntries(COLLECTION_LIST.map((c) => [c.folder, make(c)])) as { [F in Folder]: T };
}

/** Why a name cannot be a handle or a slug, as the collection's files are named. */
export function explainIdSyntax(collection: Collection): (name: string) => string | undefined {
  return collection.id === 'handle' ? explainBadHandle : explainBadSlug;
}
