/**
 * The routes the integration injects: one per file of the package's
 * src/routes/, its pattern the file's path as Astro's own file router would
 * read it (`events/[slug].astro` is `/events/[slug]`, `rss.xml.ts` is
 * `/rss.xml`, an `index` is its folder). Read from the folder, so a route is
 * added by adding its file, as in any Astro site; a community has no
 * src/pages/ of its own, and Firsthand's repository has none either, so each
 * page has one route whichever repository builds it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SOURCE_FOLDER } from '../node/package-files.ts';

export interface InjectedRoute {
  pattern: string;
  entrypoint: string;
}

/** Where the route files are. */
export const ROUTES_FOLDER = join(SOURCE_FOLDER, 'routes');

/** A route file: a page (.astro) or an endpoint (.ts), never a declaration or a folder's README. */
const ROUTE_FILE = /^[^.].*(?<!\.d)\.(astro|ts)$/;

/** Every route, sorted by pattern so that Astro is told them in the same order on every machine. */
export function firsthandRoutes(folder: string = ROUTES_FOLDER): InjectedRoute[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ROUTE_FILE.test(d.name))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      return { pattern: patternOf(relative(folder, file)), entrypoint: file };
    })
    .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
}

/** The pattern of a route file, from its path inside the routes folder. */
export function patternOf(path: string): string {
  const segments = path.split(/[\\/]/);
  const last = (segments.pop() ?? '').replace(/\.(astro|ts)$/, '');
  if (last !== 'index') segments.push(last);
  return `/${segments.join('/')}`;
}

/** The default icon's route, left out when the community publishes its own from public/. */
export const FAVICON_PATTERN = '/favicon.svg';

/** The routes of a site whose public folder is `publicDir`. */
export function routesFor(publicDir: string): InjectedRoute[] {
  const ownIcon = existsSync(join(publicDir, 'favicon.svg'));
  return firsthandRoutes().filter((r) => !(ownIcon && r.pattern === FAVICON_PATTERN));
}
