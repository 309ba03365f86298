/**
 * Files next to an entry that a body links (docs/content-format.md, "Links
 * between pages"): which ones the build publishes, at which address, and the
 * line `check` prints for each one it refuses.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFileType, explainEntryFile } from '../../../src/content/bodies/entry-files.ts';
import { LIMITS } from '../../../src/content/limits.ts';
import { validateContent, type ContentFile, type ValidateResult } from '../../../src/content/validate/index.ts';
import { readContentFolder } from '../../../src/node/read-content.ts';
import { FIXTURES } from '../../helpers/build.ts';
import { BASE_SITE, baseFiles, lines } from '../../helpers/validate.ts';

const POST = 'content/posts/flood.md';
const EVENT = 'content/events/2010-05-13-memphis.md';
const AMY = 'content/people/amyhowell.md';

/** The post with a body (line 6 of the file is the body's first line). */
const postBody = (body: string, fields = ''): Record<string, string> => ({
  [POST]: `---\ntitle: Flood\nauthor: laura_click\ndate: 2010-05-20\n${fields}---\n${body}\n`,
});

/** The base community with some files replaced, and files next to entries given as read from disk (a size, a symbolic link). */
function check(overrides: Record<string, string>, extra: Array<string | ContentFile> = []): ValidateResult {
  const files: ContentFile[] = Object.entries({ ...baseFiles(), ...overrides }).map(([path, text]) => ({ path, text }));
  for (const f of extra) files.push(typeof f === 'string' ? { path: f, bytes: 1000 } : f);
  return validateContent({ root: 'content', files });
}

