/**
 * Writing into a community's content folder, for the commands that change it
 * (`new`, `add`, `new -- community`). What to write is decided elsewhere
 * (contribute/); these only put it on disk, never over a file they were not
 * asked to change.
 */
import { mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A new file, with its folder; it fails rather than replace a file that appeared meanwhile. */
export function writeNewFile(absolute: string, text: string): void {
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, text, { flag: 'wx' });
}

/** An entry's file, edited in place. */
export function writeEntryFile(absolute: string, text: string): void {
  writeFileSync(absolute, text);
}

/**
 * A content folder's files replaced by others (path inside the folder → text):
 * `remove` first, with the folders they leave empty, or the whole folder with
 * `wholeFolder`; then each new file, never over one that is there.
 */
export function replaceContent(contentDir: string, remove: readonly string[], files: ReadonlyMap<string, string>, options: { wholeFolder: boolean }): void {
  removeContentFiles(contentDir, remove);
  if (options.wholeFolder) rmSync(contentDir, { recursive: true, force: true });
  for (const [path, text] of files) writeNewFile(join(contentDir, path), text);
}

/** Removes files of a content folder, then the folders they leave empty (never the content folder itself). */
function removeContentFiles(contentDir: string, files: readonly string[]): void {
  for (const file of files) rmSync(join(contentDir, file), { force: true });
  const folders = [...new Set(files.map((f) => dirname(f)).filter((d) => d !== '.'))].sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    const absolute = join(contentDir, folder);
    try {
      if (readdirSync(absolute).length === 0) rmdirSync(absolute);
    } catch {
      // Already gone, or not empty: either way it stays as it is.
    }
  }
}
