/**
 * `astro dev` with content problems: one page that lists them all
 * (content/report/problems-page.ts), for every page of the site, instead of each route
 * failing with a stack trace; the site again as soon as the files are saved
 * right. A Vite middleware (Astro's `astro:server:setup`), so `astro build`
 * never meets it: there the data layer still fails the build once, with
 * every problem.
 *
 * The content is validated on the first request after any file of the
 * content folder changed (the dev server's watcher says when), not on every
 * request: at 10,000 members a validation takes about a second. The first
 * validation may be under way already when the server starts (on a worker
 * thread: dev-validation.ts); the first requests wait for it, unless a file
 * changed meanwhile.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sep } from 'node:path';
import type { ContentProblem } from '../content/report/problems.ts';
import { problemsPage } from '../content/report/problems-page.ts';

/** What the middleware needs from the dev server's watcher. */
export interface ContentWatcher {
  add(path: string): unknown;
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

/** Requests the dev server answers by itself: its client, modules and the files it serves as they are. */
function isToolingRequest(url: string): boolean {
  return /^\/(?:@|__|node_modules\/|src\/|\.astro\/)/.test(url) || url.includes('/@fs/') || url.includes('/@id/');
}

/** A validation begun before the first request: it resolves with the way to take its problems, or with nothing when it failed. */
export type FirstValidation = Promise<(() => readonly ContentProblem[]) | undefined>;

/**
 * The middleware: `readProblems` validates the content folder (every problem,
 * as check finds them); while there are any, every page request gets the
 * problems page with status 500. `first`, when given, is the validation
 * begun with the server, taken instead of `readProblems` until a file changes.
 */
export function devProblemsMiddleware(contentDir: string, watcher: ContentWatcher, readProblems: () => readonly ContentProblem[], first?: FirstValidation) {
  let problems: readonly ContentProblem[] | undefined;
  let pending = first;
  const inside = `${contentDir}${sep}`;
  watcher.add(contentDir);
  watcher.on('all', (_event, path) => {
    if (path === contentDir || path.startsWith(inside)) {
      problems = undefined;
      pending = undefined;
    }
  });
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    const url = req.url ?? '/';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isToolingRequest(url)) {
      next();
      return;
    }
    const waiting = pending;
    if (problems === undefined && waiting !== undefined) {
      waiting
        .then((take) => {
          // Taken only while no file changed since it began (else pending was cleared) and only once.
          if (pending === waiting) {
            pending = undefined;
            if (take) problems = take();
          }
          answer(req, res, next);
        })
        .catch((error: unknown) => next(error));
      return;
    }
    answer(req, res, next);
  };

  function answer(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void {
    problems ??= readProblems();
    if (problems.length === 0) {
      next();
      return;
    }
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : problemsPage(problems));
  }
}

/** One kind of entry file as Astro's glob loader reads it (the part of Astro's ContentEntryType used here). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/**
 * Astro's glob loader, for `astro dev`, reading a file whose frontmatter
 * Astro's YAML reader refuses as an entry with no fields and no body, where
 * it would otherwise stop the dev server at start (and refuse the file on a
 * save). The checker has the one message for it, and the problems page shows
 * it; once the file is saved right, the loader reads it again. The glob
 * loader takes the entry types from its context (Astro 7's `entryTypes`, not
 * part of the typed LoaderContext): without them, it is left as it is.
 */
export function tolerantOfUnreadableFrontmatter(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const entryTypes = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!(entryTypes instanceof Map)) return loader.load(context);
      const tolerant = new Map<string, EntryType>();
      for (const [extension, type] of entryTypes) {
        tolerant.set(extension, {
          ...type,
          getEntryInfo: async (params) => {
            try {
              return await type.getEntryInfo(params);
            } catch {
              return { data: {}, rawData: '', body: '', slug: '' };
            }
          },
        });
      }
      return loader.load({ ...context, entryTypes: tolerant } as LoaderContext);
    },
  };
}
