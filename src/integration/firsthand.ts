/**
 * The Firsthand Astro integration: everything Astro is told about a
 * community, from one place.
 *
 * - Every route (routes.ts: the files of the package's src/routes/) and every
 *   Astro option Firsthand relies on (astro-options.ts), so a community's
 *   astro.config.mjs holds `firsthand()` and nothing to keep in step.
 * - The community's settings: site.yaml read with the checker's own
 *   validator (validateContent), never a second reading of its own. They
 *   give Astro its `site` (Site.url) and `base` (Site.base, already
 *   normalized), and the Markdown pipeline its origin and MDX trust. Under
 *   `astro dev` a broken site.yaml falls back to the validator's defaults, so
 *   the dev server still starts and the data layer shows the problems.
 * - The Markdown processor (markdown-processor.ts) and the cache folder, one
 *   per content folder and per version of the code that fills it. It also
 *   holds the incremental build's copy of the last build's pages (see
 *   data/page-keys.ts for what decides that a page is reused).
 * - The settings the data layer needs, as the virtual module
 *   `virtual:firsthand/settings` (typed in virtual-settings.d.ts): the
 *   content folder, and whether the side files are written elsewhere.
 * - Under `astro dev`, while the content has problems, one page listing them
 *   all for every route (dev-problems.ts), and the site again once fixed;
 *   when there are none, the data layer takes what that page validated
 *   (handover.ts) rather than reading every file again. The first
 *   validation runs on a worker thread while Astro starts; Vite transforms
 *   the home page's modules, with their imports, as soon as the server
 *   listens, and the person and event pages' once the first page is served
 *   (docs/performance.md).
 * - What `npm run build` hands over: the content it validated, its "now" and
 *   the meeting graph, through the process-level registry of handover.ts (the
 *   one channel that is not a setting: see there why), and its hook for the
 *   start of Astro's build, when its worker starts.
 *
 * astro.config.mjs uses `firsthand()`; `npm run build` adds
 * `firsthand({ ...what it validated })` to the same config. Astro runs every
 * integration it is given, so when there are several the last one
 * configures the run and the others stand aside.
 *
 * Astro fixes the origin of `Astro.url` during a build before any
 * integration runs, so it is not the site's: pages make absolute links from
 * the validated `content.site.url`, never from `Astro.url`'s origin.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { astroCacheFolder } from '../node/cache-folders.ts';
import { codeVersion } from '../node/code-version.ts';
import { buildMeetings } from '../community/meetings.ts';
import type { ContentProblem } from '../content/report/problems.ts';
import { loadSiteSettings, type LoadedCommunity } from '../node/load-community.ts';
import { PACKAGE_ROOT } from '../node/package-files.ts';
import { astroOptions } from './astro-options.ts';
import { ROUTES_FOLDER, routesFor } from './routes.ts';
import { devProblemsMiddleware } from './dev-problems.ts';
import { type DevValidation, validateHere, validateInWorker } from './dev-validation.ts';
import { handOver, handOverFromDevServer } from './handover.ts';
import { firsthandMarkdown } from './markdown-processor.ts';

const NAME = 'firsthand';
/**
 * The routes the dev server prepares before they are asked for: the home
 * page as soon as it listens, the person and event pages once the first
 * page is served (so that they do not hold up that one on a busy core).
 */
const WARM_FIRST = ['index.astro'];
const WARM_NEXT = ['people/[handle].astro', 'events/[slug].astro'];
/**
 * Under astro dev, Vite transforms a page's modules ahead of their import
 * (as it does for the browser's), rather than one import at a time.
 */
const DEV_VITE = { environments: { ssr: { dev: { preTransformRequests: true } } } };
const SETTINGS_MODULE = 'virtual:firsthand/settings';

export interface FirsthandOptions {
  /** The content folder; by default FIRSTHAND_CONTENT, else content/, from the working directory. */
  contentDir?: string;
  /**
   * The community `npm run build` loaded and checked before Astro started
   * (node/load-community.ts), for `contentDir`. Without it, the data layer
   * loads the content itself (astro dev, a plain astro build).
   */
  community?: LoadedCommunity;
  /** True when the calendars and met-list exports are written outside Astro (by `npm run build`'s worker), so its route makes none. */
  sideFilesWrittenElsewhere?: boolean;
  /** Called when Astro starts building, once it has synced the content. */
  onBuildStart?: () => void;
  /** Called when Astro has built, with how many HTML pages the site has: those Astro rendered or restored, and those of public/. */
  onBuildDone?: (pages: number) => void;
}

/** The settings of virtual:firsthand/settings. */
interface Settings {
  contentDir: string;
  sideFilesWrittenElsewhere: boolean;
  packageRoot: string;
  /** Under `astro dev`: a file Astro cannot read is loaded empty, and the problems page says why (dev-problems.ts). */
  dev: boolean;
  /** Where the last build's page keys are kept (data/page-keys.ts), beside Astro's incremental cache, which they serve. */
  keptKeysFolder: string;
}

