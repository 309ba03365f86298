/** How a page is shared: og:locale in Open Graph's form, and a picture's preview with its size, type and twitter:card. */
import { describe, expect, it } from 'vitest';
import { cardPreview, openGraphLocale, picturePreview } from '../../../src/view-models/parts/share.ts';

describe('og:locale', () => {
  it("writes the site's language as ll_CC, with its likely region when it names none", () => {
    expect(openGraphLocale('en')).toBe('en_US');
    expect(openGraphLocale('de')).toBe('de_DE');
    expect(openGraphLocale('es')).toBe('es_ES');
    expect(openGraphLocale('fr')).toBe('fr_FR');
    expect(openGraphLocale('pt')).toBe('pt_BR');
    expect(openGraphLocale('pt-PT')).toBe('pt_PT');
    expect(openGraphLocale('en-GB')).toBe('en_GB');
  });

  it('takes the likely region of a script: Traditional Chinese is Taiwan, Latin Serbian is Serbia', () => {
    expect(openGraphLocale('zh-Hant')).toBe('zh_TW');
    expect(openGraphLocale('sr-Latn')).toBe('sr_RS');
  });

  it('leaves a tag with no likely region as its language, and one Intl refuses as its first part', () => {
    expect(openGraphLocale('qaa')).toBe('qaa');
    expect(openGraphLocale('x-made-up')).toBe('x');
  });
});

describe('a preview', () => {
  const links = { absolute: (path: string) => `https://test.example.org${path}` };

  it('shares an avatar as a small square summary, and a photo as a large image', () => {
    const avatar = { src: '/_astro/amy.hash.png', width: 600, height: 600, type: 'image/png' as const };
    expect(picturePreview(avatar, 'Amy', links, true)).toEqual({
      url: 'https://test.example.org/_astro/amy.hash.png',
      alt: 'Amy',
      width: 600,
      height: 600,
      type: 'image/png',
      twitterCard: 'summary',
    });
    expect(picturePreview({ ...avatar, width: 1200, height: 800, type: 'image/jpeg' }, 'A park', links).twitterCard).toBe('summary_large_image');
  });

  it('gives a card its size and type', () => {
    expect(cardPreview('https://test.example.org/og-card.png', 'Test Town')).toEqual({
      url: 'https://test.example.org/og-card.png',
      alt: 'Test Town',
      width: 1200,
      height: 630,
      type: 'image/png',
      twitterCard: 'summary_large_image',
    });
  });
});
