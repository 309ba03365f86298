/**
 * The editors' safety net (issue #15): each mistake a new editor made that was
 * published without a word, or explained badly, with the exact line `check`
 * prints for it; and none gives more than one line (two at most).
 */
import { describe, expect, it } from 'vitest';
import { findBodyLinks } from '../../src/content/bodies/site-links.ts';
import { parseContentFile } from '../../src/content/read/frontmatter.ts';
import { firstIndentTab } from '../../src/content/read/yaml-mistakes.ts';
import { BASE_SITE, lines, validate } from '../helpers/validate.ts';

const EVENT = 'content/events/2010-05-13-memphis.md';
const POST = 'content/posts/flood.md';
const AMY = 'content/people/amyhowell.md';
const PAGE = 'content/pages/about.md';

/** The post with a body (line 6 of the file is the body's first line). */
const postBody = (body: string, fields = ''): Record<string, string> => ({
  [POST]: `---\ntitle: Flood\nauthor: laura_click\ndate: 2010-05-20\n${fields}---\n${body}\n`,
});
const unlisted = { 'content/people/kathy.md': '---\nname: Kathy Snow\nlisted: false\n---\nKathy reads.\n' };
const draft = { 'content/posts/secret.md': '---\ntitle: Secret\nauthor: amyhowell\ndate: 2010-06-01\ndraft: true\n---\nNot yet.\n' };

