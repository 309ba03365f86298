/**
 * A community whose lists outgrow a page (test/helpers/long-lists.ts), built
 * once: /events/ holds the upcoming events and the 50 newest past ones, each
 * earlier year has a whole page of its own, and no list shows more than 200
 * entries, the rest folded in a <details> that works without JavaScript and
 * stays in the markup for parsers. The pages that fold pass html-validate and
 * axe, folded and unfolded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { mf2 } from 'microformats-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { page, runBuild, scratch } from '../helpers/build.ts';
import { htmlErrors, parseHtml } from '../helpers/html.ts';
import { HANA_POSTS, LONG_LISTS_NOW, MEMBERS, PAST_YEARS, writeLongLists, type LongListEvent } from '../helpers/long-lists.ts';
import { openInBrowser, type SiteInBrowser } from '../helpers/browser.ts';

type Mf = { type: string[]; properties: Record<string, unknown[]>; children?: Mf[] };
type Parsed = { items: Mf[]; rels: Record<string, string[]>; 'rel-urls': Record<string, { rels: string[] }> };

const URL_ROOT = 'https://longtable.example.org';
const root = scratch('long-lists');
const out = join(root, 'dist');
let past: LongListEvent[] = [];

const parse = (route: string): Parsed => mf2(page(out, route), { baseUrl: `${URL_ROOT}/${route}` }) as unknown as Parsed;
/** The slugs of the events an h-feed lists, in order. */
const feedSlugs = (route: string): string[] => {
  const feed = parse(route).items.find((item) => item.type.includes('h-feed'));
  return (feed?.children ?? []).map((event) => String(event.properties['url']?.[0]).replace(`${URL_ROOT}/events/`, '').replace(/\/$/, ''));
};
const slugsOf = (year: string): string[] => past.filter((event) => event.year === year).map((event) => event.slug);
const EARLIER = ['2024', '2023', '2022', '2021', '2020', '2019', '2018'];

/** Every built page, by route (`people/hana/`). */
function builtPages(): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html' && !d.parentPath.includes('pagefind'))
    .map((d) => `${d.parentPath.slice(out.length + 1)}/`.replace(/^\/$/, ''));
}

/** Each list of a page with how many entries it shows: its items outside any <details>, the fold's own item not counted. */
function shownEntries(document: HtmlElement): Array<{ list: string; shown: number }> {
  return document
    .querySelectorAll('ul, ol')
    .filter((list) => !list.closest('details'))
    .map((list) => ({
      list: `${list.tagName}${list.id ? `#${list.id}` : ''}.${[...list.classList].join('.')}`,
      shown: list.childElements.filter((item) => item.tagName === 'li' && !item.classList.contains('fold')).length,
    }));
}

beforeAll(() => {
  past = writeLongLists(root).past;
  const build = runBuild(join(root, 'content'), out, { FIRSTHAND_NOW: LONG_LISTS_NOW });
  expect(build.status, build.stderr).toBe(0);
}, 240_000);

describe('the list of events and the pages of earlier years', () => {
  it('lists the upcoming events, then exactly the 50 newest past ones, then links to the earlier years', () => {
    expect(feedSlugs('events/')).toEqual(['2026-07-01-summer-table', '2026-08-01-august-table', ...past.slice(0, 50).map((event) => event.slug)]);
    const links = [...page(out, 'events/').matchAll(/<li><a href="\/events\/(\d{4})\/">\1<\/a> <span class="muted small">(\d+) meetups<\/span><\/li>/g)];
    expect(links.map(([, year, count]) => [year, Number(count)])).toEqual(EARLIER.map((year) => [year, slugsOf(year).length]));
  });

  it('gives each earlier year a page with all its past events, newest first, linked to the years beside it', () => {
    // 2025's events are all on /events/; 2024's only in part, and its page has them all.
    expect(past.slice(0, 50).filter((event) => event.year === '2024').length).toBeGreaterThan(0);
    expect(builtPages().filter((route) => /^events\/\d{4}\/$/.test(route))).toEqual(EARLIER.map((year) => `events/${year}/`).sort());
    for (const [i, year] of EARLIER.entries()) {
      expect(feedSlugs(`events/${year}/`), year).toEqual(slugsOf(year));
      const { rels } = parse(`events/${year}/`);
      expect([rels['prev'], rels['next']], year).toEqual([
        i === 0 ? undefined : [`${URL_ROOT}/events/${EARLIER[i - 1]}/`],
        i === EARLIER.length - 1 ? undefined : [`${URL_ROOT}/events/${EARLIER[i + 1]}/`],
      ]);
    }
    expect(page(out, 'events/2018/')).toContain('<title>Events of 2018 · Long Table</title>');
    expect(PAST_YEARS.reduce((sum, [, count]) => sum + count, 0)).toBe(past.length);
  });

  it('lists the pages of years in the sitemap', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    for (const year of EARLIER) expect(sitemap).toContain(`<loc>${URL_ROOT}/events/${year}/</loc>`);
  });
});