export function firsthand(options: FirsthandOptions = {}): AstroIntegration {
  let active = false;
  let contentFolder = '';
  let publicFolder = '';
  const setup: AstroIntegration['hooks']['astro:config:setup'] = ({ config, command, updateConfig, addWatchFile, injectRoute }) => {
    // Several Firsthand integrations (npm run build adds its own): the last one configures the run.
    active = config.integrations.filter((i) => i.name === NAME).at(-1)?.hooks['astro:config:setup'] === setup;
    if (!active) return;
    const contentDir = resolve(options.contentDir ?? process.env['FIRSTHAND_CONTENT'] ?? 'content');
    contentFolder = contentDir;
    publicFolder = fileURLToPath(config.publicDir);
    const { community } = options;
    handOver(community && { contentDir, content: community.content, now: community.now(), meetings: community.meetings(), logo: community.logo });
    const site = community?.content.site ?? loadSiteSettings(contentDir);
    // An edited site.yaml restarts the dev server, so that site, base and the pipeline follow it.
    if (command === 'dev') addWatchFile(join(contentDir, 'site.yaml'));
    const cacheDir = cacheDirOf(contentDir, config.root);
    const settings: Settings = {
      contentDir,
      sideFilesWrittenElsewhere: options.sideFilesWrittenElsewhere === true,
      packageRoot: PACKAGE_ROOT,
      dev: command === 'dev',
      keptKeysFolder: fileURLToPath(new URL('firsthand-page-keys/', cacheDir)),
    };
    for (const route of routesFor(publicFolder)) injectRoute(route);
    updateConfig(astroOptions(config));
    updateConfig({
      site: site.url,
      base: site.base,
      cacheDir,
      markdown: {
        // Code blocks stay plain: Shiki's inline styles would not survive the sanitizer.
        syntaxHighlight: false,
        processor: firsthandMarkdown({ siteUrl: site.url, base: site.base, trustedMdx: site.mdx === 'trusted' }),
      },
      vite: { plugins: [settingsModule(settings)], ...(command === 'dev' ? DEV_VITE : {}) },
    });
  };
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': setup,
      'astro:build:start': () => {
        if (active) options.onBuildStart?.();
      },
      // Counted from Astro's own list rather than by walking the written site (0.6 s at 13,000 pages).
      'astro:build:done': ({ pages }) => {
        if (active) options.onBuildDone?.(pages.length + htmlFilesIn(publicFolder));
      },
      // astro dev: one page with every content problem while there are any (dev-problems.ts).
      'astro:server:setup': ({ server }) => {
        if (!active) return;
        // The first validation starts now, on the second core, while Astro syncs its content store.
        const first = validateInWorker(contentFolder).then((validation) => validation && (() => takeForDev(contentFolder, validation)));
        server.middlewares.use(devProblemsMiddleware(contentFolder, server.watcher, () => takeForDev(contentFolder, validateHere(contentFolder)), first));
        // Once the server listens, the home page's modules are transformed before anyone asks for it.
        server.httpServer?.once('listening', () => warmUp(server, WARM_FIRST));
        server.httpServer?.once('request', (_request: unknown, response: NodeJS.EventEmitter) => response.once('finish', () => warmUp(server, WARM_NEXT)));
      },
    },
  };
}

/** Has Vite transform route files (from the package's src/routes/) and, ahead of their use, their imports. */
function warmUp(server: Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'], files: readonly string[]): void {
  const { root } = server.config;
  for (const file of files) {
    const path = join(ROUTES_FOLDER, file);
    const inside = relative(root, path);
    void server.environments['ssr']?.warmupRequest(inside.startsWith('..') ? `/@fs${path}` : `/${inside}`);
  }
}

/**
 * What the dev server's problems page does with a validation it takes (the
 * first from a worker thread, then its own after each edit): hands the
 * validated content and its graph to the data layer when there is no
 * problem, so that a page is not held up by a second validation of the same
 * files, and gives the problems to the page.
 */
function takeForDev(contentDir: string, validation: DevValidation): readonly ContentProblem[] {
  const { problems, content, now } = validation;
  handOverFromDevServer(
    problems.length === 0 && content && now !== undefined ? { contentDir, content, now, meetings: buildMeetings(content, now) } : undefined,
  );
  return problems;
}

/**
 * Astro's cache folder for a content folder: its content store, its image
 * copies and its incremental build (the pages of the last build and their
 * keys). Each content folder gets its own, so fixture builds never share
 * entries; and Astro keeps rendered Markdown and each entry's parsed data in
 * it, so any change to the code (node/code-version.ts: every source file, the
 * lockfile and astro.config.mjs among them) starts a new one.
 */
export function cacheDirOf(contentDir: string, root: URL): URL {
  const projectRoot = fileURLToPath(root);
  return pathToFileURL(`${astroCacheFolder(projectRoot, contentDir, codeVersion(projectRoot))}/`);
}

/** `virtual:firsthand/settings`, for the data layer, which Vite bundles apart from this module. */
function settingsModule(settings: Settings) {
  const resolved = `\0${SETTINGS_MODULE}`;
  const source = Object.entries(settings).map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`);
  return {
    name: 'firsthand-settings',
    resolveId: (id: string) => (id === SETTINGS_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? source.join('\n') : undefined),
  };
}

/** How many HTML files the community's public/ folder has (Astro copies them into the site as they are). */
function htmlFilesIn(publicDir: string): number {
  if (!existsSync(publicDir)) return 0;
  return readdirSync(publicDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).length;
}
