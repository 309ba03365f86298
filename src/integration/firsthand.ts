/**
 * The Firsthand Astro integration: everything Astro is told about a
 * community, from one place.
 *
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
 *   all for every route (dev-problems.ts), and the site again once fixed.
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
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { MeetingGraph } from '../community/meetings.ts';
import type { Content, Site } from '../content/model.ts';
import { validateContent } from '../content/validate/index.ts';
import { readContentFolder, readSiteFile } from '../node/read-content.ts';
import { readBuildNow } from '../node/now.ts';
import type { ContentProblem } from '../content/report/problems.ts';
import { devProblemsMiddleware } from './dev-problems.ts';
import { handOver } from './handover.ts';
import { firsthandMarkdown } from './markdown-processor.ts';

const NAME = 'firsthand';
const SETTINGS_MODULE = 'virtual:firsthand/settings';
/** The code that decides what Astro keeps in its cache (with astro.config.mjs). */
const CACHED_FROM = [
  '../content/bodies/sanitize.ts',
  '../content/bodies/site-links.ts',
  './markdown-processor.ts',
  '../content/fields/schemas.ts',
  '../content.config.ts',
  './firsthand.ts',
];

export interface FirsthandOptions {
  /** The content folder; by default FIRSTHAND_CONTENT, else content/, from the working directory. */
  contentDir?: string;
  /**
   * What `npm run build` validated and worked out before Astro started, for
   * `contentDir`. Without it, the data layer reads and validates the content
   * itself (astro dev, a plain astro build).
   */
  validated?: { content: Content; now: number; meetings: MeetingGraph };
  /** True when the calendars and met-list exports are written outside Astro (by `npm run build`'s worker), so its route makes none. */
  sideFilesWrittenElsewhere?: boolean;
  /** Called when Astro starts building, once it has synced the content. */
  onBuildStart?: () => void;
}

/** The settings of virtual:firsthand/settings. */
interface Settings {
  contentDir: string;
  sideFilesWrittenElsewhere: boolean;
  /** Under `astro dev`: a file Astro cannot read is loaded empty, and the problems page says why (dev-problems.ts). */
  dev: boolean;
}

export function firsthand(options: FirsthandOptions = {}): AstroIntegration {
  let active = false;
  let contentFolder = '';
  const setup: AstroIntegration['hooks']['astro:config:setup'] = ({ config, command, updateConfig, addWatchFile }) => {
    // Several Firsthand integrations (npm run build adds its own): the last one configures the run.
    active = config.integrations.filter((i) => i.name === NAME).at(-1)?.hooks['astro:config:setup'] === setup;
    if (!active) return;
    const contentDir = resolve(options.contentDir ?? process.env['FIRSTHAND_CONTENT'] ?? 'content');
    contentFolder = contentDir;
    const { validated } = options;
    handOver(validated && { contentDir, ...validated });
    const site = validated?.content.site ?? readSite(contentDir);
    // An edited site.yaml restarts the dev server, so that site, base and the pipeline follow it.
    if (command === 'dev') addWatchFile(join(contentDir, 'site.yaml'));
    const settings: Settings = { contentDir, sideFilesWrittenElsewhere: options.sideFilesWrittenElsewhere === true, dev: command === 'dev' };
    updateConfig({
      site: site.url,
      base: site.base,
      cacheDir: cacheDirOf(contentDir, config.root),
      markdown: {
        // Code blocks stay plain: Shiki's inline styles would not survive the sanitizer.
        syntaxHighlight: false,
        processor: firsthandMarkdown({ siteUrl: site.url, base: site.base, trustedMdx: site.mdx === 'trusted' }),
      },
      vite: { plugins: [settingsModule(settings)] },
    });
  };
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': setup,
      'astro:build:start': () => {
        if (active) options.onBuildStart?.();
      },
      // astro dev: one page with every content problem while there are any (dev-problems.ts).
      'astro:server:setup': ({ server }) => {
        if (active) server.middlewares.use(devProblemsMiddleware(contentFolder, server.watcher, () => contentProblems(contentFolder)));
      },
    },
  };
}

/**
 * site.yaml's settings as the checker validates them, or the checker's
 * defaults while the file cannot be read. Its problems are left to the data
 * layer, which reads every file: read alone here, the file's hosts and logo
 * would be reported as missing.
 */
function readSite(contentDir: string): Site {
  return validateContent(readSiteFile(contentDir)).content.site;
}

/** Every problem the data layer would stop at: the content's, and a FIRSTHAND_NOW it cannot read. */
function contentProblems(contentDir: string): ContentProblem[] {
  const { problems } = validateContent(readContentFolder(contentDir));
  const now = readBuildNow();
  return now.ok ? problems : [...problems, { file: 'FIRSTHAND_NOW', field: '', message: now.message }];
}

/**
 * Each content folder gets its own cache, so fixture builds never share
 * entries; and Astro keeps rendered Markdown and each entry's parsed data in
 * it, so a change to the sanitizer, to the collections' schemas, to this
 * integration or to astro.config.mjs must start a new one.
 */
function cacheKey(contentDir: string, root: URL): string {
  const hash = createHash('sha256').update(contentDir);
  const sources = CACHED_FROM.map((path) => new URL(path, import.meta.url));
  const config = new URL('astro.config.mjs', root);
  for (const file of existsSync(config) ? [...sources, config] : sources) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Astro's cache folder for a content folder: its content store, its image
 * copies and its incremental build (the pages of the last build and their keys).
 */
export function cacheDirOf(contentDir: string, root: URL): URL {
  return new URL(`node_modules/.astro/firsthand-${cacheKey(contentDir, root)}/`, root);
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
