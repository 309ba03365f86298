/**
 * The incremental build is never stale: after each edit of a scripted series,
 * an incremental build's whole dist/ is byte for byte a cold build's of the
 * same content and "now" (docs/site.md). The incremental builds run in
 * one zone, the cold ones in another, so the comparison also holds across
 * build machines' zones.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cacheDirOf } from '../../src/integration/firsthand.ts';
import { validatedCacheFileOf } from '../../src/node/load-community.ts';
import { hashTree, PROJECT, runBuild, scratch, FIXTURES } from '../helpers/build.ts';

const root = scratch('incremental');
const content = join(root, 'content');
const dist = join(root, 'dist');
const coldContent = join(root, 'cold', 'content');
const coldDist = join(root, 'cold', 'dist');
cpSync(join(FIXTURES, 'good', 'content'), content, { recursive: true });

const projectUrl = pathToFileURL(`${PROJECT}/`);
/** Astro's caches, and the validated content a build keeps: a cold build starts from nothing. */
const clearCache = (folder: string) => {
  rmSync(cacheDirOf(folder, projectUrl), { recursive: true, force: true });
  rmSync(validatedCacheFileOf(PROJECT, folder), { force: true });
};

/** Replaces `from` with `to` in a content file; the edit must apply. */
function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file} changed`).not.toBe(text);
  writeFileSync(path, next);
}

/** Files whose bytes differ between two builds, or that only one of them has. */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => a[name] !== b[name]).sort();
}

/**
 * Builds incrementally, then cold from a copy of the same content (unless
 * nothing changed since the last cold build), and compares them; returns how
 * many pages the incremental build reused.
 */
function buildBoth(now: string, step: string, unchanged = false): number {
  const incremental = runBuild(content, dist, { FIRSTHAND_NOW: now, TZ: 'Pacific/Kiritimati' }, ['--verbose']);
  expect(incremental.status, incremental.stderr).toBe(0);
  if (!unchanged) {
    rmSync(join(root, 'cold'), { recursive: true, force: true });
    cpSync(content, coldContent, { recursive: true });
    clearCache(coldContent);
    const cold = runBuild(coldContent, coldDist, { FIRSTHAND_NOW: now, TZ: 'America/Los_Angeles' });
    expect(cold.status, cold.stderr).toBe(0);
  }
  expect(differences(hashTree(dist), hashTree(coldDist)), `after ${step}`).toEqual([]);
  return incremental.stdout.split('\n').filter((line) => line.includes('(restored)')).length;
}

const NOW = '2025-01-01T00:00:00Z';

/** A small PNG of its own colour: pictures with the same bytes share one file in Astro's output, which would blur the test. */
const picture = (shade: number): Promise<Buffer> =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 40 * shade, g: 90, b: 200 - 40 * shade } } })
    .png()
    .toBuffer();

/** `count` past evenings in each of `years`: with the fixture's own, more past events than /events/ holds, so that years get pages. */
function writePastEvenings(years: readonly number[], count: number): void {
  for (const year of years) {
    for (let i = 0; i < count; i++) {
      const date = new Date(Date.UTC(year, 0, 4 + i * 7)).toISOString().slice(0, 10);
      writeFileSync(
        join(content, `events/${date}-evening-${i}.md`),
        `---\ntitle: Evening ${i} of ${year}\nstart: ${date} 19:00\nvenue:\n  name: The Reading Room\nattendees: [ada]\n---\nAn evening.\n`,
      );
    }
  }
}

describe('an incremental build', () => {
  it('is byte for byte a cold build after every kind of edit', async () => {
    // A picture in a published body, to be replaced later.
    writeFileSync(join(content, 'posts/pier-body.png'), await picture(1));
    edit('posts/pier-recap.md', /\n*$/, '\n\n![The pier at dawn](./pier-body.png)\n');
    clearCache(content);
    expect(buildBoth(NOW, 'a first build'), 'a first build has nothing to reuse').toBe(0);
    const everyKeyed = buildBoth(NOW, 'no change', true);
    expect(everyKeyed, 'nothing changed: every page with a key is reused').toBeGreaterThan(15);

    const steps: Array<[string, () => unknown, string?]> = [
      ['an attendee added to a past event', () => edit('events/2024-06-01-reading-day.md', 'attendees: [ada, ben, cleo]', 'attendees: [ada, ben, cleo, dev]')],
      ['a person renamed', () => edit('people/ben.md', 'name: Ben Ortiz', 'name: Benedict Ortiz')],
      // What a page shows of other entries, each of which its key must cover (view-models/context.ts):
      // a talk on its speaker's page and on the cards of its event, a post on its author's page and its
      // event's, a series on its events' pages.
      [
        'a talk added',
        () =>
          edit(
            'events/2024-06-01-reading-day.md',
            'title: Reading day\n',
            'title: Reading day\ntalks:\n  - title: Drafts in the margins\n    speakers: [ben]\n',
          ),
      ],
      ['a talk retitled', () => edit('events/2024-06-01-reading-day.md', 'title: Drafts in the margins', 'title: Margins, redrafted')],
      ['a post retitled', () => edit('posts/pier-recap.md', 'title: What the pier taught us', 'title: What the pier showed us')],
      ['a series retitled', () => edit('series/night-owls.md', 'title: Night Owls', 'title: The Night Owls')],
      ['a person made unlisted', () => edit('people/cleo.md', /^---\n/, '---\nlisted: false\n')],
      ['an event cancelled', () => edit('events/2024-07-04-late-pier.md', 'series: night-owls', 'series: night-owls\nstatus: cancelled')],
      [
        "an event's time zone changed",
        () => edit('events/2024-03-10-spring-forward.md', 'end: 2024-03-10 05:00', 'end: 2024-03-10 05:00\ntimezone: Europe/London'),
      ],
      ['"now" moved past an event', () => undefined, '2030-06-01T00:00:00Z'],
      // An MDX body's page is rendered again whenever "now" moves; without one, a move of "now" that decides
      // nothing new keeps every key (data/page-keys.ts), and one that does must make them again: an event's
      // start passed, or the day of a meeting written down ahead (which counts from that day).
      [
        'the MDX event deleted, a call written down for a later day, a weekend added that starts later today',
        () => {
          rmSync(join(content, 'events/2030-01-01-new-decade.mdx'));
          edit('people/ada.md', '    how: video\n', '    how: video\n  - who: ben\n    date: 2030-06-01\n    how: call\n');
          writeFileSync(
            join(content, 'events/2030-05-31-owls-weekend.md'),
            '---\ntitle: Owls weekend\nstart: 2030-05-31 21:30\nend: 2030-06-02 12:00\nvenue:\n  name: The Reading Room\nattendees: [ada, ben]\n---\nLate.\n',
          );
        },
      ],
      ['"now" moved an hour, past nothing', () => undefined, '2030-06-01T01:00:00Z'],
      ['"now" moved past the weekend\'s start, the same day', () => undefined, '2030-06-01T01:45:00Z'],
      // The community's day (America/New_York) turns at 04:00 UTC; the weekend goes on.
      ['the day of that call came', () => undefined, '2030-06-01T12:00:00Z'],
      ['a post deleted', () => rmSync(join(content, 'posts/older-story.md'))],
      [
        'the pictures of a body and an avatar replaced',
        async () => {
          writeFileSync(join(content, 'posts/pier-body.png'), await picture(2));
          copyFileSync(join(content, 'events/pier.png'), join(content, 'people/ada.png'));
        },
      ],
      ["the site's tagline changed", () => edit('site.yaml', 'tagline: Night owls who met in the replies', 'tagline: Owls by night')],
      ['past events enough for pages of earlier years', () => writePastEvenings([2021, 2022, 2023], 24)],
      ["an event on a year's page renamed", () => edit('events/2021-01-11-evening-1.md', 'title: Evening 1 of 2021', 'title: The long evening')],
    ];
    let now = NOW;
    const reused: Record<string, number> = {};
    for (const [name, change, later] of steps) {
      await change();
      now = later ?? now;
      reused[name] = buildBoth(now, name);
    }
    // The years whose events did not all fit on /events/ had pages of their own, compared with the rest.
    expect(['2021', '2022', '2023'].map((year) => existsSync(join(dist, `events/${year}/index.html`)))).toEqual([true, true, false]);
    // The proof is only worth something if the incremental builds reused pages along the way.
    expect(reused['an attendee added to a past event']).toBeGreaterThan(0);
    expect(reused['a person renamed']).toBeLessThan(everyKeyed);
    expect(reused["the site's tagline changed"], 'the frame of every page changed').toBe(0);
    expect(reused["an event on a year's page renamed"]).toBeGreaterThan(0);
    for (const step of ['a talk retitled', 'a post retitled', 'a series retitled']) expect(reused[step], step).toBeGreaterThan(0);
    // Nothing any page shows changed: every key was the last build's (data/page-keys.ts keeps them), and every such page was reused.
    expect(reused['"now" moved an hour, past nothing']).toBeGreaterThan(reused['the day of that call came'] ?? Infinity);
    expect(reused['"now" moved an hour, past nothing']).toBeGreaterThan(15);
    // Some twenty builds, each of which may wait for other builds of this project (build.lock).
  }, 900_000);
});
