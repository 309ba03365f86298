/**
 * One failing fixture (at least) per rule of docs/content-format.md, each asserting
 * the line an editor reads: path, line, column, field and the words; and the
 * passing fixtures for the edge cases that must be accepted. Events have
 * validate-events.test.ts; rules.test.ts has a case for every rule's code.
 */
import { describe, expect, it } from 'vitest';
import { lines, rules, validate } from '../../helpers/validate.ts';

const EVENT = 'content/events/2010-05-13-memphis.md';
const POST = 'content/posts/flood.md';
const AMY = 'content/people/amyhowell.md';

/** A content file from frontmatter lines (line 2 of the file is the first field). */
const file = (fields: string, body = 'Some words.'): string => `---\n${fields}\n---\n${body}\n`;

describe('a valid community', () => {
  it('has no problems and yields the content', () => {
    const result = validate();
    expect(lines(result)).toEqual([]);
    expect(result.content.people.map((p) => p.handle)).toEqual(['amyhowell', 'kathy', 'laura_click']);
    expect(result.content.events[0]?.participants).toEqual(['amyhowell', 'laura_click']);
  });
});

describe('handles', () => {
  it('accepts a quoted @Handle in any letter case and resolves it to the file name', () => {
    const result = validate({
      [EVENT]: file('title: Memphis\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nhosts: ["@AmyHowell"]\nattendees: [Laura_Click, "@KATHY"]'),
    });
    expect(lines(result)).toEqual([]);
    expect(result.content.events[0]?.participants).toEqual(['amyhowell', 'laura_click', 'kathy']);
  });

  it('names the closest handle for an unknown one', () => {
    const result = validate({
      [EVENT]: file('title: Memphis\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nattendees: [laura_click, kathy, amyhowell, "@amyhowel"]'),
    });
    expect(lines(result)).toEqual([`${EVENT}:6:44 attendees[3]: unknown handle "@amyhowel" — did you mean "amyhowell"?`]);
  });

  it('explains that a bare @handle needs quotes', () => {
    const result = validate({ [EVENT]: file('title: Memphis\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nhosts: [@amyhowell]') });
    expect(lines(result)).toEqual([`${EVENT}:6:9 hosts: a value that starts with @ must be in quotes: write "@amyhowell"`]);
  });

  it('refuses a people file whose name is not a handle', () => {
    const result = validate({ 'content/people/Amy Howell.md': file('name: Amy') });
    expect(lines(result)).toEqual(['content/people/Amy Howell.md: the file name is the handle, and handles are lowercase: use "amy-howell": rename the file']);
  });

  it('checks handles in every place a person is named', () => {
    const result = validate({
      'content/site.yaml': `${'name: T\nurl: https://t.example\ntimezone: UTC\n'}hosts: [amyhowel]\n`,
      'content/series/socials.md': file('title: Socials\nhosts: [kathi]'),
      [POST]: file('title: Flood\nauthor: laura_clik\ndate: 2010-05-20'),
      [EVENT]: file('title: Memphis\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\nspeakers: [kathyy]'),
    });
    expect(rules(result)).toEqual([
      `${EVENT}:6:12 speakers[0]: unknown-handle`,
      `${POST}:3:9 author: unknown-handle`,
      'content/series/socials.md:3:9 hosts[0]: unknown-handle',
      'content/site.yaml:4:9 hosts[0]: unknown-handle',
    ]);
  });

  it('says nothing about a suggestion when no handle is close', () => {
    const result = validate({ [POST]: file('title: Flood\nauthor: zebulon\ndate: 2010-05-20') });
    expect(lines(result)).toEqual([`${POST}:3:9 author: unknown handle "zebulon"`]);
  });
});