describe('links that lead nowhere', () => {
  it('names a link to an event that does not exist, at its line and column', () => {
    expect(lines(validate(postBody('See [the picnic](/events/does-not-exist/).')))).toEqual([
      `${POST}:6:18 body: "/events/does-not-exist/" leads to no page of the site: see the list at "/events/"`,
    ]);
  });

  it('names the closest event: a typo, or the slug without its date', () => {
    expect(lines(validate(postBody('[a](/events/2010-05-13-memphys/)\n\n[b](/events/memphis/)')))).toEqual([
      `${POST}:6:5 body: "/events/2010-05-13-memphys/" leads to no page of the site — did you mean "/events/2010-05-13-memphis/"?`,
      `${POST}:8:5 body: "/events/memphis/" leads to no page of the site — did you mean "/events/2010-05-13-memphis/"?`,
    ]);
  });

  it('refuses a link to an unlisted person or a draft: the page does not exist', () => {
    expect(lines(validate({ ...unlisted, ...draft, ...postBody('[Kathy](/people/kathy/) wrote [this](/posts/secret/).') }))).toEqual([
      `${POST}:6:9 body: "/people/kathy/" leads to no page: kathy is not listed (listed: false), so the site has no page for them`,
      `${POST}:6:38 body: "/posts/secret/" leads to no page: "secret" is a draft, and drafts are not published`,
    ]);
  });

  it('names a person who does not exist, with the closest handle', () => {
    expect(lines(validate(postBody('[Amy](/people/amyhowel/)')))).toEqual([
      `${POST}:6:7 body: "/people/amyhowel/" leads to no page of the site — did you mean "/people/amyhowell/"?`,
    ]);
  });

  it('reads relative links from the page, as a browser does', () => {
    const page = { [PAGE]: '---\ntitle: About\n---\n[ok](../events/2010-05-13-memphis/) [no](../events/2010-05-31-memphis/) [join](../how-to-join/)\n' };
    expect(lines(validate(page))).toEqual([
      `${PAGE}:4:42 body: "../events/2010-05-31-memphis/" leads to no page of the site — did you mean "/events/2010-05-13-memphis/"?`,
      `${PAGE}:4:80 body: "../how-to-join/" leads to no page of the site`,
    ]);
  });

  it('checks raw HTML links and pictures too', () => {
    expect(lines(validate(postBody('<a href="/events/nope/">x</a>\n\n<img src="./missing.png" alt="m">')))).toEqual([
      `${POST}:6:10 body: "/events/nope/" leads to no page of the site: see the list at "/events/"`,
      `${POST}:8:11 body: image "./missing.png" not found: put the file next to flood.md or correct the name`,
    ]);
  });

  it("reads a footnote's words as words, and a link's definition as a link", () => {
    expect(lines(validate(postBody('From the old site.[^1] And [elsewhere][e].\n\n[^1]: Kept as written.\n\n[e]: /events/nope/')))).toEqual([
      `${POST}:10:6 body: "/events/nope/" leads to no page of the site: see the list at "/events/"`,
    ]);
  });

  it('publishes a picture in an <img> tag next to the file with the page, where its src points', () => {
    const result = validate(postBody('<img src="./flood.jpg" alt="Water">'), ['content/posts/flood.jpg']);
    expect(lines(result)).toEqual([]);
    expect(result.content.entryFiles).toEqual([{ file: 'content/posts/flood.jpg', path: 'posts/flood/flood.jpg' }]);
  });

  it('finds a Markdown picture that is missing, and accepts one next to the file', () => {
    expect(lines(validate(postBody('![Water](./flood.jpg) ![Mud](./mud.jpg)'), ['content/posts/flood.jpg']))).toEqual([
      `${POST}:6:30 body: image "./mud.jpg" not found: put the file next to flood.md or correct the name`,
    ]);
  });

  it('points a link to a content file at its page, and refuses links to files the site does not publish', () => {
    expect(lines(validate(postBody('[Amy](../people/amyhowell.md) [minutes](./minutes.docx)'), ['content/posts/minutes.docx']))).toEqual([
      `${POST}:6:7 body: "../people/amyhowell.md" is a content file: link to its page, "/people/amyhowell/"`,
      `${POST}:6:41 body: "./minutes.docx" is a kind of file the site does not publish (it publishes pdf, png, jpg, gif, webp, avif, txt, csv, ics, mp3, mp4): save it as one of those, or link to a copy on another site`,
    ]);
  });

  it("checks a fragment against the ids of the target page: its sections and its body's headings", () => {
    const series = { 'content/series/socials.md': '---\ntitle: Socials\n---\n## How it works\n\nMonthly.\n' };
    const body = '[a](/people/amyhowell/#met) [b](/people/amyhowell/#mett) [c](/series/socials/#how-it-works) [d](#nowhere) [e](/events/#anything)';
    expect(lines(validate({ ...series, ...postBody(body) }))).toEqual([
      `${POST}:6:33 body: "/people/amyhowell/#mett": that page has no "#mett" — did you mean "#met"?`,
      `${POST}:6:97 body: "#nowhere": that page has no "#nowhere"`,
    ]);
  });

  it("knows a heading's id as the build gives it, and the one old content links (the build points those at the new one)", () => {
    const series = { 'content/series/socials.md': '---\ntitle: Socials\n---\n## 2009 socials\n\n## Hosts\n\n[a](#2009-socials) [b](#hosts) [c](#hosts-1)\n' };
    const body =
      '[d](/series/socials/#2009-socials) [e](/series/socials/#user-content-2009-socials) [f](/series/socials/#hosts-1) [g](/series/socials/#2010-socials)';
    expect(lines(validate({ ...series, ...postBody(body) }))).toEqual([
      `${POST}:6:118 body: "/series/socials/#2010-socials": that page has no "#2010-socials" — did you mean "#user-content-2009-socials"?`,
    ]);
  });

  it("accepts every page and file the site publishes, written with the site's address, with or without its base", () => {
    const site = { 'content/site.yaml': `${BASE_SITE}base: /sub/\n` };
    const targets = [
      '/',
      '/events/',
      '/events/2010-05-13-memphis/',
      '/events/2010-05-13-memphis',
      '/events/2010-05-13-memphis.ics',
      '/events.ics',
      '/people/amyhowell/#met',
      '/posts/',
      '/series/socials/',
      '/tags/water/',
      '/graph/',
      '/search/',
      '/rss.xml',
      '/feed.json',
      '/sub/events/2010-05-13-memphis/',
      'https://test.example.org/events/',
      'https://test.example.org/sub/people/laura_click/',
      '../../events/',
      'https://elsewhere.example/events/nope/',
    ];
    const body = targets.map((t, i) => `[${i}](${t})`).join('\n');
    expect(lines(validate({ ...site, ...postBody(body, 'tags: [water]\n') }))).toEqual([]);
  });

  it('leaves links in code alone, and the links of a body nobody reads (a draft), but not its pictures', () => {
    const code = postBody('`[x](/nowhere/)`\n\n```\nfirst\n[y](/nowhere/)\n```\n\n[z](/events/) is fine\n\n~~~\n[unclosed](/nowhere/)\n\n[w](/nowhere/)');
    expect(lines(validate(code))).toEqual([]);
    const secret = { 'content/posts/secret.md': '---\ntitle: Secret\nauthor: amyhowell\ndate: 2010-06-01\ndraft: true\n---\n[x](/nowhere/) ![y](./y.png)\n' };
    expect(lines(validate(secret))).toEqual([
      'content/posts/secret.md:7:21 body: image "./y.png" not found: put the file next to secret.md or correct the name',
    ]);
  });
});

