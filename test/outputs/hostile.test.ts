/**
 * Content arrives from strangers. Whatever a title, a name or a link holds,
 * what the site publishes must read back, with each format's own parser, as
 * what was written and nothing more: no extra calendar event, no XML a feed
 * reader refuses, no outside link without rel="ugc nofollow noopener". The
 * validator refuses much of this earlier; these outputs must hold on their own.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarOptions } from '../../src/outputs/calendar.ts';
import { wordsFor } from '../../src/words/index.ts';
import { isOutsideLink } from '../../src/content/bodies/sanitize.ts';
import { createContentRenderers, needsFullPipeline } from '../../src/integration/markdown-processor.ts';
import type { MetEntry } from '../../src/community/meetings.ts';
import { metOpml } from '../../src/outputs/met-exports.ts';
import type { Event, Person, Site } from '../../src/content/model.ts';
import { oneLine, plainText } from '../../src/base/plain-text.ts';
import { rssFeed, type RssItem } from '../../src/outputs/rss-feed.ts';

const site: Site = {
  name: 'Test Town',
  url: 'https://town.example',
  base: '/',
  timezone: 'UTC',
  language: 'en',
  branch: 'main',
  hosts: [],
  maxAttendees: 100,
  postsPerPage: 10,
  mdx: 'restricted',
};

/** Every character XML 1.0 forbids, or RFC 5545 text may not hold, that a YAML string can carry. */
const CONTROLS = '\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\udfff\ud800\ufffe\uffff';

// ---------------------------------------------------------------- iCalendar

const noon = Date.UTC(2024, 6, 4, 12);
function event(fields: Partial<Event> = {}): Event {
  return {
    slug: '2024-07-04-brunch',
    file: 'content/events/2024-07-04-brunch.md',
    title: 'Brunch',
    timezone: 'UTC',
    start: { allDay: false, date: '2024-07-04', time: '12:00', iso: '2024-07-04T12:00:00+00:00', epochMs: noon, offset: '+00:00' },
    format: 'in-person',
    venue: { name: 'Pier 7', city: 'San Francisco' },
    status: 'scheduled',
    hosts: [],
    speakers: [],
    attendees: [],
    participants: [],
    guests: [],
    talks: [],
    photos: [],
    body: 'Eggs.',
    mdx: false,
    ...fields,
  };
}

const calendarOptions = (s: Site = site): CalendarOptions => ({
  site: s,
  eventUrl: (slug) => `https://town.example/events/${slug}/`,
  calendarUrl: 'https://town.example/events.ics',
  now: Date.UTC(2025, 0, 1),
});

/** One event's own calendar, named after its title, as src/outputs/side-files.ts makes it. */
const eventCalendar = (e: Event, s: Site = site) => buildCalendar([e], e.title, calendarOptions(s));

/** The calendar as ical.js reads it: its name, PRODID, events, and every URL anywhere in it. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  const urls = [calendar, ...events].flatMap((c) => c.getAllProperties('url').map((p) => String(p.getFirstValue())));
  return {
    name: calendar.getFirstPropertyValue('name'),
    calName: calendar.getFirstPropertyValue('x-wr-calname'),
    prodId: calendar.getFirstPropertyValue('prodid'),
    events: events.map((v) => new ICAL.Event(v)),
    urls,
  };
}

/** RFC 5545: every line ends with CRLF, the last one too, and no CR or LF stands alone. */
function expectCrlfLines(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
}

const INJECTED = 'BEGIN:VEVENT\r\nUID:evil-1\r\nDTSTART:20240704T120000Z\r\nSUMMARY:Free money\r\nURL:https://evil.example\r\nEND:VEVENT';

