/**
 * Every rule code of content/report/rules.ts is produced: one small failing case per
 * code (the table below has a case for every code, or it does not compile),
 * which breaks that rule and no other, asserted by code rather than by
 * words. And every problem the checker reports carries a code from the table.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leftoverExampleWarning } from '../../../src/node/example-community.ts';
import { formatProblems, type ContentProblem } from '../../../src/content/report/problems.ts';
import { RULES, type RuleCode } from '../../../src/content/report/rules.ts';
import { postFile } from '../../../src/contribute/templates.ts';
import { findUnrenderedBodies } from '../../../src/content/bodies/unrendered.ts';
import { validateContent, type ContentFile, type ValidateResult } from '../../../src/content/validate/index.ts';
import { BASE_SITE, baseFiles, validate } from '../../helpers/validate.ts';
import { PROJECT } from '../../helpers/build.ts';

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

/**
 * One case per rule: the problems of a community that breaks it, and the
 * line an editor reads for it, as `check` prints it.
 */
const CASES: Record<RuleCode, readonly [make: () => readonly ContentProblem[], says: string]> = {
  'site-missing': [
    () => run({ [SITE]: null }),
    'content/site.yaml: the community settings file is missing: create content/site.yaml with at least name, url and timezone',
  ],
  'site-file-name': [() => run({ [SITE]: null, 'content/site.yml': BASE_SITE }), 'content/site.yml: rename this file to site.yaml'],
  symlink: [
    () => all(withFiles({}, [{ path: 'content/people/bo.md', symlink: true }])),
    'content/people/bo.md: this is a symbolic link, which could publish a file from outside the repository: put the file itself here',
  ],
  'file-too-large': [
    () => all(withFiles({}, [{ path: 'content/posts/big.md', size: 2_000_000 }])),
    'content/posts/big.md: this file has 2.0 MB, and a content file holds at most 1 MB: split it, and keep pictures in files of their own',
  ],
  'control-character': [
    () => run({ [POST]: `${file('title: Flood\nauthor: laura_click\ndate: 2010-05-20')}\u0007` }),
    'content/posts/flood.md:7:1: an invisible control character (U+0007) is here: remove it, and save the file as plain UTF-8 text',
  ],
  'outside-collections': [
    () => run({ 'content/notes.md': 'hi' }),
    'content/notes.md: this file is outside every collection: move it into content/people/, content/events/, content/posts/, content/series/, content/pages/',
  ],
  'unknown-folder': [
    () => run({ 'content/person/bo.md': file('name: Bo') }),
    'content/person/bo.md: "person" is not a content folder — did you mean "people"?',
  ],
  'extension-case': [
    () => run({ 'content/posts/shout.MD': file('title: S\nauthor: kathy\ndate: 2010-05-20') }),
    'content/posts/shout.MD: rename the file to end in lowercase .md: the build reads .md files only',
  ],
  'sub-folder': [() => run({ 'content/events/2024/x.md': 'x' }), 'content/events/2024/x.md: put this file directly in content/events/, not in a sub-folder'],
  'wrong-extension': [() => run({ 'content/people/bo.mdx': file('name: Bo') }), 'content/people/bo.mdx: files in content/people/ end in .md, not .mdx'],
  'bad-file-name': [
    () => run({ 'content/people/Bo Diddley.md': file('name: Bo') }),
    'content/people/Bo Diddley.md: the file name is the handle, and handles are lowercase: use "bo-diddley": rename the file',
  ],
  'post-name-digits': [
    () => run({ 'content/posts/2.md': file('title: Two\nauthor: kathy\ndate: 2010-05-20') }),
    'content/posts/2.md: the file name is the slug, and a post cannot be named only with digits (/posts/2/ is a page of the post list): rename the file',
  ],
  'event-name-year': [
    () => run({ 'content/events/2009.md': file('title: A year\nstart: 2009-05-13 18:30\nvenue:\n  name: P') }),
    "content/events/2009.md: the file name is the slug, and an event cannot be named with a year alone (/events/2009/ is the page of that year's past events): rename the file",
  ],
  'page-slug-clash': [
    () => run({ 'content/pages/events.md': file('title: Events') }),
    "content/pages/events.md: the page would be published at /events/, which is the site's list of events: rename the file (like events-info.md)",
  ],
  'duplicate-name': [
    () => run({ 'content/events/2010-05-13-memphis.mdx': file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  name: P') }),
    'content/events/2010-05-13-memphis.mdx: content/events/2010-05-13-memphis.md already uses the name "2010-05-13-memphis": keep one of the two files',
  ],

  'frontmatter-missing': [
    () => run({ [POST]: 'title: Flood\n' }),
    'content/posts/flood.md:1:1: the file must start with a line of three dashes (---), then its fields, then another --- line',
  ],
  'frontmatter-language': [
    () => run({ [POST]: '---js\n{ title: "Flood" }\n---\nx\n' }),
    'content/posts/flood.md:1:4: frontmatter is YAML only: "---js" asks for another language, which is never run; make the first line exactly ---',
  ],
  'frontmatter-unclosed': [
    () => run({ [POST]: '---\ntitle: Flood\n' }),
    'content/posts/flood.md:1:1: the frontmatter is never closed: add a line of three dashes (---) after the last field',
  ],
  'frontmatter-early-end': [
    () => run({ [POST]: file('title: "a\n+++\n  b"\nauthor: laura_click\ndate: 2010-05-20') }),
    'content/posts/flood.md:3:1: a line inside the fields cannot start with +++: the build would take it as the end of the fields; indent the line, or write the text another way',
  ],
  'frontmatter-not-fields': [
    () => run({ [POST]: file('- title\n- author') }),
    'content/posts/flood.md:1:1: the frontmatter must be fields written as "name: value", one per line',
  ],
  'yaml-syntax': [
    () => run(inPerson('hosts: [@amyhowell]')),
    'content/events/2010-05-13-memphis.md:6:9 hosts: a value that starts with @ must be in quotes: write "@amyhowell"',
  ],
  'yaml-duplicate-key': [() => run(post('title: Again')), 'content/posts/flood.md:5:1 title: this field is written twice: keep one of them'],
  'yaml-alias': [
    () => run(post('summary: &s Flood\ntags: [*s]')),
    'content/posts/flood.md:6:8 tags[0]: YAML aliases (*s) are not allowed: write the value out in full',
  ],
  'yaml-tag': [
    () => run(post('summary: !!str Flood')),
    'content/posts/flood.md:5:10 summary: YAML tags (!!str) are not allowed: write the plain value, in quotes if it is text',
  ],
  'tab-indent': [() => run(person('accounts:\n\tx: amy')), 'content/people/amyhowell.md:4:1 accounts: indent with spaces, not tabs'],
  'typographic-quotes': [
    () => run(post('summary: “Flood”')),
    'content/posts/flood.md:5:10 summary: write straight quotes "…" (YAML keeps “…” as part of the text)',
  ],

  'unknown-field': [() => run(inPerson('atendees: [kathy]')), 'content/events/2010-05-13-memphis.md:6:1 atendees: unknown field — did you mean "attendees"?'],
  'id-field': [
    () => run(person('slug: amy')),
    'content/people/amyhowell.md:3:1 slug: there is no "slug" field: an entry is known by its file name alone, so rename the file to change it',
  ],
  'required-field': [() => run({ [AMY]: file('pronouns: she/her') }), 'content/people/amyhowell.md:2:1 name: is required'],
  'empty-field': [() => run(person('location:')), 'content/people/amyhowell.md:3:10 location: is empty: write a value after the colon, or remove the line'],
  'wrong-type': [() => run(person('listed: no')), 'content/people/amyhowell.md:3:9 listed: must be true or false, not "no": write false'],
  'not-one-of': [() => run(event('format: irl')), 'content/events/2010-05-13-memphis.md:4:9 format: must be one of in-person, online, hybrid (not "irl")'],
  'out-of-range': [() => run(site('posts_per_page: 0')), 'content/site.yaml:4:17 posts_per_page: must be at least 1'],
  'bad-format': [
    () => run(post('tags: [Nashville]')),
    'content/posts/flood.md:5:8 tags[0]: "Nashville" is not a tag: use lowercase words joined by "-", like "road-trip"',
  ],
  'handle-syntax': [
    () => run({ [POST]: file('title: F\nauthor: kathý\ndate: 2010-05-20') }),
    'content/posts/flood.md:3:9 author: "kathý" is not a handle: a handle is the name of a file in content/people/ (a-z, 0-9, "_" and "-") — did you mean "kathy"?',
  ],
  'slug-syntax': [
    () => run(post('event: Memphis Night')),
    'content/posts/flood.md:5:8 event: "Memphis Night" is not a slug: slugs are lowercase letters, digits and "-"',
  ],
  'not-web-address': [
    () => run(post('canonical_url: laura.example/flood')),
    'content/posts/flood.md:5:16 canonical_url: "laura.example/flood" is not a web address: write a full http:// or https:// link',
  ],
  'text-empty': [() => run(post('summary: " "')), 'content/posts/flood.md:5:10 summary: must not be empty'],
  'text-too-long': [
    () => run({ [AMY]: file(`name: ${'x'.repeat(101)}`) }),
    'content/people/amyhowell.md:2:7 name: has at most 100 characters (this one has 101)',
  ],
  'text-one-line': [
    () => run({ [POST]: file('title: "Brunch\\nAgain"\nauthor: laura_click\ndate: 2010-05-20') }),
    "content/posts/flood.md:2:8 title: must be one line: remove the line breaks (for YAML's | or >, write the text on the same line instead)",
  ],
  'broken-character': [
    () => run({ [POST]: file('title: "half \\uD83D emoji"\nauthor: laura_click\ndate: 2010-05-20') }),
    'content/posts/flood.md:2:8 title: holds a broken character (half of an emoji or other symbol): write it again',
  ],
  'private-data': [
    () => run(person('location: amy@howell.example')),
    'content/people/amyhowell.md:3:11 location: "amy@howell.example" is an e-mail address, and the site never publishes one: remove it (link a website or an account instead)',
  ],
  'bad-date': [
    () => run({ [EVENT]: file('title: M\nstart: next Tuesday\nvenue:\n  name: P') }),
    'content/events/2010-05-13-memphis.md:3:8 start: "next Tuesday" is not a date or time: write 2024-05-01 for a whole day or 2024-05-01 18:30 for a time',
  ],
  'unknown-timezone': [
    () => run(inPerson('timezone: Europe/Lodnon')),
    'content/events/2010-05-13-memphis.md:6:11 timezone: unknown time zone "Europe/Lodnon" — did you mean "Europe/London"?',
  ],
  'url-not-origin': [
    () => run({ [SITE]: 'name: T\nurl: https://t.example/community/\ntimezone: UTC\n' }),
    'content/site.yaml:2:6 url: url is the origin alone ("https://t.example"); put the folder "/community/" in base instead',
  ],
  'bad-language': [() => run(site('language: "not a tag"')), 'content/site.yaml:4:11 language: "not a tag" is not a language tag: write en, fr or pt-BR'],
  'unknown-language': [
    () => run(site('language: nl')),
    'content/site.yaml:4:11 language: Firsthand has no words in "nl" yet: use en, de, es, fr or pt, with a region if you like (pt-BR, en-GB); adding a language is described in the README\'s developer\'s guide',
  ],
  'unknown-word': [
    () => run(site('words:\n  nav.event: Gatherings')),
    'content/site.yaml:5:14 words.nav.event: there is no text "nav.event" to replace — did you mean "nav.events"?',
  ],
  'word-placeholder': [
    () => run(site('words:\n  nav.events: "{count} gatherings"')),
    'content/site.yaml:5:15 words.nav.events: {count} is not a value "nav.events" has: this text shows no values',
  ],
  'word-forms': [
    () => run(site('words:\n  nav.events:\n    one: Gathering\n    other: Gatherings')),
    'content/site.yaml:6:5 words.nav.events: "nav.events" has one form: write it as one text, not as forms by number',
  ],
  'bad-accent': [() => run(site('accent: red')), 'content/site.yaml:4:9 accent: accent must be a hex colour like "#b5451b", not "red"'],
  'accent-contrast': [
    () => run(site('accent: "#777777"')),
    'content/site.yaml:4:9 accent: "#777777" reads at 4.2:1 on the light background, and links need at least 4.5:1: try "#727272"',
  ],
  'bad-nav': [
    () => run(page('nav: 0')),
    'content/pages/about.md:3:6 nav: must be 1 or more: 1 is the first place after the built-in links; or remove the line to leave the page out of the navigation',
  ],
  'bad-image-path': [
    () => run(person('avatar: https://x.example/a.jpg')),
    'content/people/amyhowell.md:3:9 avatar: "https://x.example/a.jpg" is not an image next to the file: write a relative path like ./photo.jpg (jpg, png, webp, avif or gif)',
  ],
  'bad-image-name': [
    () => run(person('avatar: ./amy#1.jpg')),
    'content/people/amyhowell.md:3:9 avatar: "./amy#1.jpg": a picture\'s file name cannot hold "#": rename the file with letters, digits, "-" and "_"',
  ],
  'svg-image': [
    () => run(person('avatar: ./amy.svg')),
    'content/people/amyhowell.md:3:9 avatar: "./amy.svg" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that',
  ],

  'unknown-handle': [
    () => run({ [POST]: file('title: Flood\nauthor: zebulon\ndate: 2010-05-20') }),
    'content/posts/flood.md:3:9 author: unknown handle "zebulon"',
  ],
  'unknown-event': [
    () => run(post('event: 2010-05-14-memphis')),
    'content/posts/flood.md:5:8 event: unknown event "2010-05-14-memphis" — did you mean "2010-05-13-memphis"?',
  ],
  'unknown-series': [
    () => run(inPerson('series: social')),
    'content/events/2010-05-13-memphis.md:6:9 series: unknown series "social" — did you mean "socials"?: series live in content/series/',
  ],
  'image-not-found': [
    () => run(person('avatar: ./amy.jpg')),
    'content/people/amyhowell.md:3:9 avatar: image "./amy.jpg" not found: put the file next to amyhowell.md or correct the name',
  ],
  'image-unreadable': [
    () => all(withFiles(person('avatar: ./amy.jpg'), [{ path: 'content/people/amy.jpg', head: new TextEncoder().encode('<html>') }])),
    'content/people/amyhowell.md:3:9 avatar: "./amy.jpg" is not a readable image (its contents are not JPEG, PNG, GIF, WebP or AVIF): save it again as a .jpg or .png',
  ],

  'time-not-in-zone': [
    () => run({ [EVENT]: file('title: M\nstart: 2024-03-10 02:30\nvenue:\n  name: P') }),
    'content/events/2010-05-13-memphis.md:3:8 start: 2024-03-10 02:30 does not exist in America/Chicago: the clocks go forward that night — did you mean 03:30?',
  ],
  'end-form': [
    () => run(inPerson('end: 2010-05-14')),
    'content/events/2010-05-13-memphis.md:6:6 end: start has a time, so end needs one too (like 2024-05-01 21:00)',
  ],
  'end-before-start': [
    () => run(inPerson('end: 2010-05-13 17:00')),
    'content/events/2010-05-13-memphis.md:6:6 end: ends before it starts (2010-05-13 17:00 is before 2010-05-13 18:30)',
  ],
  'venue-required': [
    () => run(event('')),
    'content/events/2010-05-13-memphis.md:2:1 venue: an in-person event needs a venue with at least a name (or set format: online)',
  ],
  'online-url-required': [
    () => run(event('format: online')),
    'content/events/2010-05-13-memphis.md:2:1 online_url: an online event that has not ended needs online_url, the link where people join',
  ],
  'talk-time-outside': [
    () => run(inPerson('end: 2010-05-13 21:00\ntalks:\n  - title: Blogging for small shops\n    time: "22:00"')),
    "content/events/2010-05-13-memphis.md:9:11 talks[0].time: 22:00 is not within the event (2010-05-13 18:30 to 2010-05-13 21:00): a talk's time lies between its start and end",
  ],
  'rescheduled-not-scheduled': [
    () => run(inPerson('status: postponed\nrescheduled_from: 2010-05-06 18:30')),
    'content/events/2010-05-13-memphis.md:7:19 rescheduled_from: rescheduled_from is for an event moved to a known date, with status scheduled; postponed means its new date is not known yet: remove one of them',
  ],
  'rescheduled-same-start': [
    () => run(inPerson('rescheduled_from: 2010-05-13 18:30')),
    'content/events/2010-05-13-memphis.md:6:19 rescheduled_from: rescheduled_from is the start before the move, and this is the same as start: write the old start, or remove it',
  ],
  'lat-lng-pair': [
    () => run(event('venue:\n  name: P\n  lat: 35.1')),
    'content/events/2010-05-13-memphis.md:6:8 venue.lat: give lat and lng together, or neither',
  ],
  'everyone-met-too-many': [
    () => run(crowd(201, 'everyone_met: true')),
    'content/events/2010-05-13-memphis.md:7:15 everyone_met: everyone_met: true says that all 201 people met each other, and the most it can say that of is 200: remove it, and record who really met with a met entry naming the event',
  ],
  'photo-tag-not-participant': [
    () => run(inPerson('hosts: [amyhowell]\nphotos:\n  - src: ./one.jpg\n    alt: Amy\n    people: [kathy]'), ['content/events/one.jpg']),
    'content/events/2010-05-13-memphis.md:10:14 photos[0].people[0]: "kathy" is tagged in this photo but is not a host, speaker or attendee of this event: add them to attendees, or remove the tag',
  ],

  'x-and-twitter': [
    () => run(person('accounts:\n  x: amy\n  twitter: amy')),
    'content/people/amyhowell.md:5:12 accounts.twitter: twitter is another name for x: keep one of the two',
  ],
  'met-self': [
    () => run(person('met:\n  - who: amyhowell\n    date: 2010-05-12')),
    'content/people/amyhowell.md:4:10 met[0].who: you cannot meet yourself: "who" names the handle of this very file',
  ],
  'met-needs-date': [
    () => run(person('met:\n  - who: kathy')),
    'content/people/amyhowell.md:4:5 met[0]: a meeting needs a date (like 2024-05-01) or the event it happened at',
  ],
  'met-cancelled-event': [
    () => run({ ...inPerson('status: cancelled'), ...person('met:\n  - who: kathy\n    event: 2010-05-13-memphis') }),
    'content/people/amyhowell.md:5:12 met[0].event: "2010-05-13-memphis" was cancelled, so nobody met there: remove event, or give the date and where you did meet',
  ],
  'met-date-not-event': [
    () => run(person('met:\n  - who: kathy\n    date: 2010-05-14\n    event: 2010-05-13-memphis')),
    'content/people/amyhowell.md:5:11 met[0].date: "2010-05-13-memphis" took place on 2010-05-13, not on 2010-05-14: fix the date, or leave it out to use the event\'s',
  ],

  'updated-before-date': [
    () => run(post('updated: 2010-05-19')),
    "content/posts/flood.md:5:10 updated: is before the post's date (2010-05-20): updated is when the post last changed",
  ],
  'cover-alt-required': [
    () => run(post('cover: ./c.jpg'), ['content/posts/c.jpg']),
    'content/posts/flood.md:5:8 cover: a cover needs cover_alt: say in a few words what the picture shows',
  ],
  'cover-alt-without-cover': [
    () => run(post('cover_alt: A flood')),
    'content/posts/flood.md:5:12 cover_alt: cover_alt describes a cover, but there is no cover: add cover or remove cover_alt',
  ],
  'post-placeholder': [
    () => run({ [POST]: postFile({ title: 'Hi', author: 'kathy', date: '2010-05-20' }).replace(/^draft: true.*\n/m, '') }),
    'content/posts/flood.md:12:1 body: this is still the text npm run new wrote: write your post here before publishing it',
  ],
  'post-empty': [
    () => run(post('', '')),
    'content/posts/flood.md:6:1 body: the post has no text: write it below the closing --- line, or add canonical_url to list a post published elsewhere',
  ],

  'link-scheme': [
    () => run(post('', '[click](javascript:alert(1))')),
    'content/posts/flood.md:6:9 body: links may only be http, https or mailto, not "javascript:"',
  ],
  'dead-link': [
    () => run(post('', 'See [the evening](/events/2010-05-13-memphys/).')),
    'content/posts/flood.md:6:19 body: "/events/2010-05-13-memphys/" leads to no page of the site — did you mean "/events/2010-05-13-memphis/"?',
  ],
  'unpublished-file': [
    () =>
      run({ 'content/people/dev-shadow.md': file('name: Dev Shadow\nlisted: false'), ...post('', '![Dev at the bar](../people/dev-shadow.png)') }, [
        'content/people/dev-shadow.png',
      ]),
    'content/posts/flood.md:6:19 body: "../people/dev-shadow.png" is a picture of dev-shadow, who is not listed (listed: false), and a published page never shows it: remove the picture, or use another picture',
  ],
  'entry-file': [
    () => run(post('', '[the minutes](./minutes.docx)'), ['content/posts/minutes.docx']),
    'content/posts/flood.md:6:15 body: "./minutes.docx" is a kind of file the site does not publish (it publishes pdf, png, jpg, gif, webp, avif, txt, csv, ics, mp3, mp4): save it as one of those, or link to a copy on another site',
  ],
  'nesting-too-deep': [
    () => run(post('', `${'>'.repeat(40)} deep`)),
    'content/posts/flood.md:6:1 body: this text is nested 40 levels deep (block quotes, lists and HTML elements inside each other); the most is 32: flatten it',
  ],
  'mdx-syntax': [() => run(mdxPost('<!-- a comment -->')), 'content/posts/flood.mdx:6:2 body: HTML comments (<!-- -->) do not work in MDX: remove the comment'],
  'mdx-code': [
    () => run(mdxPost('import X from "./x.js"\n\nHi.')),
    'content/posts/flood.mdx:6:1 body: "import" is code and is not allowed in content: Firsthand\'s components need no import, and nothing can be exported',
  ],
  'mdx-fragment': [() => run(mdxPost('<>Hi</>')), 'content/posts/flood.mdx:6:1 body: fragments (<>…</>) are not needed in content: remove them'],
  'mdx-html-tag': [
    () => run(mdxPost('<div>Hi</div>')),
    'content/posts/flood.mdx:6:1 body: HTML tags like <div> are not used in MDX content: write Markdown instead, or use a .md file, where safe HTML is allowed',
  ],
  'mdx-unknown-component': [
    () => run(mdxPost('<Persn handle="kathy" />')),
    'content/posts/flood.mdx:6:1 body: unknown component <Persn> — did you mean "Person"?: the components you can use are <Person>, <EventCard>, <Figure>, <Callout>',
  ],
  'mdx-unknown-attribute': [
    () => run(mdxPost('<Person handle="kathy" name="Kathy" />')),
    'content/posts/flood.mdx:6:1 body: <Person> has no attribute "name": it takes handle="…"',
  ],
  'mdx-attribute-value': [
    () => run(mdxPost('<Callout type="danger">Hi</Callout>')),
    'content/posts/flood.mdx:6:1 body: <Callout type="danger"> must be one of note, tip, warning',
  ],
  'mdx-missing-attribute': [() => run(mdxPost('<Person />')), 'content/posts/flood.mdx:6:1 body: <Person> needs handle="…" (their handle)'],
  'mdx-no-children': [
    () => run(mdxPost('<Person handle="kathy">Kathy</Person>')),
    'content/posts/flood.mdx:6:1 body: <Person> takes no content between its tags: write <Person … />',
  ],
  'body-unrendered': [
    () => findUnrenderedBodies([{ id: 'flood', filePath: POST }], () => ({ file: POST, body: 'Words.' })),
    'content/posts/flood.md body: the text could not be made into a page (it is too deeply nested or too large for the Markdown reader): simplify it',
  ],

  'mdx-trusted': [
    () => run(site('mdx: trusted')),
    'content/site.yaml:4:6 mdx: warning: trusted MDX runs code: every .mdx file can run any program on the machine that builds the site, CI included, with its secrets; review each .mdx change as you would review code, or remove this line to go back to restricted MDX',
  ],
  'example-leftover': [
    exampleLeftover,
    'content/people/bea.md: warning: this belongs to Kindling, the example community Firsthand ships, most likely brought back by merging the Firsthand repository: remove it with git rm -f (a community that depends on the firsthand package never gets them back)',
  ],
};

describe('rule codes', () => {
  it('are kebab-case, each with a one-line description', () => {
    for (const [code, rule] of Object.entries(RULES)) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.what).not.toMatch(/\n/);
      expect(rule.what.length).toBeGreaterThan(10);
    }
  });

  it("each link to a section of the editors' reference that exists", () => {
    const reference = readFileSync(join(PROJECT, 'docs/content-format.md'), 'utf8');
    // GitHub's anchors: a heading's text, lowercased, without punctuation, spaces as dashes.
    const anchors = new Set(
      [...reference.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        (m[1] as string)
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const [code, rule] of Object.entries(RULES)) {
      const [file, anchor] = rule.docs.split('#');
      expect(file, code).toBe('docs/content-format.md');
      expect(anchors.has(anchor as string), `${code} → #${anchor}`).toBe(true);
    }
  });

  it('each have a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.keys(RULES) as RuleCode[])('%s is produced by its case, and nothing else is', (code) => {
    const [make] = CASES[code];
    expect([...new Set(make().map((p) => p.rule))]).toEqual([code]);
  });

  it.each(Object.keys(RULES) as RuleCode[])('%s says what is wrong, where, in the words of its case', (code) => {
    const [make, says] = CASES[code];
    expect(formatProblems([...make()], 'text')).toBe(says);
  });

  it.each(Object.keys(RULES) as RuleCode[])('%s weighs what its entry says: a warning passes, an error does not', (code) => {
    const [make] = CASES[code];
    for (const problem of make()) expect(problem.severity ?? 'error').toBe(RULES[code].severity);
  });

  it('are on every problem and warning the checker reports, and all in the table', () => {
    const codes = new Set<string>();
    for (const [make] of Object.values(CASES)) {
      for (const problem of make()) {
        expect(problem.rule, `${problem.file} ${problem.field}: ${problem.message}`).toBeDefined();
        codes.add(problem.rule as string);
      }
    }
    expect([...codes].filter((code) => !Object.hasOwn(RULES, code))).toEqual([]);
  });
});
