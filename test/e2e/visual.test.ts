/**
 * The look of the main page types, on a busy community (test/helpers/busy.ts):
 * screenshots in light and dark on a phone (390×844) and a desktop (1280×800),
 * written to test/screens/ to be looked at before and after every change to a
 * page (never compared by pixel here), axe with nothing to report on every page
 * type in both schemes (search with results included), and what a visitor must
 * see on the first screen: the header at most 120 px tall, an upcoming event's
 * date, "I'm going" and add-to-calendar without scrolling on a phone, the count
 * in the busy event's list heading, and a past event's photo above the fold.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { PROJECT, runBuild } from '../helpers/build.ts';
import { BUSY_EVENT, BUSY_NOW, BUSY_PERSON, GUESTS, MET_COUNT, MORE_ATTENDEES, PHOTO_EVENT, writeBusyCommunity } from '../helpers/busy.ts';
import { openInBrowser, type SiteInBrowser } from '../helpers/browser.ts';

const SHOTS = join(PROJECT, 'test/screens');

interface PageType {
  name: string;
  route: string;
  /** Typed into the search box; the page is looked at once results show. */
  query?: string;
}

const PAGE_TYPES: PageType[] = [
  { name: 'home', route: '/' },
  { name: 'events', route: '/events/' },
  { name: 'event', route: `/events/${BUSY_EVENT}/` },
  { name: 'event-past', route: `/events/${PHOTO_EVENT}/` },
  { name: 'event-postponed', route: '/events/2024-11-30-postponed-dinner/' },
  { name: 'person', route: `/people/${BUSY_PERSON}/` },
  { name: 'people', route: '/people/' },
  { name: 'graph', route: '/graph/' },
  { name: 'post', route: '/posts/meeting-people/' },
  { name: 'search', route: '/search/', query: 'garden' },
];
const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
type Screen = (typeof SCREENS)[number];
type Scheme = (typeof SCHEMES)[number];

let browser: Browser;
let served: SiteInBrowser | undefined;
let base = '';

beforeAll(async () => {
  const content = await writeBusyCommunity('visual');
  const out = join(content, '../dist');
  const build = runBuild(content, out, { FIRSTHAND_NOW: BUSY_NOW });
  expect(build.status, build.stderr).toBe(0);
  served = await openInBrowser(out);
  ({ base, browser } = served);
  mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await served?.close();
});

/** Opens a page type at a screen size and scheme, with search results shown when it has a query. */
async function open(type: PageType, screen: Screen, scheme: Scheme): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height }, colorScheme: scheme });
  // Every picture in view drawn before a screenshot, so two runs differ only where the page did.
  await page.goto(`${base}${type.route}`, { waitUntil: 'networkidle' });
  if (type.query) {
    await page.locator('.pagefind-ui__search-input').fill(type.query);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
  }
  return page;
}

/** The bottom edge of an element in page coordinates, or Infinity when it is not shown. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  return box ? box.y + box.height : Number.POSITIVE_INFINITY;
}

describe('the main page types', () => {
  for (const scheme of SCHEMES) {
    it(`are screenshotted and pass axe in ${scheme}`, async () => {
      const violations: string[] = [];
      for (const type of PAGE_TYPES) {
        for (const screen of SCREENS) {
          const page = await open(type, screen, scheme);
          await page.screenshot({ path: join(SHOTS, `${type.name}-${screen.name}-${scheme}.png`) });
          if (scheme === 'light' && (type.name === 'event' || type.name === 'person')) {
            await page.screenshot({ path: join(SHOTS, `${type.name}-${screen.name}-whole.png`), fullPage: true });
          }
          violations.push(...(await axeViolations(page)).map((v) => `${type.route} ${screen.name}: ${v}`));
          await page.close();
        }
      }
      expect(violations).toEqual([]);
    }, 300_000);
  }
});

describe('the first screen', () => {
  it('has a header of at most 120 px on a phone and a desktop, on every page type', async () => {
    const tall: string[] = [];
    for (const type of PAGE_TYPES) {
      for (const screen of SCREENS) {
        const page = await open(type, screen, 'light');
        const height = (await page.locator('header.site-header').boundingBox())?.height ?? Number.POSITIVE_INFINITY;
        if (height > 120) tall.push(`${type.route} ${screen.name}: ${height} px`);
        await page.close();
      }
    }
    expect(tall).toEqual([]);
  }, 120_000);

  it("shows an upcoming event's date, I'm going and add-to-calendar on a phone without scrolling", async () => {
    const page = await open({ name: 'event', route: `/events/${BUSY_EVENT}/` }, SCREENS[0], 'light');
    const fold = SCREENS[0].height;
    expect(await bottomOf(page, 'article .dt-start:visible')).toBeLessThanOrEqual(fold);
    expect(await bottomOf(page, 'a[href*="template=attend.yml"]:visible')).toBeLessThanOrEqual(fold);
    expect(await bottomOf(page, `a[href$="${BUSY_EVENT}.ics"]:visible`)).toBeLessThanOrEqual(fold);
    await page.close();
  });

  it("gives the busy event's people in its list heading", async () => {
    const page = await open({ name: 'event', route: `/events/${BUSY_EVENT}/` }, SCREENS[1], 'light');
    const listed = await page
      .locator('.h-event .p-attendee.h-card')
      .evaluateAll((cards) => new Set(cards.map((c) => c.getAttribute('href') ?? c.querySelector('a')?.getAttribute('href'))).size);
    // Bo, Eli, Zia and the 64 members, and Dita who hosts.
    expect(listed).toBe(MORE_ATTENDEES + 4);
    // A heading counts them: the attendees (Bo, Eli, Zia, the 64) with or without the host and the guests.
    const headings = await page.locator('h2').allTextContents();
    const counts = headings.flatMap((h) => (h.match(/\d+/g) ?? []).map(Number));
    const low = MORE_ATTENDEES + 3;
    expect(
      counts.some((n) => n >= low && n <= low + 1 + GUESTS.length),
      headings.join(' | '),
    ).toBe(true);
    await page.close();
  });

  it('shows a photo of a past event on the first screen of a desktop', async () => {
    const page = await open({ name: 'event-past', route: `/events/${PHOTO_EVENT}/` }, SCREENS[1], 'light');
    const photo = page.locator('img[alt="Raised beds after the first planting"]').first();
    const box = await photo.boundingBox();
    expect(box && box.y < SCREENS[1].height && box.height > 100).toBe(true);
    await page.close();
  });

  it("keeps a person's met list of 59 short enough to read on a phone", async () => {
    const page = await open({ name: 'person', route: `/people/${BUSY_PERSON}/` }, SCREENS[0], 'light');
    expect(await page.locator('#met .h-card').count()).toBe(MET_COUNT);
    const met = await page.locator('#met').boundingBox();
    expect(met?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(1500);
    await page.close();
  });
});
