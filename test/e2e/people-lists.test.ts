/**
 * Lists of people at the sizes of issue #29, built from a small community
 * written here: a picnic with 61 listed attendees and 3 guests, and Juno, who
 * first met 20 people in 2023, 25 more in 2024 and 14 in 2025 (59 in all).
 * The attendees' heading counts them, two dozen faces show and the rest are
 * folded in the same list, in the markup, and open from the summary without
 * JavaScript; the guests stand on a line of their own. Juno's met list is
 * grouped by year, in the contract's order, and stays short on a phone. Her
 * accounts name their service. The pages pass html-validate and axe, light
 * and dark, folded and unfolded.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mf2 } from 'microformats-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { page, runBuild, scratch } from '../helpers/build.ts';
import { htmlErrors, parseHtml } from '../helpers/html.ts';
import { openInBrowser, type SiteInBrowser } from '../helpers/browser.ts';

type Mf = { type: string[]; properties: Record<string, unknown[]>; children?: Mf[] };
type Parsed = { items: Mf[]; rels: Record<string, string[]>; 'rel-urls': Record<string, { rels: string[] }> };

const URL_ROOT = 'https://crowd.example.org';
const root = scratch('people-lists');
const out = join(root, 'dist');
const PICNIC = 'events/2025-05-10-picnic/';
const JUNO = 'people/juno/';

const FIRST = ['Ana', 'Bruno', 'Chidi', 'Dana', 'Emil', 'Fatima', 'Goran', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lars', 'Mei', 'Nadia', 'Omar', 'Priya'];
const LAST = ['Okafor', 'Lindqvist', 'Moreno', 'Kovač', 'Brandt'];
const handle = (i: number): string => `p${String(i).padStart(2, '0')}`;
const nameOf = (i: number): string => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, k) => handle(from + k));

/** Writes the community: Juno, Ruth and p01 to p66. */
function writeCrowd(dir: string): string {
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const folder of ['people', 'events']) mkdirSync(join(content, folder), { recursive: true });
  const write = (path: string, text: string) => writeFileSync(join(content, path), text);
  write('site.yaml', `name: Crowd\nurl: ${URL_ROOT}\ntimezone: Europe/Berlin\n`);
  write(
    'people/juno.md',
    '---\nname: Juno Park\naccounts:\n  mastodon: "@juno@hachyderm.io"\n  github: junopark\n  bluesky: juno.bsky.social\n  website: https://juno.example\n---\nJuno.\n',
  );
  write('people/ruth.md', '---\nname: Ruth Ames\n---\nRuth hosts.\n');
  for (let i = 1; i <= 66; i++) write(`people/${handle(i)}.md`, `---\nname: ${nameOf(i)}\n---\nMember ${i}.\n`);
  const event = (slug: string, title: string, fields: string[]) =>
    write(
      `events/${slug}.md`,
      `---\ntitle: ${title}\nstart: ${slug.slice(0, 10)} 18:00\nvenue:\n  name: The Hall\n  city: Berlin\n${fields.join('\n')}\n---\nTogether.\n`,
    );
  // Juno's three years: 20 new faces, then 25, then 14.
  event('2023-03-04-first-table', 'First table', ['hosts: [juno]', `attendees: [${range(1, 20).join(', ')}]`, 'everyone_met: true']);
  event('2024-06-08-second-table', 'Second table', ['hosts: [juno]', `attendees: [${range(15, 45).join(', ')}]`, 'everyone_met: true']);
  event('2025-09-06-third-table', 'Third table', ['hosts: [juno]', `attendees: [${range(40, 59).join(', ')}]`, 'everyone_met: true']);
  // The picnic: two hosts, 61 listed attendees and 3 guests; Juno was not there.
  event('2025-05-10-picnic', 'Picnic', [
    'hosts: [ruth, p01]',
    `attendees: [${range(2, 62).join(', ')}]`,
    'guests: [Ada Guest, Bo Guest, Cy Guest]',
    'everyone_met: false',
  ]);
  return content;
}

const parse = (route: string): Parsed => mf2(page(out, route), { baseUrl: `${URL_ROOT}/${route}` }) as unknown as Parsed;

beforeAll(() => {
  const build = runBuild(writeCrowd(root), out, { FIRSTHAND_NOW: '2026-01-10T12:00:00Z' });
  expect(build.status, build.stderr).toBe(0);
}, 180_000);

