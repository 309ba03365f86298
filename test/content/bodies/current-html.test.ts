/**
 * Old HTML as twenty-year-old community sites wrote it, through the real
 * Markdown processor (src/integration/markdown-processor.ts, whose sanitizing
 * road runs content/bodies/current-html.ts around the allow-list): each
 * snippet comes out as current HTML, and html-validate (the project's rules)
 * finds no error in it on a page that carries every id the site's own
 * templates write.
 */
import { htmlErrors } from '../../helpers/html.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../../src/content/bodies/body-ids.ts';
import { createContentRenderers } from '../../../src/integration/markdown-processor.ts';

type Renderers = Awaited<ReturnType<typeof createContentRenderers>>;
let roads: Renderers;
beforeAll(async () => {
  roads = await createContentRenderers({ siteUrl: 'https://town.example', trustedMdx: false }, { syntaxHighlight: false });
});

/** The same HTML written two ways: `&` and `<` as named or numeric entities, a final newline or not. */
const normalize = (html: string) => html.replaceAll('&#x26;', '&amp;').replaceAll('&#x3C;', '&lt;').trim();

async function render(markdown: string): Promise<string> {
  return normalize((await roads.full.render(markdown, { fileURL: new URL('file:///town/content/posts/old.md') })).code);
}

/** html-validate's errors for a body on a page that also writes each id of PAGE_IDS, as the site's templates do. */
async function errorsOnAPage(body: string): Promise<string[]> {
  const pageIds = [...new Set(Object.values(PAGE_IDS).flat())].filter((id) => id !== 'main');
  const sections = pageIds.map((id) => `<p id="${id}">${id}</p>`).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><title>A page</title></head><body><main id="main"><div class="prose">${body}</div>${sections}</main></body></html>`;
  return (await htmlErrors(html, 'page.html')).map((line) => line.replace(/^page\.html:\d+:\d+ /, ''));
}

/** [what it is, as written, as published]. */
const OLD_HTML: Array<[string, string, string]> = [
  ['strike becomes s', '<strike>gone</strike> now', '<p><s>gone</s> now</p>'],
  ['tt becomes code', '<tt>ls -l</tt>', '<p><code>ls -l</code></p>'],
  ['u stays (it is current HTML), big keeps its words only', '<u>under</u> <big>big</big> news', '<p><u>under</u> big news</p>'],
  ['font keeps its words only', '<font face="Verdana" color="#336699" size="2">blue</font>', '<p>blue</p>'],
  ['acronym becomes abbr, with its title', '<acronym title="Perl Mongers">PM</acronym>', '<p><abbr title="Perl Mongers">PM</abbr></p>'],
  ['center becomes a centred div', '<center>Welcome</center>', '<div class="align-center">Welcome</div>'],
  ['a self-closed br is a br', 'one<br/>two', '<p>one<br>two</p>'],
  ['align becomes a class, when it is an alignment', '<p align="center">x</p>\n\n<p align="middle">y</p>', '<p class="align-center">x</p>\n<p>y</p>'],
  [
    "a table loses its presentational attributes, keeps its cells' spans and headers' scope",
    '<table border="1" cellpadding="4" cellspacing="0" width="100%" bgcolor="#eee" summary="x" align="center"><tr bgcolor="#ccc" valign="top"><th align="left" width="30%" scope="col">Time</th></tr><tr><td valign="top" nowrap colspan="2" height="20" abbr="t" axis="a">7:00</td></tr></table>',
    '<table><tbody><tr><th scope="col" class="align-left">Time</th></tr><tr><td colspan="2">7:00</td></tr></tbody></table>',
  ],
  [
    'a picture keeps a width in pixels, and gets an empty alt when it had none',
    '<img src="https://img.example/a.gif" border="0" align="left" hspace="5" width="120" height="100%">',
    '<img src="https://img.example/a.gif" width="120" alt="">',
  ],
  ['a rule loses its looks', '<hr noshade size="1" width="50%">', '<hr>'],
  [
    '<a name> becomes an id, and a link to it follows',
    '<a name="top"></a>Top\n\n<a href="#top">up</a>',
    '<p><a id="user-content-top"></a>Top</p>\n<p><a href="#user-content-top">up</a></p>',
  ],
  [
    'an id that starts with a digit gets the prefix, and a link to it follows',
    '<h2 id="2009-talks">2009</h2>\n\n<a href="#2009-talks">up</a>',
    '<h2 id="user-content-2009-talks">2009</h2>\n<p><a href="#user-content-2009-talks">up</a></p>',
  ],
  [
    'a repeated id is numbered, a link leads to the first, and a name an id has already is dropped',
    '<h3 id="jan">January</h3>\n\n<h3 id="jan">January, again</h3>\n\n<a name="jan">a name taken</a> <a href="#jan">jan</a>',
    '<h3 id="user-content-jan">January</h3>\n<h3 id="user-content-jan-1">January, again</h3>\n<p><a>a name taken</a> <a href="#user-content-jan">jan</a></p>',
  ],
  [
    'a space in an id becomes a dash, and a link written with %20 follows',
    '<div id="my notes">n</div> <a href="#my%20notes">notes</a>',
    '<div id="user-content-my-notes">n</div> <a href="#user-content-my-notes">notes</a>',
  ],
  [
    "headings take none of the page's ids",
    '<h2 id="main">Main</h2> <h2>Talks</h2> <h2>Met</h2>',
    '<h2 id="user-content-main">Main</h2> <h2 id="talks-1">Talks</h2> <h2 id="met-1">Met</h2>',
  ],
  [
    "a link to another page's section by an id no page has (a digit first) is pointed at its valid form; other sites' links are left as written",
    '[talks](/events/2009-01-08-talk-night/#2009-talks) [x](../x/#1%20a) [w](https://en.wikipedia.org/wiki/2009#2009) [ok](/people/amy/#met)',
    '<p><a href="/events/2009-01-08-talk-night/#user-content-2009-talks">talks</a> <a href="../x/#user-content-1-a">x</a> <a href="https://en.wikipedia.org/wiki/2009#2009" rel="ugc nofollow noopener">w</a> <a href="/people/amy/#met">ok</a></p>',
  ],
  ['dir and menu become lists', '<dir><li>one</li></dir>\n\n<menu><li>two</li></menu>', '<ul><li>one</li></ul>\n<ul><li>two</li></ul>'],
  ['an item outside a list keeps its words only', '<li>stray</li>', 'stray'],
  [
    "a list keeps a current type and start, and loses an old one's",
    '<ol type="A" start="3"><li value="3">c</li></ol>\n\n<ol type="disc"><li>d</li></ol>\n\n<ul type="square" compact><li>e</li></ul>',
    '<ol type="A" start="3"><li value="3">c</li></ol>\n<ol><li>d</li></ol>\n<ul><li>e</li></ul>',
  ],
  ['xmp becomes pre, its markup shown as text', '<xmp>\n<b>not bold</b>\n</xmp>', '<pre>\n&lt;b>not bold&lt;/b>\n</pre>'],
  ['dir keeps a direction and loses anything else', '<p dir="rtl" lang="he">x</p> <p dir="up">y</p>', '<p dir="rtl" lang="he">x</p> <p>y</p>'],
  [
    'br and dl lose their looks, a term outside a list its tags',
    '<br clear="all"> <dl compact><dt>t</dt><dd>d</dd></dl> <dt>stray</dt>',
    '<p><br> </p><dl><dt>t</dt><dd>d</dd></dl> stray<p></p>',
  ],
];

describe('old HTML in a body', () => {
  for (const [name, written, published] of OLD_HTML) {
    it(name, async () => {
      const html = await render(written);
      expect(html).toBe(published);
      expect(await errorsOnAPage(html)).toEqual([]);
    });
  }

  it('would not validate as written: the table above is not a test that cannot fail', async () => {
    const written = OLD_HTML.map(([, input]) => input).join('\n\n');
    expect((await errorsOnAPage(written)).length).toBeGreaterThan(20);
    expect(await errorsOnAPage(await render(written))).toEqual([]);
  });

  it("footnotes' links lead to their notes and back, each id once", async () => {
    const html = await render('A claim.[^1] Again.[^1]\n\n[^1]: A source.');
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
    const targets = [...html.matchAll(/ href="#([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['user-content-fnref-1', 'user-content-fnref-1-2', 'user-content-footnote-label', 'user-content-fn-1']);
    expect(targets.every((target) => ids.includes(target))).toBe(true);
    expect(html).toContain('aria-describedby="user-content-footnote-label"');
    expect(await errorsOnAPage(html)).toEqual([]);
  });
});
