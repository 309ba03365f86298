/**
 * The top of an event's page in a real browser (Debian's chromium through
 * playwright-core), on Porchlight with a repository and three events of its
 * own: an upcoming one moved to a new date, with a photo and its own sign-up;
 * a cancelled one; and photos on a past one. On a 390×844 phone the date, the
 * one button and "Add to calendar" show without scrolling; on a 1280×800
 * screen the photo is above the fold and the facts stand beside the body; a
 * cancelled event says so first, a past one offers nothing to press and shows
 * its photos before its people; zones are named short, never by their id;
 * axe and html-validate find nothing, in light and dark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { copyContent, page as builtPage, runBuild } from '../helpers/build.ts';
import { htmlErrors } from '../helpers/html.ts';
import { openInBrowser, type SiteInBrowser } from '../helpers/browser.ts';

const REPO = 'https://github.com/porchlight/site';
/** The site header another part of the page may make taller or shorter: the fold is checked as if it were this tall. */
const HEADER = 120;

const SUPPER = '/events/2025-02-14-supper/';
const FAIR = '/events/2025-03-01-spring-fair/';
const SWAP = '/events/2025-02-01-seed-swap/';
const GARDEN = '/events/2024-04-20-garden-day/';
const HYBRID = '/events/2024-09-01-hybrid-talk/';

let out = '';
let base = '';
let served: SiteInBrowser | undefined;
let browser: Browser;