describe('site.yaml', () => {
  it('is required', () => {
    const result = validate({ 'content/site.yaml': null });
    expect(lines(result)).toContain('content/site.yaml: the community settings file is missing: create content/site.yaml with at least name, url and timezone');
  });

  it('requires name, url and timezone, an origin for url, and a known zone', () => {
    const result = validate({ 'content/site.yaml': 'tagline: hi\nurl: https://grow.example.org/community/\ntimezone: America/Chicgo\n' });
    expect(lines(result)).toEqual([
      'content/site.yaml:1:1 name: is required',
      'content/site.yaml:2:6 url: url is the origin alone ("https://grow.example.org"); put the folder "/community/" in base instead',
      'content/site.yaml:3:11 timezone: unknown time zone "America/Chicgo" — did you mean "America/Chicago"?',
    ]);
  });

  it('refuses a url that is no web address at all with one message, without crashing', () => {
    for (const url of ['"@Amy"', 'yes', '"not a url"']) {
      const result = validate({ 'content/site.yaml': `name: T\nurl: ${url}\ntimezone: UTC\n` });
      expect(lines(result), url).toEqual([expect.stringMatching(/^content\/site\.yaml:2:6 url: .* (is not a web address|must be text)/)]);
    }
  });

  it('reads the defaults and the options', () => {
    const result = validate({
      'content/site.yaml': `${'name: T\nurl: https://t.example/\ntimezone: UTC\n'}base: community\nmet:\n  max_attendees: 4\nposts_per_page: 5\nmdx: trusted\nlanguage: pt-BR\n`,
    });
    expect(lines(result)).toEqual([]);
    expect(result.content.site).toMatchObject({
      url: 'https://t.example',
      base: '/community/',
      maxAttendees: 4,
      postsPerPage: 5,
      mdx: 'trusted',
      language: 'pt-BR',
      branch: 'main',
    });
    expect(validate().content.site).toMatchObject({ base: '/', maxAttendees: 30, postsPerPage: 20, mdx: 'restricted', language: 'en' });
  });

  it('refuses an unknown mdx mode and an unknown field', () => {
    const result = validate({ 'content/site.yaml': `${BASE}mdx: open\npost_per_page: 5\n` });
    expect(lines(result)).toEqual([
      'content/site.yaml:4:6 mdx: must be one of restricted, trusted (not "open")',
      'content/site.yaml:5:1 post_per_page: unknown field — did you mean "posts_per_page"?',
    ]);
  });
});
const BASE = 'name: T\nurl: https://t.example\ntimezone: UTC\n';

describe('people', () => {
  it('requires a name of 1 to 100 characters', () => {
    expect(lines(validate({ [AMY]: file('pronouns: she/her') }))).toEqual([`${AMY}:2:1 name: is required`]);
    expect(lines(validate({ [AMY]: file(`name: ${'x'.repeat(101)}`) }))).toEqual([`${AMY}:2:7 name: has at most 100 characters (this one has 101)`]);
  });

  it('checks each account and accepts the twitter alias and handles with @', () => {
    const ok = validate({
      [AMY]: file(
        'name: Amy\naccounts:\n  twitter: "@AmyHowell"\n  mastodon: "@amy@mastodon.social"\n  bluesky: amy.bsky.social\n  github: amyh\n  linkedin: amyhowell\n  website: https://howell.example',
      ),
    });
    expect(lines(ok)).toEqual([]);
    expect(ok.content.people.find((p) => p.handle === 'amyhowell')?.accounts).toEqual({
      x: 'AmyHowell',
      mastodon: '@amy@mastodon.social',
      bluesky: 'amy.bsky.social',
      github: 'amyh',
      linkedin: 'amyhowell',
      website: 'https://howell.example',
    });
    const bad = validate({
      [AMY]: file('name: Amy\naccounts:\n  x: amy\n  twitter: amy\n  mastodon: amy\n  website: ftp://howell.example'),
    });
    expect(lines(bad)).toEqual([
      `${AMY}:5:12 accounts.twitter: twitter is another name for x: keep one of the two`,
      `${AMY}:6:13 accounts.mastodon: is not a Mastodon address: write "@user@host", in quotes`,
      `${AMY}:7:12 accounts.website: "ftp://howell.example" is not a web address: write a full http:// or https:// link`,
    ]);
  });

  it('takes online_since as a year, year-month or date', () => {
    for (const value of ['2008', '2008-03', '2008-03-15']) {
      expect(lines(validate({ [AMY]: file(`name: Amy\nonline_since: ${value}`) }))).toEqual([]);
    }
    expect(lines(validate({ [AMY]: file('name: Amy\nonline_since: 2008-13') }))).toEqual([
      `${AMY}:3:15 online_since: "2008-13" is not a year, year-month or date: write 2008, 2008-03 or 2008-03-15`,
    ]);
  });

  it('refuses yes/no where true/false is meant', () => {
    expect(lines(validate({ [AMY]: file('name: Amy\nlisted: no') }))).toEqual([`${AMY}:3:9 listed: must be true or false, not "no": write false`]);
  });

  it('finds the avatar next to the file', () => {
    expect(lines(validate({ [AMY]: file('name: Amy\navatar: ./amy.jpg') }, ['content/people/amy.jpg']))).toEqual([]);
    expect(lines(validate({ [AMY]: file('name: Amy\navatar: ./amy.jpg') }))).toEqual([
      `${AMY}:3:9 avatar: image "./amy.jpg" not found: put the file next to amyhowell.md or correct the name`,
    ]);
    expect(lines(validate({ [AMY]: file('name: Amy\navatar: https://x.example/a.jpg') }))).toEqual([
      `${AMY}:3:9 avatar: "https://x.example/a.jpg" is not an image next to the file: write a relative path like ./photo.jpg (jpg, png, webp, avif or gif)`,
    ]);
  });

  it('never publishes an e-mail address', () => {
    expect(lines(validate({ [AMY]: file('name: Amy\nlocation: amy@howell.example') }))).toEqual([
      `${AMY}:3:11 location: "amy@howell.example" is an e-mail address, and the site never publishes one: remove it (link a website or an account instead)`,
    ]);
  });
});

