/**
 * Files next to an entry that its body links, in real builds of the good
 * fixture with a PDF and a raw-HTML picture added to an event: each published
 * byte for byte where the link in the built page points, at the root and
 * under a sub-folder; and `check`, reading a copy from disk, accepting them
 * and refusing a missing file and an SVG with the line it prints.
 */
import { readFileSync, truncateSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/node/read-content.ts';
import { formatProblem } from '../../src/content/report/problems.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { copyContent, page, PROJECT, runBuild } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';

const ORIGIN = 'https://lamplight.example.org';
const EVENT = 'events/2024-07-04-late-pier';

/** Bytes of every value, so that any re-encoding on the way shows. */
const PDF = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...Array.from({ length: 1024 }, (_, i) => (i * 37) % 256)]);

/** The good fixture with a PDF beside the pier event and a picture in a folder beside it, both linked from its body, and a PDF linked from a post. */
function contentWithFiles(name: string, body: string, siteExtra = ''): string {
  const content = copyContent('good', name);
  writeFileSync(join(content, 'events/slides.pdf'), PDF);
  mkdirSync(join(content, 'events/files'));
  copyFileSync(join(content, 'events/pier.png'), join(content, 'events/files/map.png'));
  const event = join(content, `${EVENT}.md`);
  writeFileSync(event, `${readFileSync(event, 'utf8')}\n${body}\n`);
  writeFileSync(join(content, 'posts/poster.pdf'), PDF);
  const post = join(content, 'posts/pier-recap.md');
  writeFileSync(post, `${readFileSync(post, 'utf8')}\nThe [poster](poster.pdf).\n`);
  if (siteExtra !== '') writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}${siteExtra}`);
  return content;
}

/** Nothing on stderr but the lines of a build waiting for another one. */
const WAITING_ONLY = /^(another build of this project is running \(pid \d+\); waiting for it to finish…\n)*$/;

const BODY = 'The [slides](./slides.pdf) from the evening.\n\n<p>Where we stood: <img src="./files/map.png" alt="Map of the pier"></p>';

/** Where a link in the built page leads, as a browser reads it from the page's address. */
const resolved = (html: string, pattern: RegExp, pageUrl: string): string => new URL(pattern.exec(html)?.[1] ?? 'missing:', pageUrl).href;

describe.each([
  { name: 'at the root', base: '/', siteExtra: '' },
  { name: 'under a sub-folder', base: '/community/', siteExtra: 'base: /community/\n' },
])('files next to an entry, $name', ({ name, base, siteExtra }) => {
  it('are published byte for byte where the links in the page point', () => {
    const content = contentWithFiles(`entry-files-${name.replace(/ /g, '-')}`, BODY, siteExtra);
    const out = join(content, '..', 'dist');
    const run = runBuild(content, out);
    // Another build of the shared project may make this one wait, and say so.
    expect(run.stderr).toMatch(WAITING_ONLY);
    expect(run.status).toBe(0);

    const pageUrl = `${ORIGIN}${base}${EVENT}/`;
    const html = page(out, `${EVENT}/`);
    const pdfUrl = resolved(html, /<a href="([^"]*)">slides<\/a>/, pageUrl);
    const mapUrl = resolved(html, /<img src="([^"]*)" alt="Map of the pier">/, pageUrl);
    expect(pdfUrl).toBe(`${ORIGIN}${base}${EVENT}/slides.pdf`);
    expect(mapUrl).toBe(`${ORIGIN}${base}${EVENT}/files/map.png`);

    // dist/ is the site's base folder: the address without the base is the file's place in it.
    const inDist = (url: string): string => join(out, decodeURIComponent(new URL(url).pathname.slice(base.length)));
    expect(new Uint8Array(readFileSync(inDist(pdfUrl)))).toEqual(PDF);
    expect(readFileSync(inDist(mapUrl)).equals(readFileSync(join(content, 'events/pier.png')))).toBe(true);

    // Feeds are read away from the site: the post's link there is absolute, to where the file is.
    const poster = `${ORIGIN}${base}posts/pier-recap/poster.pdf`;
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain(`&lt;a href=&quot;${poster}&quot;&gt;poster&lt;/a&gt;`);
    expect(readFileSync(join(out, 'feed.json'), 'utf8')).toContain(`<a href=\\"${poster}\\">poster</a>`);
    expect(new Uint8Array(readFileSync(inDist(poster)))).toEqual(PDF);

    const report = checkLinks(out, ORIGIN, base);
    expect(report.broken).toEqual([]);
    expect(report.outsideBase).toEqual([]);
  });
});

describe('check, over files read from disk', () => {
  it('accepts the linked files and refuses a missing one, an SVG and one too large, each with its line', () => {
    const body = `${BODY}\n\n[the plan](./plan.pdf) [a drawing](./drawing.svg) [the film](./film.mp4)`;
    const content = contentWithFiles('entry-files-check', body);
    writeFileSync(join(content, 'events/drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(content, 'events/film.mp4'), '');
    truncateSync(join(content, 'events/film.mp4'), 21_000_000);
    const { problems, content: read } = validateContent(readContentFolder(content, PROJECT));
    const file = `${relative(PROJECT, content)}/${EVENT}.md`;
    const line =
      readFileSync(join(content, `${EVENT}.md`), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('[the plan]')) + 1;
    expect(problems.map(formatProblem)).toEqual([
      `${file}:${line}:12 body: file "./plan.pdf" not found: put the file next to 2024-07-04-late-pier.md or correct the name`,
      `${file}:${line}:36 body: "./drawing.svg" is an SVG drawing, which could run scripts on the site if it were published: save it as a .png (or a .pdf) and link that`,
      `${file}:${line}:62 body: "./film.mp4" has 21.0 MB, and a file the site publishes has at most 20 MB: make it smaller, or link to a copy on another site`,
    ]);
    expect(read.entryFiles?.map((f) => f.path)).toEqual([`${EVENT}/files/map.png`, `${EVENT}/slides.pdf`, 'posts/pier-recap/poster.pdf']);
  });
});