const photo = (background: string) =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  const content = copyContent('porchlight', 'event-head');
  writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}repository: ${REPO}\n`);
  writeFileSync(join(content, 'events/supper.jpg'), await photo('#7a4b2a'));
  writeFileSync(join(content, 'events/garden-1.jpg'), await photo('#2f6b3a'));
  writeFileSync(join(content, 'events/garden-2.jpg'), await photo('#385f8a'));
  writeFileSync(
    join(content, 'events/2025-02-14-supper.md'),
    '---\ntitle: Supper on the Porch\nstart: 2025-02-14 19:00\nend: 2025-02-14 22:00\nrescheduled_from: 2025-02-07 19:00\nvenue:\n  name: The Long Table\n  city: London\nrsvp_url: https://rsvp.example/supper\nhosts: [amara]\nattendees: [bo, cass]\nguests: [Pat]\nphotos:\n  - src: ./supper.jpg\n    alt: A long table laid for supper\n---\nSoup, bread and the quiz rematch.\n',
  );
  writeFileSync(
    join(content, 'events/2025-02-01-seed-swap.md'),
    '---\ntitle: Seed Swap\nstart: 2025-02-01 14:00\nstatus: cancelled\nvenue:\n  name: Allotment 9\n  city: London\nhosts: [gil]\n---\nCalled off for frost.\n',
  );
  const garden = join(content, 'events/2024-04-20-garden-day.md');
  const photos = 'photos:\n  - src: ./garden-1.jpg\n    alt: The shed\n    people: [gil]\n  - src: ./garden-2.jpg\n    alt: Five people at the fence\n';
  writeFileSync(garden, readFileSync(garden, 'utf8').replace('everyone_met: true\n', `everyone_met: true\n${photos}`));
  out = join(content, '..', 'dist');
  const build = runBuild(content, out, { FIRSTHAND_NOW: '2025-01-01T00:00:00Z' });
  expect(build.status, build.stderr).toBe(0);
  served = await openInBrowser(out);
  ({ base, browser } = served);
}, 300_000);

afterAll(async () => {
  await served?.close();
});

async function open(path: string, width: number, height: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return page;
}

/** The box of the first element a selector finds, in pixels from the top of the page as first shown. */
async function box(page: Page, selector: string): Promise<{ top: number; bottom: number; left: number; right: number; height: number }> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`nothing shows ${selector}`);
  return { top: found.y, bottom: found.y + found.height, left: found.x, right: found.x + found.width, height: found.height };
}

describe('the top of an event page', () => {
  it('shows the date, the one button and "Add to calendar" without scrolling on a 390×844 phone', async () => {
    for (const path of [SUPPER, FAIR]) {
      const page = await open(path, 390, 844);
      const header = await box(page, '.site-header');
      for (const selector of ['.dt-start', '.event-primary .button', 'a[download]']) {
        const { bottom } = await box(page, selector);
        expect(bottom, `${path} ${selector}`).toBeLessThanOrEqual(844);
        // And under a header of 120 px, whatever the header is now.
        expect(bottom - header.bottom + HEADER, `${path} ${selector} under a ${HEADER} px header`).toBeLessThanOrEqual(844);
      }
      // A button one can hit with a thumb.
      expect((await box(page, '.event-primary .button')).height, path).toBeGreaterThanOrEqual(44);
      expect((await box(page, 'a[download]')).height, path).toBeGreaterThanOrEqual(44);
      await page.close();
    }
  });

  it('makes the event\'s own sign-up the button, else "I\'m going", and offers Google Calendar beside the .ics', async () => {
    const supper = await open(SUPPER, 390, 844);
    expect(await supper.locator('.event-primary a').getAttribute('href')).toBe('https://rsvp.example/supper');
    expect(await supper.locator('.event-primary a').getAttribute('rel')).toBe('ugc nofollow noopener');
    expect(await supper.locator('.event-calendar a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/events/2025-02-14-supper.ics',
      expect.stringMatching(/^https:\/\/calendar\.google\.com\//),
    ]);
    expect(await supper.locator('.event-count').textContent()).toBe('4 people are going');
    // "I'm going" (the issue form) stays, as a link, not a second button.
    expect(await supper.locator(`.event-side .contribute a[href^="${REPO}"]`).textContent()).toBe("I'm going");
    await supper.close();
    const fair = await open(FAIR, 390, 844);
    expect(await fair.locator('.event-primary a').textContent()).toBe("I'm going");
    expect(await fair.locator('.event-primary a').getAttribute('href')).toBe(`${REPO}/issues/new?template=attend.yml&event=2025-03-01-spring-fair`);
    expect(await fair.locator('.contribute').count()).toBe(0);
    // Without a photo, a date tile heads the page.
    expect(await fair.locator('.date-tile').textContent()).toMatch(/^Mar\s+1$/);
    await fair.close();
  });

  it('shows the photo above the fold at 1280×800, with the facts in a column beside the body', async () => {
    for (const path of [SUPPER, GARDEN]) {
      const page = await open(path, 1280, 800);
      const cover = await box(page, '.event-cover img');
      expect(cover.top, path).toBeLessThan(800);
      expect(cover.bottom, path).toBeLessThanOrEqual(800);
      expect(cover.height, path).toBeGreaterThan(200);
      const side = await box(page, '.event-side');
      const body = await box(page, '.e-content');
      expect(side.left, path).toBeGreaterThan(body.right);
      expect(side.top, path).toBeLessThan(800);
      await page.close();
    }
  });

  it('says a moved event was moved in the When row, and names zones short, never by their id', async () => {
    const supper = await open(SUPPER, 1280, 800);
    const when = await supper.locator('.event-side dd:has(.dt-start)').textContent();
    expect(when).toMatch(/GMT/);
    expect(when).toMatch(/Moved from Friday, February 7, 2025/);
    await supper.close();
    const hybrid = await open(HYBRID, 1280, 800);
    expect(await hybrid.locator('.dt-start').textContent()).toMatch(/ EDT$/);
    expect(await hybrid.locator('body').textContent()).not.toContain('America/Toronto');
    await hybrid.close();
  });

  it('says a cancelled event is cancelled before anything else, and offers nothing to press', async () => {
    const page = await open(SWAP, 390, 844);
    const first = page.locator('article.h-event > :first-child');
    expect(await first.getAttribute('class')).toBe('event-notice cancelled');
    expect(await first.textContent()).toBe('This event is cancelled.');
    expect((await box(page, '.event-notice')).bottom).toBeLessThan((await box(page, 'h1')).top);
    expect(await page.locator('.event-top .button').count()).toBe(0);
    await page.close();
  });

  it('shows what took place at a past event: no button, "I was there" as a link, its photos before its people', async () => {
    const page = await open(GARDEN, 390, 844);
    expect(await page.locator('.event-top .button').count()).toBe(0);
    expect(await page.locator('.event-side .contribute a').textContent()).toBe('I was there');
    expect(await page.locator('.event-count').textContent()).toBe('5 people were there');
    // The first photo heads the page with its people; the others come right after the body.
    expect(await page.locator('.event-cover figcaption').textContent()).toBe('Gil Ortega');
    expect(await page.locator('#photos ~ .photos img').getAttribute('alt')).toBe('Five people at the fence');
    const order = await page.evaluate(() => {
      const photos = document.getElementById('photos');
      const people = document.getElementById('attendees');
      return photos && people ? photos.compareDocumentPosition(people) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeGreaterThan(0);
    await page.close();
  });

  it('passes axe in light and dark and html-validate', async () => {
    for (const path of [SUPPER, FAIR, SWAP, GARDEN]) {
      expect(await htmlErrors(builtPage(out, path.slice(1)), path)).toEqual([]);
      for (const scheme of ['light', 'dark'] as const) {
        for (const [width, height] of [
          [390, 844],
          [1280, 800],
        ] as const) {
          const page = await open(path, width, height, scheme);
          expect(await axeViolations(page), `${path} ${scheme} ${width}`).toEqual([]);
          await page.close();
        }
      }
    }
  });
});
