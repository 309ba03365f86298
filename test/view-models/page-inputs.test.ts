/**
 * A page of entries is keyed by its inputs and its view is made from them
 * (view-models/context.ts, data/routes/entry-route.ts). These tests hold, for
 * every such page of two fixtures (Porchlight and the one incremental builds
 * are tested on), that the inputs cover what the
 * view shows: the view from its inputs is the view from the whole site, and
 * changing an entry a page does not list among its inputs leaves its view (and
 * its key) as they were, while changing one it lists changes its key.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyMaker } from '../../src/base/cache-key.ts';
import { peopleWithPages, postsWithPages } from '../../src/community/listings.ts';
import type { Content } from '../../src/content/model.ts';
import { problemsAt } from '../../src/content/report/problems.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { readContentFolder } from '../../src/node/read-content.ts';
import type { Shown, SiteFrame, SiteView } from '../../src/view-models/context.ts';
import { eventInputs, eventPageView } from '../../src/view-models/event.ts';
import type { AvatarImage, AvatarSize } from '../../src/view-models/parts/html-lists.ts';
import { personInputs, personPageView } from '../../src/view-models/person.ts';
import { postInputs, postPageView } from '../../src/view-models/posts.ts';
import { seriesInputs, seriesPageView } from '../../src/view-models/series.ts';
import { FIXTURES, PORCHLIGHT } from '../helpers/build.ts';
import { siteViewOf } from '../helpers/site-view.ts';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const INPUTS = { porchlight: readContentFolder(PORCHLIGHT), good: readContentFolder(join(FIXTURES, 'good/content')) };
type Fixture = keyof typeof INPUTS;

/** Every person's avatar, as the image pipeline would name it: a page that shows one shows its address. */
function avatarsOf(content: Content, changed?: string): Map<string, Record<AvatarSize, AvatarImage>> {
  const image = (handle: string, px: number): AvatarImage => {
    const src = `/_astro/${handle}${handle === changed ? '.changed' : ''}.${px}.webp`;
    return { src, srcset: `${src} 1x`, width: px, height: px };
  };
  return new Map(content.people.map((p) => [p.handle, { s: image(p.handle, 36), l: image(p.handle, 112) }]));
}

/** The fixture's site at NOW, validated afresh (new objects every time), after `change` to its content. */
function loadSite(fixture: Fixture, change?: (content: Content) => string | undefined): SiteView {
  const { content, problems } = validateContent(INPUTS[fixture]);
  expect(problemsAt(problems, NOW)).toEqual([]);
  const avatarChanged = change?.(content);
  return { ...siteViewOf(content, NOW), avatars: avatarsOf(content, avatarChanged) };
}

/** A route of entries as the data layer runs it: its pages' ids, their inputs from the whole site, and the view from the inputs and the frame. */
interface Kind {
  ids(site: SiteView): string[];
  inputs(id: string, site: SiteView): { shown: Shown };
  view(inputs: { shown: Shown }, frame: SiteFrame): unknown;
}

const found = <T>(value: T | undefined, id: string): T => {
  if (value === undefined) throw new Error(`no ${id}`);
  return value;
};

const KINDS: Record<string, Kind> = {
  person: {
    ids: (site) => peopleWithPages(site.content).map((p) => p.handle),
    inputs: (id, site) => personInputs(found(site.people.get(id), id), site),
    view: (inputs, frame) => personPageView(inputs as ReturnType<typeof personInputs>, frame),
  },
  event: {
    ids: (site) => site.content.events.map((e) => e.slug),
    inputs: (id, site) => eventInputs(found(site.events.get(id), id), site),
    view: (inputs, frame) => eventPageView(inputs as ReturnType<typeof eventInputs>, frame),
  },
  post: {
    ids: (site) => postsWithPages(site.content).map((p) => p.slug),
    inputs: (id, site) =>
      postInputs(
        found(
          site.content.posts.find((p) => p.slug === id),
          id,
        ),
        site,
      ),
    view: (inputs, frame) => postPageView(inputs as ReturnType<typeof postInputs>, frame),
  },
  series: {
    ids: (site) => site.content.series.map((s) => s.slug),
    inputs: (id, site) => seriesInputs(found(site.series.get(id), id), site),
    view: (inputs, frame) => seriesPageView(inputs as ReturnType<typeof seriesInputs>, frame),
  },
};

