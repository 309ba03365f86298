/**
 * The Firsthand Astro integration (src/integration/firsthand.ts): what it tells
 * Astro comes from the validated site.yaml, what `npm run build` hands over
 * reaches the data layer, and of several Firsthand integrations the last one
 * configures the run.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { firsthand, type FirsthandOptions } from '../../src/integration/firsthand.ts';
import { takeValidated } from '../../src/integration/handover.ts';
import { loadCommunity } from '../../src/node/load-community.ts';
import { PROJECT } from '../helpers/build.ts';
import { BASE_SITE } from '../helpers/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'firsthand-integration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A content folder holding a site.yaml alone. */
function contentWith(name: string, siteYaml: string): string {
  const content = join(dir, name, 'content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'site.yaml'), siteYaml);
  return content;
}

interface Plugin {
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
}
interface Update {
  routes?: string[];
  srcDir?: URL;
  integrations?: AstroIntegration[];
  trailingSlash?: string;
  experimental?: { incrementalBuild?: boolean };
  site?: string;
  base?: string;
  cacheDir?: URL;
  markdown?: { syntaxHighlight?: unknown; processor?: unknown };
  vite?: { plugins?: Plugin[]; environments?: unknown };
}

/**
 * Runs astro:config:setup of each integration as Astro does, one after the
 * other, in a project at `root` (Firsthand's repository unless told); what
 * each asked for, its updates merged key by key, with the patterns of the
 * routes it injected.
 */
function setUp(integrations: AstroIntegration[], command = 'build', root: string = PROJECT): Array<Update | undefined> {
  const rootUrl = pathToFileURL(`${root}/`);
  return integrations.map((integration) => {
    let update: Update | undefined;
    const setup = integration.hooks['astro:config:setup'] as (params: unknown) => void;
    setup({
      // Astro hands integrations copies of themselves (its config schema parses them); the hooks stay the same functions.
      config: {
        root: rootUrl,
        srcDir: new URL('src/', rootUrl),
        publicDir: new URL('public/', rootUrl),
        integrations: integrations.map((i) => ({ name: i.name, hooks: { ...i.hooks } })),
      },
      command,
      updateConfig: (u: Update) => {
        update = { ...update, ...u };
      },
      injectRoute: (route: { pattern: string }) => {
        update = { ...update, routes: [...(update?.routes ?? []), route.pattern] };
      },
      addWatchFile: () => {},
    });
    return update;
  });
}

/** The source of virtual:firsthand/settings that an update gives Vite. */
function settingsSource(update: Update | undefined): string | undefined {
  const plugin = update?.vite?.plugins?.[0];
  const id = plugin?.resolveId('virtual:firsthand/settings');
  return id === undefined ? undefined : plugin?.load(id);
}

describe('the Firsthand integration', () => {
  it("gives Astro the validated site.yaml's address and sub-folder, and the data layer its settings", () => {
    const contentDir = contentWith('sub', `${BASE_SITE}base: community/meetups\n`);
    const [update] = setUp([firsthand({ contentDir })]);
    expect(update?.site).toBe('https://test.example.org');
    expect(update?.base).toBe('/community/meetups/');
    expect(update?.markdown?.syntaxHighlight).toBe(false);
    expect(update?.cacheDir?.href).toMatch(new RegExp(`^${pathToFileURL(PROJECT).href}/node_modules/\\.astro/firsthand-[0-9a-f]{8}-[0-9a-f]{8}/$`));
    expect(settingsSource(update)).toBe(
      `export const contentDir = ${JSON.stringify(contentDir)};\nexport const sideFilesWrittenElsewhere = false;\nexport const packageRoot = ${JSON.stringify(`${PROJECT}/`)};\nexport const dev = false;\nexport const keptKeysFolder = ${JSON.stringify(`${fileURLToPath(update?.cacheDir ?? '')}firsthand-page-keys/`)};`,
    );
    expect(settingsSource(setUp([firsthand({ contentDir })], 'dev')[0])).toContain('export const dev = true;');
  });

  it("falls back to the validator's defaults while site.yaml is broken, so that astro dev still starts", () => {
    const contentDir = contentWith('broken', 'name: [\n');
    const [update] = setUp([firsthand({ contentDir })], 'dev');
    expect(update?.site).toBe('https://example.org');
    expect(update?.base).toBe('/');
  });

  it('gives each content folder a cache of its own', () => {
    const [a] = setUp([firsthand({ contentDir: contentWith('a', BASE_SITE) })]);
    const [b] = setUp([firsthand({ contentDir: contentWith('b', BASE_SITE) })]);
    expect(a?.cacheDir?.href).not.toBe(b?.cacheDir?.href);
  });

  it("hands npm run build's validated content to the data layer, and only for its content folder", () => {
    const contentDir = contentWith('handed', `${BASE_SITE}base: /handed/\n`);
    const community = loadCommunity(contentDir, { root: dir });
    const { content } = community;
    const [update] = setUp([firsthand({ contentDir, community, sideFilesWrittenElsewhere: true })]);
    expect(update?.base).toBe('/handed/');
    expect(settingsSource(update)).toContain('export const sideFilesWrittenElsewhere = true;');
    expect(takeValidated(contentDir)?.content).toBe(content);
    expect(takeValidated(join(dir, 'elsewhere'))).toBeUndefined();
    // A later run without a handover (astro dev) clears it.
    setUp([firsthand({ contentDir })]);
    expect(takeValidated(contentDir)).toBeUndefined();
  });

  it('of several Firsthand integrations, lets the last one configure the run and call its hooks', () => {
    const contentDir = contentWith('last', BASE_SITE);
    const started: string[] = [];
    const options = (name: string): FirsthandOptions => ({ contentDir, onBuildStart: () => started.push(name) });
    const integrations = [firsthand(options('from astro.config.mjs')), firsthand(options('from npm run build'))];
    const [first, last] = setUp(integrations);
    expect(first).toBeUndefined();
    expect(last?.site).toBe('https://test.example.org');
    for (const integration of integrations) (integration.hooks['astro:build:start'] as () => void)();
    expect(started).toEqual(['from npm run build']);
  });

  it('injects a route for each file of src/routes/, named as a file router would, and sets the options a site relies on', () => {
    const [update] = setUp([firsthand({ contentDir: contentWith('routes', BASE_SITE) })]);
    expect(update?.routes).toEqual(
      expect.arrayContaining(['/', '/404', '/events/[slug]', '/events/[slug]/[card].png', '/posts/[...page]', '/rss.xml', '/favicon.svg']),
    );
    expect(update?.routes?.filter((r) => /README/i.test(r))).toEqual([]);
    expect(new Set(update?.routes).size).toBe(update?.routes?.length);
    expect(update?.trailingSlash).toBe('ignore');
    expect(update?.experimental?.incrementalBuild).toBe(true);
    expect(update?.integrations?.map((i) => i.name)).toEqual(['@astrojs/mdx', '@astrojs/sitemap']);
    // Firsthand's own repository has its src/content.config.ts: its srcDir stays.
    expect(update?.srcDir).toBeUndefined();
  });

  it("in a community's repository, hands Astro the package's collections, and leaves the icon to the community's own public/favicon.svg", () => {
    const community = join(dir, 'community-repo');
    mkdirSync(join(community, 'public'), { recursive: true });
    writeFileSync(join(community, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const [update] = setUp([firsthand({ contentDir: contentWith('community-content', BASE_SITE) })], 'build', community);
    expect(update?.routes).not.toContain('/favicon.svg');
    const srcDir = fileURLToPath(update?.srcDir ?? new URL('file:///nowhere/'));
    expect(srcDir.startsWith(join(community, 'node_modules'))).toBe(true);
    expect(readFileSync(join(srcDir, 'content.config.mjs'), 'utf8')).toContain(
      `export { collections } from ${JSON.stringify(pathToFileURL(join(PROJECT, 'src/data/collections.ts')).href)};`,
    );
  });
  it('under astro dev, has Vite prepare the home page as soon as the server listens, the person and event pages once the first page is served', () => {
    const contentDir = contentWith('warm', BASE_SITE);
    const integration = firsthand({ contentDir });
    const [dev] = setUp([integration], 'dev');
    expect(dev?.vite).toMatchObject({ environments: { ssr: { dev: { preTransformRequests: true } } } });
    expect(setUp([firsthand({ contentDir })], 'build')[0]?.vite).not.toHaveProperty('environments');
    const warmed: string[] = [];
    const httpServer = new EventEmitter();
    const server = {
      config: { root: PROJECT },
      httpServer,
      middlewares: { use: () => undefined },
      watcher: Object.assign(new EventEmitter(), { add: () => undefined }),
      environments: { ssr: { warmupRequest: async (url: string) => void warmed.push(url) } },
    };
    (integration.hooks['astro:server:setup'] as (params: unknown) => void)({ server });
    expect(warmed).toEqual([]);
    httpServer.emit('listening');
    expect(warmed).toEqual(['/src/routes/index.astro']);
    const response = new EventEmitter();
    httpServer.emit('request', {}, response);
    expect(warmed).toHaveLength(1);
    response.emit('finish');
    httpServer.emit('request', {}, new EventEmitter());
    // Each is a route file of the package, as Vite names a file inside the project; each once.
    expect(warmed).toEqual(['/src/routes/index.astro', '/src/routes/people/[handle].astro', '/src/routes/events/[slug].astro']);
    for (const url of warmed) expect(existsSync(join(PROJECT, url))).toBe(true);
  });
});
