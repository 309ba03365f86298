/**
 * Every rule code of content/report/rules.ts is produced: one small failing case per
 * code (the table below has a case for every code, or it does not compile),
 * which breaks that rule and no other, asserted by code rather than by
 * words. And every problem the checker reports carries a code from the table.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leftoverExampleWarning } from '../../src/node/example-community.ts';
import type { ContentProblem } from '../../src/content/report/problems.ts';
import { RULES, type RuleCode } from '../../src/content/report/rules.ts';
import { postFile } from '../../src/contribute/templates.ts';
import { findUnrenderedBodies } from '../../src/content/bodies/unrendered.ts';
import { validateContent, type ContentFile, type ValidateResult } from '../../src/content/validate/index.ts';
import { BASE_SITE, baseFiles, validate } from '../helpers/validate.ts';

const SITE = 'content/site.yaml';
const EVENT = 'content/events/2010-05-13-memphis.md';
const POST = 'content/posts/flood.md';
const AMY = 'content/people/amyhowell.md';
const PAGE = 'content/pages/about.md';

const file = (fields: string, body = 'Some words.'): string => `---\n${fields}\n---\n${body}\n`;
const person = (fields: string): Record<string, string> => ({ [AMY]: file(`name: Amy Howell\n${fields}`) });
const event = (fields: string, body?: string): Record<string, string> => ({ [EVENT]: file(`title: Memphis\nstart: 2010-05-13 18:30\n${fields}`, body) });
const inPerson = (fields: string, body?: string): Record<string, string> => event(`venue:\n  name: The Peabody\n${fields}`, body);
const post = (fields: string, body?: string): Record<string, string> => ({
  [POST]: file(`title: Flood\nauthor: laura_click\ndate: 2010-05-20\n${fields}`.trimEnd(), body),
});
const mdxPost = (body: string): Record<string, string | null> => ({
  [POST]: null,
  'content/posts/flood.mdx': file('title: Flood\nauthor: laura_click\ndate: 2010-05-20', body),
});
const site = (fields: string): Record<string, string> => ({ [SITE]: `${BASE_SITE}${fields}\n` });
const page = (fields: string): Record<string, string> => ({ [PAGE]: file(`title: About\n${fields}`.trimEnd()) });

/** The base community with some files replaced, and files given as they are read from disk (symbolic links, sizes, first bytes). */
function withFiles(overrides: Record<string, string | null>, extra: ContentFile[]): ValidateResult {
  const files = Object.entries({ ...baseFiles(), ...overrides })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]): ContentFile => ({ path, text }));
  return validateContent({ root: 'content', files: [...files, ...extra] });
}

/** Every problem and warning of a run. */
const all = (result: ValidateResult): ContentProblem[] => [...result.problems, ...result.warnings];
const run = (overrides: Record<string, string | null>, extraPaths: string[] = []): ContentProblem[] => all(validate(overrides, extraPaths));

