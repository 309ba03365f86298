/**
 * The frame every page shares, in a real browser (Debian's chromium through
 * playwright-core), for a community with a 40-character name, a wide logo and
 * pages of its own in the navigation: on a phone the header is one row with a
 * "Menu" that opens without JavaScript, on a wide screen the links are a
 * plain row. Then the search page, which one build serves as well: in the
 * site's colours in light and dark (axe finds nothing with results shown),
 * and quoting a link by its words, never by an address the page does not show.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, page, runBuild } from '../helpers/build.ts';
import { axeViolations } from '../helpers/axe.ts';
import { htmlErrors } from '../helpers/html.ts';
import { openInBrowser, type SiteInBrowser } from '../helpers/browser.ts';

const NAME = 'The Riverside Neighbours of Old Porchway';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"><rect width="200" height="40" rx="8" fill="#1b6e5a"/></svg>\n';
const ABOUT = [
  '---',
  'title: About us',
  'nav: 1',
  '---',
  'We meet by the [river](https://example.org/river-walk) on Sundays; [the map][map] shows the way.',
  '',
  'Notes are at https://notes.example.org/sundays for anyone.',
  '',
  '[map]: https://example.org/map-of-the-river',
  '',
].join('\n');
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };

let browser: Browser;
let served: SiteInBrowser | undefined;
let base = '';
let out = '';

beforeAll(async () => {
  const content = copyContent('porchlight', 'e2e-header');
  const site = join(content, 'site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8').replace(/^name: .*$/m, `name: ${NAME}`)}logo: ./logo.svg\n`);
  writeFileSync(join(content, 'logo.svg'), LOGO);
  mkdirSync(join(content, 'pages'), { recursive: true });
  writeFileSync(join(content, 'pages/about.md'), ABOUT);
  writeFileSync(join(content, 'pages/conduct.md'), '---\ntitle: Code of conduct\nnav: 2\n---\nBe kind.\n');
  out = join(content, '../dist');
  const build = runBuild(content, out);
  expect(build.status, build.stderr).toBe(0);
  served = await openInBrowser(out);
  ({ base, browser } = served);
}, 300_000);

afterAll(async () => {
  await served?.close();
});

/** A page opened without JavaScript (the header must not need it), at a size, in a colour scheme. */
async function open(
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
  javaScriptEnabled = false,
): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled });
  const tab = await context.newPage();
  await tab.goto(`${base}${path}`);
  return tab;
}

const headerHeight = (tab: Page) => tab.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
const navLinks = (tab: Page) => tab.locator('nav.site-nav a');
const visibleLinks = (tab: Page) => navLinks(tab).evaluateAll((els) => els.map((el) => el.checkVisibility()));

