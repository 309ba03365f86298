/**
 * The files next to entries that the build publishes (content/bodies/entry-files.ts),
 * as the route src/routes/[...entryFile].ts serves them: the list the
 * validator made from the bodies it read (`content.entryFiles`), each with
 * where its bytes are on disk and a key for Astro's incremental build.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { contentDir } from 'virtual:firsthand/settings';
import { entryFileType, type EntryFile } from '../content/bodies/entry-files.ts';
import { LIMITS } from '../content/limits.ts';
import { readContentBytes } from '../node/read-content.ts';
import type { Content } from '../content/model.ts';

export interface PublishedEntryFile extends EntryFile {
  /** The file's absolute path. */
  absolute: string;
  /** The media type it is served with. */
  type: string;
}

/** The file's bytes, from inside the content folder only (node/read-content.ts says how). */
export function readEntryFile(absolute: string): Uint8Array {
  return readContentBytes(contentDir, absolute, LIMITS.entryFileBytes);
}

/** Every entry file of the content, with where it is read from. */
export function entryFiles(content: Content): PublishedEntryFile[] {
  return (content.entryFiles ?? []).map((f) => ({ ...f, absolute: resolve(f.file), type: entryFileType(f.path) }));
}

/** A key for Astro's incremental build: the file's bytes, where it comes from and where it goes. */
export function entryFileKey(file: PublishedEntryFile): string {
  return createHash('sha256').update(file.file).update('\0').update(file.path).update('\0').update(readEntryFile(file.absolute)).digest('base64url');
}
