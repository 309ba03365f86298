/**
 * Firsthand's own caches, under node_modules/ beside Astro's (the deploy
 * workflow keeps them between runs): a folder per kind, and in it an entry per
 * content folder, so that builds of different folders (the test fixtures, the
 * benchmark's communities) never evict each other's.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/** The root of Firsthand's caches, from the project's root. */
export const FIRSTHAND_CACHE = join('node_modules', '.cache', 'firsthand');

/** What is kept: link-preview cards, the last search bundle, check's last result. */
export type CacheKind = 'cards' | 'search' | 'check';

/** The folder of one kind of cache, for every content folder. */
export function cacheFolder(projectRoot: string, kind: CacheKind): string {
  return join(projectRoot, FIRSTHAND_CACHE, kind);
}

/** The entry of one content folder in a kind of cache (a folder, or a file's name without its extension). */
export function contentCacheEntry(projectRoot: string, kind: CacheKind, contentDir: string): string {
  return join(cacheFolder(projectRoot, kind), createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16));
}
