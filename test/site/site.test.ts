/**
 * Real builds of fixture sites: a good one builds and reads right (through a
 * microformats parser), bad content and a page that throws leave the earlier
 * dist/ untouched, and two machines in far-apart zones build identical pages.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { mf2 } from 'microformats-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { allText, copyContent, FIXTURES, hashTree, page, PORCHLIGHT, runBuild, scratch } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';

type Mf = { type: string[]; properties: Record<string, unknown[]>; children?: Mf[] };
const parse = (html: string, url: string) => mf2(html, { baseUrl: url }) as unknown as { items: Mf[]; rels: Record<string, string[]> };

describe('the good fixture', () => {
  const out = join(scratch('good'), 'dist');
  let run: ReturnType<typeof runBuild>;
  beforeAll(() => {
    run = runBuild(join(FIXTURES, 'good/content'), out);
  });

  it('builds', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Built \d+ pages into .* in [\d.]+ s\.\n$/);
  });

  it('says how many HTML pages it wrote', () => {
    // Counted from Astro's list of pages, not by walking the folder: the two must agree.
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
    expect(run.stdout).toContain(`Built ${written.length} pages into`);
  });

  it('gives every page a title, description, Open Graph tags, lang and a canonical URL', () => {
    const pages = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
      (d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const d of pages) {
      const html = readFileSync(join(d.parentPath, d.name), 'utf8');
      const name = join(d.parentPath, d.name).slice(out.length);
      expect(html, name).toMatch(/^<!DOCTYPE html><html lang="en">/);
      expect(html, name).toMatch(/<title>[^<]+<\/title>/);
      expect(html, name).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html, name).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, name).toMatch(/<meta property="og:image" content="https:\/\/[^"]+">/);
      expect(html, name).toMatch(/<link rel="canonical" href="https:\/\/[^"]+">/);
    }
  });

  it('has no broken internal link', () => {
    const report = checkLinks(out, 'https://lamplight.example.org');
    expect(report.checked).toBeGreaterThan(200);
    expect(report.broken).toEqual([]);
  });

  it('has a sitemap, robots.txt, a 404 page and a link-preview image on every page', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://lamplight.example.org/events/2024-07-04-late-pier/</loc>');
    expect(sitemap).not.toContain('secret-draft');
    expect(sitemap).not.toContain('/people/dev/');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://lamplight.example.org/sitemap-index.xml');
    expect(readFileSync(join(out, 'og-card.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(page(out, 'events/2024-07-04-late-pier/')).toMatch(/<meta property="og:image" content="https:\/\/lamplight\.example\.org\/_astro\/pier\.[^"]+">/);
    expect(page(out, 'people/ben/')).toContain('<meta property="og:image" content="https://lamplight.example.org/og-card.png">');
  });

  it('has a page for every kind, and none for drafts, link-only posts or unlisted people', () => {
    for (const route of ['', 'events/', 'people/', 'posts/', 'events/2024-07-04-late-pier/', 'people/ada/', 'posts/pier-recap/', 'series/night-owls/']) {
      expect(existsSync(join(out, route, 'index.html')), route).toBe(true);
    }
    expect(existsSync(join(out, '404.html'))).toBe(true);
    for (const route of ['posts/secret-draft', 'posts/elsewhere', 'people/dev']) {
      expect(existsSync(join(out, route)), route).toBe(false);
    }
  });

  it('never publishes a draft or an unlisted person', () => {
    const text = allText(out);
    expect(text).not.toContain('Unfinished thoughts');
    expect(text).not.toContain('Dev Shadow');
    expect(text).not.toContain('people/dev');
    // No picture of theirs or of a draft (avatar, cover, or in the text) is published, processed or not.
    const files = readdirSync(out, { recursive: true }).map(String);
    for (const name of ['dev-shadow', 'dev-body', 'draft-cover', 'draft-body']) {
      expect(text).not.toContain(name);
      expect(files.filter((f) => f.includes(name))).toEqual([]);
    }
  });

  it('shows an unlisted participant only in the count', () => {
    const html = page(out, 'events/2024-07-04-late-pier/');
    expect(html).toContain('and 1 more');
  });

  it('publishes the event as an h-event with offset times and its people as h-cards', () => {
    const url = 'https://lamplight.example.org/events/2024-07-04-late-pier/';
    const { items } = parse(page(out, 'events/2024-07-04-late-pier/'), url);
    const event = items.find((i) => i.type.includes('h-event'));
    expect(event?.properties['name']).toEqual(['Late night on the pier']);
    expect(event?.properties['start']).toEqual(['2024-07-04T23:30:00-07:00']);
    expect(event?.properties['end']).toEqual(['2024-07-05T01:30:00-07:00']);
    expect(event?.properties['url']).toEqual([url]);
    const location = event?.properties['location']?.[0] as Mf;
    expect(location.properties['name']).toEqual(['Pier 7']);
    expect(location.properties['locality']).toEqual(['San Francisco']);
    const attendees = ((event?.properties['attendee'] ?? []) as Mf[]).map((a) => a.properties['url']?.[0]);
    expect(attendees).toEqual([
      'https://lamplight.example.org/people/ben/',
      'https://lamplight.example.org/people/ada/',
      'https://lamplight.example.org/people/cleo/',
    ]);
    expect(((event?.properties['organizer'] ?? []) as Mf[]).map((a) => a.properties['name']?.[0])).toEqual(['Ben Ortiz']);
  });

  it('shows the date and time at the venue, with the zone', () => {
    const html = page(out, 'events/2024-07-04-late-pier/');
    // In English, by the American clock the language tag `en` stands for.
    expect(html).toContain('Thursday, July 4, 2024, 11:30 PM PDT – Friday, July 5, 2024, 1:30 AM PDT');
    // Intl writes a span of dates with thin spaces around the dash.
    expect(page(out, 'events/2024-06-01-reading-day/')).toContain('Saturday, June 1\u2009–\u2009Sunday, June 2, 2024 (all day)');
    expect(page(out, 'events/2024-03-10-spring-forward/')).toContain('datetime="2024-03-10T03:30:00-04:00"');
  });

  it('makes a person an h-card with rel="me" accounts', () => {
    const url = 'https://lamplight.example.org/people/ada/';
    const { items, rels } = parse(page(out, 'people/ada/'), url);
    const card = items.find((i) => i.type.includes('h-card'));
    expect(card?.properties['name']).toEqual(['Ada Quill']);
    expect(card?.properties['url']).toContain(url);
    expect(card?.properties['photo']).toBeDefined();
    expect(rels['me']).toEqual(['https://ada.example', 'https://night.example/@ada']);
  });

  it('renders hostile HTML harmless and keeps its text', () => {
    const html = page(out, 'posts/hostile/');
    const body = html.slice(html.indexOf('e-content'));
    expect(body).toContain('Kind words survive.');
    expect(body).toContain('a plain link');
    expect(body).toContain('styled paragraph text');
    for (const bad of ['<script', 'onerror', 'onclick', '<iframe', '<style', '<object', 'style=', 'owned']) {
      expect(body, bad).not.toContain(bad);
    }
    // Links a browser takes to another site, however they are written, are marked as outside links.
    for (const text of ['backslash link', 'tabbed link', 'protocol-relative link']) {
      expect(body, text).toMatch(new RegExp(`<a href="[^"]*" rel="ugc nofollow noopener">${text}</a>`));
    }
  });

  it("renders Firsthand's MDX components, keeping unlisted members unnamed", () => {
    const html = page(out, 'events/2030-01-01-new-decade/');
    expect(html).toContain('hosted by <a class="h-card mention" href="/people/ben/">Ben Ortiz</a>, with <span>a member</span> on the playlist');
    expect(html).toMatch(/<aside class="callout callout-warning" aria-label="Bring a coat">/);
    expect(html).toContain('<div class="event-card">');
    expect(html).toContain('href="/events/2024-07-04-late-pier/"');
  });

  it('does not let a Markdown file forge a component', () => {
    const html = page(out, 'posts/hostile/');
    const body = html.slice(html.indexOf('e-content'), html.indexOf('</article>'));
    expect(body).toContain('forged component text');
    expect(html).not.toContain('firsthand-component');
    expect(body).not.toContain('Ada Quill');
  });

  it('marks outside links in content as user-generated', () => {
    const html = page(out, 'posts/pier-recap/');
    expect(html).toContain('<a href="https://elsewhere.example/story" rel="ugc nofollow noopener">link out</a>');
    expect(html).toContain('<abbr title="HyperText">HTML</abbr>');
  });

  it('publishes calendars that a client reads at the instants the pages show', () => {
    const feed = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'events.ics'), 'utf8')));
    const events = feed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(
      readdirSync(join(FIXTURES, 'good/content/events'))
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => `${f.replace(/\.mdx?$/, '')}@lamplight.example.org`)
        .sort(),
    );
    const pier = new ICAL.Event(
      new ICAL.Component(ICAL.parse(readFileSync(join(out, 'events/2024-07-04-late-pier.ics'), 'utf8'))).getFirstSubcomponent('vevent') as ICAL.Component,
    );
    expect(pier.startDate.toJSDate().toISOString()).toBe('2024-07-05T06:30:00.000Z');
    const cancelled = feed.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === '2024-09-14-rained-out@lamplight.example.org');
    expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
    const html = page(out, 'events/2024-07-04-late-pier/');
    expect(html).toContain('<link rel="alternate" type="text/calendar" href="/events/2024-07-04-late-pier.ics"');
    expect(html).toContain('<link rel="alternate" type="text/calendar" href="/events.ics"');
  });

  it('describes each event in schema.org JSON-LD', () => {
    const html = page(out, 'events/2030-01-01-new-decade/');
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as Record<string, unknown>;
    expect(json).toMatchObject({
      '@type': 'Event',
      name: 'New decade party',
      startDate: '2030-01-01T00:30:00-05:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      organizer: [{ '@type': 'Person', name: 'Ben Ortiz', url: 'https://lamplight.example.org/people/ben/' }],
    });
    expect((json['location'] as unknown[]).length).toBe(2);
  });

  it('lists events as an h-feed of h-events, upcoming first', () => {
    const { items } = parse(page(out, 'events/'), 'https://lamplight.example.org/events/');
    const feed = items.find((i) => i.type.includes('h-feed'));
    const names = (feed?.children ?? []).filter((c) => c.type.includes('h-event')).map((c) => c.properties['name']?.[0]);
    expect(names).toEqual(['New decade party', 'Rained-out picnic', 'Midnight stream', 'Late night on the pier', 'Reading day', 'Spring-forward breakfast']);
  });

  it('pages the posts, newest first, with rel prev and next, and no drafts', () => {
    // posts_per_page is 2: elsewhere (08-10), hostile (08-01) | pier-recap (07-06), older-story (2023)
    const titles = (route: string) => {
      const { items } = parse(page(out, route), `https://lamplight.example.org/${route}`);
      const feed = items.find((i) => i.type.includes('h-feed'));
      return (feed?.children ?? []).filter((c) => c.type.includes('h-entry')).map((c) => c.properties['name']?.[0]);
    };
    expect(titles('posts/')).toEqual(['Published on my own blog', 'A post with hostile HTML']);
    expect(titles('posts/2/')).toEqual(['What the pier taught us', 'The first reply']);
    expect(existsSync(join(out, 'posts/3'))).toBe(false);
    expect(page(out, 'posts/')).toContain('<link rel="next" href="/posts/2/">');
    expect(page(out, 'posts/2/')).toContain('<link rel="prev" href="/posts/">');
    expect(page(out, 'tags/recap/')).toContain('What the pier taught us');
  });

  it('publishes a post as an h-entry with its author as an h-card, and as a BlogPosting', () => {
    const url = 'https://lamplight.example.org/posts/pier-recap/';
    const html = page(out, 'posts/pier-recap/');
    const entry = parse(html, url).items.find((i) => i.type.includes('h-entry'));
    expect(entry?.properties['name']).toEqual(['What the pier taught us']);
    expect(entry?.properties['published']).toEqual(['2024-07-06']);
    expect(entry?.properties['url']).toEqual([url]);
    expect(((entry?.properties['author'] ?? []) as Mf[])[0]?.properties['url']).toEqual(['https://lamplight.example.org/people/cleo/']);
    expect(String((entry?.properties['content']?.[0] as { value?: string } | undefined)?.value)).toContain('We had only ever traded replies.');
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as Record<string, unknown>;
    expect(json).toMatchObject({ '@type': 'BlogPosting', headline: 'What the pier taught us', author: { name: 'Cléo Martin' } });
  });

  it('publishes an RSS feed that a feed parser reads, newest first, link-only posts linking out', async () => {
    const feed = await new Parser().parseString(readFileSync(join(out, 'rss.xml'), 'utf8'));
    expect(feed.title).toBe('Lamplight');
    expect(feed.items.map((i) => i.title)).toEqual(['Published on my own blog', 'A post with hostile HTML', 'What the pier taught us', 'The first reply']);
    expect(feed.items[0]?.link).toBe('https://ada.example/posts/met-offline');
    const pier = feed.items[2] as { link?: string; 'content:encoded'?: string; categories?: string[] };
    expect(pier.link).toBe('https://lamplight.example.org/posts/pier-recap/');
    expect(pier['content:encoded']).toContain('<a href="https://elsewhere.example/story" rel="ugc nofollow noopener">link out</a>');
    expect(pier.categories).toEqual(['recap', 'night']);
    expect(page(out, '')).toContain('<link rel="alternate" type="application/rss+xml" href="/rss.xml"');
  });

  it('publishes a JSON Feed 1.1 with the fields its spec requires', () => {
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { version: string; title: string; items: Array<Record<string, unknown>> };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Lamplight');
    for (const item of feed.items) {
      expect(typeof item['id']).toBe('string');
      expect(typeof item['content_html'] === 'string' || typeof item['content_text'] === 'string').toBe(true);
      expect(new Date(String(item['date_published'])).toISOString()).toBe(item['date_published']);
    }
    expect(feed.items[0]).toMatchObject({ url: 'https://ada.example/posts/met-offline', external_url: 'https://ada.example/posts/met-offline' });
  });

  it('links a link-only post straight out', () => {
    expect(page(out, 'posts/')).toContain('href="https://ada.example/posts/met-offline"');
  });
});

describe('hosting in a sub-folder', () => {
  it('puts every link, asset, feed item and calendar URL under base', () => {
    const content = copyContent('good', 'sub-folder');
    writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}base: /community/\n`);
    // Site-absolute links written without the base, which check accepts: in plain Markdown (Sätteri's road) and beside raw HTML (the sanitizer's).
    const about = join(content, 'pages/about.md');
    writeFileSync(
      about,
      `${readFileSync(about, 'utf8')}\nSee [the pier](/events/2024-07-04-late-pier/) and [Ada's list](https://lamplight.example.org/people/ada/#met).\n`,
    );
    const join_ = join(content, 'pages/how-to-join.md');
    writeFileSync(join_, `${readFileSync(join_, 'utf8')}\n<p>Start at <a href="/events/">the events</a>.</p>\n`);
    const out = join(content, '..', 'dist');
    expect(runBuild(content, out).status).toBe(0);
    expect(page(out, 'about/')).toContain('<a href="/community/events/2024-07-04-late-pier/">the pier</a>');
    expect(page(out, 'about/')).toContain('<a href="https://lamplight.example.org/community/people/ada/#met">');
    expect(page(out, 'how-to-join/')).toContain('<a href="/community/events/">the events</a>');
    const report = checkLinks(out, 'https://lamplight.example.org', '/community/');
    expect(report.checked).toBeGreaterThan(200);
    expect(report.outsideBase).toEqual([]);
    expect(report.broken).toEqual([]);
    expect(page(out, 'events/2024-07-04-late-pier/')).toContain('href="/community/people/ada/"');
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('<link>https://lamplight.example.org/community/posts/pier-recap/</link>');
    expect(readFileSync(join(out, 'events.ics'), 'utf8').replace(/\r\n /g, '')).toContain(
      'URL;VALUE=URI:https://lamplight.example.org/community/events/2024-07-04-late-pier/',
    );
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://lamplight.example.org/community/people/ada/</loc>');
  });
});

describe('time zones of the build machine', () => {
  it('build identical pages under Pacific/Kiritimati and America/Los_Angeles', () => {
    const east = join(scratch('tz-east'), 'dist');
    const west = join(scratch('tz-west'), 'dist');
    const content = join(FIXTURES, 'good/content');
    expect(runBuild(content, east, { TZ: 'Pacific/Kiritimati' }).status).toBe(0);
    expect(runBuild(content, west, { TZ: 'America/Los_Angeles' }).status).toBe(0);
    const a = hashTree(east);
    const b = hashTree(west);
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });
});

describe('a failed build', () => {
  it('prints every content problem and leaves the earlier dist/ as it was', () => {
    const content = copyContent('good', 'bad-content');
    const out = join(content, '..', 'dist');
    expect(runBuild(content, out).status).toBe(0);
    const before = hashTree(out);
    writeFileSync(
      join(content, 'events/2024-08-20-stream.md'),
      '---\ntitle: Midnight stream\nstart: 2024-02-30 00:00\nformat: online\nattendees: [cleoo]\n---\nx\n',
    );
    writeFileSync(join(content, 'people/ben.md'), '---\nname: Ben Ortiz\nlisted: no\n---\nBen.\n');
    const run = runBuild(content, out);
    expect(run.status).toBe(1);
    const file = (name: string) => `${join(content, name).slice(process.cwd().length + 1)}`;
    expect(run.stderr).toContain(
      `${file('events/2024-08-20-stream.md')}:3:8 start: 2024-02-30 is not a real date: February 2024 has 29 days, so day 30 does not exist`,
    );
    expect(run.stderr).toContain(`${file('events/2024-08-20-stream.md')}:5:13 attendees[0]: unknown handle "cleoo" — did you mean "cleo"?`);
    // Whether this online event still needs its join link depends on when it is: with no real start, that is left unsaid.
    expect(run.stderr).not.toContain('online_url');
    expect(run.stderr).toContain(`${file('people/ben.md')}:3:9 listed: must be true or false, not "no": write false`);
    expect(run.stderr).toContain('3 problems in 2 files: the site was not built');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(out)).toEqual(before);
  });

  it('leaves the earlier dist/ as it was when a page throws, without a stack trace', () => {
    const content = copyContent('good', 'page-throws');
    const out = join(content, '..', 'dist');
    expect(runBuild(content, out).status).toBe(0);
    const before = hashTree(out);
    // A truncated upload: a PNG signature and then nothing an image reader can use.
    // The checker looks at the signature only, so Astro fails while building the page.
    writeFileSync(join(content, 'people/ada.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const run = runBuild(content, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The site could not be built:');
    expect(run.stderr).toContain('is unchanged');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(out)).toEqual(before);
    // Nothing half-built is left beside it.
    expect(readdirSync(join(out, '..')).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  });
});

describe('the Porchlight conformance community', () => {
  const expected = JSON.parse(readFileSync(join(PORCHLIGHT, '../expected.json'), 'utf8')) as {
    url: string;
    hidden: { handle: string; name: string };
    events: Record<string, { name: string; start?: string; end?: string; allDay?: string; localDate?: string; attendees: string[] }>;
    eventsOrder: string[];
    noPage: string[];
    posts: Record<string, { name: string; author: string; published: string }>;
  };
  const out = join(scratch('porchlight'), 'dist');
  let status: number | null = null;
  beforeAll(() => {
    status = runBuild(PORCHLIGHT, out, { FIRSTHAND_NOW: '2025-01-01T00:00:00Z' }).status;
  });

  it('builds', () => {
    expect(status).toBe(0);
  });

  it('publishes each event at the expected instant, local date and listed participants', () => {
    for (const [slug, want] of Object.entries(expected.events)) {
      const url = `${expected.url}/events/${slug}/`;
      const event = parse(page(out, `events/${slug}/`), url).items.find((i) => i.type.includes('h-event'));
      expect(event?.properties['name'], slug).toEqual([want.name]);
      const start = String(event?.properties['start']?.[0]);
      if (want.allDay) {
        expect(start, slug).toBe(want.allDay);
      } else {
        expect(new Date(start).toISOString(), slug).toBe(new Date(want.start ?? '').toISOString());
        expect(start.slice(0, 10), slug).toBe(want.localDate);
      }
      if (want.end) expect(new Date(String(event?.properties['end']?.[0])).toISOString(), slug).toBe(new Date(want.end).toISOString());
      const attendees = ((event?.properties['attendee'] ?? []) as Mf[]).map((a) =>
        String(a.properties['url']?.[0]).replace(`${expected.url}/people/`, '').replace(/\/$/, ''),
      );
      expect(attendees, slug).toEqual(want.attendees);
    }
  });

  it('lists events upcoming first, then past newest first', () => {
    const html = page(out, 'events/');
    const order = [...html.matchAll(/href="\/events\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect([...new Set(order)]).toEqual(expected.eventsOrder);
  });

  it('publishes the post as an h-entry and has no pages it must not have', () => {
    for (const [slug, want] of Object.entries(expected.posts)) {
      const entry = parse(page(out, `posts/${slug}/`), `${expected.url}/posts/${slug}/`).items.find((i) => i.type.includes('h-entry'));
      expect(entry?.properties['name']).toEqual([want.name]);
      expect(entry?.properties['published']).toEqual([want.published]);
      expect(((entry?.properties['author'] ?? []) as Mf[])[0]?.properties['url']).toEqual([`${expected.url}/people/${want.author}/`]);
    }
    for (const route of expected.noPage) expect(existsSync(join(out, route)), route).toBe(false);
  });

  it('never names the unlisted person', () => {
    const text = allText(out);
    expect(text).not.toContain(expected.hidden.name);
    expect(text).not.toContain(`/people/${expected.hidden.handle}/`);
  });
});

describe('who has met whom on the built pages', () => {
  const expected = JSON.parse(readFileSync(join(PORCHLIGHT, '../expected.json'), 'utf8')) as {
    url: string;
    met: Record<string, Array<[string, string]>>;
    events: Record<string, { firstMet: string[] }>;
    rel_me: Record<string, string[]>;
  };
  const out = join(scratch('porchlight-met'), 'dist');
  beforeAll(() => {
    expect(runBuild(PORCHLIGHT, out, { FIRSTHAND_NOW: '2025-01-01T00:00:00Z' }).status).toBe(0);
  });

  /** The h-cards of an element, in order, as [handle, rel], read by microformats-parser. */
  const metCards = (html: string, id: string, url: string): Array<[string, string]> => {
    // The met list is a <div> of years, each an <ol> (components/MetList.astro); other lists are a <ul> or <ol>.
    const fragment = new RegExp(`<(ol|ul|div) id="${id}"[\\s\\S]*?</\\1>`).exec(html)?.[0] ?? '';
    const parsed = mf2(fragment, { baseUrl: url }) as unknown as { items: Mf[]; 'rel-urls': Record<string, { rels: string[] }> };
    return parsed.items.map((card) => {
      const href = String(card.properties['url']?.[0]);
      return [href.replace(`${expected.url}/people/`, '').replace(/\/$/, ''), (parsed['rel-urls'][href]?.rels ?? []).join(' ')];
    });
  };

  it('lists each person met, in order, with rel="met" or rel="contact"', () => {
    for (const [handle, want] of Object.entries(expected.met)) {
      const url = `${expected.url}/people/${handle}/`;
      expect(metCards(page(out, `people/${handle}/`), 'met', url), handle).toEqual(want);
    }
  });

  it('keeps the met list inside the person h-card, whose accounts are rel="me"', () => {
    const url = `${expected.url}/people/amara/`;
    const { items, rels } = parse(page(out, 'people/amara/'), url);
    expect(items[0]?.type).toEqual(['h-card']);
    expect(items[0]?.properties['name']).toEqual(['Amara Eze']);
    expect(items[0]?.children?.length).toBe(expected.met['amara']?.length);
    expect(rels['me']?.map((u) => u.replace(/^https:\/\//, ''))).toEqual(expected.rel_me['amara']);
  });

  it('names who first met in person at each event under id="first-met"', () => {
    for (const [slug, want] of Object.entries(expected.events)) {
      const html = page(out, `events/${slug}/`);
      const names = [...(/<ul id="first-met"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '').matchAll(/href="\/people\/([^/]+)\/"/g)].map((m) => m[1]);
      expect([...new Set(names)].sort(), slug).toEqual([...want.firstMet].sort());
    }
  });

  it('offers the met list as a Mastodon follow import', () => {
    // Amara has met Bo, Cass, Dita, Eli; none of them has a Mastodon address.
    expect(existsSync(join(out, 'people/amara/met.csv'))).toBe(false);
    // Everyone who met Amara gets her address in their list.
    expect(readFileSync(join(out, 'people/bo/met.csv'), 'utf8')).toBe(
      'Account address,Show boosts,Notify on new posts,Languages\namara@toot.example,true,false,\n',
    );
  });

  it('draws the picture of the community without script, and never the unlisted person', () => {
    const html = page(out, 'graph/');
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('Fern');
    expect((html.match(/<circle /g) ?? []).length).toBe(6);
  });
});