const frameOf = (site: SiteView): SiteFrame => ({ content: { site: site.content.site }, links: site.links });

/** The keys of one build, as data/page-keys.ts makes them: entries and avatars hashed once each. */
function keysOf(site: SiteView): (value: unknown) => string {
  const { people, events, posts, series, pages } = site.content;
  const shared = new WeakSet<object>([...people, ...events, ...posts, ...series, ...pages, ...site.avatars.values()]);
  return keyMaker((value) => shared.has(value));
}

/** The content entries (by identity) anywhere in a page's inputs. */
function entriesIn(value: unknown, entries: ReadonlySet<object>, into = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null) return into;
  if (entries.has(value)) {
    into.add(value);
    return into;
  }
  const children = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  for (const child of children) entriesIn(child, entries, into);
  return into;
}

/** Each entry of the fixture, as a change that any page showing it would show: a person renamed with a new avatar, an event, post or series retitled. */
function changes(site: SiteView): Array<{ name: string; of: (site: SiteView) => object; change: (content: Content) => string | undefined }> {
  const { people, events, posts, series } = site.content;
  return [
    ...people.map(({ handle }) => ({
      name: `person ${handle}`,
      of: (s: SiteView) => found(s.people.get(handle), handle),
      change: (content: Content) => {
        const person = found(
          content.people.find((p) => p.handle === handle),
          handle,
        );
        person.name = `${person.name} Changed`;
        return handle;
      },
    })),
    ...[...events, ...posts, ...series].map((entry) => {
      const id = entry.slug;
      const find = (content: Content) =>
        found(
          [...content.events, ...content.posts, ...content.series].find((e) => e.slug === id && e.file === entry.file),
          id,
        );
      return {
        name: entry.file,
        of: (s: SiteView) => find(s.content),
        change: (content: Content) => {
          const changed = find(content);
          changed.title = `${changed.title} (changed)`;
          return undefined;
        },
      };
    }),
  ];
}

it('the fixtures have pages of every kind of route', () => {
  const kinds = (Object.keys(INPUTS) as Fixture[]).flatMap((fixture) => {
    const site = loadSite(fixture);
    return Object.entries(KINDS).flatMap(([kind, route]) => (route.ids(site).length > 0 ? [kind] : []));
  });
  expect(new Set(kinds)).toEqual(new Set(Object.keys(KINDS)));
});

describe.each(Object.keys(INPUTS) as Fixture[])("a page's inputs, in the %s fixture", (fixture) => {
  const site = loadSite(fixture);
  const frame = frameOf(site);
  const pages = Object.entries(KINDS).flatMap(([kind, route]) => route.ids(site).map((id) => ({ kind, id, route })));

  it('give the view the whole site would give', () => {
    expect(pages.length).toBeGreaterThan(10);
    const whole: Shown = { people: site.people, events: site.events, series: site.series, avatars: site.avatars };
    for (const { kind, id, route } of pages) {
      const inputs = route.inputs(id, site);
      expect(route.view(inputs, frame), `${kind} ${id}`).toEqual(route.view({ ...inputs, shown: whole }, frame));
    }
  });

  it('list every entry whose change changes the view, and a change to one of them changes the key', () => {
    const entries = new Set<object>([...site.content.people, ...site.content.events, ...site.content.posts, ...site.content.series]);
    const key = keysOf(site);
    const before = pages.map(({ kind, id, route }) => {
      const inputs = route.inputs(id, site);
      return { kind, id, route, key: key(inputs), view: route.view(inputs, frame), listed: entriesIn(inputs, entries) };
    });
    let listedChanges = 0;
    let unlistedChanges = 0;
    for (const { name, of, change } of changes(site)) {
      const changed = loadSite(fixture, change);
      const changedKey = keysOf(changed);
      for (const page of before) {
        const inputs = page.route.inputs(page.id, changed);
        const where = `${page.kind} ${page.id} after ${name} changed`;
        if (page.listed.has(of(site))) {
          listedChanges++;
          expect(changedKey(inputs), where).not.toBe(page.key);
        } else {
          unlistedChanges++;
          expect(page.route.view(inputs, frameOf(changed)), where).toEqual(page.view);
          expect(changedKey(inputs), where).toBe(page.key);
        }
      }
    }
    // Both sides were tried, many times.
    expect(listedChanges).toBeGreaterThan(50);
    expect(unlistedChanges).toBeGreaterThan(50);
  });
});
