/**
 * What search can find: one record per page of a listed person, event,
 * published post and series, made from the content, never from a draft or an
 * unlisted person.
 */
import { describe, expect, it } from 'vitest';
import { makeLinks } from '../../src/content/addresses.ts';
import { buildSearchRecords, searchLanguage, searchRecordHtml } from '../../src/outputs/search-records.ts';
import { validate } from '../helpers/validate.ts';

function records(base?: string) {
  const result = validate({
    'content/people/hidden.md': '---\nname: Quiet Quentin\nlisted: false\n---\nNot here.\n',
    'content/people/kathy.md': '---\nname: Kathy Snow\nlocation: Nashville\n---\nKathy reads *mysteries*.\n',
    'content/events/2010-05-13-memphis.md':
      '---\ntitle: Memphis evening\nstart: 2010-05-13 18:30\nvenue:\n  name: The Peabody\n  city: Memphis\nhosts: [amyhowell, hidden]\nattendees: [laura_click]\n---\nDinner by the [river](https://example.org/river).\n',
    'content/posts/secret.md': '---\ntitle: Not yet\nauthor: kathy\ndate: 2010-06-01\ndraft: true\n---\nSecret words.\n',
    'content/posts/away.md': '---\ntitle: Written elsewhere\nauthor: kathy\ndate: 2010-06-02\ncanonical_url: https://example.org/away\n---\n',
  });
  expect(result.problems).toEqual([]);
  return buildSearchRecords(result.content, base ? makeLinks({ base, url: 'https://test.example.org' }) : undefined);
}

describe('search records', () => {
  it('makes one record per page, from the site root, in the site language', () => {
    const all = records();
    expect(all.map((r) => r.url)).toEqual([
      '/people/amyhowell/',
      '/people/kathy/',
      '/people/laura_click/',
      '/events/2010-05-13-memphis/',
      '/posts/flood/',
      '/series/socials/',
    ]);
    expect(new Set(all.map((r) => r.language))).toEqual(new Set(['en']));
    expect(all.find((r) => r.url === '/people/kathy/')).toEqual({
      url: '/people/kathy/',
      content: 'Kathy Snow\n@kathy\nNashville\nKathy reads mysteries.',
      language: 'en',
      meta: { title: 'Kathy Snow' },
    });
  });

  it('finds an event by its place, its hosts and its words, but never by an unlisted host', () => {
    const event = records().find((r) => r.url === '/events/2010-05-13-memphis/');
    expect(event?.meta.title).toBe('Memphis evening');
    expect(event?.content).toContain('The Peabody, Memphis');
    expect(event?.content).toContain('Hosted by Amy Howell');
    expect(event?.content).toContain('Dinner by the river');
    expect(event?.content).toContain('May 13, 2010');
    expect(event?.content).not.toMatch(/Quentin|hidden/);
  });

  it('leaves out unlisted people, drafts and link-only posts everywhere', () => {
    const text = JSON.stringify(records());
    expect(text).not.toMatch(/Quentin|Secret|Not yet|Written elsewhere/);
  });

  it('reads a link as the words its page shows, never with an address the page does not show', () => {
    const body = [
      'Dinner by the [river](https://example.org/river), see [the map][map] or <a href="https://example.org/html">the old page</a>.',
      '',
      'Slides at <https://slides.example.org/deck> and www.example.org/notes, and more.',
      '',
      '- [a *long* walk](https://example.org/walk "Walk")',
      '',
      '[map]: https://example.org/map',
    ].join('\n');
    const result = validate({ 'content/pages/links.md': `---\ntitle: Links\n---\n${body}\n` });
    expect(result.problems).toEqual([]);
    const page = buildSearchRecords(result.content).find((r) => r.url === '/links/');
    expect(page?.content).toBe(
      [
        'Links',
        'Dinner by the river, see the map or the old page.',
        '',
        'Slides at https://slides.example.org/deck and www.example.org/notes, and more.',
        '',
        '• a long walk',
      ].join('\n'),
    );
    // The addresses shown as a link's own words stay findable; those behind words do not.
    expect(page?.content).not.toMatch(/example\.org\/(river|map|html|walk)/);
  });

  it('puts the base before each path when asked', () => {
    expect(records('/community/')[0]?.url).toBe('/community/people/amyhowell/');
  });

  it('hands Pagefind each record as a small page whose h1 is the title, every word escaped', () => {
    const html = searchRecordHtml({ url: '/people/x/', content: 'Amy <b>& Co</b>\n@amy', language: 'en', meta: { title: 'Amy "A" <Howell>' } });
    expect(html).toBe(
      '<!doctype html><html lang="en"><head><title>Amy &quot;A&quot; &lt;Howell&gt;</title></head><body><h1>Amy &quot;A&quot; &lt;Howell&gt;</h1><p>Amy &lt;b&gt;&amp; Co&lt;/b&gt;</p><p>@amy</p></body></html>',
    );
    // The title line is the h1 only, so a result's excerpt does not say it twice.
    expect(searchRecordHtml({ url: '/people/amy/', content: 'Amy Howell\n@amy', language: 'en', meta: { title: 'Amy Howell' } })).toBe(
      '<!doctype html><html lang="en"><head><title>Amy Howell</title></head><body><h1>Amy Howell</h1><p>@amy</p></body></html>',
    );
  });
});

describe("the search index's language", () => {
  it('is the site language reduced to language, script and region, which the indexer parses', () => {
    expect(searchLanguage('pt-BR-u-ca-gregory-nu-latn-hc-h23')).toBe('pt-BR');
    expect(searchLanguage('sr-Latn-RS-x-private')).toBe('sr-Latn-RS');
    expect(searchLanguage('de-CH-1996')).toBe('de-CH');
    expect(searchLanguage('en')).toBe('en');
  });
});