describe('the lists in the markup', () => {
  it('counts each list of the event in its heading, and puts the guests on a line of their own', async () => {
    const document = await parseHtml(page(out, PICNIC));
    expect(document.querySelector('#hosts')?.textContent).toBe('Hosted by (2)');
    expect(document.querySelector('#attendees')?.textContent).toBe('Who was there (64)');
    const section = document.querySelector('section[aria-labelledby="attendees"]');
    expect(section?.querySelector('p.guests')?.textContent).toBe('3 guests: Ada Guest, Bo Guest, and Cy Guest');
    expect(section?.querySelectorAll('.h-card')).toHaveLength(61);
    // Two dozen shown; the other 37 in the same list, behind the fold.
    const list = section?.querySelector('ul.people');
    expect(list?.childElements.filter((li) => !li.classList.contains('fold'))).toHaveLength(24);
    expect(list?.querySelector(':scope > li.fold > details > summary')?.textContent).toBe('Show 37 more');
    expect(list?.querySelectorAll(':scope > li.fold ul.people > li')).toHaveLength(37);
  });

  it('keeps every participant a p-attendee h-card, and the hosts p-organizer, folded or not', () => {
    const event = parse(PICNIC).items.find((item) => item.type.includes('h-event'));
    const urls = (property: string) => ((event?.properties[property] ?? []) as Mf[]).map((card) => String(card.properties['url']?.[0]));
    expect(urls('attendee')).toEqual(['ruth', ...range(1, 62)].map((h) => `${URL_ROOT}/people/${h}/`));
    expect(urls('organizer')).toEqual([`${URL_ROOT}/people/ruth/`, `${URL_ROOT}/people/p01/`]);
  });

  it('groups Juno\'s met list by year, in the contract\'s order, all 59 in #met with rel="met"', async () => {
    const document = await parseHtml(page(out, JUNO));
    // html-validate's DOM keeps the apostrophe as the page writes it, a character reference.
    expect(document.querySelector('#met-heading')?.textContent).toBe('I&#39;ve met these people (59)');
    expect(document.querySelectorAll('#met .met-year').map((h) => h.textContent)).toEqual([
      'First met in 2023 · 20 people',
      'First met in 2024 · 25 people',
      'First met in 2024 · 25 people', // the year goes on behind the fold
      'First met in 2025 · 14 people',
    ]);
    expect(document.querySelector('#met > details.fold > summary')?.textContent).toBe('Show 35 more');
    // Each year's people by name, as the contract orders those first met on one day.
    const byName = (handles: string[]) => [...handles].sort((a, b) => nameOf(Number(a.slice(1))).localeCompare(nameOf(Number(b.slice(1))), 'en'));
    const want = [...byName(range(1, 20)), ...byName(range(21, 45)), ...byName(range(46, 59))].map((h) => `${URL_ROOT}/people/${h}/`);
    const { items, 'rel-urls': relUrls } = parse(JUNO);
    const met = (items[0]?.children ?? []).map((card) => String(card.properties['url']?.[0]));
    expect(met).toEqual(want);
    expect(new Set(met.map((url) => relUrls[url]?.rels.join(' ')))).toEqual(new Set(['met']));
    // The numbering goes on across the years and the fold.
    expect(document.querySelectorAll('#met ol.met-list').map((ol) => ol.getAttribute('start')?.value)).toEqual(['1', '21', '25', '46']);
  });

  it('names the service of each of Juno\'s accounts, beside its handle, each a u-url with rel="me"', async () => {
    const document = await parseHtml(page(out, JUNO));
    const accounts = document
      .querySelectorAll('.accounts a.u-url[rel="me"]')
      .map((a) => [a.querySelector('.service')?.textContent, a.querySelector('.handle')?.textContent]);
    expect(accounts).toEqual([
      ['Website', 'juno.example'],
      ['Mastodon', '@juno@hachyderm.io'],
      ['Bluesky', '@juno.bsky.social'],
      ['GitHub', 'junopark'],
    ]);
    expect(parse(JUNO).rels['me']).toHaveLength(4);
  });

  it('shows the directory as the same grid of faces, every member an h-card with their handle', () => {
    const cards = parse('people/').items.filter((item) => item.type.includes('h-card'));
    expect(cards).toHaveLength(68);
    expect(cards.every((card) => card.properties['name']?.[0] && card.properties['url']?.[0] && card.properties['nickname']?.[0])).toBe(true);
    expect(page(out, 'people/')).toContain('<ul class="people directory">');
  });

  it('pass html-validate', async () => {
    const errors: string[] = [];
    for (const route of [PICNIC, JUNO, 'people/']) errors.push(...(await htmlErrors(page(out, route), route)));
    expect(errors).toEqual([]);
  });
});

describe('the lists in a browser', () => {
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

  it('open the folded attendees from the summary, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(`${base}/${PICNIC}`);
    const section = tab.locator('section[aria-labelledby="attendees"]');
    const last = section.locator('li.fold li').last();
    expect(await last.isVisible()).toBe(false);
    // Folded, the 64 people take a few rows of faces on a phone, not a wall.
    expect((await section.boundingBox())?.height).toBeLessThan(900);
    await section.locator('li.fold > details > summary').click();
    expect(await last.isVisible()).toBe(true);
    await context.close();
  });

  it("keeps Juno's met list of 59 under 1,500 px tall on a 390 px phone, and opens the rest", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(`${base}/${JUNO}`);
    const section = tab.locator('section.met');
    const height = (await section.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
    expect(height).toBeLessThan(1500);
    const last = tab.locator('#met details.fold li').last();
    expect(await last.isVisible()).toBe(false);
    await tab.locator('#met > details.fold > summary').click();
    expect(await last.isVisible()).toBe(true);
    await context.close();
  });

  it('pass axe in light and dark, folded and unfolded', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const tab = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
      for (const route of [PICNIC, JUNO, 'people/']) {
        await tab.goto(`${base}/${route}`, { waitUntil: 'load' });
        violations.push(...(await axeViolations(tab)).map((v) => `${route} ${colorScheme} folded: ${v}`));
        for (const summary of await tab.locator('.fold summary').all()) await summary.click();
        violations.push(...(await axeViolations(tab)).map((v) => `${route} ${colorScheme} unfolded: ${v}`));
      }
      await tab.close();
    }
    expect(violations).toEqual([]);
  });
});