describe('an iCalendar file holds only the events it was given', () => {
  const titles: Record<string, [title: string, summary: string]> = {
    'CRLF and a whole event in the title': [
      `Brunch\r\n${INJECTED}`,
      'Brunch BEGIN:VEVENT UID:evil-1 DTSTART:20240704T120000Z SUMMARY:Free money URL:https://evil.example END:VEVENT',
    ],
    'a YAML block scalar (LF, and a final LF)': [
      'Brunch\nBEGIN:VEVENT\nUID:evil-2\nURL:https://evil.example\nEND:VEVENT\n',
      'Brunch BEGIN:VEVENT UID:evil-2 URL:https://evil.example END:VEVENT',
    ],
    'a lone CR': ['Brunch\rURL:https://evil.example', 'Brunch URL:https://evil.example'],
    'a line break to start with, and a vertical tab': ['\r\nURL:https://evil.example\x0bBrunch', 'URL:https://evil.example Brunch'],
    'Unicode line and paragraph separators': ['Brunch\u2028URL:https://evil.example\u2029', 'Brunch URL:https://evil.example'],
  };
  for (const [name, [title, summary]] of Object.entries(titles)) {
    it(`${name}: one event, the title on one line, no outside URL`, () => {
      const text = eventCalendar(event({ title }));
      const read = readCalendar(text);
      expect(read.events).toHaveLength(1);
      expect(read.events[0]?.uid).toBe('2024-07-04-brunch@town.example');
      expect(read.events[0]?.summary).toBe(summary);
      expect(read.name).toBe(summary);
      expect(read.calName).toBe(summary);
      expect(read.urls).toEqual(['https://town.example/events.ics', 'https://town.example/events/2024-07-04-brunch/']);
      expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
      expectCrlfLines(text);
    });
  }

  it('keeps a site name with line breaks out of every calendar’s PRODID and name', () => {
    const hostile = { ...site, name: `Town\r\n${INJECTED}\r\nX-EVIL:1`, language: 'en\r\nURL:https://evil.example' };
    for (const text of [buildCalendar([event()], `${hostile.name} events`, calendarOptions(hostile)), eventCalendar(event(), hostile)]) {
      const read = readCalendar(text);
      expect(read.events).toHaveLength(1);
      expect(read.prodId).toBe(
        '-//Firsthand//Town BEGIN:VEVENT UID:evil-1 DTSTART:20240704T120000Z SUMMARY:Free money URL:https://evil.example END:VEVENT X-EVIL:1//EN URL:HTTPS://EVIL.EXAMPLE',
      );
      expect(String(read.calName)).not.toMatch(/[\r\n]/);
      expect(read.urls).not.toContain('https://evil.example');
      expect(text).not.toMatch(/^X-EVIL/m);
      expectCrlfLines(text);
    }
  });

  it('drops control characters from every text, and keeps the words', () => {
    const text = eventCalendar(
      event({
        title: `Brunch${CONTROLS}`,
        venue: { name: `Pier${CONTROLS}7`, city: 'San\nFrancisco' },
        body: `Eggs${CONTROLS}.\n\nAnd toast.`,
        onlineUrl: `https://stream.example/x${CONTROLS}`,
      }),
    );
    expect(text).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]|\p{Cs}/u);
    const [read] = readCalendar(text).events;
    expect(read?.summary).toBe('Brunch');
    expect(read?.location).toBe('Pier 7, San Francisco · https://stream.example/x');
    expect(read?.description).toBe('Eggs.\n\nAnd toast.\n\nJoin online: https://stream.example/x\n\nhttps://town.example/events/2024-07-04-brunch/');
    expectCrlfLines(text);
  });

  it('writes ordinary text as before, with the final CRLF RFC 5545 asks for', () => {
    const text = eventCalendar(event({ title: 'Brunch, then a walk; bring a hat' }));
    expect(text).toContain('\r\nPRODID:-//Firsthand//Test Town//EN\r\n');
    expect(text).toContain('\r\nNAME:Brunch, then a walk; bring a hat\r\nX-WR-CALNAME:Brunch, then a walk; bring a hat\r\n');
    expect(text).toContain('\r\nSUMMARY:Brunch\\, then a walk\\; bring a hat\r\n');
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
    expectCrlfLines(text);
  });
});

// ---------------------------------------------------------------- XML

const isWellFormed = (xml: string) => XMLValidator.validate(xml);

function person(handle: string, name: string, website?: string): Person {
  return { handle, file: `content/people/${handle}.md`, name, accounts: website ? { website } : {}, met: [], listed: true, body: '' };
}
const met = (handle: string): MetEntry => ({ handle, first: { date: '2024-07-04', how: 'in-person' }, count: 1, lastDate: '2024-07-04', inPerson: true });

