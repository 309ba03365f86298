/**
 * Content from strangers: each input an adversarial test found the checker
 * letting through, hanging on, or crashing over, and others of the same
 * families. Each asserts the exact line an editor reads (one mistake, one
 * message), or that nothing is wrong where the input is harmless.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/node/read-content.ts';
import { formatProblems } from '../../src/content/report/problems.ts';
import { TRUSTED_MDX_WARNING, validateContent } from '../../src/content/validate/index.ts';
import { findPrivateData } from '../../src/content/fields/private-data.ts';
import { findUnrenderedBodies } from '../../src/content/bodies/unrendered.ts';
import { markdownToText, summarize } from '../../src/base/markdown-text.ts';
import { BASE_SITE, lines, rules, validate } from '../helpers/validate.ts';

const EVENT = 'content/events/2010-05-13-memphis.md';
const POST = 'content/posts/flood.md';
const AMY = 'content/people/amyhowell.md';
const SITE = 'content/site.yaml';

const file = (fields: string, body = 'Some words.'): string => `---\n${fields}\n---\n${body}\n`;
const post = (fields: string, body = 'Some words.'): string => file(`title: Flood\nauthor: laura_click\ndate: 2010-05-20\n${fields}`.trimEnd(), body);
const event = (fields: string, body = 'Dinner.'): string =>
  file(`title: Memphis evening\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nhosts: [amyhowell]\n${fields}`.trimEnd(), body);

describe('inputs that used to take seconds or minutes are refused at once', () => {
  it('a base with a long folder name and a bad character (exponential backtracking before)', () => {
    expect(lines(validate({ [SITE]: `${BASE_SITE}base: "/${'a'.repeat(40)}!"\n` }))).toEqual([`${SITE}:4:7 base: base is a path like /community/`]);
    expect(lines(validate({ [SITE]: `${BASE_SITE}base: "/${'a/'.repeat(60)}"\n` }))).toEqual([
      `${SITE}:4:7 base: base is a path like /community/, at most 100 characters`,
    ]);
    expect(lines(validate({ [SITE]: `${BASE_SITE}base: /community/meetups/\n` }))).toEqual([]);
  });

  it('a 100,000-character name says its length, and nothing else', () => {
    expect(lines(validate({ [AMY]: file(`name: "${'a'.repeat(100_000)}"`) }))).toEqual([`${AMY}:2:7 name: has at most 100 characters (this one has 100000)`]);
  });

  it('a body of one 100,000-letter word, or 100,000 "<" or "[", is fine', () => {
    for (const body of ['a'.repeat(100_000), '<'.repeat(100_000), '['.repeat(100_000), '!['.repeat(50_000)]) {
      expect(lines(validate({ [POST]: post('', body) }))).toEqual([]);
      expect(markdownToText(body).length).toBeGreaterThan(0);
      expect(summarize(body).length).toBeLessThanOrEqual(280);
    }
  });

  it('a first line of --- with 40,000 spaces and a word after it', () => {
    expect(lines(validate({ [POST]: `---x${' '.repeat(40_000)}y\ntitle: F\n---\nb\n` }))).toEqual([
      `${POST}:1:4: frontmatter is YAML only: "---x${' '.repeat(19)}…" asks for another language, which is never run; make the first line exactly ---`,
    ]);
    expect(lines(validate({ [POST]: `---${' '.repeat(40_000)}\ntitle: Flood\nauthor: laura_click\ndate: 2010-05-20\n---\nb\n` }))).toEqual([]);
  });

  it('a list nested 300 deep in MDX, block quotes 5,000 deep in Markdown, and HTML 500 deep', () => {
    const list = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n');
    expect(lines(validate({ 'content/posts/deep.mdx': post('', list) }))).toEqual([
      'content/posts/deep.mdx:70:1 body: this text is nested 33 levels deep (block quotes, lists and HTML elements inside each other); the most is 32: flatten it',
    ]);
    expect(lines(validate({ [POST]: post('', `<b>x</b>\n\n${'>'.repeat(5000)} deep`) }))).toEqual([
      `${POST}:8:1 body: this text is nested 5000 levels deep (block quotes, lists and HTML elements inside each other); the most is 32: flatten it`,
    ]);
    expect(lines(validate({ [POST]: post('', `${'<div>'.repeat(500)}x${'</div>'.repeat(500)}`) }))).toEqual([
      `${POST}:6:1 body: this text is nested 500 levels deep (block quotes, lists and HTML elements inside each other); the most is 32: flatten it`,
    ]);
  });

  it('ordinary nesting, and deep indentation inside a code block, are fine', () => {
    const nested = '> quote\n> > inner\n\n- a\n  - b\n    - c\n      1. d\n\n<div><p>one<p>two<ul><li>a<li>b</ul></div>';
    const code = `\`\`\`\n${' '.repeat(400)}deep code\n${'>'.repeat(100)}\n\`\`\``;
    expect(lines(validate({ [POST]: post('', `${nested}\n\n${code}`) }))).toEqual([]);
  });

  it('everyone_met: true is believable for 200 people at most, and so is met.max_attendees', () => {
    const handles = Array.from({ length: 201 }, (_, i) => `p${i}`);
    const people = Object.fromEntries(handles.map((h) => [`content/people/${h}.md`, file(`name: Person ${h}`)]));
    const big = event(`attendees: [${handles.join(', ')}]\neveryone_met: true`);
    expect(lines(validate({ ...people, [EVENT]: big }))).toEqual([
      `${EVENT}:8:15 everyone_met: everyone_met: true says that all 202 people met each other, and the most it can say that of is 200: remove it, and record who really met with a met entry naming the event`,
    ]);
    expect(lines(validate({ ...people, [EVENT]: event(`attendees: [${handles.slice(0, 199).join(', ')}]\neveryone_met: true`) }))).toEqual([]);
    expect(lines(validate({ [SITE]: `${BASE_SITE}met:\n  max_attendees: 100000\n` }))).toEqual([
      `${SITE}:5:18 met.max_attendees: must be at most 200: past that, not everyone at an event has met everyone`,
    ]);
  });

  it('posts_per_page is 200 at most, as many entries as any page lists', () => {
    expect(lines(validate({ [SITE]: `${BASE_SITE}posts_per_page: 200\n` }))).toEqual([]);
    expect(lines(validate({ [SITE]: `${BASE_SITE}posts_per_page: 201\n` }))).toEqual([
      `${SITE}:4:17 posts_per_page: must be at most 200: no page of the site lists more entries than that`,
    ]);
  });
});

describe('e-mail addresses and phone numbers are never published', () => {
  it('from any text field, each at its line', () => {
    const result = validate({
      [SITE]: `name: Write to hello@town.example\nurl: https://t.example\ntimezone: UTC\ntagline: "Call +1 555 123 4567"\n`,
      [EVENT]: event('guests: ["Jim (jim@howell.example)"]\nphotos:\n  - src: ./a.jpg\n    alt: "Amy, 0612345678"', 'Dinner.'),
      [POST]: post('summary: "Reach me: laura [at] click (dot) com"'),
      'content/series/socials.md': file('title: Socials\ncadence: "Monthly, RSVP (555) 123-4567"'),
    });
    expect(lines(result).filter((l) => !l.includes('image "./a.jpg" not found'))).toEqual([
      `${EVENT}:7:10 guests[0]: "jim@howell.example" is an e-mail address, and the site never publishes one: remove it (link a website or an account instead)`,
      `${EVENT}:10:10 photos[0].alt: "0612345678" looks like a phone number, and the site never publishes one: remove it (if it is something else, such as an order number, write it in another way)`,
      `${POST}:5:10 summary: "laura@click.com" is an e-mail address, and the site never publishes one: remove it (link a website or an account instead)`,
      'content/series/socials.md:3:10 cadence: "(555) 123-4567" looks like a phone number, and the site never publishes one: remove it (if it is something else, such as an order number, write it in another way)',
      `${SITE}:1:7 name: "hello@town.example" is an e-mail address, and the site never publishes one: remove it (link a website or an account instead)`,
      `${SITE}:4:10 tagline: "+1 555 123 4567" looks like a phone number, and the site never publishes one: remove it (if it is something else, such as an order number, write it in another way)`,
    ]);
  });

  it('from a body, however it is disguised, at its line and column', () => {
    const body = [
      'Plain text with no address.',
      'Write [to me](mailto:amy@howell.example).',
      'Or &#97;my&#64;howell&#46;example,',
      'or amy＠howell．example,',
      'or a\u200Bm\u200By@howell.example,',
      'or amy [at] howell [dot] example,',
      '<a href="tel:+15551234567">call</a>',
    ].join('\n');
    const email = (value: string) =>
      `"${value}" is an e-mail address, and the site never publishes a member's: remove it (link a website or an account instead), or, if this is the community's own address (like talks@…), list it in site.yaml's public_emails`;
    expect(lines(validate({ [POST]: post('', body) }))).toEqual([
      `${POST}:7:22 body: ${email('amy@howell.example')}`,
      `${POST}:8:4 body: ${email('amy@howell.example')}`,
      `${POST}:9:4 body: ${email('amy@howell.example')}`,
      `${POST}:10:4 body: ${email('amy@howell.example')}`,
      `${POST}:11:4 body: ${email('amy@howell.example')}`,
      `${POST}:12:10 body: links may only be http, https or mailto, not "tel:"`,
      `${POST}:12:14 body: "+15551234567" looks like a phone number, and the site never publishes one: remove it (if it is something else, such as an order number, write it in another way)`,
    ]);
  });

  it('leaves fediverse handles and an @ in a web address alone (the numbers of real text: test/content/fields/private-data.test.ts)', () => {
    const harmless = 'Follow @amy@mastodon.social or https://medium.com/@amy/post.';
    expect(findPrivateData(harmless)).toBeUndefined();
    expect(lines(validate({ [POST]: post('', harmless) }))).toEqual([]);
  });

  it('finds the same thing at the same offset in plain ASCII text (read as written) and in text that is folded', () => {
    expect(findPrivateData('Call 555-123-4567 or mail amy@howell.example')).toEqual({ kind: 'phone', index: 5, value: '555-123-4567' });
    expect(findPrivateData('Café: 555-123-4567')).toEqual({ kind: 'phone', index: 6, value: '555-123-4567' });
    expect(findPrivateData('Mail amy@howell.example')).toEqual({ kind: 'email', index: 5, value: 'amy@howell.example' });
    expect(findPrivateData('Mail amy (at) howell.example')).toEqual({ kind: 'email', index: 5, value: 'amy@howell.example' });
    expect(findPrivateData('No address, no number: just words (and brackets).')).toBeUndefined();
  });
});

describe('control characters and broken text are refused', () => {
  it('in a field, as YAML escapes or block scalars', () => {
    expect(lines(validate({ [POST]: file('title: "Brunch\\x01"\nauthor: laura_click\ndate: 2010-05-20') }))).toEqual([
      `${POST}:2:8 title: holds an invisible control character (U+0001): remove it`,
    ]);
    expect(lines(validate({ [POST]: file('title: "a\\eb"\nauthor: laura_click\ndate: 2010-05-20') }))).toEqual([
      `${POST}:2:8 title: holds an invisible control character (U+001B): remove it`,
    ]);
    expect(rules(validate({ [POST]: file('title: "Brunch\\r\\nBEGIN:VEVENT\\r\\nUID:evil-1"\nauthor: laura_click\ndate: 2010-05-20') }))).toEqual([
      `${POST}:2:8 title: text-one-line`,
    ]);
    expect(rules(validate({ [POST]: file('title: |\n  Brunch\n  BEGIN:VEVENT\nauthor: laura_click\ndate: 2010-05-20') }))).toEqual([
      `${POST}:2:8 title: text-one-line`,
    ]);
    expect(lines(validate({ [POST]: file('title: "half \\uD83D emoji"\nauthor: laura_click\ndate: 2010-05-20') }))).toEqual([
      `${POST}:2:8 title: holds a broken character (half of an emoji or other symbol): write it again`,
    ]);
    expect(lines(validate({ [SITE]: 'name: "To\\x0bwn"\nurl: https://t.example\ntimezone: UTC\n' }))).toEqual([
      `${SITE}:1:7 name: holds an invisible control character (U+000B): remove it`,
    ]);
  });

  it('a summary or note may have several lines; a raw control character anywhere stops the file, once', () => {
    expect(lines(validate({ [POST]: post('summary: |\n  One line.\n  Another line.') }))).toEqual([]);
    expect(lines(validate({ [POST]: `---\ntitle: a\u0000b\nauthor: laura_click\ndate: 2010-05-20\n---\nb\u0001\n` }))).toEqual([
      `${POST}:2:9: an invisible control character (U+0000) is here: remove it, and save the file as plain UTF-8 text`,
    ]);
  });
});

describe('check refuses what the build would refuse, at its line', () => {
  it('YAML tags, which Astro runs or fails on', () => {
    expect(lines(validate({ [POST]: post('').replace('title: Flood', 'title: !!js/function "function () { return 1 }"') }))).toEqual([
      `${POST}:2:8 title: YAML tags (!!js/function) are not allowed: write the plain value, in quotes if it is text`,
    ]);
    expect(lines(validate({ [POST]: post('').replace('title: Flood', 'title: !foo bar') }))).toEqual([
      `${POST}:2:8 title: YAML tags (!foo) are not allowed: write the plain value, in quotes if it is text`,
    ]);
    expect(lines(validate({ [EVENT]: event('attendees: [laura_click, !!str kathy]') }))).toEqual([
      `${EVENT}:7:26 attendees[1]: YAML tags (!!str) are not allowed: write the plain value, in quotes if it is text`,
    ]);
    expect(lines(validate({ [POST]: post('', 'Wow! A title!') }))).toEqual([]);
  });

  it('a line inside the fields that starts with +++ or ---, where Astro would end them', () => {
    expect(lines(validate({ [POST]: file('title: "a\n+++\n  b"\nauthor: laura_click\ndate: 2010-05-20') }))).toEqual([
      `${POST}:3:1: a line inside the fields cannot start with +++: the build would take it as the end of the fields; indent the line, or write the text another way`,
    ]);
  });

  it('a file name whose extension is not lowercase, which the build would not read', () => {
    expect(lines(validate({ 'content/posts/upper.MD': post('') }))).toEqual([
      'content/posts/upper.MD: rename the file to end in lowercase .md: the build reads .md files only',
    ]);
  });

  it('a picture named with "?" (read as a query) or an SVG drawing (which can carry scripts)', () => {
    const result = validate({ [AMY]: file('name: Amy\navatar: ./a.png?raw.png') }, ['content/people/a.png?raw.png']);
    expect(lines(result)).toEqual([
      `${AMY}:3:9 avatar: "./a.png?raw.png": a picture's file name cannot hold "?": rename the file with letters, digits, "-" and "_"`,
    ]);
    expect(lines(validate({ [AMY]: file('name: Amy\navatar: ./a.svg') }, ['content/people/a.svg']))).toEqual([
      `${AMY}:3:9 avatar: "./a.svg" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that`,
    ]);
    expect(lines(validate({ [POST]: post('', '![map](./map.svg)\n\n<img src="./x.svg?raw" alt="">\n\n![ok](https://cdn.example/a.svg)') }))).toEqual([
      `${POST}:6:8 body: "./map.svg" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that`,
      `${POST}:8:11 body: "./x.svg?raw" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that`,
    ]);
  });

  it('an SVG document saved under a picture name', () => {
    const result = validateContent({
      root: 'content',
      files: [
        { path: SITE, text: BASE_SITE },
        { path: AMY, text: file('name: Amy\navatar: ./amy.png') },
        { path: 'content/people/amy.png', head: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>') },
      ],
    });
    expect(lines(result)).toEqual([
      `${AMY}:3:9 avatar: "./amy.png" holds an SVG drawing, which can carry scripts: save it as a real .png (or .jpg) and use that`,
    ]);
  });
});

describe("names of JavaScript's own properties are plain names", () => {
  it('as a folder', () => {
    for (const folder of ['constructor', '__proto__', 'hasOwnProperty', 'toString']) {
      expect(lines(validate({ [`content/${folder}/x.md`]: file('title: x') }))).toEqual([`content/${folder}/x.md: "${folder}" is not a content folder`]);
    }
  });

  it('as MDX components and attributes', () => {
    const body = '<__proto__ />\n\n<Constructor />\n\n<Callout constructor="x">hi</Callout>\n\n<Person handle="amyhowell" __proto__="x" />';
    expect(lines(validate({ 'content/posts/p.mdx': post('', body) }))).toEqual([
      'content/posts/p.mdx:6:1 body: unknown component <__proto__>: the components you can use are <Person>, <EventCard>, <Figure>, <Callout>',
      'content/posts/p.mdx:8:1 body: unknown component <Constructor>: the components you can use are <Person>, <EventCard>, <Figure>, <Callout>',
      'content/posts/p.mdx:10:1 body: <Callout> has no attribute "constructor": it takes type="…", title="…"',
      'content/posts/p.mdx:12:1 body: <Person> has no attribute "__proto__": it takes handle="…"',
    ]);
  });

  it('as a field or a handle', () => {
    expect(lines(validate({ [POST]: post('constructor: x\n__proto__: y') }))).toEqual([
      `${POST}:5:1 constructor: unknown field`,
      `${POST}:6:1 __proto__: unknown field`,
    ]);
    expect(lines(validate({ [EVENT]: event('attendees: [constructor]') }))).toEqual([`${EVENT}:7:13 attendees[0]: unknown handle "constructor"`]);
  });
});

describe('trusted MDX is allowed, and said loudly', () => {
  it('is a warning at its line, in every output format, and not an error', () => {
    const result = validate({ [SITE]: `${BASE_SITE}mdx: trusted\n` });
    expect(lines(result)).toEqual([]);
    expect(result.warnings.map((w) => formatProblems([w], 'text'))).toEqual([`${SITE}:4:6 mdx: warning: ${TRUSTED_MDX_WARNING}`]);
    expect(formatProblems(result.warnings, 'github')).toMatch(
      /^::warning file=content\/site\.yaml,line=4,col=6::mdx: trusted MDX runs code: every \.mdx file can run any program/,
    );
    expect(JSON.parse(formatProblems(result.warnings, 'json'))).toEqual([
      { file: SITE, line: 4, column: 6, field: 'mdx', message: TRUSTED_MDX_WARNING, rule: 'mdx-trusted', severity: 'warning' },
    ]);
    expect(validate().warnings).toEqual([]);
  });
});

describe('the files of the content folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'firsthand-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses symbolic links, to files or folders, once each, and never reads through them', () => {
    const content = join(dir, 'links/content');
    const outside = join(dir, 'links/outside');
    mkdirSync(join(content, 'people'), { recursive: true });
    mkdirSync(join(content, 'posts'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'x.png'), 'not really');
    writeFileSync(join(content, 'site.yaml'), BASE_SITE);
    writeFileSync(join(content, 'people/amy.md'), file('name: Amy\navatar: ./pics/x.png'));
    symlinkSync(outside, join(content, 'people/pics'));
    symlinkSync('/etc/hostname', join(content, 'posts/host.md'));
    const problems = validateContent(readContentFolder(content, join(dir, 'links'))).problems.map((p) => formatProblems([p], 'text'));
    expect(problems).toEqual([
      'content/people/pics: this is a symbolic link, which could publish a file from outside the repository: put the file itself here',
      'content/posts/host.md: this is a symbolic link, which could publish a file from outside the repository: put the file itself here',
    ]);
  });

  it('refuses a file over 1 MB without reading it', () => {
    const content = join(dir, 'big/content');
    mkdirSync(join(content, 'posts'), { recursive: true });
    writeFileSync(join(content, 'site.yaml'), BASE_SITE);
    writeFileSync(join(content, 'posts/big.md'), post('', 'word '.repeat(300_000)));
    const input = readContentFolder(content, join(dir, 'big'));
    expect(input.files.find((f) => f.path.endsWith('big.md'))?.text).toBeUndefined();
    expect(validateContent(input).problems.map((p) => formatProblems([p], 'text'))).toEqual([
      'content/posts/big.md: this file has 1.5 MB, and a content file holds at most 1 MB: split it, and keep pictures in files of their own',
    ]);
  });
});

describe('a body Astro could not render', () => {
  it('fails the build naming the file, instead of publishing the page without its text', () => {
    const bodies = new Map([
      ['lost', { file: 'content/posts/lost.md', body: 'Words Astro could not render.' }],
      ['empty', { file: 'content/posts/empty.md', body: '\n' }],
      ['fine', { file: 'content/posts/fine.md', body: 'Rendered.' }],
      ['later', { file: 'content/posts/later.mdx', body: 'MDX renders at the page.' }],
    ]);
    const entries = [
      { id: 'lost', filePath: 'content/posts/lost.md' },
      { id: 'empty', filePath: 'content/posts/empty.md' },
      { id: 'fine', filePath: 'content/posts/fine.md', rendered: { html: '<p>Rendered.</p>' } },
      { id: 'later', filePath: 'content/posts/later.mdx', deferredRender: true },
    ];
    expect(findUnrenderedBodies(entries, (id) => bodies.get(id)).map((p) => formatProblems([p], 'text'))).toEqual([
      'content/posts/lost.md body: the text could not be made into a page (it is too deeply nested or too large for the Markdown reader): simplify it',
    ]);
  });
});
