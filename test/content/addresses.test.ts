/**
 * Every address of the site comes from one builder (src/content/addresses.ts): the
 * paths the build writes, the links under the base, and the absolute URLs
 * feeds, calendars and link previews carry.
 */
import { describe, expect, it } from 'vitest';
import { absolutizeHtml, makeLinks, sitePaths } from '../../src/content/addresses.ts';

const root = makeLinks({ base: '/', url: 'https://town.example' });
const sub = makeLinks({ base: '/community/', url: 'https://town.example' });

describe('links under the base', () => {
  it('at the root of the site', () => {
    expect(root.home()).toBe('/');
    expect(root.events()).toBe('/events/');
    expect(root.event('2024-06-15-festival')).toBe('/events/2024-06-15-festival/');
    expect(root.eventCalendar('2024-06-15-festival')).toBe('/events/2024-06-15-festival.ics');
    expect(root.calendar()).toBe('/events.ics');
    expect(root.people()).toBe('/people/');
    expect(root.person('amy_h')).toBe('/people/amy_h/');
    expect(root.metCsv('amy_h')).toBe('/people/amy_h/met.csv');
    expect(root.metOpml('amy_h')).toBe('/people/amy_h/met.opml');
    expect(root.posts()).toBe('/posts/');
    expect(root.post('we-met')).toBe('/posts/we-met/');
    expect(root.series('brunch')).toBe('/series/brunch/');
    expect(root.tags()).toBe('/tags/');
    expect(root.tag('road-trip')).toBe('/tags/road-trip/');
    expect(root.page('about')).toBe('/about/');
    expect(root.graph()).toBe('/graph/');
    expect(root.search()).toBe('/search/');
    expect(root.pagefind()).toBe('/pagefind/');
    expect(root.pagefind('pagefind-ui.js')).toBe('/pagefind/pagefind-ui.js');
    expect(root.rss()).toBe('/rss.xml');
    expect(root.jsonFeed()).toBe('/feed.json');
    expect(root.ogCard()).toBe('/og-card.png');
    expect(root.sitemap()).toBe('/sitemap-index.xml');
    expect(root.notFound()).toBe('/404.html');
    expect(root.favicon()).toBe('/favicon.svg');
    expect(root.logo('logo-0a1b2c.png')).toBe('/logo-0a1b2c.png');
    expect(root.personMetList('amy_h')).toBe('/people/amy_h/#met');
  });

  it('under a sub-folder', () => {
    expect(sub.home()).toBe('/community/');
    expect(sub.event('x')).toBe('/community/events/x/');
    expect(sub.eventCalendar('x')).toBe('/community/events/x.ics');
    expect(sub.calendar()).toBe('/community/events.ics');
    expect(sub.person('amy')).toBe('/community/people/amy/');
    expect(sub.metCsv('amy')).toBe('/community/people/amy/met.csv');
    expect(sub.tag('night')).toBe('/community/tags/night/');
    expect(sub.page('about')).toBe('/community/about/');
    expect(sub.rss()).toBe('/community/rss.xml');
    expect(sub.notFound()).toBe('/community/404.html');
    expect(sub.pagefind('pagefind-ui.css')).toBe('/community/pagefind/pagefind-ui.css');
  });

  it('adds the closing slash a base written without one lacks', () => {
    expect(makeLinks({ base: '/community', url: 'https://town.example' }).people()).toBe('/community/people/');
  });

  it('encodes each name, which handles, slugs and tags never need but anything else would', () => {
    expect(root.person('a b')).toBe('/people/a%20b/');
    expect(root.tag('ça/va?')).toBe('/tags/%C3%A7a%2Fva%3F/');
    expect(root.eventCalendar('#1')).toBe('/events/%231.ics');
    expect(sub.page('x&y')).toBe('/community/x%26y/');
  });
});

describe('absolute URLs', () => {
  it("put a link of the site on the site's origin", () => {
    expect(root.absolute(root.event('x'))).toBe('https://town.example/events/x/');
    expect(sub.absolute(sub.rss())).toBe('https://town.example/community/rss.xml');
    expect(sub.absolute(sub.home())).toBe('https://town.example/community/');
    expect(root.absolute('/_astro/photo.webp')).toBe('https://town.example/_astro/photo.webp');
  });

  it('keep what the encoded link says, and encode what a path from elsewhere leaves raw', () => {
    expect(root.absolute(root.person('a b'))).toBe('https://town.example/people/a%20b/');
    expect(root.absolute('/people/zoë/')).toBe('https://town.example/people/zo%C3%AB/');
  });

  it('name the host for a link preview', () => {
    expect(makeLinks({ base: '/', url: 'https://town.example:8443' }).host()).toBe('town.example:8443');
  });
});

describe('paths in the built site', () => {
  it('are the links without the base, written as they are named, for the files written beside the pages', () => {
    expect(sitePaths.eventCalendar('2024-06-15-festival')).toBe('events/2024-06-15-festival.ics');
    expect(sitePaths.metCsv('amy')).toBe('people/amy/met.csv');
    expect(sitePaths.metOpml('amy')).toBe('people/amy/met.opml');
    expect(sitePaths.person('a b')).toBe('people/a b/');
  });
});

describe('absolutizeHtml', () => {
  it('makes root-relative links, images and srcsets absolute, and leaves the rest', () => {
    const html =
      '<a href="/people/amy/">Amy</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 1x, /_astro/b.webp 2x"><a href="//cdn.example/x">x</a><a href="https://o.example/">o</a>';
    expect(absolutizeHtml(html, 'https://town.example/')).toBe(
      '<a href="https://town.example/people/amy/">Amy</a><img src="https://town.example/_astro/a.webp" srcset="https://town.example/_astro/a.webp 1x, https://town.example/_astro/b.webp 2x"><a href="//cdn.example/x">x</a><a href="https://o.example/">o</a>',
    );
  });

  it("reads relative links and pictures from the page's address, as a browser on the page does, and leaves fragments and mail links", () => {
    const html =
      '<a href="./slides.pdf">s</a><img src="files/map.png" alt=""><a href="../../about/">a</a><a href="#met">m</a><a href="mailto:a@b.example">@</a>';
    expect(absolutizeHtml(html, 'https://town.example/sub/posts/flood/')).toBe(
      '<a href="https://town.example/sub/posts/flood/slides.pdf">s</a><img src="https://town.example/sub/posts/flood/files/map.png" alt=""><a href="https://town.example/sub/about/">a</a><a href="#met">m</a><a href="mailto:a@b.example">@</a>',
    );
  });
});