describe('XML outputs hold only characters XML 1.0 allows', () => {
  it('met.opml: hostile names in text and attributes still make well-formed XML', () => {
    const owner = person('amy', `Amy${CONTROLS} <b>&"'`);
    const friends = [person('bo', `Bo\x01\x1b[31m`, 'https://bo.example/'), person('cy', 'Cy\ud800 & "Co"', 'https://cy.example/?a=1&b=2')];
    const xml = metOpml(owner, [met('bo'), met('cy')], new Map(friends.map((p) => [p.handle, p])), {
      siteName: `Test${CONTROLS} Town`,
      pageUrl: 'https://town.example/people/amy/',
      created: 'Wed, 01 Jan 2025 00:00:00 GMT',
      words: wordsFor('en'),
    });
    expect(xml).toBeDefined();
    expect(isWellFormed(xml as string)).toBe(true);
    const opml = new XMLParser({ ignoreAttributes: false }).parse(xml as string) as {
      opml: { head: { ownerName: string }; body: { outline: { outline: Array<Record<string, string>> } } };
    };
    expect(opml.opml.head.ownerName).toBe('Amy <b>&"\'');
    expect(opml.opml.body.outline.outline.map((o) => o['@_text'])).toEqual(['Bo[31m', 'Cy & "Co"']);
    expect(opml.opml.body.outline.outline[1]?.['@_url']).toBe('https://cy.example/?a=1&b=2');
  });

  const item = (fields: Partial<RssItem> = {}): RssItem => ({
    url: 'https://town.example/posts/brunch/',
    title: 'Brunch',
    summary: 'Eggs.',
    html: '<p>Eggs.</p>',
    published: noon,
    tags: ['food'],
    authorName: 'Amy',
    ...fields,
  });
  const urls = { home: 'https://town.example/', self: 'https://town.example/rss.xml' };

  it('rss.xml: hostile text in every field still makes well-formed XML, with the words kept', async () => {
    const hostileSite = { name: `Test${CONTROLS} Town`, tagline: `All\x0b<welcome>`, language: `en${CONTROLS}` };
    const xml = await getRssString(
      rssFeed(hostileSite, urls, [
        item({
          title: `Brunch${CONTROLS} & <friends>`,
          summary: `Eggs\x01.`,
          html: `<p>Eggs\x1b.</p>`,
          tags: [`food\x00`],
          authorName: `Amy\x0c <b>`,
          url: `https://town.example/posts/brunch/\x01`,
        }),
        // A link-only post: no HTML.
        { url: 'https://other.example/a', title: 'Elsewhere\ufffe', summary: '', published: noon, tags: [] },
      ]),
    );
    expect(isWellFormed(xml)).toBe(true);
    const rss = new XMLParser({ processEntities: true }).parse(xml) as {
      rss: { channel: { title: string; language: string; item: Array<Record<string, unknown>> } };
    };
    expect(rss.rss.channel.title).toBe('Test Town');
    expect(rss.rss.channel.language).toBe('en');
    const [first, second] = rss.rss.channel.item;
    expect(first?.['title']).toBe('Brunch & <friends>');
    expect(first?.['description']).toBe('Eggs.');
    expect(first?.['content:encoded']).toBe('<p>Eggs.</p>');
    expect(first?.['category']).toBe('food');
    expect(first?.['dc:creator']).toBe('Amy <b>');
    expect(first?.['link']).toBe('https://town.example/posts/brunch/');
    expect(second?.['title']).toBe('Elsewhere');
  });

  it('rss.xml: ordinary text makes the same feed as before', async () => {
    const ordinary = item({ title: 'Brunch & "friends"', summary: 'It’s <on>.', authorName: 'Amy & Bo' });
    const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // The options src/routes/rss.xml.ts built before the text was cleaned.
    const before = {
      title: site.name,
      description: `Posts from ${site.name}`,
      site: urls.home,
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
      customData: `<language>en</language><atom:link href="${urls.self}" rel="self" type="application/rss+xml"/>`,
      trailingSlash: true,
      items: [
        {
          title: ordinary.title,
          link: ordinary.url,
          pubDate: new Date(ordinary.published),
          description: ordinary.summary,
          content: ordinary.html,
          categories: [...ordinary.tags],
          customData: `<dc:creator>${escapeText(ordinary.authorName as string)}</dc:creator>`,
        },
      ],
    };
    expect(await getRssString(rssFeed(site, urls, [ordinary]))).toBe(await getRssString(before));
  });
});

describe('the text cleaners', () => {
  it('drop what no format may hold and keep tab, line breaks and astral characters', () => {
    expect(plainText(`a${CONTROLS}b\tc\r\nd 😀 é`)).toBe('ab\tc\r\nd 😀 é');
    expect(oneLine('\r\n a\r\n\r\nb\tc\x01\n')).toBe(' a b c');
    expect(oneLine('Ordinary, plain; text')).toBe('Ordinary, plain; text');
  });
});

// ---------------------------------------------------------------- links

type Renderers = Awaited<ReturnType<typeof createContentRenderers>>;
let roads: Renderers;
beforeAll(async () => {
  roads = await createContentRenderers({ siteUrl: 'https://town.example', trustedMdx: false }, { syntaxHighlight: false });
});

const file = { fileURL: new URL('file:///town/content/posts/brunch.md') };
/** The one link of some rendered HTML, read with a real HTML parser. */
function onlyLink(html: string): { href: unknown; rel: unknown } {
  const links: Array<{ href: unknown; rel: unknown }> = [];
  const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }): void => {
    if (node.type === 'element' && node.tagName === 'a') links.push({ href: node.properties?.['href'], rel: node.properties?.['rel'] });
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromHtml(html, { fragment: true }));
  expect(links).toHaveLength(1);
  return links[0] as { href: unknown; rel: unknown };
}
const UGC = ['ugc', 'nofollow', 'noopener'];

