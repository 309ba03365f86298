/**
 * The view models of posts, feeds and every page's frame
 * (src/view-models/posts.ts, feeds.ts, layout.ts): what the routes that
 * used to decide these now only render.
 */
import { describe, expect, it } from 'vitest';
import { eventsCalendar, feedPosts, jsonFeed, robotsTxt, rssUrls } from '../../src/view-models/feeds.ts';
import { frameView } from '../../src/view-models/layout.ts';
import { postsView, postView } from '../../src/view-models/posts.ts';
import { siteView } from '../helpers/site-view.ts';
import { BASE_SITE } from '../helpers/validate.ts';

const NOW = Date.UTC(2025, 0, 1);
const post = (fields: string, body = 'Words.') => `---\n${fields}\n---\n${body}\n`;

const site = siteView(
  {
    'content/site.yaml': `${BASE_SITE}base: /community/\nrepository: https://github.com/test/town\n`,
    'content/people/hidden.md': '---\nname: Quiet Quentin\nlisted: false\n---\nShy.\n',
    'content/posts/one.md': post('title: One\nauthor: kathy\ndate: 2010-06-01\nevent: 2010-05-13-memphis\ntags: [night]'),
    'content/posts/two.md': post('title: Two\nauthor: kathy\ndate: 2010-06-02\nupdated: 2010-06-05'),
    'content/posts/away.md': post('title: Away\nauthor: kathy\ndate: 2010-06-03\ncanonical_url: https://other.example/away', ''),
    'content/posts/draft.md': post('title: Draft\nauthor: kathy\ndate: 2010-06-04\ndraft: true'),
    'content/posts/quiet.md': post('title: Quiet\nauthor: hidden\ndate: 2010-06-05'),
    'content/events/2010-04-01-early.md': '---\ntitle: Early\nstart: 2010-04-01 18:00\nvenue:\n  name: Hall\n---\nEarly.\n',
  },
  NOW,
);
const get = (slug: string) => {
  const found = site.content.posts.find((p) => p.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};

describe("a post's page", () => {
  it('names a listed author with their other posts, itself left out, linking out for a link-only one', () => {
    const view = postView(get('two'), site);
    expect(view.author?.name).toBe('Kathy Snow');
    expect(view.author?.firstName).toBe('Kathy');
    expect(view.author?.others).toEqual([
      { name: 'Away', href: 'https://other.example/away' },
      { name: 'One', href: '/community/posts/one/' },
    ]);
    expect(view.updated).toEqual({ date: '2010-06-05', text: 'Jun 5, 2010' });
    expect(view.jsonLd['author']).toEqual({ '@type': 'Person', name: 'Kathy Snow', url: 'https://test.example.org/community/people/kathy/' });
  });

  it('never names an unlisted author, in the page or in its structured data', () => {
    const view = postView(get('quiet'), site);
    expect(view.author).toBeUndefined();
    // Google wants an author: the community stands in, and the person stays unnamed.
    expect(view.jsonLd['author']).toMatchObject({ '@type': 'Organization', name: 'Test Town' });
    expect(JSON.stringify(view.jsonLd)).not.toContain('Quentin');
  });

  it('links the event it is about, its tags, and shares the cover at its address, size and type, as a wide preview', () => {
    const view = postView(get('one'), site, { src: '/_astro/cover.jpg', width: 1200, height: 800, type: 'image/jpeg' });
    expect(view.event).toEqual({ name: 'Memphis evening', href: '/community/events/2010-05-13-memphis/' });
    expect(view.tags).toEqual([{ name: 'night', href: '/community/tags/night/' }]);
    expect(view.preview).toMatchObject({
      url: 'https://test.example.org/_astro/cover.jpg',
      width: 1200,
      height: 800,
      type: 'image/jpeg',
      twitterCard: 'summary_large_image',
    });
    expect(view.jsonLd['image']).toEqual(['https://test.example.org/_astro/cover.jpg']);
  });
});

describe('the paged list of posts', () => {
  it('titles each page and gives its neighbours the closing slash', () => {
    const page = { data: [get('two')], currentPage: 2, lastPage: 3, url: { prev: '/community/posts', next: '/community/posts/3' } };
    const view = postsView(page, site);
    expect(view.title).toBe('Posts, page 2 of 3');
    expect([view.prev, view.next]).toEqual(['/community/posts/', '/community/posts/3/']);
    expect(postsView({ ...page, currentPage: 1, url: {} }, site)).toMatchObject({ title: 'Posts', prev: undefined, next: undefined });
  });
});

describe('the feeds', () => {
  it('hold published posts newest first, link-only ones linking out, unlisted authors unnamed', () => {
    const items = feedPosts(site).map(({ item }) => item);
    expect(items.map((i) => [i.title, i.url, i.external, i.authorName ?? null])).toEqual([
      ['Quiet', 'https://test.example.org/community/posts/quiet/', false, null],
      ['Away', 'https://other.example/away', true, 'Kathy Snow'],
      ['Two', 'https://test.example.org/community/posts/two/', false, 'Kathy Snow'],
      ['One', 'https://test.example.org/community/posts/one/', false, 'Kathy Snow'],
      ['What the flood taught me', 'https://test.example.org/community/posts/flood/', false, 'Laura Click'],
    ]);
    const feed = jsonFeed(site, items);
    expect(feed['feed_url']).toBe('https://test.example.org/community/feed.json');
    expect(rssUrls(site)).toEqual({ home: 'https://test.example.org/community/', self: 'https://test.example.org/community/rss.xml' });
  });

  it('put every event in one calendar, soonest first', () => {
    const uids = [...eventsCalendar(site).matchAll(/^UID:(.*)$/gm)].map((m) => m[1]?.trim());
    expect(uids).toEqual(['2010-04-01-early@test.example.org', '2010-05-13-memphis@test.example.org']);
    expect(eventsCalendar(site)).toContain('\r\nURL:https://test.example.org/community/events.ics\r\n');
  });

  it('point robots.txt at the sitemap under the base', () => {
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://test.example.org/community/sitemap-index.xml\n');
  });
});

describe("every page's frame", () => {
  it('titles a page after itself and the community, the home page after the community alone', () => {
    expect(frameView(site, { title: 'Events', notFound: false, here: '/community/events/' }).title).toBe('Events · Test Town');
    const home = frameView(site, { notFound: false, here: '/community/' });
    expect([home.title, home.ogTitle, home.description]).toEqual(['Test Town', 'Test Town', 'Test Town: online friends, met for real.']);
  });

  it('makes the canonical address absolute, 404.html for the not-found page, and keeps one given', () => {
    expect(frameView(site, { notFound: false, here: '/community/events/' }).canonical).toBe('https://test.example.org/community/events/');
    expect(frameView(site, { notFound: true, here: '/community/nope/' }).canonical).toBe('https://test.example.org/community/404.html');
    expect(frameView(site, { canonical: 'https://else.example/a', notFound: false, here: '/x/' }).canonical).toBe('https://else.example/a');
    expect(frameView(site, { notFound: false, here: '/community/' }).preview).toMatchObject({
      url: 'https://test.example.org/community/og-card.png',
      width: 1200,
      height: 630,
      type: 'image/png',
      twitterCard: 'summary_large_image',
    });
  });

  it('links "Edit this page" on the repository and says when the file last changed', () => {
    const frame = frameView(site, {
      notFound: false,
      here: '/community/people/kathy/',
      origin: { path: 'content/people/kathy.md', lastChanged: '2024-03-05T10:00:00+01:00' },
    });
    expect(frame.edit).toBe('https://github.com/test/town/edit/main/content/people/kathy.md');
    expect(frame.lastChanged).toEqual({ iso: '2024-03-05T10:00:00+01:00', text: 'Mar 5, 2024' });
    expect(frame.nav.find((item) => item.current)?.label).toBe('People');
  });
});
