/**
 * Member-written Markdown takes one of two roads (src/integration/markdown-processor.ts):
 * bodies without `<` go through Sätteri with a small plugin, the rest through
 * the unified pipeline with the sanitizer. For plain Markdown both roads must
 * give the same page; this holds them against each other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createContentRenderers, hasAllowedScheme, needsFullPipeline } from '../../src/integration/markdown-processor.ts';

type Renderers = Awaited<ReturnType<typeof createContentRenderers>>;
let roads: Renderers;
beforeAll(async () => {
  roads = await createContentRenderers({ siteUrl: 'https://town.example', trustedMdx: false }, { syntaxHighlight: false });
});

/** The same HTML written two ways: `&` as a named or a numeric entity, a final newline or not. */
const normalize = (html: string) => html.replaceAll('&#x26;', '&amp;').replaceAll('&#x3C;', '&lt;').trim();

async function both(markdown: string) {
  const file = { fileURL: new URL('file:///town/content/events/picnic.md') };
  const [full, quick] = await Promise.all([roads.full.render(markdown, file), roads.quick.render(markdown, file)]);
  return { full: { ...full, code: normalize(full.code) }, quick: { ...quick, code: normalize(quick.code) } };
}

describe('which road a body takes', () => {
  it('sends raw HTML, autolinks and footnotes to the sanitizer, and plain Markdown the quick way', () => {
    expect(needsFullPipeline('Hello <b>there</b>')).toBe(true);
    expect(needsFullPipeline('See <https://example.org>')).toBe(true);
    expect(needsFullPipeline('A claim.[^1]\n\n[^1]: A source.')).toBe(true);
    expect(needsFullPipeline('Plain *words* and [a link](https://example.org) & more.')).toBe(false);
  });

  it('allows relative links and the listed schemes only, as the sanitizer decides', () => {
    const schemes = ['http', 'https', 'mailto'];
    expect(hasAllowedScheme('/events/x/', schemes)).toBe(true);
    expect(hasAllowedScheme('notes/a:b', schemes)).toBe(true);
    expect(hasAllowedScheme('#top', schemes)).toBe(true);
    expect(hasAllowedScheme('HTTPS://example.org', schemes)).toBe(true);
    expect(hasAllowedScheme('mailto:amy@example.org', schemes)).toBe(true);
    expect(hasAllowedScheme('javascript:alert(1)', schemes)).toBe(false);
    expect(hasAllowedScheme('JavaScript:alert(1)', schemes)).toBe(false);
    expect(hasAllowedScheme('data:text/html,x', schemes)).toBe(false);
    expect(hasAllowedScheme('mailto:amy@example.org', ['http', 'https'])).toBe(false);
  });
});

