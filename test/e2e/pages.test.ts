/**
 * The example community (its copy in test/fixtures/example/, never content/)
 * in a real browser (Debian's chromium through playwright-core): every page
 * type passes axe in light and dark, fits a 320 px screen, works without
 * JavaScript; html-validate finds no error in dist/; a screenshot of each
 * page type is kept in test-results/.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, PROJECT, runBuild, scratch } from '../helpers/build.ts';
import { axeViolations } from '../helpers/axe.ts';
import { checkLinks } from '../helpers/links.ts';
import { htmlErrorsIn } from '../helpers/html.ts';
import { readContentFolder } from '../../src/node/read-content.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { openInBrowser, type SiteInBrowser } from '../helpers/browser.ts';

const SHOTS = join(PROJECT, 'test-results/screenshots');

/** One page of each type in the example community. */
const PAGES: Record<string, string> = {
  home: '/',
  events: '/events/',
  event: '/events/2024-10-17-small-shop-summit-dinner/',
  people: '/people/',
  person: '/people/dwight/',
  posts: '/posts/',
  post: '/posts/three-lunches-and-a-roastery/',
  series: '/series/first-saturday-brunch/',
  tag: '/tags/road-trip/',
  graph: '/graph/',
  search: '/search/',
  'not-found': '/no-such-page/',
};

const out = join(scratch('e2e'), 'dist');
let browser: Browser;
let served: SiteInBrowser | undefined;
let base = '';

beforeAll(async () => {
  const build = runBuild(EXAMPLE, out, { FIRSTHAND_NOW: '2026-11-21T12:00:00Z' });
  expect(build.status, build.stderr).toBe(0);
  served = await openInBrowser(out);
  ({ base, browser } = served);
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await served?.close();
});

describe('every page type in a browser', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${name} (${scheme}) has no accessibility violations`, async () => {
        const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`), fullPage: true });
        await page.close();
        expect(violations).toEqual([]);
      });
    }
  }

  it('fits a 320 px screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(`${base}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${name}: ${width}px`);
    }
    await page.goto(`${base}/`);
    await page.screenshot({ path: join(SHOTS, 'home-320.png'), fullPage: true });
    await page.close();
    expect(wide).toEqual([]);
  });

  it('runs no JavaScript on content pages, and works with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      const html = readFileSync(join(out, path === '/no-such-page/' ? '404.html' : `${path}index.html`), 'utf8');
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g)];
      if (name !== 'search') expect(scripts, name).toEqual([]);
    }
    await page.goto(`${base}/people/dwight/`);
    expect(await page.locator('#met li').count()).toBeGreaterThan(3);
    await page.goto(`${base}/search/`);
    expect(await page.locator('noscript').count()).toBe(1);
    await context.close();
  });

  it('finds people, events and posts with the search page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/`);
    await page.locator('.pagefind-ui__search-input').fill('roastery');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(links).toContain('/events/2022-04-09-roastery-open-house/');
    await page.screenshot({ path: join(SHOTS, 'search-results.png') });
    await page.close();
  });

  it('never finds an unlisted member, and finds a listed one by name first', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/`);
    // Drafts are left out the same way (test/outputs/search-records.test.ts); no word of the example draft is its own.
    for (const words of ['Pemberton']) {
      await page.locator('.pagefind-ui__search-input').fill(words);
      // Pagefind says it is searching, then how many results it found ("No results for …"): wait for the second.
      await page
        .locator('.pagefind-ui__message')
        .filter({ hasText: new RegExp(`results? for ${words}`) })
        .waitFor({ timeout: 30_000 });
      expect(await page.locator('.pagefind-ui__result-link').count(), words).toBe(0);
    }
    // A listed member's own page comes first for their name.
    await page.locator('.pagefind-ui__search-input').fill('Dwight');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    const found = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(found[0]).toBe('/people/dwight/');
    await page.close();
  });
});

describe('the example community as calendars and feeds read it', () => {
  it('imports every event into a calendar at the instant its page shows', () => {
    const { content } = validateContent(readContentFolder(EXAMPLE, PROJECT));
    const feed = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'events.ics'), 'utf8')));
    const read = new Map(
      feed.getAllSubcomponents('vevent').map((v) => {
        const e = new ICAL.Event(v);
        return [e.uid, e] as const;
      }),
    );
    expect(read.size).toBe(content.events.length);
    for (const event of content.events) {
      const e = read.get(`${event.slug}@kindling.example.org`);
      expect(e, event.slug).toBeDefined();
      if (event.start.allDay) expect(e?.startDate.toString(), event.slug).toBe(event.start.date);
      else expect(e?.startDate.toJSDate().getTime(), event.slug).toBe(event.start.epochMs);
      const html = readFileSync(join(out, 'events', event.slug, 'index.html'), 'utf8');
      expect(html, event.slug).toContain(`datetime="${event.start.iso}"`);
    }
  });

  it('gives a feed reader every published post, newest first, with its text', async () => {
    const feed = await new Parser().parseString(readFileSync(join(out, 'rss.xml'), 'utf8'));
    expect(feed.items.length).toBe(7);
    const dates = feed.items.map((i) => Date.parse(i.pubDate ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const local = feed.items.filter((i) => i.link?.startsWith('https://kindling.example.org/'));
    for (const item of local) expect((item as { 'content:encoded'?: string })['content:encoded']?.length ?? 0, item.title).toBeGreaterThan(200);
    expect(feed.items.map((i) => i.title)).not.toContain('How to host a meetup at a food truck');
  });

  it('works under a sub-folder, every link resolving', () => {
    const dir = scratch('e2e-sub-folder');
    cpSync(EXAMPLE, join(dir, 'content'), { recursive: true });
    const site = join(dir, 'content/site.yaml');
    writeFileSync(site, `${readFileSync(site, 'utf8')}base: /community/\n`);
    const sub = join(dir, 'dist');
    expect(runBuild(join(dir, 'content'), sub, { FIRSTHAND_NOW: '2026-11-21T12:00:00Z' }).status).toBe(0);
    const report = checkLinks(sub, 'https://kindling.example.org', '/community/');
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.outsideBase).toEqual([]);
    expect(report.broken).toEqual([]);
  }, 240_000);
});

describe('the HTML of the whole site', () => {
  it('has no html-validate errors', async () => {
    const { pages, errors } = await htmlErrorsIn(out);
    expect(pages).toBeGreaterThan(40);
    expect(errors).toEqual([]);
  });
});