describe('met entries', () => {
  const met = (entries: string): string => file(`name: Amy Howell\nmet:\n${entries}`);

  it('records a meeting by date or by event, defaulting to in person', () => {
    const result = validate({
      [AMY]: met(
        '  - who: laura_click\n    date: 2010-05-12\n    where: Lunch in Nashville\n  - who: "@Kathy"\n    event: 2010-05-13-memphis\n    how: video\n    note: Waved at the camera',
      ),
    });
    expect(lines(result)).toEqual([]);
    expect(result.content.people.find((p) => p.handle === 'amyhowell')?.met).toEqual([
      { who: 'laura_click', date: '2010-05-12', how: 'in-person', where: 'Lunch in Nashville' },
      { who: 'kathy', date: '2010-05-13', how: 'video', event: '2010-05-13-memphis', note: 'Waved at the camera' },
    ]);
  });

  it('refuses meeting yourself', () => {
    expect(lines(validate({ [AMY]: met('  - who: AmyHowell\n    date: 2010-05-12') }))).toEqual([
      `${AMY}:4:10 met[0].who: you cannot meet yourself: "who" names the handle of this very file`,
    ]);
  });

  it('refuses an unknown person and an unknown event, with suggestions', () => {
    expect(lines(validate({ [AMY]: met('  - who: lauraclick\n    event: 2010-05-13-memfis') }))).toEqual([
      `${AMY}:4:10 met[0].who: unknown handle "lauraclick" — did you mean "laura_click"?`,
      `${AMY}:5:12 met[0].event: unknown event "2010-05-13-memfis" — did you mean "2010-05-13-memphis"?`,
    ]);
  });

  it('needs a date or an event', () => {
    expect(lines(validate({ [AMY]: met('  - who: kathy\n    how: call') }))).toEqual([
      `${AMY}:4:5 met[0]: a meeting needs a date (like 2024-05-01) or the event it happened at`,
    ]);
  });

  it('refuses an unknown way of meeting, a long note, and a date the event did not take place on', () => {
    expect(
      lines(validate({ [AMY]: met(`  - who: kathy\n    date: 2010-05-14\n    event: 2010-05-13-memphis\n    how: phone\n    note: ${'n'.repeat(281)}`) })),
    ).toEqual([
      `${AMY}:5:11 met[0].date: "2010-05-13-memphis" took place on 2010-05-13, not on 2010-05-14: fix the date, or leave it out to use the event's`,
      `${AMY}:7:10 met[0].how: must be one of in-person, call, video (not "phone")`,
      `${AMY}:8:11 met[0].note: has at most 280 characters (this one has 281)`,
    ]);
  });

  it('refuses a meeting at a cancelled event', () => {
    const result = validate({
      [EVENT]: file('title: Memphis\nstart: 2010-05-13 18:30\nstatus: cancelled\nvenue:\n  name: The Peabody'),
      [AMY]: met('  - who: kathy\n    event: 2010-05-13-memphis'),
    });
    expect(lines(result)).toEqual([
      `${AMY}:5:12 met[0].event: "2010-05-13-memphis" was cancelled, so nobody met there: remove event, or give the date and where you did meet`,
    ]);
  });
});

