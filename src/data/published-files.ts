/**
 * The files next to entries that the build publishes (content/bodies/entry-files.ts),
 * as the route src/pages/[...entryFile].ts serves them: the list the
 * validator made from the bodies it read (`content.entryFiles`), each with
 * where its bytes are on disk and a key for Astro's incremental build.
 */
import { createHash } from 'node:crypto';
import { constants, closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { contentDir } from 'virtual:firsthand/settings';
import { entryFileType, type EntryFile } from '../content/bodies/entry-files.ts';
import { LIMITS } from '../content/limits.ts';
import type { Content } from '../content/model.ts';

export interface PublishedEntryFile extends EntryFile {
  /** The file's absolute path. */
  absolute: string;
  /** The media type it is served with. */
  type: string;
}

/**
 * The file's bytes, read without following a symbolic link (the validator
 * refuses them; one made since must not publish a file from elsewhere), and
 * only from inside the content folder.
 */
export function readEntryFile(absolute: string): Uint8Array {
  const inside = relative(resolve(contentDir), absolute);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) throw new Error(`${absolute} is outside the content folder`);
  const fd = openSync(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    if (fstatSync(fd).size > LIMITS.entryFileBytes) throw new Error(`${absolute} has grown past ${LIMITS.entryFileBytes} bytes since it was checked`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every entry file of the content, with where it is read from. */
export function entryFiles(content: Content): PublishedEntryFile[] {
  return (content.entryFiles ?? []).map((f) => ({ ...f, absolute: resolve(f.file), type: entryFileType(f.path) }));
}

/** A key for Astro's incremental build: the file's bytes, where it comes from and where it goes. */
export function entryFileKey(file: PublishedEntryFile): string {
  return createHash('sha256').update(file.file).update('\0').update(file.path).update('\0').update(readEntryFile(file.absolute)).digest('base64url');
}