describe('a link a browser would follow off the site is marked as outside, on both roads', () => {
  // Raw HTML always takes the sanitized road (needsFullPipeline): that is the road these are published by.
  const html: Record<string, string> = {
    '<a href="\\\\evil.example/">': '\\\\evil.example/',
    '<a href="/\\evil.example">': '/\\evil.example',
    '<a href="\t//evil.example"> (a leading tab)': '\t//evil.example',
    '<a href=" //evil.example"> (a leading space)': ' //evil.example',
    '<a href="&#x0A;//evil.example"> (a leading newline)': '&#x0A;//evil.example',
    '<a href="/&#x09;/evil.example"> (a tab between the slashes)': '/&#x09;/evil.example',
    '<a href="\\/evil.example">': '\\/evil.example',
    '<a href="//town.example.evil.example/">': '//town.example.evil.example/',
    '<a href="https://town.example.evil.example/"> (the site’s origin as a prefix)': 'https://town.example.evil.example/',
    '<a href="https://town.example@evil.example/"> (the site as user name)': 'https://town.example@evil.example/',
  };
  for (const [name, href] of Object.entries(html)) {
    it(name, async () => {
      const body = `<a href="${href}">x</a>`;
      expect(needsFullPipeline(body)).toBe(true);
      const { code } = await roads.full.render(body, file);
      expect(onlyLink(code).rel).toEqual(UGC);
    });
  }

  // Plain Markdown takes the quick road; both must give the same, marked, link.
  const markdown = ['[x](//evil.example/)', '[x](//EVIL.example/path)', '[x](https://town.example.evil.example/)', '[x](HTTP://evil.example/)'];
  for (const body of markdown) {
    it(body, async () => {
      expect(needsFullPipeline(body)).toBe(false);
      const [full, quick] = await Promise.all([roads.full.render(body, file), roads.quick.render(body, file)]);
      expect(onlyLink(quick.code).rel).toEqual(UGC);
      // The sanitizer drops an upper-case scheme altogether (no link to mark); otherwise both roads agree.
      if (!/^\[x\]\(HTTP:/.test(body)) expect(onlyLink(full.code)).toEqual(onlyLink(quick.code));
    });
  }

  it('[x](\\\\evil.example): Markdown writes the backslash as %5C, a path on the site, so no rel, on both roads', async () => {
    for (const body of ['[x](\\\\evil.example)', '[x](\\evil.example)', '[x](/\\evil.example)']) {
      const [full, quick] = await Promise.all([roads.full.render(body, file), roads.quick.render(body, file)]);
      expect(onlyLink(full.code)).toEqual(onlyLink(quick.code));
      const { href, rel } = onlyLink(quick.code);
      expect(String(href)).toMatch(/^\/?%5Cevil\.example$/);
      expect(new URL(String(href), 'https://town.example/').origin).toBe('https://town.example');
      expect(rel).toBeUndefined();
    }
  });

  it('leaves the site’s own links, relative links and mail links unmarked', async () => {
    for (const body of [
      '[x](https://town.example/people/a/)',
      '[x](//town.example/a)',
      '[x](/events/x/)',
      '[x](events/x/)',
      '[x](#top)',
      '[x](mailto:a@b.example)',
      '[x](https://TOWN.example:443/a)',
    ]) {
      const [full, quick] = await Promise.all([roads.full.render(body, file), roads.quick.render(body, file)]);
      expect(onlyLink(quick.code).rel).toBeUndefined();
      expect(onlyLink(full.code)).toEqual(onlyLink(quick.code));
    }
    const { code } = await roads.full.render('<a href="/\\/town.example/a">x</a> ', file);
    expect(onlyLink(code).rel).toBeUndefined();
  });

  it('decides with the browser’s URL parser', () => {
    const site = 'https://town.example';
    for (const href of [
      '//evil.example/',
      '\\\\evil.example/',
      '/\\evil.example',
      '\t//evil.example',
      ' \x00//evil.example',
      '/\n/evil.example',
      'https://evil.example',
      'HTTP://evil.example',
      'http://town.example/',
      'https://[bad',
    ]) {
      expect([href, isOutsideLink(href, site)]).toEqual([href, true]);
    }
    for (const href of ['/a', 'a/b', '#x', '?q', 'https://town.example/a', '//town.example/a', '%5Cevil.example', 'https:evil.example', 'mailto:a@b.example']) {
      expect([href, isOutsideLink(href, site)]).toEqual([href, false]);
    }
  });
});
