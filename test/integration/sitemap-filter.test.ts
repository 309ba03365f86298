/** The sitemap's filter (src/integration/sitemap-filter.ts): a page is listed only when its canonical URL is its own. */
import { describe, expect, it } from 'vitest';
import { inSitemap, leaveOutOfSitemap } from '../../src/integration/sitemap-filter.ts';
import { makeLinks } from '../../src/content/addresses.ts';
import { pagesCanonicalElsewhere } from '../../src/community/listings.ts';
import { BASE_SITE, validate } from '../helpers/validate.ts';

const post = (fields: string, body = 'Words.') => `---\n${fields}\n---\n${body}\n`;

describe('the sitemap', () => {
  const result = validate({
    'content/site.yaml': `${BASE_SITE}base: /community/\n`,
    'content/posts/crossed.md': post('title: Crossed\nauthor: kathy\ndate: 2010-06-01\ncanonical_url: https://kathy.example/crossed'),
    'content/posts/own.md': post('title: Own\nauthor: kathy\ndate: 2010-06-02\ncanonical_url: https://test.example.org/community/posts/own/'),
    'content/posts/away.md': post('title: Away\nauthor: kathy\ndate: 2010-06-03\ncanonical_url: https://other.example/away', ''),
  });

  it('leaves out a cross-posted page, keeps a page whose canonical URL is its own, and the not-found page never', () => {
    expect(result.problems).toEqual([]);
    const left = pagesCanonicalElsewhere(result.content, makeLinks(result.content.site));
    expect(left).toEqual(['https://test.example.org/community/posts/crossed/']);
    leaveOutOfSitemap(left);
    expect(inSitemap('https://test.example.org/community/posts/crossed/')).toBe(false);
    expect(inSitemap('https://test.example.org/community/posts/crossed')).toBe(false);
    expect(inSitemap('https://test.example.org/community/posts/own/')).toBe(true);
    expect(inSitemap('https://test.example.org/community/posts/flood/')).toBe(true);
    expect(inSitemap('https://test.example.org/community/404/')).toBe(false);
    // The next build's list replaces this one's.
    leaveOutOfSitemap([]);
    expect(inSitemap('https://test.example.org/community/posts/crossed/')).toBe(true);
  });
});
