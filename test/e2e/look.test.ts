/**
 * A community with a look of its own (site.yaml's logo and accent), built for
 * real and opened in a browser (Debian's chromium through playwright-core):
 * the logo reaches the site as PNGs only, the header and the icons point at
 * them, the accent's colours are in every page, and axe finds nothing in
 * light or dark, with an everyday accent and with one just at the limit.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import axe from 'axe-core';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastOnTheme, MIN_CONTRAST, suggestLightShade } from '../../src/content/fields/accent.ts';
import { copyContent, page, runBuild } from '../helpers/build.ts';
import { serve } from '../helpers/serve.ts';
import { launchBrowser } from '../helpers/browser.ts';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">
  <script>alert(1)</script>
  <rect width="120" height="40" rx="8" fill="#1b6e5a"/><circle cx="20" cy="20" r="12" fill="#fff"/>
</svg>\n`;

/** Pages with links on every background the accent meets: the page, cards, badges, a callout with a link in it. */
const PAGES = ['/', '/events/', '/events/2030-01-01-new-decade/', '/people/', '/people/ada/', '/posts/', '/posts/pier-recap/', '/graph/', '/no-such-page/'];

interface Variant {
  name: string;
  accent: string;
  logo: string;
  out: string;
  base: string;
  server?: Server;
}