describe('the header', () => {
  it('has the name, the logo and every link in the markup, with the current page marked, and is valid HTML', async () => {
    const html = page(out, 'events/');
    expect(await htmlErrors(html, 'events/index.html')).toEqual([]);
    const tab = await open('/events/', PHONE);
    expect(await tab.locator('.site-name').textContent()).toBe(NAME);
    expect(await navLinks(tab).evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual([
      '/',
      '/events/',
      '/people/',
      '/posts/',
      '/graph/',
      '/about/',
      '/conduct/',
      '/search/',
    ]);
    expect(await tab.locator('nav.site-nav a[aria-current="page"]').getAttribute('href')).toBe('/events/');
    await tab.context().close();
  });

  it('is one row at most 120 px tall on a phone, the long name cut to two lines, nothing wider than the screen', async () => {
    const tab = await open('/events/', PHONE);
    const height = await headerHeight(tab);
    expect(height).toBeLessThanOrEqual(120);
    // One row: the name and "Menu" side by side, their tops within the header's padding.
    const [name, menu] = await Promise.all([tab.locator('.site-name').boundingBox(), tab.locator('.nav-toggle').boundingBox()]);
    expect(name && menu && Math.abs(name.y + name.height / 2 - (menu.y + menu.height / 2))).toBeLessThan(4);
    expect(await tab.locator('.nav-toggle').isVisible()).toBe(true);
    const lineHeight = await tab.locator('.site-name span').evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
    expect(await tab.locator('.site-name span').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(2 * lineHeight + 1);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await tab.context().close();
  });

  it('folds the links behind "Menu" on a phone, each one click away without JavaScript, and the control can be reached and seen with the keyboard', async () => {
    const tab = await open('/events/', PHONE);
    expect(await visibleLinks(tab)).toEqual(Array(8).fill(false));
    expect(await tab.locator('.nav-toggle').textContent()).toBe('Menu');
    // Skip link, name, then the menu.
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe('nav-toggle');
    expect(await tab.locator('.nav-toggle').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await tab.keyboard.press('Enter');
    expect(await visibleLinks(tab)).toEqual(Array(8).fill(true));
    // Open, the links lie over the page: the header keeps its height.
    expect(await headerHeight(tab)).toBeLessThanOrEqual(120);
    await tab.locator('.nav-toggle').click();
    expect(await visibleLinks(tab)).toEqual(Array(8).fill(false));
    await tab.context().close();
  });

  it('shows every link as a plain row on a wide screen, with no "Menu", in reach of the keyboard', async () => {
    const tab = await open('/events/', WIDE);
    expect(await tab.locator('.nav-toggle').isVisible()).toBe(false);
    expect(await visibleLinks(tab)).toEqual(Array(8).fill(true));
    const tops = await navLinks(tab).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await headerHeight(tab)).toBeLessThanOrEqual(120);
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await tab.keyboard.press('Tab');
      focused.push(await tab.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(focused.slice(2)).toEqual(['Home', 'Events']);
    await tab.context().close();
  });

  it('passes axe in light and dark, on a phone with the menu open and on a wide screen', async () => {
    // axe itself is a script: these pages have none of their own, so turning scripts on changes nothing else.
    for (const scheme of ['light', 'dark'] as const) {
      const phone = await open('/events/', PHONE, scheme, true);
      await phone.locator('.nav-toggle').click();
      expect(await axeViolations(phone), `phone ${scheme}`).toEqual([]);
      await phone.context().close();
      const wide = await open('/events/', WIDE, scheme, true);
      expect(await axeViolations(wide), `wide ${scheme}`).toEqual([]);
      await wide.context().close();
    }
  });
});

/** Waits for Pagefind's results for a query on the search page. */
async function searchFor(tab: Page, query: string): Promise<void> {
  await tab.locator('.pagefind-ui__search-input').fill(query);
  await tab.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  await tab.locator('.pagefind-ui__result-excerpt').first().waitFor({ timeout: 15_000 });
}

describe('the search page', () => {
  it('passes axe in light and dark with results shown, its box in the colours of the page', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await open('/search/', PHONE, scheme, true);
      await searchFor(tab, 'garden');
      expect(await axeViolations(tab), scheme).toEqual([]);
      const [box, header, text] = await Promise.all([
        tab.locator('.pagefind-ui__search-input').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]),
        tab.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor),
        tab.locator('body').evaluate((el) => getComputedStyle(el).color),
      ]);
      // The box takes the surface colour the header has (white in light, dark in dark) and the page's text colour.
      expect(box, scheme).toEqual([header, text]);
      if (scheme === 'dark') expect(box[0]).not.toBe('rgb(255, 255, 255)');
      await tab.context().close();
    }
  });

  it('indexes and quotes a link by its words, keeping an address the page shows as its own', async () => {
    const fragments = readdirSync(join(out, 'pagefind/fragment')).map((file) => {
      const bytes = gunzipSync(readFileSync(join(out, 'pagefind/fragment', file)));
      expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
      return JSON.parse(bytes.subarray(12).toString('utf8')) as { url: string; content: string };
    });
    const about = fragments.find((f) => f.url === '/about/');
    expect(about?.content).toContain('We meet by the river on Sundays; the map shows the way.');
    expect(about?.content).toContain('https://notes.example.org/sundays');
    expect(about?.content).not.toMatch(/example\.org\/(river-walk|map-of-the-river)/);
    const tab = await open('/search/', PHONE, 'light', true);
    await searchFor(tab, 'sundays');
    const excerpt = await tab.locator('.pagefind-ui__result-excerpt').first().textContent();
    expect(excerpt).toContain('river');
    expect(excerpt).not.toMatch(/river-walk|map-of-the-river/);
    await tab.context().close();
  });
});