describe('lists longer than 200 entries', () => {
  it('show 200 entries at most on any page, and fold the rest', async () => {
    const over: string[] = [];
    const folded = new Set<string>();
    for (const route of builtPages()) {
      const html = page(out, route);
      if (html.includes('class="fold"')) folded.add(route);
      if (html.split('<li').length <= 200) continue; // too few items to break the rule
      for (const { list, shown } of shownEntries(await parseHtml(html))) if (shown > 200) over.push(`${route} ${list}: ${shown}`);
    }
    expect(over).toEqual([]);
    // Past 200 the lists of events and posts fold; lists of people fold past two dozen: every
    // member's met list (each met 101 people or more) and the three big evenings' attendees.
    const big = [100, 101, 102].map((n) => `events/${past.find((event) => event.slug.endsWith(`-table-${n}`))?.slug}/`);
    const members = ['hana', ...Array.from({ length: MEMBERS }, (_, i) => `p${String(i + 1).padStart(3, '0')}`)].map((handle) => `people/${handle}/`);
    expect([...folded].sort()).toEqual([...big, 'people/', ...members, 'series/monthly/', 'tags/notes/'].sort());
  });

  it('keeps all of Hana\'s 250 met people in #met, in order, each an h-card with rel="met"', async () => {
    const document = await parseHtml(page(out, 'people/hana/'));
    expect(document.querySelectorAll('#met .h-card')).toHaveLength(MEMBERS);
    expect(document.querySelector('#met > details.fold > summary')?.textContent).toBe('Show 226 more');
    const { items, 'rel-urls': relUrls } = parse('people/hana/');
    const met = (items[0]?.children ?? []).map((card) => String(card.properties['url']?.[0]));
    // First those met at the first evening where everyone met, then the new faces of the second; each by name.
    const members = Array.from({ length: MEMBERS }, (_, i) => `${URL_ROOT}/people/p${String(i + 1).padStart(3, '0')}/`);
    expect(met).toEqual(members);
    expect(new Set(met.map((url) => relUrls[url]?.rels.join(' ')))).toEqual(new Set(['met']));
  });

  it('keeps every entry of the other folded lists in the markup, where parsers read them', async () => {
    const gathering = past.find((event) => event.slug.endsWith('-table-102'))?.slug ?? '';
    const event = parse(`events/${gathering}/`).items[0];
    expect(event?.properties['attendee']).toHaveLength(MEMBERS + 1); // Hana hosts; the unlisted member is only counted
    expect(page(out, `events/${gathering}/`)).toContain('Show 226 more'); // 250 listed, two dozen shown
    expect(page(out, `events/${gathering}/`)).toContain('<p class="guests">3 guests: Ada Guest, Bo Guest, and Cy Guest</p>');
    const directory = parse('people/').items.filter((item) => item.type.includes('h-card'));
    expect(directory).toHaveLength(MEMBERS + 1);
    expect(feedSlugs('events/')).toHaveLength(52);
    const hana = await parseHtml(page(out, 'people/hana/'));
    // "Was at" holds the events that took place; the series page lists the cancelled ones too.
    expect(hana.querySelectorAll('section[aria-labelledby="been"] .h-event')).toHaveLength(past.filter((event) => !event.cancelled).length);
    expect(hana.querySelectorAll('section[aria-labelledby="wrote"] .h-entry')).toHaveLength(HANA_POSTS);
    const tag = parse('tags/notes/').items.find((item) => item.type.includes('h-feed'));
    expect(tag?.children).toHaveLength(HANA_POSTS);
    const series = await parseHtml(page(out, 'series/monthly/'));
    expect(series.querySelectorAll('.h-event')).toHaveLength(past.length);
  });
});

describe('the pages that fold, and the pages of years', () => {
  const ROUTES = ['events/', 'events/2021/', 'people/', 'people/hana/', 'series/monthly/', 'tags/notes/'];
  let browser: Browser;
  let served: SiteInBrowser | undefined;
  let base = '';

  beforeAll(async () => {
    served = await openInBrowser(out);
    ({ base, browser } = served);
  }, 60_000);

  afterAll(async () => {
    await served?.close();
  });

  it('pass html-validate', async () => {
    const gathering = past.find((event) => event.slug.endsWith('-table-102'))?.slug;
    const errors: string[] = [];
    for (const route of [...ROUTES, `events/${gathering}/`, 'events/2018/', 'events/2024/']) errors.push(...(await htmlErrors(page(out, route), route)));
    expect(errors).toEqual([]);
  });

  it('pass axe, folded and unfolded', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: string[] = [];
    for (const route of ROUTES) {
      await tab.goto(`${base}/${route}`, { waitUntil: 'load' });
      violations.push(...(await axeViolations(tab)).map((v) => `${route} folded: ${v}`));
      for (const summary of await tab.locator('.fold summary').all()) await summary.click();
      violations.push(...(await axeViolations(tab)).map((v) => `${route} unfolded: ${v}`));
    }
    await tab.close();
    expect(violations).toEqual([]);
  });

  it('unfold without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${base}/people/hana/`);
    const lastMet = tab.locator('#met details.fold li').last();
    expect(await lastMet.isVisible()).toBe(false);
    await tab.locator('#met > details.fold > summary').click();
    expect(await lastMet.isVisible()).toBe(true);
    await context.close();
  });
});
