/**
 * What a shared link shows, on a real build of the example community: a card
 * of its own for every event without photos and every post without a cover
 * (read back by sharp), the Google, Twitter and Facebook presets of
 * structured-data-testing-tool passing on an event and a post page, Google's
 * recommended Event fields wherever the content has them, calendars that
 * ical.js and node-ical read, and a sitemap (read by fast-xml-parser) of the
 * pages whose canonical URL is their own. Cards are drawn cold under two far
 * apart zones (byte-identical), then reused from the cache.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCacheEntry } from '../../src/node/cache-folders.ts';
import { readContentFolder } from '../../src/node/read-content.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { copyContent, hashTree, page, PROJECT, runBuild } from '../helpers/build.ts';

interface Sdtt {
  structuredDataTestHtml(html: string, options: { presets: unknown[] }): Promise<{ failed: unknown[] }>;
}
const require = createRequire(import.meta.url);
const { structuredDataTestHtml } = require('structured-data-testing-tool') as Sdtt;
const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets') as Record<string, unknown>;

const SITE = 'https://kindling.example.org/';
const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(html)?.[1];
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as Record<string, unknown>;
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Runs the presets; on failure the tool rejects with the result, whose failed tests the assertion shows. */
async function failedPresetTests(html: string): Promise<unknown[]> {
  try {
    return (await structuredDataTestHtml(html, { presets: [Google, Twitter, Facebook] })).failed;
  } catch (error) {
    const result = (error as { res?: { failed: unknown[] } }).res;
    if (!result) throw error;
    return result.failed;
  }
}

describe('shared links of the example community', () => {
  const content = copyContent('example', 'shared-links');
  const east = join(content, '..', 'east');
  const west = join(content, '..', 'west');
  const cache = contentCacheEntry(PROJECT, 'cards', content);
  const { content: model } = validateContent(readContentFolder(content));
  const runs: Record<string, ReturnType<typeof runBuild>> = {};
  beforeAll(() => {
    // Cold both times: every card drawn anew, under a zone far east and one far west.
    rmSync(cache, { recursive: true, force: true });
    runs['east'] = runBuild(content, east, { TZ: 'Pacific/Kiritimati' });
    rmSync(cache, { recursive: true, force: true });
    runs['west'] = runBuild(content, west, { TZ: 'America/Los_Angeles' });
  });

  it('builds, the same bytes under both zones, cards included', () => {
    // Another build of the project (one at a time) may make this one wait, and say so.
    for (const run of Object.values(runs)) expect(run.stderr.replace(/^another build of this project is running.*\n/m, '')).toBe('');
    expect([runs['east']?.status, runs['west']?.status]).toEqual([0, 0]);
    const tree = hashTree(east);
    expect(Object.keys(tree).filter((path) => /\/card-[0-9a-f]{12}\.png$/.test(path)).length).toBeGreaterThan(10);
    expect(hashTree(west)).toEqual(tree);
  });

  it('shares an upcoming event without photos and a post without a cover with cards of their own', async () => {
    for (const route of ['events/2027-02-06-february-brunch/', 'events/2025-03-08-pricing-clinic/', 'posts/we-finally-met/']) {
      const html = page(east, route);
      const image = meta(html, 'og:image') ?? '';
      expect(image, route).toMatch(new RegExp(`^${SITE}${route}card-[0-9a-f]{12}\\.png$`));
      expect(meta(html, 'twitter:image')).toBe(image);
      const png = await sharp(readFileSync(join(east, image.slice(SITE.length)))).metadata();
      expect([png.format, png.width, png.height], route).toEqual(['png', 1200, 630]);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      const title = decode(meta(html, 'og:title') ?? '');
      expect(decode(meta(html, 'og:image:alt') ?? '')).toContain(title);
      expect(meta(html, 'twitter:image:alt')).toBe(meta(html, 'og:image:alt'));
      expect(jsonLd(html)['image']).toEqual([image]);
    }
    // An event with photos keeps its first photo, with that photo's alt text.
    const photo = page(east, 'events/2026-11-07-november-brunch/');
    expect(meta(photo, 'og:image')).toMatch(/\/_astro\/november-brunch\./);
    expect(meta(photo, 'og:image:alt')).toBe(model.events.find((e) => e.slug === '2026-11-07-november-brunch')?.photos[0]?.alt.replace(/&/g, '&amp;'));
  });

  it("passes structured-data-testing-tool's Google, Twitter and Facebook presets on an event and a post page", async () => {
    for (const route of [
      'events/2025-03-08-pricing-clinic/',
      'events/2027-02-06-february-brunch/',
      'posts/we-finally-met/',
      'posts/the-hour-i-set-aside-for-calls/',
    ]) {
      expect(await failedPresetTests(page(east, route)), route).toEqual([]);
    }
  });

  it("has Google's recommended Event fields on every event page wherever the content has them", () => {
    for (const event of model.events) {
      const ld = jsonLd(page(east, `events/${event.slug}/`));
      for (const field of ['name', 'startDate', 'endDate', 'eventStatus', 'eventAttendanceMode', 'location', 'image', 'organizer', 'description']) {
        expect(ld[field], `${event.slug} ${field}`).toBeDefined();
      }
      const listedSpeakers = event.speakers.filter((h) => model.people.find((p) => p.handle === h)?.listed);
      expect(ld['performer'] !== undefined, `${event.slug} performer`).toBe(listedSpeakers.length > 0);
      expect(ld['offers'] !== undefined, `${event.slug} offers`).toBe(event.rsvpUrl !== undefined);
      const venue = event.venue;
      if (venue?.city || venue?.address) {
        const places = [ld['location']].flat() as Array<Record<string, Record<string, unknown>>>;
        const address = places.find((p) => p['@type'] === ('Place' as unknown))?.['address'];
        expect(address?.['addressLocality'], event.slug).toBe(venue.city);
        expect(address?.['streetAddress'], event.slug).toBe(venue.address);
      }
    }
  });

  it('publishes calendars that ical.js and node-ical read, every line ending in CRLF', () => {
    const files = [
      'events.ics',
      ...readdirSync(join(east, 'events'))
        .filter((f) => f.endsWith('.ics'))
        .map((f) => `events/${f}`),
    ];
    expect(files.length).toBe(model.events.length + 1);
    for (const path of files) {
      const text = readFileSync(join(east, path), 'utf8');
      expect(text.endsWith('END:VCALENDAR\r\n'), path).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      expect(events.length, path).toBeGreaterThan(0);
      for (const vevent of events) expect(typeof vevent.getFirstPropertyValue('sequence'), path).toBe('number');
      expect(Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT').length, path).toBe(events.length);
    }
  });

  it('lists in the sitemap only pages whose canonical URL is their own', () => {
    const xml = new XMLParser().parse(readFileSync(join(east, 'sitemap-0.xml'), 'utf8')) as { urlset: { url: Array<{ loc: string }> } };
    const locs = xml.urlset.url.map((u) => u.loc);
    expect(locs.length).toBeGreaterThan(30);
    for (const loc of locs) {
      const html = page(east, loc.slice(SITE.length));
      expect(/<link rel="canonical" href="([^"]+)">/.exec(html)?.[1], loc).toBe(loc);
    }
    // The cross-posted post has its page, pointing to where it first appeared, and is left out.
    const crossed = page(east, 'posts/the-hour-i-set-aside-for-calls/');
    expect(crossed).toContain('<link rel="canonical" href="https://ledgerlines.example/2019/01/the-hour-for-calls">');
    expect(locs).not.toContain(`${SITE}posts/the-hour-i-set-aside-for-calls/`);
  });

  it('reuses the cards it drew when the content did not change', () => {
    const card = (meta(page(west, 'posts/we-finally-met/'), 'og:image') ?? '').slice(SITE.length);
    const before = statSync(join(west, card)).ino;
    expect(runBuild(content, west).status).toBe(0);
    // The same file, linked from the cache again rather than drawn anew.
    expect(statSync(join(west, card)).ino).toBe(before);
    expect(hashTree(west)).toEqual(hashTree(east));
    expect(existsSync(cache)).toBe(true);
  });
});

