/**
 * The files Firsthand ships into a community's repository (src/repository/,
 * which the package carries whole), read from the package and written into
 * a repository: all of them by `init`, the synced ones (.github/) by `sync`
 * as contribute/repository.ts decides.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isSynced, markedFile, repositoryPathOf, syncStateOf, type SyncState } from '../contribute/repository.ts';
import { PACKAGE_ROOT, SOURCE_FOLDER, packageVersion } from './package-files.ts';

const SHIPPED = join(SOURCE_FOLDER, 'repository');

/** A file as it goes into a community's repository. */
export interface ShippedFile {
  /** Its path in the repository, with `/`. */
  path: string;
  text: string;
}

/** Every file Firsthand ships, by its path in a repository; the synced ones marked (contribute/repository.ts). Not the folder's own README. */
export function shippedFiles(): ShippedFile[] {
  return readdirSync(SHIPPED, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !(d.parentPath === SHIPPED && d.name === 'README.md'))
    .map((d) => {
      const path = repositoryPathOf(relative(SHIPPED, join(d.parentPath, d.name)).split('\\').join('/'));
      const text = readFileSync(join(d.parentPath, d.name), 'utf8');
      return { path, text: isSynced(path) ? markedFile(path, text) : text };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** One synced file of a repository and how it stands. */
export interface SyncItem extends ShippedFile {
  state: SyncState;
}

/** How each synced file of the repository at `root` stands against this Firsthand's. */
export function syncPlan(root: string): SyncItem[] {
  return shippedFiles()
    .filter((f) => isSynced(f.path))
    .map((f) => {
      const absolute = join(root, f.path);
      const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
      return { ...f, state: syncStateOf(current, f.text) };
    });
}

/**
 * The dependency a new community takes on Firsthand: the same one this
 * Firsthand was installed from when that was a file (a packed tarball being
 * tried, `npm exec --package=./firsthand-x.tgz`), so that the community
 * installs what made it; else the version range of this release.
 */
export function firsthandDependency(): string {
  const modules = dirname(resolve(PACKAGE_ROOT));
  if (basename(modules) === 'node_modules') {
    const installRoot = dirname(modules);
    try {
      const manifest = JSON.parse(readFileSync(join(installRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      const spec = manifest.dependencies?.['firsthand'];
      if (spec?.startsWith('file:')) return `file:${resolve(installRoot, spec.slice('file:'.length))}`;
    } catch {
      // No manifest where npm installed it: take the version.
    }
  }
  return `^${packageVersion()}`;
}
