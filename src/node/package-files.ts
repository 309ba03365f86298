/**
 * Where Firsthand's own files are, found from this module and never from the
 * working folder (a community's repository is the working folder, and its
 * node_modules may lay packages out in any way). In Firsthand's repository
 * this module is src/node/package-files.ts; in an installed package Node runs
 * lib/node/package-files.js, compiled at pack time: both sit two folders below
 * the package's root, whose src/ always ships (Vite loads the routes and the
 * data layer from it as source).
 *
 * Only for code Node loads: in Vite's bundle `import.meta.url` is the chunk's
 * own address, so the data layer takes the package's root from the
 * integration's settings instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The root of the Firsthand package (its package.json, src/, and lib/ once packed). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Firsthand's source: the routes, components and data layer Vite loads, and the files a community's repository takes. */
export const SOURCE_FOLDER = join(PACKAGE_ROOT, 'src');

/**
 * A module to start as a worker or a process, named as its source
 * (`new URL('./worker.ts', import.meta.url)`): the source where it is (in
 * Firsthand's repository), else the JavaScript compiled beside it (in an
 * installed package, where Node refuses to run TypeScript).
 */
export function runnable(url: URL): URL {
  if (!url.pathname.endsWith('.ts') || existsSync(url)) return url;
  return new URL(url.href.replace(/\.ts$/, '.js'));
}

/** The version of the Firsthand package, from its package.json. */
export function packageVersion(): string {
  return (packageJson() as { version?: string }).version ?? '0.0.0';
}

let manifest: unknown;
function packageJson(): unknown {
  // Read once: it does not change while a command runs.
  manifest ??= JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
  return manifest;
}