describe('files next to an entry that a published body links', () => {
  it('are published at the address the link points to from the page: the page folder, then the path from the entry folder', () => {
    const body = '[slides](./slides.pdf) and <img src="./map.png" alt="Map"> and [agenda](files/agenda.txt#top)';
    const result = check(postBody(body), ['content/posts/slides.pdf', 'content/posts/map.png', 'content/posts/files/agenda.txt', 'content/posts/other.pdf']);
    expect(lines(result)).toEqual([]);
    expect(result.content.entryFiles).toEqual([
      { file: 'content/posts/files/agenda.txt', path: 'posts/flood/files/agenda.txt' },
      { file: 'content/posts/map.png', path: 'posts/flood/map.png' },
      { file: 'content/posts/slides.pdf', path: 'posts/flood/slides.pdf' },
    ]);
  });

  it("accept a site-absolute link or the site's full address into the entry's own page folder, with or without the base", () => {
    const site = { 'content/site.yaml': `${BASE_SITE}base: /sub/\n` };
    const body = '[a](/posts/flood/slides.pdf) [b](/sub/posts/flood/slides.pdf) [c](https://test.example.org/sub/posts/flood/slides.pdf)';
    const result = check({ ...site, ...postBody(body) }, ['content/posts/slides.pdf']);
    expect(lines(result)).toEqual([]);
    expect(result.content.entryFiles).toEqual([{ file: 'content/posts/slides.pdf', path: 'posts/flood/slides.pdf' }]);
  });

  it('each page publishes the file it links in its own folder; another body may link it there', () => {
    const event = { [EVENT]: '---\ntitle: Memphis evening\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\n---\n[Menu](./menu.pdf)\n' };
    const result = check({ ...event, ...postBody('[the menu](/events/2010-05-13-memphis/menu.pdf) [slides](/events/2010-05-13-memphis/slides.pdf)') }, [
      'content/events/menu.pdf',
      'content/events/slides.pdf',
    ]);
    expect(lines(result)).toEqual([`${POST}:6:58 body: "/events/2010-05-13-memphis/slides.pdf" leads to no page of the site: see the list at "/events/"`]);
    expect(result.content.entryFiles).toEqual([{ file: 'content/events/menu.pdf', path: 'events/2010-05-13-memphis/menu.pdf' }]);
  });

  it('are not published for a draft or an unlisted person, whose bodies have no page', () => {
    const draft = postBody('[slides](./slides.pdf) <img src="./map.png" alt="Map">', 'draft: true\n');
    const unlisted = { [AMY]: '---\nname: Amy Howell\nlisted: false\n---\n[slides](./slides.pdf)\n' };
    const result = check({ ...draft, ...unlisted }, ['content/posts/slides.pdf', 'content/posts/map.png', 'content/people/slides.pdf']);
    expect(lines(result)).toEqual([]);
    expect(result.content.entryFiles).toEqual([]);
  });

  it('names a file that is not there, as a link or as a picture', () => {
    expect(lines(check(postBody('[slides](./slides.pdf)\n\n<img src="./map.png" alt="Map">')))).toEqual([
      `${POST}:6:10 body: file "./slides.pdf" not found: put the file next to flood.md or correct the name`,
      `${POST}:8:11 body: image "./map.png" not found: put the file next to flood.md or correct the name`,
    ]);
  });

  it('refuses SVG and HTML files, which could run scripts on the site, with what to do instead', () => {
    const result = check(postBody('[diagram](./diagram.svg) [flyer](./flyer.html)'), ['content/posts/diagram.svg', 'content/posts/flyer.html']);
    expect(lines(result)).toEqual([
      `${POST}:6:11 body: "./diagram.svg" is an SVG drawing, which could run scripts on the site if it were published: save it as a .png (or a .pdf) and link that`,
      `${POST}:6:34 body: "./flyer.html" is a web page, which could run scripts on the site if it were published: make it a page in content/pages/, or save it as a .pdf and link that`,
    ]);
    expect(result.content.entryFiles).toEqual([]);
  });

  it('says an SVG in <img src> once, as the body checks do', () => {
    expect(lines(check(postBody('<img src="./diagram.svg" alt="D">'), ['content/posts/diagram.svg']))).toEqual([
      `${POST}:6:11 body: "./diagram.svg" is an SVG drawing, which can carry scripts: save it as a .png (or .jpg) and use that`,
    ]);
  });

  it(`refuses a file larger than ${LIMITS.entryFileBytes / 1_000_000} MB, and accepts one at the limit`, () => {
    const result = check(postBody('[film](./film.mp4) [talk](./talk.mp3)'), [
      { path: 'content/posts/film.mp4', bytes: 31_000_000 },
      { path: 'content/posts/talk.mp3', bytes: LIMITS.entryFileBytes },
    ]);
    expect(lines(result)).toEqual([
      `${POST}:6:8 body: "./film.mp4" has 31.0 MB, and a file the site publishes has at most 20 MB: make it smaller, or link to a copy on another site`,
    ]);
    expect(result.content.entryFiles).toEqual([{ file: 'content/posts/talk.mp3', path: 'posts/flood/talk.mp3' }]);
  });

  it('never leaves the entry folder: a link that climbs out leads to no file', () => {
    // From /posts/flood/, ../slides.pdf is /posts/slides.pdf: not the page's folder, so not a file next to the entry.
    const result = check(postBody('[a](../slides.pdf) [b](../../slides.pdf)'), ['content/slides.pdf', 'content/posts/slides.pdf']);
    expect(lines(result)).toEqual([
      `${POST}:6:5 body: "../slides.pdf" leads to no page of the site: see the list at "/posts/"`,
      `${POST}:6:24 body: "../../slides.pdf" leads to no page of the site`,
    ]);
    expect(result.content.entryFiles).toEqual([]);
  });

  it('says nothing more of a file that is a symbolic link, which is reported on its own', () => {
    const result = check(postBody('[slides](./slides.pdf) [notes](./notes/a.txt)'), [
      { path: 'content/posts/slides.pdf', symlink: true },
      { path: 'content/posts/notes', symlink: true },
    ]);
    expect(lines(result)).toEqual([
      'content/posts/notes: this is a symbolic link, which could publish a file from outside the repository: put the file itself here',
      'content/posts/slides.pdf: this is a symbolic link, which could publish a file from outside the repository: put the file itself here',
    ]);
    expect(result.content.entryFiles).toEqual([]);
  });

  it("refuses names the site writes on a page itself, and names that would change in an address; a person's own met list stays a link", () => {
    const amy = { [AMY]: '---\nname: Amy Howell\n---\n[csv](./met.csv) [card](./card-1.png) [notes](./my%20notes.txt)\n' };
    expect(lines(check(amy, ['content/people/card-1.png', 'content/people/my notes.txt']))).toEqual([
      `${AMY}:4:25 body: "./card-1.png": the site writes a file named like card-1.png on that page itself: rename the file`,
      `${AMY}:4:47 body: "./my%20notes.txt": the site publishes a file under its own name, so name it and its folders with letters, digits, "-", "_" and "." only (no spaces): rename it`,
    ]);
    expect(lines(check(amy, ['content/people/met.csv', 'content/people/card-1.png', 'content/people/my notes.txt']))[0]).toBe(
      `${AMY}:4:7 body: "./met.csv": the site writes a file named like met.csv on that page itself: rename the file`,
    );
  });
});

