/**
 * One escaper per format the site writes by hand (src/base/escape.ts): each
 * read back by that format's own parser as the text that went in.
 */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeScriptJson, escapeXml } from '../../src/base/escape.ts';
import { rssFeed } from '../../src/outputs/rss-feed.ts';

const HOSTILE = `Amy & "Bo" O'Neil <script>alert(1)</script>`;

/** The text of the first element of an HTML fragment, and its attributes, as a browser would read them. */
function readHtml(html: string): { text: string; attributes: Record<string, unknown> } {
  const root = fromHtml(html, { fragment: true });
  const element = root.children[0] as { properties: Record<string, unknown>; children: Array<{ type: string; value?: string }> };
  return { text: element.children.map((c) => c.value ?? '').join(''), attributes: element.properties };
}

describe('escapeHtml', () => {
  it('escapes & < > " and \' as Astro does, in text', () => {
    expect(escapeHtml(HOSTILE)).toBe('Amy &amp; &quot;Bo&quot; O&#39;Neil &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(readHtml(`<p>${escapeHtml(HOSTILE)}</p>`)).toEqual({ text: HOSTILE, attributes: {} });
  });

  it('keeps a double-quoted attribute value whole', () => {
    const read = readHtml(`<a title="${escapeHtml(HOSTILE)}" href="${escapeHtml('/a?b=1&c="2"')}">x</a>`);
    expect(read.attributes).toEqual({ title: HOSTILE, href: '/a?b=1&c="2"' });
  });

  it('returns text with nothing to escape as it is', () => {
    expect(escapeHtml('Zoë Lindgren, /people/zoe_lindgren/')).toBe('Zoë Lindgren, /people/zoe_lindgren/');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeXml', () => {
  it("escapes & < > \" and ' as XML's own entities, in text and in attributes", () => {
    expect(escapeXml(HOSTILE)).toBe('Amy &amp; &quot;Bo&quot; O&apos;Neil &lt;script&gt;alert(1)&lt;/script&gt;');
    const xml = `<?xml version="1.0"?><o a="${escapeXml(HOSTILE)}" b='${escapeXml(HOSTILE)}'>${escapeXml(HOSTILE)}</o>`;
    // Parsed with validation on: malformed XML throws.
    const read = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml, true) as { o: Record<string, string> };
    expect(read.o).toEqual({ '#text': HOSTILE, '@_a': HOSTILE, '@_b': HOSTILE });
  });

  it('drops the characters XML 1.0 cannot hold, and keeps tab, line breaks and astral characters', () => {
    expect(escapeXml('a\x00\x01\x0b\ufffe\ud800b\tc\nd 😀')).toBe('ab\tc\nd 😀');
  });

  it("makes the same RSS as the feed's former escaper (& < > only) wherever that one made a feed", async () => {
    const former = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const urls = { home: 'https://town.example/', self: 'https://town.example/rss.xml' };
    const site = { name: 'Town', language: 'en' };
    for (const authorName of [`O'Neil`, `"Bo"`, `Amy & Bo <b>`, `&apos;`]) {
      const item = { url: 'https://town.example/p/', title: 't', summary: 's', published: 0, tags: [] };
      const now = await getRssString(rssFeed(site, urls, [{ ...item, authorName }]));
      const before = rssFeed(site, urls, [item]);
      const [first] = before.items as RSSFeedItem[];
      before.items = [{ ...first, customData: `<dc:creator>${former(authorName)}</dc:creator>` }];
      expect(now, authorName).toBe(await getRssString(before));
    }
  });
});

describe('escapeScriptJson', () => {
  it('cannot close its <script> element, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>', line: 'a\u2028b\u2029c', quote: `"'` };
    const json = escapeScriptJson(data);
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(data);
    const root = fromHtml(`<script type="application/ld+json">${json}</script>`, { fragment: true });
    expect(root.children).toHaveLength(1);
  });
});