describe('cards of a community with a logo, an accent and another language', () => {
  const content = copyContent('example', 'shared-links-de');
  const out = join(content, '..', 'dist');
  beforeAll(() => {
    writeFileSync(join(content, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#1f5f8b"/></svg>');
    const site = readFileSync(join(content, 'site.yaml'), 'utf8').replace(/^language: .*$/m, 'language: de');
    writeFileSync(join(content, 'site.yaml'), `${site}logo: ./logo.svg\naccent: "#1f5f8b"\n`);
    rmSync(contentCacheEntry(PROJECT, 'cards', content), { recursive: true, force: true });
    const run = runBuild(content, out);
    expect(run.status, run.stderr).toBe(0);
  });

  it('links every page to a card the build wrote, in German, drawn with the logo and the accent', async () => {
    const postponed = page(out, 'events/2026-09-12-bakery-crawl/');
    expect(decode(meta(postponed, 'og:image:alt') ?? '')).toMatch(/^Verschoben — Des Moines bakery crawl — Samstag, 12\. September 2026 — 08:00–12:00 Uhr — /);
    for (const dir of ['events', 'posts']) {
      for (const slug of readdirSync(join(out, dir), { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z0-9]/.test(d.name))) {
        const html = join(out, dir, slug.name, 'index.html');
        if (!existsSync(html)) continue;
        const image = meta(readFileSync(html, 'utf8'), 'og:image') ?? '';
        expect(existsSync(join(out, image.slice(SITE.length))), image).toBe(true);
      }
    }
    const card = (meta(postponed, 'og:image') ?? '').slice(SITE.length);
    const { data, info } = await sharp(join(out, card)).raw().toBuffer({ resolveWithObject: true });
    // The accent's band along the foot, and the logo's colour at the top left, where the logo sits.
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(at(600, 625)).toEqual([0x1f, 0x5f, 0x8b]);
    expect(at(100, 90)).toEqual([0x1f, 0x5f, 0x8b]);
    // Publisher and organiser: the logo's square PNG.
    const ld = jsonLd(page(out, 'posts/we-finally-met/')) as { publisher: { logo: { url: string } } };
    expect(ld.publisher.logo.url).toMatch(new RegExp(`^${SITE}apple-touch-icon-[0-9a-f]{10}\\.png$`));
    expect(existsSync(join(out, ld.publisher.logo.url.slice(SITE.length)))).toBe(true);
  });
});
