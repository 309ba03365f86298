/**
 * The community's own pages (content/pages/<slug>.md at /<slug>/): the lines
 * an editor reads for a broken page, the names the site keeps for itself,
 * the page in the content model, its description, the main navigation and
 * its search record.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/words/index.ts';
import { makeLinks } from '../../src/content/addresses.ts';
import type { Page } from '../../src/content/model.ts';
import { mainNav, pageDescription } from '../../src/view-models/parts/nav.ts';
import { buildSearchRecords } from '../../src/outputs/search-records.ts';
import { SITE_PATHS } from '../../src/content/site-paths.ts';
import { PROJECT } from '../helpers/build.ts';
import { lines, validate } from '../helpers/validate.ts';

const ABOUT = 'content/pages/about.md';

/** A content file from frontmatter lines (line 2 of the file is the first field). */
const file = (fields: string, body = 'Some words.'): string => `---\n${fields}\n---\n${body}\n`;

describe('a page file', () => {
  it('requires a title', () => {
    expect(lines(validate({ [ABOUT]: file('nav: 1') }))).toEqual([`${ABOUT}:2:1 title: is required`]);
  });

  it('takes a whole number from 1 as its place in the navigation', () => {
    expect(lines(validate({ [ABOUT]: file('title: About\nnav: two') }))).toEqual([
      `${ABOUT}:3:6 nav: must be a number, the page's place in the main navigation (1, 2, 3…), not "two"; or remove the line to leave the page out of the navigation`,
    ]);
    expect(lines(validate({ [ABOUT]: file('title: About\nnav: "2"') }))).toEqual([`${ABOUT}:3:6 nav: must be a number without quotes: write nav: 2`]);
    expect(lines(validate({ [ABOUT]: file('title: About\nnav: 1.5') }))).toEqual([`${ABOUT}:3:6 nav: must be a whole number (1, 2, 3…), not 1.5`]);
    expect(lines(validate({ [ABOUT]: file('title: About\nnav: 0') }))).toEqual([
      `${ABOUT}:3:6 nav: must be 1 or more: 1 is the first place after the built-in links; or remove the line to leave the page out of the navigation`,
    ]);
    expect(lines(validate({ [ABOUT]: file('title: About\nnav: true') }))).toEqual([
      `${ABOUT}:3:6 nav: must be a number, the page's place in the main navigation (1, 2, 3…), not true; or remove the line to leave the page out of the navigation`,
    ]);
    expect(lines(validate({ [ABOUT]: file('title: About\nnav:') }))).toEqual([
      `${ABOUT}:3:5 nav: is empty: write the page's place in the main navigation (1, 2, 3…), or remove the line to leave the page out of the navigation`,
    ]);
  });

  it('names the closest field for an unknown one', () => {
    expect(lines(validate({ [ABOUT]: file('title: About\nnaw: 1\nsummery: Who we are') }))).toEqual([
      `${ABOUT}:3:1 naw: unknown field — did you mean "nav"?`,
      `${ABOUT}:4:1 summery: unknown field — did you mean "summary"?`,
    ]);
  });

  it('holds the title to the same plain-text rule as every title', () => {
    expect(lines(validate({ [ABOUT]: file(`title: ${'a'.repeat(201)}`) }))).toEqual([`${ABOUT}:2:8 title: has at most 200 characters (this one has 201)`]);
  });

  it('is a .md file', () => {
    expect(lines(validate({ 'content/pages/about.mdx': file('title: About') }))).toEqual([
      'content/pages/about.mdx: files in content/pages/ end in .md, not .mdx',
    ]);
  });

  it('is named by the slug rule', () => {
    expect(lines(validate({ 'content/pages/About Us.md': file('title: About') }))).toEqual([
      'content/pages/About Us.md: the file name is the slug, and slugs are lowercase: use "about-us": rename the file',
    ]);
  });

  it('has its body checked like every other entry', () => {
    expect(lines(validate({ [ABOUT]: file('title: About', 'Write to [us](javascript:alert(1)).') }))).toEqual([
      `${ABOUT}:4:15 body: links may only be http, https or mailto, not "javascript:"`,
    ]);
  });
});

