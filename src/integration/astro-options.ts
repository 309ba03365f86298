/**
 * Every Astro option a Firsthand site relies on, set by the integration so
 * that a community's astro.config.mjs is `integrations: [firsthand()]` and
 * nothing it must keep in step with Firsthand: the options below, MDX and the
 * sitemap (each added unless the config already has it), and, in a
 * repository with no src/content.config.* of its own (a community's), the
 * one-line collections file Astro reads only from its `srcDir`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, HookParameters } from 'astro';
import { FIRSTHAND_CACHE } from '../node/cache-folders.ts';
import { SOURCE_FOLDER } from '../node/package-files.ts';
import { inSitemap } from './sitemap-filter.ts';

/** The options that do not depend on the community. */
const FIXED = {
  // Links are written with their closing slash; a link typed without one still works under astro dev.
  trailingSlash: 'ignore',
  // Pages wait on file writes; rendering several at once keeps the one core Astro uses busy.
  // At 10,000 members 8 left the core idle a third as often as 4, for about 50 MB more.
  build: { format: 'directory', concurrency: 8 },
  devToolbar: { enabled: false },
  // A page whose cacheKey (data/page-keys.ts) and code are what they were in the last build is
  // copied from the cache (under the integration's cacheDir, in node_modules/) instead of rendered.
  experimental: { incrementalBuild: true },
  // The dev server need not watch benchmark and test output (hundreds of thousands of files).
  vite: { server: { watch: { ignored: ['**/test/.tmp/**', '**/test-results/**', '**/.dist-*/**'] } } },
} satisfies ConfigUpdate;

type ConfigUpdate = Parameters<HookParameters<'astro:config:setup'>['updateConfig']>[0];

/** What the integration adds to the config it is given. */
export function astroOptions(config: AstroConfig): ConfigUpdate {
  const has = (name: string) => config.integrations.some((i) => i.name === name);
  // The sitemap lists pages only: drafts and unlisted people have none, so they are never in it;
  // nor the 404 page, nor a page whose canonical URL is elsewhere (sitemap-filter.ts).
  const integrations = [...(has('@astrojs/mdx') ? [] : [mdx()]), ...(has('@astrojs/sitemap') ? [] : [sitemap({ filter: inSitemap })])];
  const srcDir = collectionsFolder(config);
  return { ...FIXED, integrations, ...(srcDir ? { srcDir } : {}) };
}

const CONFIG_NAMES = ['content.config.mjs', 'content.config.js', 'content.config.mts', 'content.config.ts'];

/**
 * Astro reads a site's collections from `<srcDir>/content.config.*` only. A
 * repository with its own (Firsthand's) keeps its srcDir; any other gets a
 * folder Firsthand writes under node_modules/, holding nothing but that file,
 * which hands over the package's collections (data/collections.ts).
 */
function collectionsFolder(config: AstroConfig): URL | undefined {
  const srcDir = fileURLToPath(config.srcDir);
  if (CONFIG_NAMES.some((name) => existsSync(join(srcDir, name)))) return undefined;
  const folder = join(fileURLToPath(config.root), FIRSTHAND_CACHE, 'src');
  const file = join(folder, 'content.config.mjs');
  const collections = pathToFileURL(join(SOURCE_FOLDER, 'data', 'collections.ts')).href;
  const text = `// Written by the Firsthand integration: Astro reads a site's collections from here.\nexport { collections } from ${JSON.stringify(collections)};\n`;
  // Written only when it changes, so the dev server sees no edit on each start.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, text);
  }
  return pathToFileURL(`${folder}/`);
}
