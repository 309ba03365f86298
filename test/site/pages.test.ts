/**
 * The community's own pages in a real build of the good fixture
 * (content/pages/: about.md with nav 1, code-of-conduct.md with nav 2,
 * how-to-join.md without nav but with a summary): each at /<slug>/ with its
 * head, in the main navigation in order, in the sitemap; and the names the
 * site keeps for itself are every name it publishes at its top.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_PATHS } from '../../src/content/site-paths.ts';
import { copyContent, FIXTURES, page, runBuild, scratch } from '../helpers/build.ts';

const SLUGS = ['about', 'code-of-conduct', 'how-to-join'];
const ORIGIN = 'https://lamplight.example.org';

/** The main navigation of a page, as [label, href, aria-current] triples. */
const navOf = (html: string): Array<[string, string, string | undefined]> => {
  const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...nav.matchAll(/<a href="([^"]*)"( aria-current="page")?>([^<]*)<\/a>/g)].map((m) => [m[3] ?? '', m[1] ?? '', m[2] ? 'page' : undefined]);
};

describe("the good fixture's own pages", () => {
  const out = join(scratch('pages'), 'dist');
  beforeAll(() => {
    const run = runBuild(join(FIXTURES, 'good/content'), out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('publishes each page at /<slug>/ with its title, description and canonical URL, without script', () => {
    const heads = Object.fromEntries(
      SLUGS.map((slug) => {
        const html = page(out, `${slug}/`);
        expect(html, slug).not.toContain('<script');
        return [
          slug,
          {
            title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
            description: /<meta name="description" content="([^"]*)">/.exec(html)?.[1],
            canonical: /<link rel="canonical" href="([^"]*)">/.exec(html)?.[1],
            ogUrl: /<meta property="og:url" content="([^"]*)">/.exec(html)?.[1],
            h1: /<h1>([^<]*)<\/h1>/.exec(html)?.[1],
          },
        ];
      }),
    );
    expect(heads).toEqual({
      about: {
        title: 'About · Lamplight',
        // No summary: the first paragraph of the body, as plain text.
        description: "Lamplight is a group of night owls who met in the replies of each other's blogs, and then, one late evening, on a pier.",
        canonical: `${ORIGIN}/about/`,
        ogUrl: `${ORIGIN}/about/`,
        h1: 'About',
      },
      'code-of-conduct': {
        title: 'Code of conduct · Lamplight',
        description: 'Be kind, be patient, and leave the pier as you found it.',
        canonical: `${ORIGIN}/code-of-conduct/`,
        ogUrl: `${ORIGIN}/code-of-conduct/`,
        h1: 'Code of conduct',
      },
      'how-to-join': {
        title: 'How to join · Lamplight',
        description: 'Add a file about yourself and say hello.',
        canonical: `${ORIGIN}/how-to-join/`,
        ogUrl: `${ORIGIN}/how-to-join/`,
        h1: 'How to join',
      },
    });
  });

  it('renders the body through the Markdown pipeline', () => {
    const html = page(out, 'about/');
    expect(html).toContain('<strong>night owls</strong>');
    expect(html).toContain('<a href="../events/2024-07-04-late-pier/">pier</a>');
    expect(page(out, 'code-of-conduct/')).toContain('When something goes wrong</h2>');
  });

  it('lists pages with nav after the built-in links, in order, before Search, on every page', () => {
    const want = [
      ['Home', '/'],
      ['Events', '/events/'],
      ['People', '/people/'],
      ['Posts', '/posts/'],
      ['Who met whom', '/graph/'],
      ['About', '/about/'],
      ['Code of conduct', '/code-of-conduct/'],
      ['Search', '/search/'],
    ];
    for (const route of ['', 'events/', 'how-to-join/', 'people/ada/']) {
      expect(
        navOf(page(out, route)).map(([label, href]) => [label, href]),
        route,
      ).toEqual(want);
    }
  });

  it("marks the page's own link in the navigation as the current page", () => {
    const current = (route: string) =>
      navOf(page(out, route))
        .filter(([, , c]) => c === 'page')
        .map(([label]) => label);
    expect(current('about/')).toEqual(['About']);
    expect(current('code-of-conduct/')).toEqual(['Code of conduct']);
    expect(current('how-to-join/')).toEqual([]);
    expect(current('')).toEqual(['Home']);
  });

  it('lists the pages in the sitemap', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    for (const slug of SLUGS) expect(sitemap, slug).toContain(`<loc>${ORIGIN}/${slug}/</loc>`);
  });

  it('keeps every top-level name of the built site in the reserved list, or a page of content/pages/', () => {
    const names = readdirSync(out).filter((name) => !name.includes('.'));
    expect(names).toContain('pagefind');
    const unknown = names.filter((name) => !Object.hasOwn(SITE_PATHS, name) && !SLUGS.includes(name));
    expect(unknown, 'add these to SITE_PATHS in src/content/site-paths.ts').toEqual([]);
  });
});

describe('a page in a site with a sub-folder and a repository', () => {
  it('links the navigation under base and offers "Edit this page"', () => {
    const content = copyContent('good', 'pages-sub-folder');
    writeFileSync(
      join(content, 'site.yaml'),
      `${readFileSync(join(content, 'site.yaml'), 'utf8')}base: /community/\nrepository: https://github.com/lamplight/site\n`,
    );
    const out = join(content, '..', 'dist');
    expect(runBuild(content, out).status).toBe(0);
    const html = page(out, 'about/');
    expect(navOf(html).filter(([, href]) => !href.startsWith('/community/'))).toEqual([]);
    expect(navOf(html).find(([label]) => label === 'About')).toEqual(['About', '/community/about/', 'page']);
    expect(html).toContain('<link rel="canonical" href="https://lamplight.example.org/community/about/">');
    expect(html).toContain('<a href="https://github.com/lamplight/site/edit/main/content/pages/about.md" rel="noopener">Edit this page</a>');
  });
});