/** A community of `n` more people who all attend one event. */
function crowd(n: number, fields: string): Record<string, string> {
  const people = Array.from({ length: n }, (_, i) => `p${i}`);
  const files: Record<string, string> = Object.fromEntries(people.map((h) => [`content/people/${h}.md`, file(`name: Person ${h}`)]));
  return { ...files, ...inPerson(`attendees: [${people.join(', ')}]\n${fields}`) };
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A community's own content holding one unchanged file of the shipped example. */
function exampleLeftover(): ContentProblem[] {
  const dir = mkdtempSync(join(tmpdir(), 'firsthand-rules-'));
  temporary.push(dir);
  const example = 'test/fixtures/example/content/people';
  const one = readdirSync(example).find((f) => f.endsWith('.md')) as string;
  mkdirSync(join(dir, 'people'));
  cpSync(join(example, one), join(dir, 'people', one));
  writeFileSync(join(dir, 'site.yaml'), BASE_SITE);
  const warning = leftoverExampleWarning(dir, 'content');
  return warning ? [warning] : [];
}

/** One case per rule: the problems of a community that breaks it. */
const CASES: Record<RuleCode, () => readonly ContentProblem[]> = {
  'site-missing': () => run({ [SITE]: null }),
  'site-file-name': () => run({ [SITE]: null, 'content/site.yml': BASE_SITE }),
  symlink: () => all(withFiles({}, [{ path: 'content/people/bo.md', symlink: true }])),
  'file-too-large': () => all(withFiles({}, [{ path: 'content/posts/big.md', size: 2_000_000 }])),
  'control-character': () => run({ [POST]: `${file('title: Flood\nauthor: laura_click\ndate: 2010-05-20')}\u0007` }),
  'outside-collections': () => run({ 'content/notes.md': 'hi' }),
  'unknown-folder': () => run({ 'content/person/bo.md': file('name: Bo') }),
  'extension-case': () => run({ 'content/posts/shout.MD': file('title: S\nauthor: kathy\ndate: 2010-05-20') }),
  'sub-folder': () => run({ 'content/events/2024/x.md': 'x' }),
  'wrong-extension': () => run({ 'content/people/bo.mdx': file('name: Bo') }),
  'bad-file-name': () => run({ 'content/people/Bo Diddley.md': file('name: Bo') }),
  'post-name-digits': () => run({ 'content/posts/2.md': file('title: Two\nauthor: kathy\ndate: 2010-05-20') }),
  'page-slug-clash': () => run({ 'content/pages/events.md': file('title: Events') }),
  'duplicate-name': () => run({ 'content/events/2010-05-13-memphis.mdx': file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P') }),

  'frontmatter-missing': () => run({ [POST]: 'title: Flood\n' }),
  'frontmatter-language': () => run({ [POST]: '---js\n{ title: "Flood" }\n---\nx\n' }),
  'frontmatter-unclosed': () => run({ [POST]: '---\ntitle: Flood\n' }),
  'frontmatter-early-end': () => run({ [POST]: file('title: "a\n+++\n  b"\nauthor: laura_click\ndate: 2010-05-20') }),
  'frontmatter-not-fields': () => run({ [POST]: file('- title\n- author') }),
  'yaml-syntax': () => run(inPerson('hosts: [@amyhowell]')),
  'yaml-duplicate-key': () => run(post('title: Again')),
  'yaml-alias': () => run(post('summary: &s Flood\ntags: [*s]')),
  'yaml-tag': () => run(post('summary: !!str Flood')),
  'tab-indent': () => run(person('accounts:\n\tx: amy')),
  'typographic-quotes': () => run(post('summary: “Flood”')),

  'unknown-field': () => run(inPerson('atendees: [kathy]')),
  'id-field': () => run(person('slug: amy')),
  'required-field': () => run({ [AMY]: file('pronouns: she/her') }),
  'empty-field': () => run(person('location:')),
  'wrong-type': () => run(person('listed: no')),
  'not-one-of': () => run(event('format: irl')),
  'out-of-range': () => run(site('posts_per_page: 0')),
  'bad-format': () => run(post('tags: [Nashville]')),
  'handle-syntax': () => run({ [POST]: file('title: F\nauthor: kathý\ndate: 2010-05-20') }),
  'slug-syntax': () => run(post('event: Memphis Night')),
  'not-web-address': () => run(post('canonical_url: laura.example/flood')),
  'text-empty': () => run(post('summary: " "')),
  'text-too-long': () => run({ [AMY]: file(`name: ${'x'.repeat(101)}`) }),
  'text-one-line': () => run({ [POST]: file('title: "Brunch\\nAgain"\nauthor: laura_click\ndate: 2010-05-20') }),
  'broken-character': () => run({ [POST]: file('title: "half \\uD83D emoji"\nauthor: laura_click\ndate: 2010-05-20') }),
  'private-data': () => run(person('location: amy@howell.example')),
  'bad-date': () => run({ [EVENT]: file('title: M\nstart: next Tuesday\nvenue:\n  name: P') }),
  'unknown-timezone': () => run(inPerson('timezone: Europe/Lodnon')),
  'url-not-origin': () => run({ [SITE]: 'name: T\nurl: https://t.example/community/\ntimezone: UTC\n' }),
  'bad-language': () => run(site('language: "not a tag"')),
  'unknown-language': () => run(site('language: nl')),
  'unknown-word': () => run(site('words:\n  nav.event: Gatherings')),
  'word-placeholder': () => run(site('words:\n  nav.events: "{count} gatherings"')),
  'word-forms': () => run(site('words:\n  nav.events:\n    one: Gathering\n    other: Gatherings')),
  'bad-accent': () => run(site('accent: red')),
  'accent-contrast': () => run(site('accent: "#777777"')),
  'bad-nav': () => run(page('nav: 0')),
  'bad-image-path': () => run(person('avatar: https://x.example/a.jpg')),
  'bad-image-name': () => run(person('avatar: ./amy#1.jpg')),
  'svg-image': () => run(person('avatar: ./amy.svg')),

  'unknown-handle': () => run({ [POST]: file('title: Flood\nauthor: zebulon\ndate: 2010-05-20') }),
  'unknown-event': () => run(post('event: 2010-05-14-memphis')),
  'unknown-series': () => run(inPerson('series: social')),
  'image-not-found': () => run(person('avatar: ./amy.jpg')),
  'image-unreadable': () => all(withFiles(person('avatar: ./amy.jpg'), [{ path: 'content/people/amy.jpg', head: new TextEncoder().encode('<html>') }])),

  'time-not-in-zone': () => run({ [EVENT]: file('title: M\nstart: 2024-03-10 02:30\nvenue:\n  name: P') }),
  'end-form': () => run(inPerson('end: 2010-05-14')),
  'end-before-start': () => run(inPerson('end: 2010-05-13 17:00')),
  'venue-required': () => run(event('')),
  'online-url-required': () => run(event('format: online')),
  'lat-lng-pair': () => run(event('venue:\n  name: P\n  lat: 35.1')),
  'everyone-met-too-many': () => run(crowd(201, 'everyone_met: true')),
  'photo-tag-not-participant': () =>
    run(inPerson('hosts: [amyhowell]\nphotos:\n  - src: ./one.jpg\n    alt: Amy\n    people: [kathy]'), ['content/events/one.jpg']),

  'x-and-twitter': () => run(person('accounts:\n  x: amy\n  twitter: amy')),
  'met-self': () => run(person('met:\n  - who: amyhowell\n    date: 2010-05-12')),
  'met-needs-date': () => run(person('met:\n  - who: kathy')),
  'met-cancelled-event': () => run({ ...inPerson('status: cancelled'), ...person('met:\n  - who: kathy\n    event: 2010-05-13-memphis') }),
  'met-date-not-event': () => run(person('met:\n  - who: kathy\n    date: 2010-05-14\n    event: 2010-05-13-memphis')),

  'updated-before-date': () => run(post('updated: 2010-05-19')),
  'cover-alt-required': () => run(post('cover: ./c.jpg'), ['content/posts/c.jpg']),
  'cover-alt-without-cover': () => run(post('cover_alt: A flood')),
  'post-placeholder': () => run({ [POST]: postFile({ title: 'Hi', author: 'kathy', date: '2010-05-20' }).replace(/^draft: true.*\n/m, '') }),
  'post-empty': () => run(post('', '')),

  'link-scheme': () => run(post('', '[click](javascript:alert(1))')),
  'dead-link': () => run(post('', 'See [the evening](/events/2010-05-13-memphys/).')),
  'entry-file': () => run(post('', '[the minutes](./minutes.docx)'), ['content/posts/minutes.docx']),
  'nesting-too-deep': () => run(post('', `${'>'.repeat(40)} deep`)),
  'mdx-syntax': () => run(mdxPost('<!-- a comment -->')),
  'mdx-code': () => run(mdxPost('import X from "./x.js"\n\nHi.')),
  'mdx-fragment': () => run(mdxPost('<>Hi</>')),
  'mdx-html-tag': () => run(mdxPost('<div>Hi</div>')),
  'mdx-unknown-component': () => run(mdxPost('<Persn handle="kathy" />')),
  'mdx-unknown-attribute': () => run(mdxPost('<Person handle="kathy" name="Kathy" />')),
  'mdx-attribute-value': () => run(mdxPost('<Callout type="danger">Hi</Callout>')),
  'mdx-missing-attribute': () => run(mdxPost('<Person />')),
  'mdx-no-children': () => run(mdxPost('<Person handle="kathy">Kathy</Person>')),
  'body-unrendered': () => findUnrenderedBodies([{ id: 'flood', filePath: POST }], () => ({ file: POST, body: 'Words.' })),

  'mdx-trusted': () => run(site('mdx: trusted')),
  'example-leftover': exampleLeftover,
};

describe('rule codes', () => {
  it('are kebab-case, each with a one-line description', () => {
    for (const [code, description] of Object.entries(RULES)) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(description).not.toMatch(/\n/);
      expect(description.length).toBeGreaterThan(10);
    }
  });

  it('each have a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.keys(RULES) as RuleCode[])('%s is produced by its case, and nothing else is', (code) => {
    expect([...new Set(CASES[code]().map((p) => p.rule))]).toEqual([code]);
  });

  it('are on every problem and warning the checker reports, and all in the table', () => {
    const codes = new Set<string>();
    for (const make of Object.values(CASES)) {
      for (const problem of make()) {
        expect(problem.rule, `${problem.file} ${problem.field}: ${problem.message}`).toBeDefined();
        codes.add(problem.rule as string);
      }
    }
    expect([...codes].filter((code) => !Object.hasOwn(RULES, code))).toEqual([]);
  });
});