describe('folders beside an entry', () => {
  it('may not be named as a file the site writes on the page, which would stand where the page is written', () => {
    const amy = { [AMY]: '---\nname: Amy Howell\n---\n[map](./index.html/map.png) [sheet](./met.csv/list.csv) [ok](./files/map.png)\n' };
    expect(lines(check(amy, ['content/people/index.html/map.png', 'content/people/met.csv/list.csv', 'content/people/files/map.png']))).toEqual([
      `${AMY}:4:7 body: "./index.html/map.png": the site writes a file named like index.html on that page itself: rename the folder`,
      `${AMY}:4:37 body: "./met.csv/list.csv": the site writes a file named like met.csv on that page itself: rename the folder`,
    ]);
  });
});

describe('what is inside a file next to an entry', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const file = (path: string, content: string | Uint8Array, text?: string): ContentFile => {
    const all = typeof content === 'string' ? bytes(content) : content;
    return { path, head: all.subarray(0, 32), bytes: all.length, ...(text !== undefined ? { publishedText: text } : {}) };
  };
  const csv = 'name,contact\nAda,ada@example.com\n';

  it('is read by the private-data rule when it is plain text, at the line of the file that holds it', () => {
    const result = check(postBody('[who came](./signups.csv) and [notes](./notes.txt)'), [
      file('content/posts/signups.csv', csv, csv),
      file('content/posts/notes.txt', 'Bring a dish.\nCall 615-555-0100 if late.\n', 'Bring a dish.\nCall 615-555-0100 if late.\n'),
    ]);
    expect(lines(result)).toEqual([
      `${POST}:6:12 body: "./signups.csv", line 2 of the CSV file: "ada@example.com" is an e-mail address, and the site never publishes a member's: remove it (link a website or an account instead), or, if this is the community's own address (like talks@…), list it in site.yaml's public_emails`,
      `${POST}:6:39 body: "./notes.txt", line 2 of the TXT file: "615-555-0100" looks like a phone number, and the site never publishes one: remove it (if it is something else, such as an order number, write it in another way)`,
    ]);
    expect(result.content.entryFiles).toEqual([]);
  });

  it('is read from disk as check and the build read it: a sign-up list beside a post is refused at its link', () => {
    const repository = mkdtempSync(join(tmpdir(), 'firsthand-signups-'));
    const content = join(repository, 'content');
    cpSync(join(FIXTURES, 'good', 'content'), content, { recursive: true });
    writeFileSync(join(content, 'posts/signups.csv'), csv);
    appendFileSync(join(content, 'posts/pier-recap.md'), '\n[Who came](./signups.csv)\n');
    const found = lines(validateContent(readContentFolder(content, repository)));
    rmSync(repository, { recursive: true, force: true });
    expect(found).toEqual([
      expect.stringMatching(/^content\/posts\/pier-recap\.md:\d+:12 body: "\.\/signups\.csv", line 2 of the CSV file: "ada@example\.com" is an e-mail address/),
    ]);
  });

  it('must be the kind its name says, judged by its bytes', () => {
    const page = '<!doctype html><script>alert(1)</script>';
    const result = check(postBody('[a](./a.png) [b](./b.txt) [c](./c.pdf) [d](./d.ics) [e](./e.pdf)'), [
      file('content/posts/a.png', page),
      file('content/posts/b.txt', page, page),
      file('content/posts/c.pdf', '%PDF-1.7\n'),
      file('content/posts/d.ics', 'SUMMARY:x\n', 'SUMMARY:x\n'),
      file('content/posts/e.pdf', '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ]);
    expect(lines(result)).toEqual([
      `${POST}:6:5 body: "./a.png" is not a PNG file inside, whatever its name says: save it again as a real PNG, or link to a copy on another site`,
      `${POST}:6:18 body: "./b.txt" is not plain text inside (it holds a web page, a drawing or a program), whatever its name says: save it as a .pdf or a .png and link that`,
      `${POST}:6:44 body: "./d.ics" is not a calendar inside (it does not begin with BEGIN:VCALENDAR): export it again from the calendar, or save it as a .txt`,
      `${POST}:6:57 body: "./e.pdf" is not a PDF file inside, whatever its name says: save it again as a real PDF, or link to a copy on another site`,
    ]);
    expect((result.content.entryFiles ?? []).map((f) => f.file)).toEqual(['content/posts/c.pdf']);
  });
});

describe('a file two pages link', () => {
  it('is published once, with the first page; the other is told to link that address, and may', () => {
    const second = 'content/posts/second.md';
    const secondPost = (body: string) => ({ [second]: `---\ntitle: Second\nauthor: laura_click\ndate: 2010-05-21\n---\n${body}\n` });
    const twice = check({ ...postBody('[slides](./slides.pdf)'), ...secondPost('[slides](./slides.pdf)') }, ['content/posts/slides.pdf']);
    expect(lines(twice)).toEqual([
      `${second}:6:10 body: "./slides.pdf" is published already, with another page, at /posts/flood/slides.pdf: link that address instead, so that the file is published once`,
    ]);
    const linked = check({ ...postBody('[slides](./slides.pdf)'), ...secondPost('[slides](/posts/flood/slides.pdf)') }, ['content/posts/slides.pdf']);
    expect(lines(linked)).toEqual([]);
    expect(linked.content.entryFiles).toEqual([{ file: 'content/posts/slides.pdf', path: 'posts/flood/slides.pdf' }]);
  });
});

describe('all files published beside entries together', () => {
  it('stay under a total size, so that a site fits GitHub Pages', () => {
    const names = Array.from({ length: 26 }, (_, i) => `part-${i + 1}.pdf`);
    const result = check(
      postBody(names.map((n) => `[${n}](./${n})`).join(' ')),
      names.map((n) => ({ path: `content/posts/${n}`, bytes: 19_900_000 })),
    );
    expect(lines(result)).toEqual([
      expect.stringMatching(
        /^content\/posts\/flood\.md:6:\d+ body: "\.\/part-26\.pdf" would take the files the site publishes beside its pages past 2000 files or 500 MB together/,
      ),
    ]);
    expect(result.content.entryFiles).toHaveLength(25);
  });
});

describe('the kinds of file published', () => {
  it('are documents, pictures, plain data, sound and video, served with their media type', () => {
    for (const name of ['a.pdf', 'a.PNG', 'a.jpg', 'a.jpeg', 'a.gif', 'a.webp', 'a.avif', 'a.txt', 'a.csv', 'a.ics', 'a.mp3', 'a.mp4']) {
      expect(explainEntryFile(name, name, 10), name).toBeUndefined();
    }
    expect(entryFileType('events/x/slides.pdf')).toBe('application/pdf');
    expect(entryFileType('events/x/MAP.PNG')).toBe('image/png');
    expect(entryFileType('events/x/notes.txt')).toBe('text/plain; charset=utf-8');
  });

  it('leave out anything that can run script or is unknown', () => {
    for (const name of ['a.svg', 'a.svgz', 'a.html', 'a.htm', 'a.xhtml', 'a.xml', 'a.js', 'a.docx', 'a', 'a.exe']) {
      expect(explainEntryFile(name, name, 10), name).toBeDefined();
    }
  });
});