/** The good fixture with a logo, an accent, and a callout holding a link. */
async function makeCommunity(name: string, accent: string, logo: string): Promise<Variant> {
  const content = copyContent('good', `look-${name}`);
  const site = join(content, 'site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}logo: ${logo}\naccent: "${accent}"\n`);
  const target = join(content, logo);
  mkdirSync(join(target, '..'), { recursive: true });
  if (logo.endsWith('.svg')) writeFileSync(target, SVG);
  else
    writeFileSync(
      target,
      await sharp({ create: { width: 90, height: 60, channels: 3, background: '#9e6700' } })
        .jpeg()
        .toBuffer(),
    );
  // A link on the callout's tint. (The event card it replaces puts an h3 under the h1, which axe's heading-order rule reports whatever the accent.)
  const party = join(content, 'events/2030-01-01-new-decade.mdx');
  const callout = '<Callout title="Getting there">\n\nTake the stairs, or see [the pier night](/events/2024-07-04-late-pier/) for the route.\n\n</Callout>';
  writeFileSync(party, readFileSync(party, 'utf8').replace('<EventCard slug="2024-07-04-late-pier" />', callout));
  return { name, accent, logo, out: join(content, '../dist'), base: '' };
}

/** Width and height from a PNG's header, or undefined when the bytes are not a PNG. */
function pngSize(path: string): { width: number; height: number } | undefined {
  const b = readFileSync(path);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const attribute = (html: string, tag: RegExp, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(tag.exec(html)?.[0] ?? '')?.[1];

const variants: Variant[] = [];
let browser: Browser;

beforeAll(async () => {
  // An everyday accent with an SVG logo, and the shade suggested for a too-light orange (just at 4.5:1) with a photo.
  variants.push(await makeCommunity('svg', '#1b6e5a', './logo.svg'), await makeCommunity('photo', suggestLightShade('#f5a623'), './brand/logo.jpg'));
  for (const v of variants) {
    const build = runBuild(join(v.out, '../content'), v.out);
    expect(build.status, build.stderr).toBe(0);
    const served = await serve(v.out);
    [v.base, v.server] = [served.url, served.server];
  }
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const v of variants) v.server?.close();
});

describe('a logo', () => {
  it('reaches the site as PNGs only: no SVG but the default icon, and nothing of the drawing', () => {
    for (const v of variants) {
      const files = readdirSync(v.out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
      expect(
        files.filter((d) => /\.svgz?$/i.test(d.name)).map((d) => d.name),
        v.name,
      ).toEqual(['favicon.svg']);
      expect(
        files.some((d) => readFileSync(join(d.parentPath, d.name)).includes('alert(1)')),
        v.name,
      ).toBe(false);
      expect(
        files.some((d) => /^logo\.(svg|jpg)$/.test(d.name)),
        v.name,
      ).toBe(false);
    }
  });

  it('is in the header of every page, before the name, as a PNG of the size it is shown at', () => {
    for (const v of variants) {
      const home = page(v.out, '');
      const img = /<a class="site-name" href="\/"><img [^>]*><span>Lamplight<\/span><\/a>/.exec(home)?.[0] ?? '';
      expect(img, v.name).not.toBe('');
      const src = attribute(img, /<img [^>]*>/, 'src') ?? '';
      const [width, height] = [Number(attribute(img, /<img [^>]*>/, 'width')), Number(attribute(img, /<img [^>]*>/, 'height'))];
      expect(attribute(img, /<img [^>]*>/, 'alt'), v.name).toBe('');
      expect(src, v.name).toMatch(/^\/logo-[0-9a-f]{10}\.png$/);
      expect(height, v.name).toBe(40);
      // Drawn at twice the size it is shown at, for sharp screens.
      expect(pngSize(join(v.out, src)), v.name).toEqual({ width: width * 2, height: height * 2 });
      for (const route of ['events/', 'people/ada/', 'posts/pier-recap/', '404.html'])
        expect(page(v.out, route), `${v.name} ${route}`).toContain(`<img src="${src}"`);
    }
  });

  it('fits a 320 px screen beside the name', async () => {
    for (const v of variants) {
      const tab = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await tab.goto(`${v.base}/`);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth), v.name).toBeLessThanOrEqual(320);
      await tab.close();
    }
  });

  it('is the browser-tab and home-screen icon, in place of the default one', () => {
    for (const v of variants) {
      const home = page(v.out, '');
      expect(home, v.name).not.toContain('favicon.svg');
      const icon = attribute(home, /<link rel="icon"[^>]*>/, 'href') ?? '';
      const touch = attribute(home, /<link rel="apple-touch-icon"[^>]*>/, 'href') ?? '';
      expect(attribute(home, /<link rel="icon"[^>]*>/, 'type'), v.name).toBe('image/png');
      expect(pngSize(join(v.out, icon)), v.name).toEqual({ width: 32, height: 32 });
      expect(pngSize(join(v.out, touch)), v.name).toEqual({ width: 180, height: 180 });
    }
  });
});

describe('an accent', () => {
  it('is in every page, for the light theme and a derived shade for the dark one', () => {
    for (const v of variants) {
      const style = /<style>(:root:root\{--accent:[^<]*)<\/style>/.exec(page(v.out, ''))?.[1] ?? '';
      expect(style, v.name).toContain(`--accent:${v.accent};`);
      const dark = /prefers-color-scheme: dark\)\{:root:root\{--accent:(#[0-9a-f]{6});/.exec(style)?.[1] ?? '';
      expect(contrastOnTheme(dark, 'dark').ratio, v.name).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(page(v.out, 'people/ada/'), v.name).toContain(style);
    }
  });

  it('leaves no html-validate error in the pages that carry it', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'long-title': 'off' } });
    for (const v of variants) {
      for (const route of ['', 'events/2030-01-01-new-decade/', '404.html']) {
        const report = await validator.validateString(page(v.out, route), route);
        const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
        expect(errors, `${v.name} ${route}`).toEqual([]);
      }
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps axe at zero violations (${scheme})`, async () => {
      const found: string[] = [];
      for (const v of variants) {
        const tab = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        for (const path of PAGES) {
          await tab.goto(`${v.base}${path}`, { waitUntil: 'load' });
          await tab.emulateMedia({ colorScheme: scheme });
          await tab.addScriptTag({ content: axe.source });
          const result = (await tab.evaluate(async () => {
            const w = window as unknown as {
              axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
            };
            return w.axe.run(document, { resultTypes: ['violations'] });
          })) as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
          for (const violation of result.violations)
            found.push(
              `${v.name} ${path}: ${violation.id} (${violation.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join('; ')})`,
            );
        }
        await tab.close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('a logo the build will not draw', () => {
  it('stops the build at its line in site.yaml, and the previous site stays', () => {
    const content = copyContent('good', 'look-refused');
    const site = join(content, 'site.yaml');
    const text = `${readFileSync(site, 'utf8')}logo: ./logo.svg\n`;
    writeFileSync(site, text);
    writeFileSync(
      join(content, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="/etc/logo.png" width="10" height="10"/></svg>\n',
    );
    const out = join(content, '../dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the previous site');
    const build = runBuild(content, out);
    const line = text.trimEnd().split('\n').length;
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(
      `test/.tmp/look-refused/content/site.yaml:${line}:7 logo: "./logo.svg" refers to "/etc/logo.png" outside the drawing, which the build will not read: put everything in the SVG itself, or save the logo as a .png`,
    );
    expect(readdirSync(out)).toEqual(['index.html']);
  });
});