describe('the names the site keeps for itself', () => {
  it('refuses a page at each path of the site, naming the clash', () => {
    for (const slug of ['events', 'people', 'posts', 'series', 'tags', 'graph', 'search', '404', 'pagefind']) {
      const path = `content/pages/${slug}.md`;
      expect(lines(validate({ [path]: file('title: Mine') })), slug).toEqual([
        `${path}: the page would be published at /${slug}/, which is ${SITE_PATHS[slug]}: rename the file (like ${slug}-info.md)`,
      ]);
    }
    expect(lines(validate({ 'content/pages/events.md': file('title: Events') }))).toEqual([
      "content/pages/events.md: the page would be published at /events/, which is the site's list of events: rename the file (like events-info.md)",
    ]);
  });

  it('lists every folder and page of src/routes/ (a name with a dot or brackets cannot be a slug)', () => {
    const names = readdirSync(join(PROJECT, 'src/routes'))
      .map((n) => n.replace(/\.astro$/, ''))
      .filter((n) => !/[.[\]]/.test(n) && n !== 'index');
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(Object.keys(SITE_PATHS), name).toContain(name);
  });

  it('leaves other names free', () => {
    expect(lines(validate({ 'content/pages/events-info.md': file('title: Events'), 'content/pages/constructor.md': file('title: C') }))).toEqual([]);
  });
});

describe('a good page', () => {
  it('is in the content model, sorted by slug, with its fields', () => {
    const result = validate({
      'content/pages/code-of-conduct.md': file('title: Code of conduct\nsummary: How we treat each other\nnav: 2', 'Be kind.'),
      [ABOUT]: file('title: About\nnav: 1', 'We met online.'),
      'content/pages/how-to-join.md': file('title: How to join', 'One file.'),
    });
    expect(lines(result)).toEqual([]);
    expect(result.content.pages).toEqual([
      { slug: 'about', file: ABOUT, title: 'About', nav: 1, body: 'We met online.\n' },
      {
        slug: 'code-of-conduct',
        file: 'content/pages/code-of-conduct.md',
        title: 'Code of conduct',
        summary: 'How we treat each other',
        nav: 2,
        body: 'Be kind.\n',
      },
      { slug: 'how-to-join', file: 'content/pages/how-to-join.md', title: 'How to join', body: 'One file.\n' },
    ]);
  });

  it('is described by its summary, or its first paragraph as plain text cut at 280 characters', () => {
    expect(pageDescription({ summary: 'Who we are', body: 'Long text.' })).toBe('Who we are');
    expect(pageDescription({ body: '# About\n\nWe met **online**, [then](/events/) for real.\n\nMore.' })).toBe('We met online, then for real.');
    const long = pageDescription({ body: `${'word '.repeat(100)}end` }) ?? '';
    expect(long.length).toBeLessThanOrEqual(280);
    expect(long.endsWith('…')).toBe(true);
    expect(pageDescription({ body: '' })).toBeUndefined();
  });

  it('is found by search', () => {
    const result = validate({ [ABOUT]: file('title: About\nsummary: Who we are', 'We met *online*.') });
    const record = buildSearchRecords(result.content).find((r) => r.url === '/about/');
    expect(record).toEqual({ url: '/about/', content: 'About\nWho we are\nWe met online.', language: 'en', meta: { title: 'About' } });
  });
});

describe('the main navigation', () => {
  const page = (slug: string, title: string, nav?: number): Page => ({
    slug,
    file: `content/pages/${slug}.md`,
    title,
    body: '',
    ...(nav === undefined ? {} : { nav }),
  });
  const pages = [page('join', 'How to join'), page('conduct', 'Code of conduct', 2), page('about', 'About', 1), page('faq', 'Questions', 2)];

  it('puts pages with nav after the built-in links and before Search, by place then title', () => {
    const nav = mainNav({ links: makeLinks({ base: '/', url: 'https://test.example.org' }), pages, words: wordsFor('en'), here: '/' });
    expect(nav.map((i) => [i.label, i.href])).toEqual([
      ['Home', '/'],
      ['Events', '/events/'],
      ['People', '/people/'],
      ['Posts', '/posts/'],
      ['Who met whom', '/graph/'],
      ['About', '/about/'],
      ['Code of conduct', '/conduct/'],
      ['Questions', '/faq/'],
      ['Search', '/search/'],
    ]);
  });

  it('marks the current page, under the base too', () => {
    const current = (here: string, base = '/') =>
      mainNav({ links: makeLinks({ base, url: 'https://test.example.org' }), pages, words: wordsFor('en'), here })
        .filter((i) => i.current)
        .map((i) => i.label);
    expect(current('/about/')).toEqual(['About']);
    expect(current('/')).toEqual(['Home']);
    expect(current('/events/2024-01-01-x/')).toEqual(['Events']);
    expect(current('/join/')).toEqual([]);
    expect(current('/community/conduct/', '/community/')).toEqual(['Code of conduct']);
  });

  it('is the built-in links alone when no page has nav', () => {
    expect(
      mainNav({ links: makeLinks({ base: '/', url: 'https://test.example.org' }), pages: [], words: wordsFor('en'), here: '/' }).map((i) => i.label),
    ).toEqual(['Home', 'Events', 'People', 'Posts', 'Who met whom', 'Search']);
  });
});