describe('posts', () => {
  it('requires a title, a known author and a date', () => {
    expect(rules(validate({ [POST]: file('summary: hi') }))).toEqual([
      `${POST}:2:1 author: required-field`,
      `${POST}:2:1 date: required-field`,
      `${POST}:2:1 title: required-field`,
    ]);
  });

  it('refuses an unknown event, a bad tag, a bad link and a cover without words', () => {
    const result = validate(
      {
        [POST]: file(
          'title: F\nauthor: laura_click\ndate: 2010-05-20\nevent: memphis\ntags: [Nashville, road-trip]\ncanonical_url: laura.example/flood\ncover: ./c.jpg',
        ),
      },
      ['content/posts/c.jpg'],
    );
    expect(lines(result)).toEqual([
      `${POST}:5:8 event: unknown event "memphis"`,
      `${POST}:6:8 tags[0]: "Nashville" is not a tag: use lowercase words joined by "-", like "road-trip"`,
      `${POST}:7:16 canonical_url: "laura.example/flood" is not a web address: write a full http:// or https:// link`,
      `${POST}:8:8 cover: a cover needs cover_alt: say in a few words what the picture shows`,
    ]);
  });

  it('treats canonical_url with an empty body as link-only, and an empty body alone as a mistake', () => {
    const linkOnly = validate({ [POST]: '---\ntitle: F\nauthor: laura_click\ndate: 2010-05-20\ncanonical_url: https://laura.example/flood\n---\n' });
    expect(lines(linkOnly)).toEqual([]);
    expect(linkOnly.content.posts[0]).toMatchObject({ linkOnly: true, canonicalUrl: 'https://laura.example/flood' });
    expect(lines(validate({ [POST]: '---\ntitle: F\nauthor: laura_click\ndate: 2010-05-20\n---\n\n' }))).toEqual([
      `${POST}:6:1 body: the post has no text: write it below the closing --- line, or add canonical_url to list a post published elsewhere`,
    ]);
  });

  it('refuses an updated date before the date', () => {
    expect(lines(validate({ [POST]: file('title: F\nauthor: laura_click\ndate: 2010-05-20\nupdated: 2010-05-19') }))).toEqual([
      `${POST}:5:10 updated: is before the post's date (2010-05-20): updated is when the post last changed`,
    ]);
  });

  it('keeps drafts in the data, marked', () => {
    const result = validate({ [POST]: file('title: F\nauthor: laura_click\ndate: 2010-05-20\ndraft: true') });
    expect(result.content.posts[0]?.draft).toBe(true);
  });
});

describe('series', () => {
  it('requires a title', () => {
    expect(lines(validate({ 'content/series/socials.md': file('cadence: Monthly') }))).toEqual(['content/series/socials.md:2:1 title: is required']);
  });
});

describe('unknown fields and identity', () => {
  it('names the closest known field, also inside groups', () => {
    const result = validate({
      [EVENT]: file('title: M\nstart: 2010-05-13 18:30\nvenue:\n  nmae: P\n  name: P\natendees: [kathy]'),
      [AMY]: file('name: Amy\nacounts:\n  x: amy'),
    });
    expect(lines(result)).toEqual([
      `${EVENT}:5:3 venue.nmae: unknown field — did you mean "name"?`,
      `${EVENT}:7:1 atendees: unknown field — did you mean "attendees"?`,
      `${AMY}:3:1 acounts: unknown field — did you mean "accounts"?`,
    ]);
  });

  it('says a misspelt required field once, at the typo, and not again as missing', () => {
    const result = validate({
      [EVENT]: file('titel: M\nstart: 2010-05-13 18:30\nvenue:\n  nmae: P'),
      [AMY]: file('pronouns: she/her'),
    });
    expect(lines(result)).toEqual([
      `${EVENT}:2:1 titel: unknown field — did you mean "title"?`,
      `${EVENT}:5:3 venue.nmae: unknown field — did you mean "name"?`,
      `${AMY}:2:1 name: is required`,
    ]);
  });

  it('refuses a slug field: the file name is the identity', () => {
    expect(lines(validate({ 'content/people/mallory.md': file('name: Mallory\nslug: amyhowell') }))).toEqual([
      'content/people/mallory.md:3:1 slug: there is no "slug" field: an entry is known by its file name alone, so rename the file to change it',
    ]);
  });

  it('refuses files outside the collections', () => {
    const result = validate({ 'content/person/bo.md': file('name: Bo'), 'content/notes.md': 'hi', 'content/events/2024/x.md': 'x' });
    expect(lines(result)).toEqual([
      'content/events/2024/x.md: put this file directly in content/events/, not in a sub-folder',
      'content/notes.md: this file is outside every collection: move it into content/people/, content/events/, content/posts/, content/series/, content/pages/',
      'content/person/bo.md: "person" is not a content folder — did you mean "people"?',
    ]);
    expect(rules(result)).toEqual(['content/events/2024/x.md: sub-folder', 'content/notes.md: outside-collections', 'content/person/bo.md: unknown-folder']);
  });
});

