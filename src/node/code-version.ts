/**
 * The version of the code that makes a site, as one hash: every file of code
 * in Firsthand's source folder, whatever its kind (TypeScript, Astro
 * components, CSS, the example's hashes; in an installed package the compiled
 * JavaScript is made from it), the project's lockfile (every library and its
 * version, Firsthand's among them), its astro.config.mjs, and Node's version
 * (its time-zone data and Intl). Every cache Firsthand keeps is keyed on it —
 * Astro's folder, the link-preview cards, the search bundle, check's result —
 * so no change to any of them can leave an output stale. A list of chosen
 * files would be one more thing to keep in step; hashing them all costs a few
 * milliseconds, once per process.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SOURCE_FOLDER } from './package-files.ts';

/** The project's own files that decide what its build makes, besides the source. */
const PROJECT_FILES = ['package-lock.json', 'astro.config.mjs'];

/** The files of the source that are code or data the code reads (not a folder's README, not an editor's swap file). */
const CODE = /^[^.].*\.(?:ts|mts|js|mjs|astro|css|json)$/;

const known = new Map<string, string>();

/** The code version of the project at `projectRoot` (16 hex digits). */
export function codeVersion(projectRoot: string): string {
  // One entry per folder however it is written: Astro hands its root over with a closing slash.
  const root = resolve(projectRoot);
  let version = known.get(root);
  if (version === undefined) {
    version = hashCode(root);
    known.set(root, version);
  }
  return version;
}

function hashCode(projectRoot: string): string {
  const hash = createHash('sha256').update(`firsthand-code 1 ${process.version}\0`);
  const sources = readdirSync(SOURCE_FOLDER, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && CODE.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  // Paths relative to their folder: a copy of the project elsewhere has the same version.
  for (const file of sources) addFile(hash, relative(SOURCE_FOLDER, file), file);
  for (const name of PROJECT_FILES) addFile(hash, name, join(projectRoot, name));
  return hash.digest('hex').slice(0, 16);
}

function addFile(hash: Hash, name: string, path: string): void {
  hash.update(`${name}\0`);
  try {
    hash.update(readFileSync(path));
  } catch {
    hash.update('missing');
  }
  hash.update('\0');
}