describe('one mistake, one message', () => {
  const online = (title: string, more = ''): Record<string, string> => ({
    [EVENT]: `---\ntitle: ${title}\nstart: 2010-05-13 18:30\nformat: online\nonline_url: https://example.com/live\n${more}---\nDinner.\n`,
  });

  it('asks for straight quotes around a title in typographic ones, and reads the rest of the file', () => {
    expect(lines(validate(online('“Winter meetup in Porto”')))).toEqual([`${EVENT}:2:8 title: write straight quotes "…" (YAML keeps “…” as part of the text)`]);
  });

  it('says the same when a colon inside makes the file unreadable, and blames no other field', () => {
    expect(lines(validate(online('“Winter meetup in Porto: the sequel”')))).toEqual([
      `${EVENT}:2:8 title: write straight quotes "…" (YAML keeps “…” as part of the text)`,
    ]);
  });

  it('finds typographic quotes in any field: single ones, German ones, list items', () => {
    const amy = { [AMY]: '---\nname: ‘Amy’\nlocation: „Memphis“\nmet:\n  - who: laura_click\n    date: 2010-05-12\n    where: “Lunch”\n---\nBio.\n' };
    expect(lines(validate(amy))).toEqual([
      `${AMY}:2:7 name: write straight quotes '…' (YAML keeps ‘…’ as part of the text)`,
      `${AMY}:3:11 location: write straight quotes "…" (YAML keeps „…“ as part of the text)`,
      `${AMY}:7:12 met[0].where: write straight quotes "…" (YAML keeps “…” as part of the text)`,
    ]);
    const guests = { [EVENT]: '---\ntitle: Memphis\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nguests: [“Jim Howell”, Bo]\n---\nHi.\n' };
    expect(lines(validate(guests))).toEqual([`${EVENT}:6:10 guests: write straight quotes "…" (YAML keeps “…” as part of the text)`]);
  });

  it('leaves quotes inside a value, and block text, alone', () => {
    const amy = { [AMY]: '---\nname: Amy “the host” Howell\nlocation: |\n  “Memphis”\n---\nBio.\n' };
    expect(lines(validate(amy))).toEqual([]);
  });

  it('gives one message for tabs in a met list, at the first tab, and echoes nothing', () => {
    const amy = { [AMY]: '---\nname: Amy\nmet:\n\t- who: laura_click\n\t  date: 2010-05-12\n\t- who: kathy\n\t  date: 2010-05-13\n---\nBio.\n' };
    expect(lines(validate(amy))).toEqual([`${AMY}:4:1 met: indent with spaces, not tabs`]);
  });

  it('reports what YAML could not read, and not the fields it therefore could not see', () => {
    expect(lines(validate(online('Winter: the sequel: part two')))).toEqual([
      `${EVENT}:2:8 title: the indentation or a colon is off here: a value that holds ": " must be in quotes, and nested fields are indented by two spaces`,
    ]);
  });

  it('suggests the zone for a place name, in site.yaml and in events', () => {
    expect(lines(validate(online('Dinner', 'timezone: Lisbon\n')))).toEqual([
      `${EVENT}:6:11 timezone: unknown time zone "Lisbon" — did you mean "Europe/Lisbon"?`,
    ]);
    expect(lines(validate({ 'content/site.yaml': 'name: Test Town\nurl: https://test.example.org\ntimezone: Los Angeles\n' }))).toEqual([
      'content/site.yaml:3:11 timezone: unknown time zone "Los Angeles" — did you mean "America/Los_Angeles"?',
    ]);
  });
});

describe('the new scans on hostile text', () => {
  const fill = (unit: string, bytes = 990_000): string => unit.repeat(Math.floor(bytes / unit.length));
  // Each of these took minutes before it was written to read its text once: a guard, not a benchmark.
  it.each([
    ['backticks of every length', () => findBodyLinks(`${fill('` `` ')}[x](/y/)`)],
    ['one line of backticks', () => findBodyLinks(fill('`'))],
    ['fences that never close', () => findBodyLinks(fill('```\n~~~\n'))],
    ['tabs after text, no newline', () => firstIndentTab(fill('a \t'))],
    ['thousands of typographic quotes', () => parseContentFile(`---\n${fill('a: “x: y”\n', 200_000)}---\n`)],
  ])('%s', (_name, run) => {
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