describe('the quick road gives what the sanitized road gives', () => {
  const samples: Record<string, string> = {
    'headings with the same text': '# Title\n\n## Same\n\n## Same\n\nText & more "quotes" it\'s.',
    'emphasis, code, breaks': 'Some *em*, **strong**, `code` and ~~gone~~.\n\nLine one\nline two  \nafter a break',
    'lists, quotes, rules': '- one\n- two\n\n1. a\n2. b\n\n> quoted\n\n---\n\nafter',
    'a table and a task list': '| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] to do\n- [x] done',
    'a fenced code block': '```js\nlet x = 1;\n```',
    'links inside, outside and by mail':
      '[out](https://other.example/x), [home](https://town.example/people/a/), [page](/events/x/), [mail](mailto:a@b.example), www.bare.example and https://bare.example',
    'a picture from elsewhere': '![A table of six](https://img.example/a.png "Supper")',
    'links to other schemes': '[x](javascript:alert(1)), [y](JaVaScRiPt:alert(1)), [z](&#x6A;avascript:alert(1)) and ![i](data:image/png;base64,AAA)',
    "headings that start with a digit, take one of the page's ids or repeat, and links to them":
      '## 2009 talks\n\n## Talks\n\n## Talks\n\n## Met\n\n## Café ☕ *ouvert*\n\n## ???\n\n[a](#2009-talks) [b](#talks) [c](#talks-1) [d](#met) [e](#main) [f](#hosts) [g](#café--ouvert)',
    'a table with aligned columns': '| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |',
  };
  for (const [name, markdown] of Object.entries(samples)) {
    it(name, async () => {
      const { full, quick } = await both(markdown);
      expect(quick.code).toBe(full.code);
      expect(quick.metadata).toEqual(full.metadata);
    });
  }

  it("gives headings valid ids that none of the page's own take, and points the body's links at them", async () => {
    const { quick } = await both('## 2009 talks\n\n## Talks\n\n## Talks\n\n[a](#2009-talks) [b](#talks) [c](#talks-1) [d](#met)');
    expect(quick.code).toBe(
      '<h2 id="user-content-2009-talks">2009 talks</h2>\n<h2 id="talks-1">Talks</h2>\n<h2 id="talks-2">Talks</h2>\n<p><a href="#user-content-2009-talks">a</a> <a href="#talks-1">b</a> <a href="#talks-2">c</a> <a href="#met">d</a></p>',
    );
    expect(quick.metadata.headings.map((h) => h.slug)).toEqual(['user-content-2009-talks', 'talks-1', 'talks-2']);
  });

  it("writes a column's alignment as a class, not a style attribute", async () => {
    const { quick } = await both('| a | b |\n|:-:|--:|\n| 1 | 2 |');
    expect(quick.code).toContain('<th class="align-center">a</th>\n<th class="align-right">b</th>');
    expect(quick.code).not.toContain('style=');
  });

  it('hands a picture next to the file to Astro the same way', async () => {
    const { full, quick } = await both('![The pier](./pier.png)');
    // The same image instructions, written with other entities and key order.
    const props = (html: string) =>
      JSON.parse((/__ASTRO_IMAGE_="([^"]*)"/.exec(html)?.[1] ?? '').replaceAll('&#x22;', '"').replaceAll('&quot;', '"')) as unknown;
    expect(props(quick.code)).toEqual({ src: './pier.png', alt: 'The pier', index: 0 });
    expect(props(quick.code)).toEqual(props(full.code));
    expect(quick.metadata).toEqual(full.metadata);
  });

  it('marks only outside links as ugc, nofollow and noopener', async () => {
    const { quick } = await both('[out](https://other.example/x) and [home](https://town.example/people/a/)');
    expect(quick.code).toBe(
      '<p><a href="https://other.example/x" rel="ugc nofollow noopener">out</a> and <a href="https://town.example/people/a/">home</a></p>',
    );
  });

  it('drops a link or picture with another scheme, keeping its words', async () => {
    const { quick } = await both('[x](javascript:alert(1)) ![i](data:image/png;base64,AAA)');
    expect(quick.code).toBe('<p><a>x</a> <img alt="i"></p>');
  });

  it('keeps a rule at the very top of a body as a rule', async () => {
    const { full, quick } = await both('---\ntitle: not frontmatter\n---\n\nWords.');
    expect(quick.code).toBe(full.code);
    expect(quick.code).toContain('<hr>');
  });
});

describe('site-absolute links under a base', () => {
  let sub: Renderers;
  beforeAll(async () => {
    sub = await createContentRenderers({ siteUrl: 'https://town.example', base: '/sub/', trustedMdx: false }, { syntaxHighlight: false });
  });

  it('get the base on both roads, so that a link check accepts leads where it says', async () => {
    const markdown = '[a](/events/x/) [b](/sub/events/x/) [c](https://town.example/people/amy/#met) [d](../y/) [e](//elsewhere.example/z) [f](#met) [g](/sub)';
    const file = { fileURL: new URL('file:///town/content/events/picnic.md') };
    const expected =
      '<p><a href="/sub/events/x/">a</a> <a href="/sub/events/x/">b</a> <a href="https://town.example/sub/people/amy/#met">c</a> <a href="../y/">d</a> <a href="//elsewhere.example/z" rel="ugc nofollow noopener">e</a> <a href="#met">f</a> <a href="/sub">g</a></p>';
    expect(normalize((await sub.quick.render(markdown, file)).code)).toBe(expected);
    expect(normalize((await sub.full.render(`${markdown}\n\n<a href="/events/">h</a>`, file)).code)).toBe(`${expected}\n<p><a href="/sub/events/">h</a></p>`);
  });
});
