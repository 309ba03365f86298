/**
 * Firsthand's own caches, under node_modules/ beside Astro's (the deploy
 * workflow keeps them between runs): a folder per kind, and in it an entry per
 * content folder, so that builds of different folders (the test fixtures, the
 * benchmark's communities) never evict each other's.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The root of Firsthand's caches, from the project's root. */
export const FIRSTHAND_CACHE = join('node_modules', '.cache', 'firsthand');

/** What is kept: link-preview cards, the last search bundle, check's last result, the last build's validated content. */
export type CacheKind = 'cards' | 'search' | 'check' | 'validated';

/**
 * How a cache file is written: JSON, or V8's own serialization for a model
 * that must come back exactly as it was kept (the validated content: JSON
 * drops fields whose value is undefined). V8's format belongs to a Node
 * version, and the code version such a cache is keyed by includes it.
 */
export type KeptFormat = 'json' | 'v8';

/** The folder of one kind of cache, for every content folder. */
export function cacheFolder(projectRoot: string, kind: CacheKind): string {
  return join(projectRoot, FIRSTHAND_CACHE, kind);
}

/** A content folder's name in the caches: a hash of where it is. */
function contentKey(contentDir: string, length: number): string {
  return createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, length);
}

/** The entry of one content folder in a kind of cache (a folder, or a file's name without its extension). */
export function contentCacheEntry(projectRoot: string, kind: CacheKind, contentDir: string): string {
  return join(cacheFolder(projectRoot, kind), contentKey(contentDir, 16));
}

/** Where Astro's caches live: its content store, image copies and incremental build, a folder per content folder and code version. */
const ASTRO_CACHES = join('node_modules', '.astro');
const astroCacheName = (contentDir: string) => `firsthand-${contentKey(contentDir, 8)}-`;

/** Astro's cache folder for a content folder built by one version of the code (node/code-version.ts). */
export function astroCacheFolder(projectRoot: string, contentDir: string, codeVersion: string): string {
  return join(projectRoot, ASTRO_CACHES, `${astroCacheName(contentDir)}${codeVersion.slice(0, 8)}`);
}

/** Removes the Astro cache folders that earlier versions of the code left for a content folder: they can never be used again. */
export function removeOlderAstroCaches(projectRoot: string, contentDir: string, codeVersion: string): void {
  const parent = join(projectRoot, ASTRO_CACHES);
  const current = basename(astroCacheFolder(projectRoot, contentDir, codeVersion));
  const prefix = astroCacheName(contentDir);
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (name.startsWith(prefix) && name !== current) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** What a cache file holds, or undefined when there is none or it cannot be read. */
export function readKept(file: string, format: KeptFormat = 'json'): unknown {
  try {
    const bytes = readFileSync(file);
    return format === 'v8' ? (deserialize(bytes) as unknown) : (JSON.parse(bytes.toString('utf8')) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file whole or not at all (a reader never sees half of it);
 * a cache that cannot be written (a read-only node_modules, a full disk) only
 * means the work is done again next time.
 */
export function keep(file: string, value: unknown, format: KeptFormat = 'json'): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}`;
    writeFileSync(temporary, format === 'v8' ? serialize(value) : JSON.stringify(value));
    renameSync(temporary, file);
  } catch {
    // The next run does the work again.
  }
}
