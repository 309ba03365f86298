/**
 * A community whose bodies came from a twenty-year-old site
 * (test/fixtures/old-html/): raw HTML with <strike>, <tt>, <font>, <center>,
 * <a name>, tables with cellpadding and bgcolor, ids that start with a digit,
 * repeat or hold a space, and Markdown headings named like the page's own
 * sections (in an MDX post too). Built for real, every page passes
 * html-validate with the project's rules, every id is there once, and every
 * link within a page leads to an id the page has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlErrors } from '../helpers/html.ts';
import { FIXTURES, page, runBuild, scratch } from '../helpers/build.ts';

const out = join(scratch('old-html'), 'dist');

/** Every HTML page of the build but Pagefind's, by its path in dist/. */
function pages(): Map<string, string> {
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'),
  );
  return new Map(files.map((d) => [join(d.parentPath, d.name).slice(out.length + 1), readFileSync(join(d.parentPath, d.name), 'utf8')]));
}

beforeAll(() => {
  const run = runBuild(join(FIXTURES, 'old-html/content'), out, { FIRSTHAND_NOW: '2026-11-21T12:00:00Z' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

describe('a site built from old HTML', () => {
  it('has no html-validate error on any page', async () => {
    const errors: string[] = [];
    const all = pages();
    for (const [path, html] of all) errors.push(...(await htmlErrors(html, path)));
    expect(all.size).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it('writes the current forms of old elements and attributes', () => {
    const event = page(out, 'events/2009-02-25-winter-meeting/');
    const history = page(out, 'history/');
    const rosa = page(out, 'people/rosa/');
    for (const whole of [event, history, rosa, page(out, 'posts/talks-of-2009/')]) {
      // The page's main part: its head has <meta name>.
      const html = whole.slice(whole.indexOf('<main'));
      expect(html).not.toMatch(/<(strike|tt|font|center|big|acronym|dir|xmp)\b/);
      expect(html).not.toMatch(/\s(bgcolor|cellpadding|cellspacing|valign|nowrap|noshade|hspace|border|name)=/);
    }
    expect(event).toContain('Take the <s>12</s> 14 bus.');
    expect(event).toContain('<td><code>perl -e</code> one-liners');
    expect(event).toContain('<div class="align-center"><h2 id="winter-meeting">Winter meeting</h2></div>');
    expect(history).toContain('<div class="align-center">Founded in 2006 by people who <s>hated</s> loved the same editor.</div>');
    expect(rosa).toContain('<abbr title="users&#x27; group">UG</abbr>');
  });

  it("gives a body's heading named like one of the page's sections an id of its own, and its links follow it", () => {
    const rosa = page(out, 'people/rosa/');
    expect(rosa.match(/ id="met"/g)).toHaveLength(1);
    expect(rosa).toContain('<h2 id="met-1">Met</h2>');
    const event = page(out, 'events/2009-02-25-winter-meeting/');
    expect(event.match(/ id="hosts"/g)).toHaveLength(1);
    expect(event).toContain('<a href="#talks-1">the programme</a> · <a href="#hosts-1">hosts</a>');
  });

  it('has each id once on every page, and every link within a page leads to one of them', () => {
    const problems: string[] = [];
    for (const [path, html] of pages()) {
      const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1] as string);
      for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`${path}: id "${id}" more than once`);
      for (const m of html.matchAll(/ href="#([^"]*)"/g)) if (!ids.includes(m[1] as string)) problems.push(`${path}: "#${m[1]}" leads nowhere`);
    }
    expect(problems).toEqual([]);
    const post = page(out, 'posts/talks-of-2009/');
    expect(post).toContain('<h2 id="user-content-2009-talks">2009 talks</h2>');
    expect(post).toContain('<li><a href="#user-content-my-section">Notes</a></li>');
    expect(post).toContain('See <a href="#user-content-10-years-on">above</a>');
    // MDX's road: headings inside a component too.
    const mdx = page(out, 'posts/headings-in-mdx/');
    expect(mdx).toContain('<h2 id="user-content-2010-in-mdx">2010 in MDX</h2>');
    expect(mdx).toContain(
      '<h3 id="talks-1">Talks</h3><p>Some words, <a href="#user-content-2010-in-mdx">to the year</a> and <a href="#hosts-1">the hosts</a>.</p>',
    );
  });
});