describe('every problem in one run', () => {
  it('reports problems from many files and many fields together, sorted', () => {
    const result = validate({
      [EVENT]: file('title: M\nstart: 2010-02-30 18:30\nvenue:\n  name: P\nattendees: [kathi]\neveryone_met: yes'),
      [POST]: file('title: F\nauthor: lara\ndate: 2010-05-20\ntags: [X]'),
      [AMY]: file('name: Amy\nmet:\n  - who: amyhowell\n    date: 2010-01-01'),
    });
    expect(rules(result)).toEqual([
      `${EVENT}:3:8 start: bad-date`,
      `${EVENT}:6:13 attendees[0]: unknown-handle`,
      `${EVENT}:7:15 everyone_met: wrong-type`,
      `${AMY}:4:10 met[0].who: met-self`,
      `${POST}:3:9 author: unknown-handle`,
      `${POST}:5:8 tags[0]: bad-format`,
    ]);
  });
});

describe('images', () => {
  it('tells a real image from a broken upload by its first bytes', async () => {
    const { validateContent } = await import('../../../src/content/validate/index.ts');
    const { sniffImage } = await import('../../../src/base/image-format.ts');
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImage(new TextEncoder().encode('<?xml version="1.0"?><svg'))).toBe('svg');
    const result = validateContent({
      root: 'content',
      files: [
        { path: 'content/site.yaml', text: 'name: T\nurl: https://t.example\ntimezone: UTC\n' },
        { path: 'content/people/amy.md', text: '---\nname: Amy\navatar: ./amy.jpg\n---\nHi.\n' },
        { path: 'content/people/amy.jpg', head: new TextEncoder().encode('<html>oops</html>') },
      ],
    });
    expect(lines(result)).toEqual([
      'content/people/amy.md:3:9 avatar: "./amy.jpg" is not a readable image (its contents are not JPEG, PNG, GIF, WebP or AVIF): save it again as a .jpg or .png',
    ]);
  });
});

describe('post names', () => {
  it('refuses a post named only with digits, which would take the place of a page of the list', () => {
    expect(lines(validate({ 'content/posts/2.md': '---\ntitle: Two\nauthor: kathy\ndate: 2010-05-20\n---\nHi.\n' }))).toEqual([
      'content/posts/2.md: the file name is the slug, and a post cannot be named only with digits (/posts/2/ is a page of the post list): rename the file',
    ]);
  });
});

describe('new files', () => {
  it('keeps a new post a draft until its placeholder text is replaced', async () => {
    const { postFile } = await import('../../../src/contribute/templates.ts');
    const fresh = postFile({ title: 'Hi', author: 'kathy', date: '2010-05-20' });
    expect(lines(validate({ 'content/posts/flood.md': fresh }))).toEqual([]);
    expect(validate({ 'content/posts/flood.md': fresh }).content.posts[0]?.draft).toBe(true);
    expect(lines(validate({ 'content/posts/flood.md': fresh.replace(/^draft: true.*\n/m, '') }))).toEqual([
      'content/posts/flood.md:12:1 body: this is still the text npm run new wrote: write your post here before publishing it',
    ]);
  });

  it('suggests the plain handle for one written with an accent', () => {
    expect(lines(validate({ 'content/posts/flood.md': '---\ntitle: F\nauthor: kathý\ndate: 2010-05-20\n---\nHi.\n' }))).toEqual([
      'content/posts/flood.md:3:9 author: "kathý" is not a handle: a handle is the name of a file in content/people/ (a-z, 0-9, "_" and "-") — did you mean "kathy"?',
    ]);
  });
});
